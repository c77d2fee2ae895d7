// Block hooks: record each reveal's evaluation seed (the next block's hash), and settle rounds whose time is up.
import type { Context } from '../../chain/module.ts';
import type { KV } from '../../chain/store/kv.ts';
import { DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import type { MintView } from '../mint/index.ts';
import { events } from './events.ts';
import { CHECKPOINT_MODULE } from './handler.ts';
import {
  keys, readParams, readCheckpoint, writeCheckpoint, readRound, writeRound, readBest, writeBest, reportsOn, valuesUnder, decodeText,
} from './state.ts';
import type { Checkpoint, Commit, LossReport } from './state.ts';
import type { GroupView, ValidatorPowerView } from './views.ts';

const pb = nrn.checkpoint.v1;

export interface SettleDeps {
  bank: BankView;
  mint: MintView;
  groups: GroupView;
  validators: ValidatorPowerView;
}

/** Seeds every reveal of the previous block with this block's hash, which nobody knew when the reveal was sent. */
export async function recordSeeds(ctx: Context): Promise<void> {
  const cids: string[] = [];
  for await (const [k] of ctx.kv.iterate(keys.awaitingSeedPrefix)) cids.push(k.slice(keys.awaitingSeedPrefix.length));
  if (cids.length === 0) return;
  const hash = ctx.block.hash;
  if (!hash || hash.length === 0) throw new Error(`block ${ctx.block.height} carries no hash; evaluation seeds need FinalizeBlock's hash`);
  for (const cid of cids) {
    const c = readCheckpoint(ctx.kv, cid)!;
    c.seed_block_hash = Buffer.from(hash).toString('hex');
    c.seed_height = ctx.block.height;
    writeCheckpoint(ctx.kv, c);
    ctx.kv.delete(keys.awaitingSeed(cid));
    ctx.kv.set(keys.pending(cid), new Uint8Array(0));
    ctx.events.emit(events.seedRecorded(c));
  }
}

export interface WeightedReport { lossMicro: bigint; power: bigint; validator: string }

/**
 * The power-weighted lower median: reports sorted by (loss, validator address), the first one at which the
 * cumulative power reaches half the reporting power (2 × cumulative ≥ total). Integers only.
 */
export function weightedMedian(reports: readonly WeightedReport[]): bigint | undefined {
  const live = reports.filter((r) => r.power > 0n);
  if (live.length === 0) return undefined;
  const sorted = [...live].sort((a, b) => (a.lossMicro !== b.lossMicro ? (a.lossMicro < b.lossMicro ? -1 : 1) : a.validator < b.validator ? -1 : a.validator > b.validator ? 1 : 0));
  const total = sorted.reduce((s, r) => s + r.power, 0n);
  let cumulative = 0n;
  for (const r of sorted) {
    cumulative += r.power;
    if (2n * cumulative >= total) return r.lossMicro;
  }
  return sorted.at(-1)!.lossMicro;
}

/** Reports from ≥ 2/3 of bonded power: 3 × reporting ≥ 2 × total. */
export const hasQuorum = (reporting: bigint, total: bigint) => total > 0n && 3n * reporting >= 2n * total;

function weigh(ctx: Context, validators: ValidatorPowerView, reports: LossReport[]): WeightedReport[] {
  // Power at settlement: a validator that left the bonded set no longer vouches for its report.
  return reports.map((r) => ({ lossMicro: BigInt(r.loss_micro), power: validators.bondedPower(ctx.kv, r.validator), validator: r.validator }));
}

async function settleRound(ctx: Context, deps: SettleDeps, groupId: number, roundNo: number): Promise<void> {
  const { bank, mint, groups, validators } = deps;
  const round = readRound(ctx.kv, groupId, roundNo)!;
  const g = groups.group(ctx.kv, groupId);
  const params = readParams(ctx.kv);
  // How far below the median a claim may be before the trainer is marked: one chain-wide param.
  const tolerance = BigInt(params.default_tolerance_micro);
  const margin = g?.marginMicro ?? 0n;
  const escrow = bank.moduleAddress(CHECKPOINT_MODULE);
  const totalPower = await validators.totalBondedPower(ctx.kv);

  const cids = await valuesUnder(ctx.kv, keys.roundCheckpoints(groupId, roundNo), decodeText);
  const judged: Checkpoint[] = [];
  for (const cid of cids) {
    const c = readCheckpoint(ctx.kv, cid)!;
    const weighted = weigh(ctx, validators, await reportsOn(ctx.kv, cid));
    const reporting = weighted.reduce((s, r) => s + r.power, 0n);
    c.reported_power = reporting.toString();
    c.total_power = totalPower.toString();
    const median = hasQuorum(reporting, totalPower) ? weightedMedian(weighted) : undefined;
    if (median === undefined) {
      c.status = 'no_quorum';
    } else {
      c.median_loss_micro = median.toString();
      c.status = BigInt(c.claimed_loss_micro) + tolerance < median ? 'liar' : 'lost';
    }
    judged.push(c);
    ctx.kv.delete(keys.pending(cid));
    ctx.kv.delete(keys.awaitingSeed(cid));
  }

  // Lowest median among honest checkpoints; iterating in commit order with a strict < keeps the earliest on ties.
  let winner: Checkpoint | undefined;
  for (const c of judged) {
    if (c.status !== 'lost') continue;
    if (!winner || BigInt(c.median_loss_micro) < BigInt(winner.median_loss_micro)) winner = c;
  }
  const best = readBest(ctx.kv, groupId);
  if (winner && best) {
    const m = BigInt(winner.median_loss_micro);
    const b = BigInt(best.loss_micro);
    if (!(m < b && m + margin <= b)) winner = undefined;
  }

  // The reward is figured on the supply before this round's deposits are burned.
  if (winner) {
    const reward = mint.mintReward(ctx, 'training_round', winner.trainer);
    const b = pb.BestCheckpoint.create({
      group_id: groupId, cid: winner.cid, loss_micro: winner.median_loss_micro, trainer: winner.trainer, round: roundNo,
      height: ctx.block.height, training_set_version: winner.training_set_version, reward: reward.toString(), parent_cid: winner.parent_cid,
    });
    writeBest(ctx.kv, b);
    round.winner_cid = winner.cid;
    round.reward = reward.toString();
    ctx.events.emit(events.won(b, best?.loss_micro ?? ''));
  }
  for (const c of judged) {
    if (c === winner) c.status = 'won';
    const deposit = [{ denom: DENOM, amount: BigInt(c.deposit) }];
    if (c.status === 'liar') {
      if (deposit[0]!.amount > 0n) bank.burn(ctx, CHECKPOINT_MODULE, deposit);
      ctx.events.emit(events.trainerMarked(c, tolerance));
    } else if (deposit[0]!.amount > 0n) {
      bank.send(ctx, escrow, c.trainer, deposit);
      ctx.events.emit(events.depositReturned(c.trainer, c.cid, c.deposit));
    }
    writeCheckpoint(ctx.kv, c);
    ctx.events.emit(events.judged(c));
  }

  // A commit never revealed forfeits its deposit: commits are cheap claims on a round and must not be free.
  for (const commit of await valuesUnder<Commit>(ctx.kv, keys.commitsOfRound(groupId, roundNo), (b) => pb.Commit.decode(b))) {
    if (commit.revealed_cid !== '') continue;
    if (BigInt(commit.deposit) > 0n) bank.burn(ctx, CHECKPOINT_MODULE, [{ denom: DENOM, amount: BigInt(commit.deposit) }]);
    ctx.events.emit(events.commitForfeited(commit));
  }

  round.settled = true;
  writeRound(ctx.kv, round);
  ctx.events.emit(events.roundSettled(groupId, roundNo, winner?.cid ?? '', judged.length));
}

/** Settles, in end-time order, every round whose end is at or before this block's time. */
export async function settleDueRounds(ctx: Context, deps: SettleDeps): Promise<void> {
  const due: { key: string; group: number; round: number }[] = [];
  for await (const [k] of ctx.kv.iterate(keys.roundQueue)) {
    const [endMs, group, round] = k.slice(keys.roundQueue.length).split('/').map(Number) as [number, number, number];
    if (endMs > ctx.block.timeMs) break;
    due.push({ key: k, group, round });
  }
  for (const d of due) {
    (ctx.kv as KV).delete(d.key);
    await settleRound(ctx, deps, d.group, d.round);
  }
}
