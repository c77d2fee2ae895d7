// A group's checkpoint side: the winning checkpoint over rounds, the latest round with claimed and verified losses,
// and trainers ranked by what their wins were paid. Undefined when the chain has no checkpoint module.
import { nrn } from '../../../proto/gen/nrn.js';
import { abciQuery, AppQueryError } from './abciQuery.ts';

const pb = nrn.checkpoint.v1;

export interface WinPoint { round: number; lossMicro: bigint; cid: string; trainer: string; reward: bigint; height: number }
export interface RoundCheckpoint {
  cid: string;
  trainer: string;
  claimedMicro: bigint;
  /** The reports' median, set when the round settles with quorum. */
  medianMicro: bigint | undefined;
  reports: { validator: string; lossMicro: bigint }[];
  status: string;
}
export interface RoundInfo { round: number; startMs: number; endMs: number; settled: boolean; winnerCid: string; commits: number; checkpoints: RoundCheckpoint[] }
export interface LeaderRow { trainer: string; wins: number; rewards: bigint; bestLossMicro: bigint }
export interface GroupTraining { history: WinPoint[]; round: RoundInfo | undefined; leaderboard: LeaderRow[] }

const big = (s: string | null | undefined) => BigInt(s || '0');

/** @example const t = await getGroupTraining(1); t?.history.at(-1)?.lossMicro */
export async function getGroupTraining(groupId: number): Promise<GroupTraining | undefined> {
  let h: Uint8Array, r: Uint8Array;
  try {
    [h, r] = await Promise.all([
      abciQuery('/nrn.checkpoint.v1.Query/History', pb.QueryHistoryRequest.encode({ group_id: groupId }).finish()),
      abciQuery('/nrn.checkpoint.v1.Query/Round', pb.QueryRoundRequest.encode({ group_id: groupId, round: 0 }).finish()),
    ]);
  } catch (e) {
    if (e instanceof AppQueryError && e.unknownPath) return undefined;
    throw e;
  }
  const history = pb.QueryHistoryResponse.decode(h).history.map((b): WinPoint => ({
    round: Number(b.round), lossMicro: big(b.loss_micro), cid: b.cid ?? '', trainer: b.trainer ?? '', reward: big(b.reward), height: Number(b.height),
  }));
  const rr = pb.QueryRoundResponse.decode(r);
  const round = rr.found && rr.round ? {
    round: Number(rr.round.round), startMs: Number(rr.round.start_ms), endMs: Number(rr.round.end_ms), settled: !!rr.round.settled,
    winnerCid: rr.round.winner_cid ?? '', commits: rr.commits.length,
    checkpoints: rr.checkpoints.map(({ checkpoint: c, reports }): RoundCheckpoint => ({
      cid: c?.cid ?? '', trainer: c?.trainer ?? '', claimedMicro: big(c?.claimed_loss_micro),
      medianMicro: c?.median_loss_micro ? BigInt(c.median_loss_micro) : undefined,
      reports: (reports ?? []).map((x) => ({ validator: x.validator ?? '', lossMicro: big(x.loss_micro) })), status: c?.status ?? '',
    })),
  } : undefined;
  const byTrainer = new Map<string, LeaderRow>();
  for (const w of history) {
    const row = byTrainer.get(w.trainer) ?? { trainer: w.trainer, wins: 0, rewards: 0n, bestLossMicro: w.lossMicro };
    row.wins += 1;
    row.rewards += w.reward;
    if (w.lossMicro < row.bestLossMicro) row.bestLossMicro = w.lossMicro;
    byTrainer.set(w.trainer, row);
  }
  const leaderboard = [...byTrainer.values()].sort((a, b) => (b.rewards > a.rewards ? 1 : b.rewards < a.rewards ? -1 : b.wins - a.wins));
  return { history, round, leaderboard };
}
