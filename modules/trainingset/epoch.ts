// End of block: mature unbondings, and close every group epoch whose end time the block has reached.
import type { Context } from '../../chain/module.ts';
import type { KV } from '../../chain/store/kv.ts';
import { DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import type { MintView } from '../mint/index.ts';
import { events } from './events.ts';
import { BOND_POOL, scheduleEpoch } from './handler.ts';
import {
  keys, pad, readGroup, writeGroup, readProposal, writeProposal, readParamsProposal, writeVersion, idsUnder,
} from './state.ts';
import type { DeltaProposal, Group, ParamsProposal } from './state.ts';
import { nextVersion } from '../../dataset/version.ts';

const pb = nrn.trainingset.v1;

/** Keys under `prefix` whose next 20-digit segment (a time) is at or before `nowMs`, in order. */
async function dueKeys(kv: KV, prefix: string, nowMs: number): Promise<string[]> {
  const due: string[] = [];
  const limit = pad(nowMs);
  for await (const [k] of kv.iterate(prefix)) {
    if (k.slice(prefix.length, prefix.length + 20) > limit) break;
    due.push(k);
  }
  return due;
}

async function matureUnbondings(ctx: Context, bank: BankView) {
  for (const key of await dueKeys(ctx.kv, keys.unbondingQueue, ctx.block.timeMs)) {
    const u = pb.Unbonding.decode(ctx.kv.get(key)!);
    const amount = BigInt(u.amount);
    bank.send(ctx, bank.moduleAddress(BOND_POOL), u.staker, [{ denom: DENOM, amount }]);
    ctx.kv.delete(key);
    ctx.kv.delete(keys.unbondingOf(u.group_id, u.staker, Number(key.slice(-20))));
    ctx.events.emit(events.unbondingCompleted(u.group_id, u.staker, amount));
  }
}

/** Highest yes weight above zero; ties go to the earliest (lowest id), since ids are visited in ascending order. */
function mostVoted<T extends { yes_weight: string }>(candidates: T[], eligible: (c: T) => boolean = () => true): T | undefined {
  let best: T | undefined;
  for (const c of candidates) {
    const w = BigInt(c.yes_weight);
    if (w > 0n && eligible(c) && (!best || w > BigInt(best.yes_weight))) best = c;
  }
  return best;
}

/** Applies the most-voted delta; every other open proposal is then on a superseded parent and is dropped. */
async function settleDeltas(ctx: Context, g: Group, mint: MintView) {
  const ids = await idsUnder(ctx.kv, keys.openProposalsOf(g.id));
  const open = ids.map((id) => readProposal(ctx.kv, id)!);
  const winner = mostVoted(open);
  if (!winner) return;
  const version = nextVersion(g.version, winner.delta_cid);
  g.version_number += 1;
  writeVersion(ctx.kv, pb.VersionRecord.create({
    group_id: g.id, number: g.version_number, version, parent_version: g.version, delta_cid: winner.delta_cid,
    dataset_cid: winner.result_cid, proposal_id: winner.id, proposer: winner.proposer, epoch: g.epoch,
    height: ctx.block.height, time_ms: ctx.block.timeMs,
  }));
  g.version = version;
  g.dataset_cid = winner.result_cid;
  const reward = mint.mintReward(ctx, 'delta', winner.proposer);
  close(ctx.kv, winner, 'applied');
  ctx.events.emit(events.deltaApplied(winner, version, g.version_number, reward));
  for (const p of open) {
    if (p === winner) continue;
    close(ctx.kv, p, 'dropped');
    ctx.events.emit(events.deltaDropped(p, `stale: parent ${p.parent_version} was superseded by version ${version}`));
  }
}

function close(kv: KV, p: DeltaProposal, status: 'applied' | 'dropped') {
  p.status = status;
  writeProposal(kv, p);
  kv.delete(keys.openProposal(p.group_id, p.id));
}

/** Params proposals are voted for one epoch; the most-voted one backed by more than half the group's bond passes. */
async function settleParams(ctx: Context, g: Group) {
  const ids = await idsUnder(ctx.kv, keys.openParamsProposalsOf(g.id));
  const open: ParamsProposal[] = ids.map((id) => readParamsProposal(ctx.kv, id)!);
  const total = BigInt(g.total_bond);
  const winner = mostVoted(open, (p) => BigInt(p.yes_weight) * 2n > total);
  for (const p of open) {
    ctx.kv.delete(keys.openParamsProposal(g.id, p.id));
    ctx.events.emit(events.paramsClosed(p, p === winner, total));
  }
  if (winner) g.epoch_length_seconds = winner.epoch_length_seconds;
}

async function endEpoch(ctx: Context, groupId: number, mint: MintView) {
  const g = readGroup(ctx.kv, groupId)!;
  await settleDeltas(ctx, g, mint);
  await settleParams(ctx, g);
  g.epoch += 1;
  // Epochs restart from the block that closed the last one, so a halted chain does not replay missed epochs.
  scheduleEpoch(ctx.kv, g, ctx.block.timeMs);
  writeGroup(ctx.kv, g);
  ctx.events.emit(events.epochStarted(g));
}

export async function trainingsetEndBlock(ctx: Context, bank: BankView, mint: MintView) {
  await matureUnbondings(ctx, bank);
  for (const key of await dueKeys(ctx.kv, keys.epochQueue, ctx.block.timeMs)) {
    ctx.kv.delete(key);
    await endEpoch(ctx, Number(key.slice(-20)), mint);
  }
}
