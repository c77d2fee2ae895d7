// NRN the token: supply now and over recent heights, what a winning round and an applied delta mint, the halvings.
import { useHead, useLoad } from '../live.ts';
import { getSupply } from '../api/getSupply.ts';
import { getSupplyHistory } from '../api/getSupplyHistory.ts';
import { getEmission } from '../api/getEmission.ts';
import {
  HALVING_PERIOD_SECONDS, ROUND_REWARD_PER_MILLION, DELTA_REWARD_PER_MILLION, roundReward, deltaReward, halvings,
} from '../../../modules/mint/emission.ts';
import { Card, Stat, Loading, ErrorNote, Empty } from '../components/ui.tsx';
import { LinePlot } from '../components/LinePlot.tsx';
import { formatNrn, formatDate, parseTime } from '../format.ts';

const ERAS = 8;
const HISTORY_SPAN = 400;
const HISTORY_POINTS = 40;
/** The supply plot re-samples every few blocks rather than at each one: 40 queries per refresh. */
const HISTORY_EVERY = 5;

function percent(perMillion: bigint, era: number): string {
  return `${(Number(perMillion) / 10_000 / 2 ** era).toLocaleString('en-US', { maximumSignificantDigits: 3, maximumFractionDigits: 20 })}%`;
}

export function TokenPage() {
  const { head } = useHead();
  const height = head?.height;
  const now = useLoad(async () => {
    if (height === undefined) return undefined;
    const [supply, emission] = await Promise.all([getSupply(), getEmission()]);
    return { supply, emission };
  }, [], height);
  const history = useLoad(
    async () => (height === undefined ? undefined : getSupplyHistory(height, HISTORY_SPAN, HISTORY_POINTS)),
    [], height === undefined ? undefined : Math.floor(height / HISTORY_EVERY),
  );

  if (!head || !now.data) return now.error ? <ErrorNote error={now.error} /> : <Loading what="the token" />;
  const { supply, emission } = now.data;
  const genesisMs = emission?.genesisTimeMs || parseTime(head.earliestTime);
  const periodMs = Number(HALVING_PERIOD_SECONDS) * 1000;
  const nowMs = parseTime(head.time);
  const era = Number(halvings(nowMs, genesisMs));
  const points = history.data ?? [];

  return (
    <div class="page" data-testid="page-token">
      <div class="stats">
        <Stat testid="token-supply" label="Total supply" value={`${formatNrn(supply, 2)} NRN`} sub={`${supply.toLocaleString('en-US')} unrn at height ${head.height.toLocaleString('en-US')}`} />
        <Stat label="Winning round mints" value={`${formatNrn(emission?.roundReward ?? roundReward(supply, nowMs, genesisMs))} NRN`} sub={`${percent(ROUND_REWARD_PER_MILLION, era)} of supply, to the trainer`} />
        <Stat label="Applied delta mints" value={`${formatNrn(emission?.deltaReward ?? deltaReward(supply, nowMs, genesisMs))} NRN`} sub={`${percent(DELTA_REWARD_PER_MILLION, era)} of supply, to the proposer`} />
        <Stat label="Next halving" value={formatDate(genesisMs + (era + 1) * periodMs)} sub={`era ${era} of the 4-year halvings`} />
      </div>

      <Card title="Supply over recent heights" aside={<span class="muted">{points.length} samples over the last {Math.min(HISTORY_SPAN, head.height)} blocks</span>}>
        {points.length
          ? <LinePlot testid="supply-plot" xs={points.map((p) => p.height)} ys={points.map((p) => Number(p.supply) / 1e6)} xLabel="height" yLabel="NRN" formatY={(v) => v.toLocaleString('en-US', { maximumFractionDigits: 2 })} />
          : history.error ? <ErrorNote error={history.error} /> : <Loading what="supply history" />}
        {!emission && <p class="muted note">The mint module is not on this chain yet, so supply only changes through genesis; rewards below follow the design's formula.</p>}
      </Card>

      <Card title="Halving schedule" aside={<span class="muted">rewards halve every 4 years (126,230,400 s) of block time since genesis</span>}>
        <div class="table-wrap">
          <table class="table" data-testid="halving-table">
            <thead>
              <tr><th>Era</th><th>From</th><th>Until</th><th>Winning round</th><th>Applied delta</th><th class="num">Round reward at today's supply</th><th class="num">Delta reward at today's supply</th></tr>
            </thead>
            <tbody>
              {Array.from({ length: ERAS }, (_, k) => {
                const start = genesisMs + k * periodMs;
                return (
                  <tr key={k} class={k === era ? 'current' : ''}>
                    <td>{k}{k === era && <span class="pill in">now</span>}</td>
                    <td>{formatDate(start)}</td>
                    <td>{formatDate(start + periodMs)}</td>
                    <td>{percent(ROUND_REWARD_PER_MILLION, k)}</td>
                    <td>{percent(DELTA_REWARD_PER_MILLION, k)}</td>
                    <td class="num">{formatNrn(roundReward(supply, start, genesisMs))} NRN</td>
                    <td class="num">{formatNrn(deltaReward(supply, start, genesisMs))} NRN</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p class="muted note">Supply grows with every reward, so later rewards are a share of a larger supply; amounts round down to the unrn.</p>
      </Card>
      {supply === 0n && <Empty title="No supply">Genesis allocated nothing: add accounts with <code class="cmd">nrnd genesis add-account</code>.</Empty>}
    </div>
  );
}
