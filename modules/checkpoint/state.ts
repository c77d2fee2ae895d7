// Every checkpoint storage key, in one place; ids, rounds, times and sequence numbers zero-padded to 20 digits.
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { padNumber, protoReader as reader, protoWriter as writer, readRequired, takeId, valuesUnder } from '../../chain/store/codec.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.checkpoint.v1;
export type Params = InstanceType<typeof pb.Params>;
export type Commit = InstanceType<typeof pb.Commit>;
export type Checkpoint = InstanceType<typeof pb.Checkpoint>;
export type LossReport = InstanceType<typeof pb.LossReport>;
export type Round = InstanceType<typeof pb.Round>;
export type BestCheckpoint = InstanceType<typeof pb.BestCheckpoint>;

export const pad = (n: number | bigint) => padNumber(n);

export const PREFIX = 'ckpt/';
export const keys = {
  params: 'ckpt/params',
  nextSeq: 'ckpt/next/seq',
  commit: (group: number, round: number, trainer: string, commitment: string) => `ckpt/commit/${pad(group)}/${pad(round)}/${trainer}/${commitment}`,
  commitsOfRound: (group: number, round: number) => `ckpt/commit/${pad(group)}/${pad(round)}/`,
  commitsOfTrainer: (group: number, round: number, trainer: string) => `ckpt/commit/${pad(group)}/${pad(round)}/${trainer}/`,
  /** trainer + commitment → the commit's key: finds a commitment whatever round it was made in. */
  commitBy: (trainer: string, commitment: string) => `ckpt/commitby/${trainer}/${commitment}`,
  commitsBy: (trainer: string) => `ckpt/commitby/${trainer}/`,
  checkpoint: (cid: string) => `ckpt/cp/${cid}`,
  /** A round's revealed checkpoints in commit order. */
  roundCheckpoint: (group: number, round: number, seq: number) => `ckpt/roundcp/${pad(group)}/${pad(round)}/${pad(seq)}`,
  roundCheckpoints: (group: number, round: number) => `ckpt/roundcp/${pad(group)}/${pad(round)}/`,
  report: (cid: string, validator: string) => `ckpt/report/${cid}/${validator}`,
  reportsOn: (cid: string) => `ckpt/report/${cid}/`,
  round: (group: number, round: number) => `ckpt/round/${pad(group)}/${pad(round)}`,
  latestRound: (group: number) => `ckpt/latest/${pad(group)}`,
  /** Rounds to settle, in end-time order. */
  roundEnd: (endMs: number, group: number, round: number) => `ckpt/roundq/${pad(endMs)}/${pad(group)}/${pad(round)}`,
  roundQueue: 'ckpt/roundq/',
  /** Reveals of the last block, whose seed is the next block's hash. */
  awaitingSeed: (cid: string) => `ckpt/awaitseed/${cid}`,
  awaitingSeedPrefix: 'ckpt/awaitseed/',
  /** Seeded checkpoints of unsettled rounds: what verifiers may still report on. */
  pending: (cid: string) => `ckpt/pending/${cid}`,
  pendingPrefix: 'ckpt/pending/',
  best: (group: number) => `ckpt/best/${pad(group)}`,
  /** Groups whose best checkpoint changed and that no settlement has taken yet (see takeNewWinners). */
  newBest: (group: number) => `ckpt/newbest/${pad(group)}`,
  newBestPrefix: 'ckpt/newbest/',
  history: (group: number, round: number) => `ckpt/history/${pad(group)}/${pad(round)}`,
  historyOf: (group: number) => `ckpt/history/${pad(group)}/`,
};

export { encodeText, decodeText, valuesUnder } from '../../chain/store/codec.ts';

export const readCommit = reader<Commit>(pb.Commit);
export const writeCommit = writer<Commit>(pb.Commit);
export const readCheckpointAt = reader<Checkpoint>(pb.Checkpoint);
export const readCheckpoint = (kv: KVReader, cid: string) => readCheckpointAt(kv, keys.checkpoint(cid));
export const writeCheckpoint = (kv: KV, c: Checkpoint) => writer<Checkpoint>(pb.Checkpoint)(kv, keys.checkpoint(c.cid), c);
export const readReport = reader<LossReport>(pb.LossReport);
export const writeReport = (kv: KV, r: LossReport) => writer<LossReport>(pb.LossReport)(kv, keys.report(r.cid, r.validator), r);
export const readRound = (kv: KVReader, group: number, round: number) => reader<Round>(pb.Round)(kv, keys.round(group, round));
export const writeRound = (kv: KV, r: Round) => writer<Round>(pb.Round)(kv, keys.round(r.group_id, r.round), r);
export const readBest = (kv: KVReader, group: number) => reader<BestCheckpoint>(pb.BestCheckpoint)(kv, keys.best(group));
export const writeBest = (kv: KV, b: BestCheckpoint) => {
  const w = writer<BestCheckpoint>(pb.BestCheckpoint);
  w(kv, keys.best(b.group_id), b);
  w(kv, keys.history(b.group_id, b.round), b);
  kv.set(keys.newBest(b.group_id), new Uint8Array(0));
};

/**
 * The best checkpoints that changed since the last call, in group order, each handed out once: a consumer that
 * settles winners (the bridge) reads only what changed instead of every group every block.
 */
export async function takeNewWinners(kv: KV): Promise<BestCheckpoint[]> {
  const groups: number[] = [];
  for await (const [k] of kv.iterate(keys.newBestPrefix)) groups.push(Number(k.slice(keys.newBestPrefix.length)));
  const out: BestCheckpoint[] = [];
  for (const g of groups) {
    kv.delete(keys.newBest(g));
    const best = readBest(kv, g);
    if (best) out.push(best);
  }
  return out;
}

export const readParams = (kv: KVReader): Params => readRequired(kv, keys.params, pb.Params, 'checkpoint');
export const writeParams = (kv: KV, p: Params) => kv.set(keys.params, pb.Params.encode(p).finish());

export const takeSeq = (kv: KV): number => takeId(kv, keys.nextSeq);

export const reportsOn = (kv: KVReader, cid: string) => valuesUnder(kv, keys.reportsOn(cid), (b) => pb.LossReport.decode(b));
