// One training group: its model and config, the training-set version chain, open proposals with live tallies, the
// epoch countdown, the winning loss over rounds (plot), the current round's checkpoints and the trainer leaderboard.
import { useHead, useLoad } from '../live.ts';
import { getGroupDetail } from '../api/getGroupDetail.ts';
import type { ProposalView } from '../api/getGroupDetail.ts';
import { getGroupTraining } from '../api/getGroupTraining.ts';
import { Card, Stat, Empty, Loading, ErrorNote, AccountLink, BlockLink, Details, Cmd } from '../components/ui.tsx';
import { LinePlot } from '../components/LinePlot.tsx';
import { formatNrn, shortHash, parseTime, formatTime } from '../format.ts';

const loss = (micro: bigint) => (Number(micro) / 1e6).toFixed(6);

/** A CID as a link a browser with IPFS support opens, and a public gateway fallback. */
export function CidLink({ cid, testid }: { cid: string; testid?: string }) {
  if (!cid) return <span class="muted">—</span>;
  return (
    <span data-testid={testid}>
      <a class="mono" href={`ipfs://${cid}`} title={cid}>{shortHash(cid, 10, 6)}</a>{' '}
      <a class="muted" href={`https://ipfs.io/ipfs/${cid}`} target="_blank" rel="noreferrer">gateway</a>
    </span>
  );
}

function duration(ms: number): string {
  if (ms <= 0) return 'closing at the next block';
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
  return [d && `${d}d`, (d || h) && `${h}h`, `${m}m`, !d && `${s % 60}s`].filter(Boolean).join(' ');
}

function Tally({ p, totalBond }: { p: ProposalView; totalBond: bigint }) {
  const pct = (w: bigint) => (totalBond > 0n ? Number((w * 10_000n) / totalBond) / 100 : 0);
  return (
    <div class="tally" title={`yes ${p.yes} · no ${p.no} of ${totalBond} unrn bonded`}>
      <span class="pill in">yes {pct(p.yes).toFixed(2)}%</span>
      <span class="pill out">no {pct(p.no).toFixed(2)}%</span>
      <span class="muted">{formatNrn(p.yes, 2)} / {formatNrn(totalBond, 2)} NRN bonded</span>
    </div>
  );
}

export function GroupPage({ id }: { id: number }) {
  const { head } = useHead();
  const detail = useLoad(() => getGroupDetail(id), [id], head?.height);
  const training = useLoad(() => getGroupTraining(id), [id], head?.height);

  if (!detail.data) return detail.error ? <ErrorNote error={detail.error} /> : <Loading what={`group #${id}`} />;
  const { group: g, versions, proposals } = detail.data;
  const cfg = g.training_config;
  const nowMs = head ? parseTime(head.time) : 0;
  const epochEndMs = Number(g.epoch_start_ms) + Number(g.epoch_length_seconds) * 1000;
  const totalBond = BigInt(g.total_bond || '0');
  const open = proposals.filter((p) => p.status === 'open');
  const t = training.data;
  const history = t?.history ?? [];

  return (
    <div class="page" data-testid="page-group">
      <div class="page-title"><h1 data-testid="group-name">{g.name}</h1><span class="muted">group #{Number(g.id)}{Number(g.forked_from) ? ` · fork of #${Number(g.forked_from)}` : ''}</span></div>
      <div class="stats">
        <Stat testid="group-epoch" label={`Epoch ${Number(g.epoch)}`} value={head ? duration(epochEndMs - nowMs) : '—'} sub={`until votes close and the next epoch starts (${Number(g.epoch_length_seconds).toLocaleString('en-US')} s epochs)`} />
        <Stat testid="group-version" label="Training-set version" value={`v${Number(g.version_number)}`} sub={<span class="mono" title={g.version}>{shortHash(g.version, 10, 6)}</span>} />
        <Stat testid="group-best" label="Winning loss" value={history.length ? loss(history[history.length - 1]!.lossMicro) : '—'} sub={history.length ? `round ${history[history.length - 1]!.round}` : 'no winning checkpoint yet'} />
        <Stat label="Bonded" value={`${formatNrn(totalBond, 2)} NRN`} sub="stake-weighted votes on deltas" />
      </div>

      <div class="grid-2">
        <Card title="Model and training config">
          <Details rows={[
            ['Model spec', <CidLink cid={g.model_spec_cid} testid="group-model" />],
            ['Dataset now', <CidLink cid={g.dataset_cid} />],
            ['Initial dataset', <CidLink cid={g.initial_dataset_cid} />],
            ['Loss', <span class="mono" data-testid="group-loss-fn">{cfg?.loss}</span>],
            ['Optimizer', <span class="mono">{cfg?.optimizer}</span>],
            ['Batch size', String(cfg?.batch_size ?? '')],
            ['Eval sample', `${cfg?.eval_sample_size ?? ''} examples`],
            ['Margin', `${loss(BigInt(cfg?.margin_micro ?? 0))} loss`],
            ['Round length', `${Number(g.training_round_seconds).toLocaleString('en-US')} s`],
            ['Creator', <AccountLink address={g.creator} />],
            ['Deposit', `${formatNrn(BigInt(g.deposit || '0'))} NRN`],
            ['Created at', <BlockLink height={Number(g.created_height)} />],
          ]} />
        </Card>
        <Card title="Winning loss over rounds" aside={<span class="muted">{history.length} win{history.length === 1 ? '' : 's'}</span>}>
          {t === undefined && training.settled && !training.error ? (
            <Empty title="Checkpoints are not on this chain" icon="∿"><p>This node's app has no <code>checkpoint</code> module.</p></Empty>
          ) : history.length ? (
            <LinePlot testid="loss-plot" xs={history.map((w) => w.round - history[0]!.round)} ys={history.map((w) => Number(w.lossMicro) / 1e6)} xLabel={`rounds since round ${history[0]!.round}`} yLabel="loss" formatY={(v) => v.toFixed(4)} />
          ) : (
            <div data-testid="loss-plot-empty">
              <Empty title="No winning checkpoint yet" icon="∿">
                <p>Train for this group and submit checkpoints:</p>
                <p><Cmd>{`npx nrn-trainer --group ${Number(g.id)} --from <key>`}</Cmd></p>
                <p>Validators evaluate them with <Cmd>{'npx nrn-verifier --from <operator key>'}</Cmd>; the lowest verified loss wins each round.</p>
              </Empty>
            </div>
          )}
        </Card>
      </div>

      <Card title="Open proposals" aside={<span class="muted">votes close at the end of epoch {Number(g.epoch)}</span>}>
        {open.length ? (
          <div class="table-wrap">
            <table class="table" data-testid="proposals-table">
              <thead><tr><th>#</th><th>Proposer</th><th>Delta</th><th class="num">Votes</th><th>Tally</th></tr></thead>
              <tbody>
                {open.map((p) => (
                  <tr key={p.id}>
                    <td class="muted">{p.id}</td>
                    <td><AccountLink address={p.proposer} /></td>
                    <td><CidLink cid={p.deltaCid} /></td>
                    <td class="num">{p.votes.length}</td>
                    <td><Tally p={p} totalBond={totalBond} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Empty title="No open proposals" icon="±">
            <p>Propose a change to the training set (diff two canonical datasets, then propose the delta):</p>
            <p><Cmd>{`npx nrn delta propose <delta-file> --group ${Number(g.id)} --from <key>`}</Cmd></p>
            <p>Stakers vote with <Cmd>{`npx nrn delta vote <proposal> --from <key>`}</Cmd> after <Cmd>{`npx nrn group stake ${Number(g.id)} <amount> --from <key>`}</Cmd>.</p>
          </Empty>
        )}
      </Card>

      <Card title="Training-set version history" aside={<span class="muted">newest first</span>}>
        <div class="table-wrap">
          <table class="table" data-testid="versions-table">
            <thead><tr><th>Version</th><th>Epoch</th><th>Height</th><th>Proposer</th><th>Delta</th><th class="num">Reward</th><th>Applied</th></tr></thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number}>
                  <td><strong>v{v.number}</strong> <span class="mono muted" title={v.version}>{shortHash(v.version, 8, 4)}</span></td>
                  <td>{v.epoch}</td>
                  <td><BlockLink height={v.height} /></td>
                  <td>{v.proposer ? <AccountLink address={v.proposer} /> : <span class="muted">creator (initial set)</span>}</td>
                  <td>{v.deltaCid ? <CidLink cid={v.deltaCid} /> : <CidLink cid={v.datasetCid} />}</td>
                  <td class="num">{v.reward !== undefined ? `${formatNrn(v.reward)} NRN` : <span class="muted">—</span>}</td>
                  <td class="muted">{v.timeMs ? formatTime(v.timeMs) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <div class="grid-2">
        <Card title="Trainer leaderboard" aside={<span class="muted">by rewards from winning rounds</span>}>
          {t?.leaderboard.length ? (
            <div class="table-wrap"><table class="table" data-testid="leaderboard">
              <thead><tr><th>#</th><th>Trainer</th><th class="num">Wins</th><th class="num">Best loss</th><th class="num">Rewards</th></tr></thead>
              <tbody>
                {t.leaderboard.map((r, i) => (
                  <tr key={r.trainer}><td class="muted">{i + 1}</td><td><AccountLink address={r.trainer} /></td><td class="num">{r.wins}</td><td class="num">{loss(r.bestLossMicro)}</td><td class="num">{formatNrn(r.rewards)} NRN</td></tr>
                ))}
              </tbody>
            </table></div>
          ) : <Empty title="No rewards paid yet" icon="★"><p>The first trainer whose checkpoint wins a round leads here.</p></Empty>}
        </Card>
        <Card title={t?.round ? `Round ${t.round.round}` : 'Current round'} aside={t?.round ? <span class="muted">{t.round.settled ? 'settled' : `ends ${formatTime(t.round.endMs)}`} · {t.round.commits} commit{t.round.commits === 1 ? '' : 's'}</span> : undefined}>
          {t?.round?.checkpoints.length ? (
            <div class="table-wrap"><table class="table" data-testid="round-checkpoints">
              <thead><tr><th>Checkpoint</th><th>Trainer</th><th class="num">Claimed</th><th class="num">Verified (median)</th><th class="num">Reports</th><th>Status</th></tr></thead>
              <tbody>
                {t.round.checkpoints.map((c) => (
                  <tr key={c.cid}>
                    <td><CidLink cid={c.cid} /></td>
                    <td><AccountLink address={c.trainer} /></td>
                    <td class="num">{loss(c.claimedMicro)}</td>
                    <td class="num">{c.medianMicro !== undefined ? loss(c.medianMicro) : <span class="muted">pending</span>}</td>
                    <td class="num">{c.reports.length}</td>
                    <td><span class={`pill ${c.status === 'won' ? 'in' : c.status === 'liar' ? 'out' : ''}`}>{c.status}</span></td>
                  </tr>
                ))}
              </tbody>
            </table></div>
          ) : <Empty title="No checkpoints revealed in this round" icon="◌"><p>Trainers commit, then reveal a checkpoint CID with its claimed loss; verifiers' reports fill in the median.</p></Empty>}
        </Card>
      </div>
    </div>
  );
}
