// The chain at a glance: head, block time, validators with power, recent blocks and txs; reloads every block.
import { useHead, useLoad } from '../live.ts';
import { getRecentBlocks } from '../api/getRecentBlocks.ts';
import type { BlockMeta } from '../api/getRecentBlocks.ts';
import { getValidators } from '../api/getValidators.ts';
import { getRecentTxs } from '../api/getRecentTxs.ts';
import { Card, Stat, BlockLink, Empty, Loading, ErrorNote } from '../components/ui.tsx';
import { TxTable } from '../components/TxTable.tsx';
import { parseTime, timeAgo, shortHash } from '../format.ts';

function averageBlockSeconds(blocks: BlockMeta[]): number | undefined {
  if (blocks.length < 2) return undefined;
  const times = blocks.map((b) => parseTime(b.time)).sort((a, b) => a - b);
  return (times[times.length - 1]! - times[0]!) / (times.length - 1) / 1000;
}

export function OverviewPage() {
  const { head } = useHead();
  const height = head?.height;
  const { data, error } = useLoad(async () => {
    if (height === undefined) return undefined;
    const [blocks, validators, txs] = await Promise.all([getRecentBlocks(height, 20), getValidators(), getRecentTxs(10)]);
    return { blocks: blocks.sort((a, b) => b.height - a.height), validators, txs };
  }, [], height);

  if (!head || !data) return error ? <ErrorNote error={error} /> : <Loading what="the chain" />;
  const totalPower = data.validators.reduce((s, v) => s + v.power, 0n);
  const avg = averageBlockSeconds(data.blocks);
  const txsInWindow = data.blocks.reduce((s, b) => s + b.numTxs, 0);

  return (
    <div class="page" data-testid="page-overview">
      <div class="stats">
        <Stat testid="stat-height" label="Latest block" value={<a href={`#/block/${head.height}`}>{head.height.toLocaleString('en-US')}</a>} sub={timeAgo(head.time)} />
        <Stat testid="stat-blocktime" label="Block time" value={avg === undefined ? '—' : `${avg.toFixed(2)} s`} sub={`average of the last ${data.blocks.length} blocks`} />
        <Stat testid="stat-validators" label="Validators" value={data.validators.length} sub={`total power ${totalPower.toLocaleString('en-US')}`} />
        <Stat testid="stat-txs" label="Transactions" value={txsInWindow} sub={`in the last ${data.blocks.length} blocks`} />
      </div>

      <Card title="Validators" aside={<span class="muted">set at height {head.height.toLocaleString('en-US')}</span>} id="validators">
        <div class="table-wrap">
          <table class="table" data-testid="validators-table">
            <thead><tr><th>#</th><th>Consensus address</th><th>Public key (ed25519)</th><th class="num">Voting power</th><th>Share</th></tr></thead>
            <tbody>
              {data.validators.map((v, i) => {
                const share = totalPower ? Number((v.power * 10000n) / totalPower) / 100 : 0;
                return (
                  <tr key={v.address}>
                    <td class="muted">{i + 1}</td>
                    <td class="mono" title={v.address}>{shortHash(v.address, 10, 6)}</td>
                    <td class="mono muted" title={v.pubKey}>{shortHash(v.pubKey, 12, 6)}</td>
                    <td class="num">{v.power.toLocaleString('en-US')}</td>
                    <td><div class="bar"><div class="bar-fill" style={{ width: `${share}%` }} /></div><span class="bar-label">{share.toFixed(2)}%</span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>

      <div class="grid-2">
        <Card title="Recent blocks" id="recent-blocks">
          <div class="table-wrap">
            <table class="table" data-testid="blocks-table">
              <thead><tr><th>Height</th><th>Age</th><th>Proposer</th><th class="num">Txs</th></tr></thead>
              <tbody>
                {data.blocks.map((b) => (
                  <tr key={b.height}>
                    <td><BlockLink height={b.height} /></td>
                    <td class="muted">{timeAgo(b.time)}</td>
                    <td class="mono muted" title={b.proposer}>{shortHash(b.proposer, 8, 4)}</td>
                    <td class="num">{b.numTxs ? <strong>{b.numTxs}</strong> : <span class="muted">0</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card title="Recent transactions" id="recent-txs">
          {data.txs.length
            ? <TxTable txs={data.txs} compact />
            : <Empty title="No transactions yet" icon="⇄"><p>Send one:</p><p><code class="cmd">nrnd tx bank send &lt;key&gt; &lt;nrn1…&gt; 1000unrn</code></p></Empty>}
        </Card>
      </div>
    </div>
  );
}
