// A decoded message's fields, whatever its type: addresses linked, coins readable, bytes in hex.
import type { ComponentChildren } from 'preact';
import { toHex } from '@cosmjs/encoding';
import type { DecodedMsg } from '../api/decodeTx.ts';
import { msgName } from '../api/decodeTx.ts';
import { AccountLink } from './ui.tsx';
import { formatCoin, isAddress } from '../format.ts';

function isCoin(v: unknown): v is { denom: string; amount: string } {
  return typeof v === 'object' && v !== null && 'denom' in v && 'amount' in v && Object.keys(v).length === 2;
}

function FieldValue({ v }: { v: unknown }): ComponentChildren {
  if (v === undefined || v === null || v === '') return <span class="muted">—</span>;
  if (typeof v === 'string') return isAddress(v) ? <AccountLink address={v} full /> : <span class="mono wrap">{v}</span>;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return <span class="mono">{String(v)}</span>;
  if (v instanceof Uint8Array) return <span class="mono wrap">{v.length ? `0x${toHex(v)}` : '—'}</span>;
  if (isCoin(v)) return <span>{formatCoin(BigInt(v.amount), v.denom)} <span class="muted mono">({v.amount}{v.denom})</span></span>;
  if (Array.isArray(v)) return v.length ? <div class="stack">{v.map((x, i) => <div key={i}><FieldValue v={x} /></div>)}</div> : <span class="muted">none</span>;
  if (typeof v === 'object') return <Fields obj={v as Record<string, unknown>} />;
  return <span>{String(v)}</span>;
}

function Fields({ obj }: { obj: Record<string, unknown> }) {
  return (
    <table class="kv">
      <tbody>
        {Object.entries(obj).map(([k, v]) => <tr key={k}><th>{k}</th><td><FieldValue v={v} /></td></tr>)}
      </tbody>
    </table>
  );
}

export function MsgView({ msg, index }: { msg: DecodedMsg; index: number }) {
  return (
    <div class="msg" data-testid="msg">
      <div class="msg-head"><span class="msg-index">#{index}</span><strong>{msgName(msg.typeUrl)}</strong><span class="mono muted">{msg.typeUrl}</span></div>
      {msg.value
        ? <Fields obj={msg.value} />
        : <p class="muted">This dashboard's registry does not know this type; raw bytes: <span class="mono wrap">0x{toHex(msg.raw)}</span></p>}
    </div>
  );
}
