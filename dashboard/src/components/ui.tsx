// Small building blocks every page uses: links to chain objects, cards, tables, states.
import type { ComponentChildren } from 'preact';
import { shortHash, formatCoinList, isAddress } from '../format.ts';

export function BlockLink({ height }: { height: number }) {
  return <a class="mono" href={`#/block/${height}`}>{height.toLocaleString('en-US')}</a>;
}

export function TxLink({ hash, full }: { hash: string; full?: boolean }) {
  return <a class="mono" href={`#/tx/${hash}`} title={hash}>{full ? hash : shortHash(hash, 10, 8)}</a>;
}

export function AccountLink({ address, full }: { address: string; full?: boolean }) {
  return <a class="mono" href={`#/account/${address}`} title={address}>{full ? address : shortHash(address, 10, 6)}</a>;
}

export function Card({ title, aside, children, id }: { title?: ComponentChildren; aside?: ComponentChildren; children: ComponentChildren; id?: string }) {
  return (
    <section class="card" id={id}>
      {title !== undefined && <header class="card-head"><h2>{title}</h2>{aside && <div class="card-aside">{aside}</div>}</header>}
      <div class="card-body">{children}</div>
    </section>
  );
}

export function Stat({ label, value, sub, testid }: { label: string; value: ComponentChildren; sub?: ComponentChildren; testid?: string }) {
  return (
    <div class="stat" data-testid={testid}>
      <div class="stat-label">{label}</div>
      <div class="stat-value">{value}</div>
      {sub !== undefined && <div class="stat-sub">{sub}</div>}
    </div>
  );
}

/** Key/value rows for an object's details. */
export function Details({ rows }: { rows: [string, ComponentChildren][] }) {
  return (
    <dl class="details">
      {rows.map(([k, v]) => (
        <div class="details-row" key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}

export function Empty({ title, children, icon = '◇' }: { title: string; children?: ComponentChildren; icon?: string }) {
  return (
    <div class="empty">
      <div class="empty-icon" aria-hidden="true">{icon}</div>
      <div class="empty-title">{title}</div>
      {children && <div class="empty-text">{children}</div>}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <div class="loading"><span class="spinner" aria-hidden="true" />Loading {what}…</div>;
}

export function ErrorNote({ error }: { error: Error }) {
  return <div class="error-note" role="alert"><strong>Could not load:</strong> {error.message}</div>;
}

export function StatusBadge({ code, codespace }: { code: number; codespace?: string }) {
  return code === 0
    ? <span class="badge ok">Success</span>
    : <span class="badge fail" title={`${codespace}/${code}`}>Failed · {codespace ? `${codespace}/` : ''}{code}</span>;
}

/** An event attribute's value with links and amounts made readable. */
export function AttrValue({ k, v }: { k: string; v: string }) {
  if (isAddress(v)) return <AccountLink address={v} />;
  if ((k === 'amount' || k === 'fee') && /^\d+[a-z]/.test(v)) return <span>{formatCoinList(v)} <span class="muted mono">({v})</span></span>;
  return <span class="mono wrap">{v}</span>;
}

export function Cmd({ children }: { children: string }) {
  return <code class="cmd">{children}</code>;
}
