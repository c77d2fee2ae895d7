// A list of txs: hash, height, what they did, and whether it worked.
import type { TxDetail } from '../api/getTx.ts';
import { msgName } from '../api/decodeTx.ts';
import { TxLink, BlockLink, StatusBadge, AccountLink } from './ui.tsx';
import { formatCoin } from '../format.ts';

/** The amount a tx moved, when its first message is a plain transfer. */
function movedAmount(tx: TxDetail): string {
  const v = tx.tx.msgs[0]?.value as { amount?: { denom: string; amount: string }[] } | undefined;
  const coins = Array.isArray(v?.amount) ? v!.amount : [];
  return coins.map((c) => formatCoin(BigInt(c.amount), c.denom)).join(', ');
}

/** `compact` drops the sender column, for the overview's half-width card. */
export function TxTable({ txs, direction, compact }: { txs: (TxDetail & { sent?: boolean; received?: boolean })[]; direction?: boolean; compact?: boolean }) {
  return (
    <div class="table-wrap">
      <table class="table" data-testid="tx-table">
        <thead>
          <tr>
            <th>Tx hash</th><th>Height</th><th>Messages</th>{direction && <th>Direction</th>}{!compact && <th>From</th>}<th class="num">Amount</th><th>Status</th>
          </tr>
        </thead>
        <tbody>
          {txs.map((tx) => (
            <tr key={tx.hash}>
              <td><TxLink hash={tx.hash} /></td>
              <td><BlockLink height={tx.height} /></td>
              <td>{tx.tx.msgs.map((m) => <span class="pill" key={m.typeUrl} title={m.typeUrl}>{msgName(m.typeUrl)}</span>)}</td>
              {direction && <td>{tx.sent && tx.received ? <span class="pill">self</span> : tx.sent ? <span class="pill out">out</span> : <span class="pill in">in</span>}</td>}
              {!compact && <td>{tx.tx.signers[0]?.address ? <AccountLink address={tx.tx.signers[0].address} /> : '—'}</td>}
              <td class="num">{movedAmount(tx) || '—'}</td>
              <td><StatusBadge code={tx.outcome.code} codespace={tx.outcome.codespace} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
