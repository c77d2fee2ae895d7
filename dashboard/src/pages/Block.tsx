// One block: header, its txs with their outcome, and the block's own (FinalizeBlock) events.
import { useHead, useLoad } from '../live.ts';
import { getBlock } from '../api/getBlock.ts';
import { decodeTx, msgName } from '../api/decodeTx.ts';
import { Card, Details, TxLink, StatusBadge, Empty, Loading, ErrorNote } from '../components/ui.tsx';
import { EventList } from '../components/EventList.tsx';
import { formatTime, timeAgo } from '../format.ts';

export function BlockPage({ height }: { height: number }) {
  const { head } = useHead();
  const produced = head !== undefined && height <= head.height;
  // Follows the head only while the block is still in the future.
  const { data, error } = useLoad(async () => (produced ? getBlock(height) : undefined), [height, produced]);

  if (!Number.isSafeInteger(height) || height < 1) return <Empty title="Not a block height" icon="#">Heights are whole numbers from 1.</Empty>;
  if (head && !produced) {
    return (
      <Card title={`Block ${height.toLocaleString('en-US')}`}>
        <Empty title="Not produced yet" icon="⏳">The chain is at height {head.height.toLocaleString('en-US')}; this page fills in when block {height.toLocaleString('en-US')} is committed.</Empty>
      </Card>
    );
  }
  if (!data) return error ? <ErrorNote error={error} /> : <Loading what={`block ${height}`} />;

  return (
    <div class="page" data-testid="page-block">
      <div class="page-title">
        <h1>Block <span class="mono">{data.height.toLocaleString('en-US')}</span></h1>
        <div class="pager">
          {data.height > 1 && <a class="btn btn-ghost" href={`#/block/${data.height - 1}`}>← {data.height - 1}</a>}
          <a class="btn btn-ghost" href={`#/block/${data.height + 1}`}>{data.height + 1} →</a>
        </div>
      </div>
      <Card title="Header">
        <Details rows={[
          ['Height', <span class="mono" data-testid="block-height">{data.height}</span>],
          ['Time', <span>{formatTime(data.time)} <span class="muted">({timeAgo(data.time)})</span></span>],
          ['Block hash', <span class="mono wrap">{data.hash}</span>],
          ['Chain id', data.chainId],
          ['Proposer', <span class="mono">{data.proposer}</span>],
          ['App hash (after the previous block)', <span class="mono wrap">{data.appHash}</span>],
          ['Previous block', <span class="mono wrap">{data.lastBlockHash || '—'}</span>],
          ['Signatures on the previous block', data.signatures],
          ['Transactions', data.txs.length],
        ]} />
      </Card>
      <Card title={`Transactions (${data.txs.length})`}>
        {data.txs.length === 0 ? <Empty title="No transactions in this block" icon="□" /> : (
          <div class="table-wrap">
            <table class="table" data-testid="block-txs">
              <thead><tr><th>#</th><th>Tx hash</th><th>Messages</th><th class="num">Gas used / wanted</th><th>Status</th></tr></thead>
              <tbody>
                {data.txs.map((t, i) => {
                  let types: string[] = [];
                  try { types = decodeTx(t.bytes).msgs.map((m) => msgName(m.typeUrl)); } catch { types = ['(undecodable)']; }
                  return (
                    <tr key={t.hash}>
                      <td class="muted">{i}</td>
                      <td><TxLink hash={t.hash} /></td>
                      <td>{types.map((n) => <span class="pill" key={n}>{n}</span>)}</td>
                      <td class="num">{t.outcome ? `${t.outcome.gasUsed.toLocaleString('en-US')} / ${t.outcome.gasWanted.toLocaleString('en-US')}` : '—'}</td>
                      <td>{t.outcome ? <StatusBadge code={t.outcome.code} codespace={t.outcome.codespace} /> : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={`Block events (${data.finalizeEvents.length})`}>
        {data.finalizeEvents.length ? <EventList events={data.finalizeEvents} /> : <p class="muted">No begin/end-block events (mint and staking emit here once they act).</p>}
      </Card>
    </div>
  );
}
