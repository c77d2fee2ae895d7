// One tx: outcome (code and log when it failed), fee, signers, decoded messages and events.
import { useHead, useLoad } from '../live.ts';
import { getTx } from '../api/getTx.ts';
import { Card, Details, BlockLink, AccountLink, StatusBadge, Empty, Loading, ErrorNote } from '../components/ui.tsx';
import { MsgView } from '../components/MsgView.tsx';
import { EventList } from '../components/EventList.tsx';
import { formatCoin } from '../format.ts';

export function TxPage({ hash }: { hash: string }) {
  const { head } = useHead();
  const valid = /^[0-9A-F]{64}$/.test(hash);
  // Until the tx is found the page asks again at every block (it may still be in the mempool).
  const { data, error, settled } = useLoad(async () => (valid ? getTx(hash) : undefined), [hash], head?.height);

  if (!valid) return <Empty title="Not a tx hash" icon="#">A tx hash is 64 hexadecimal characters.</Empty>;
  if (data === undefined) {
    if (error) return <ErrorNote error={error} />;
    if (!settled) return <Loading what="the transaction" />;
    return (
      <Card title="Transaction">
        <Empty title="Not found (yet)" icon="⏳">
          No committed tx has hash <span class="mono wrap">{hash}</span>. If it was just broadcast it may still be in the mempool:
          this page checks again at every block.
        </Empty>
      </Card>
    );
  }
  const { tx, outcome } = data;

  return (
    <div class="page" data-testid="page-tx">
      <div class="page-title"><h1>Transaction</h1><StatusBadge code={outcome.code} codespace={outcome.codespace} /></div>
      {outcome.code !== 0 && (
        <div class="fail-box" data-testid="tx-failure">
          <div><strong>Failed</strong> with code {outcome.code}{outcome.codespace ? ` in ${outcome.codespace}` : ''}.</div>
          <pre class="log">{outcome.log}</pre>
        </div>
      )}
      <Card title="Summary">
        <Details rows={[
          ['Hash', <span class="mono wrap" data-testid="tx-hash">{data.hash}</span>],
          ['Height', <BlockLink height={data.height} />],
          ['Index in block', data.index],
          ['Signers', tx.signers.length ? <div class="stack">{tx.signers.map((s) => <div key={s.address}><AccountLink address={s.address} full /> <span class="muted">sequence {s.sequence}</span></div>)}</div> : '—'],
          ['Fee', tx.fee.length ? tx.fee.map((c) => formatCoin(BigInt(c.amount), c.denom)).join(', ') : 'none'],
          ['Gas used / limit', `${outcome.gasUsed.toLocaleString('en-US')} / ${Number(tx.gasLimit).toLocaleString('en-US')}`],
          ['Memo', tx.memo || <span class="muted">—</span>],
        ]} />
      </Card>
      <Card title={`Messages (${tx.msgs.length})`}>
        <div class="msgs">{tx.msgs.map((m, i) => <MsgView msg={m} index={i} key={i} />)}</div>
      </Card>
      <Card title={`Events (${outcome.events.length})`}>
        {outcome.events.length ? <EventList events={outcome.events} /> : <p class="muted">No events.</p>}
      </Card>
    </div>
  );
}

