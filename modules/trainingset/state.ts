// Every trainingset storage key, in one place; ids and times zero-padded to 20 digits so keys sort numerically.
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.trainingset.v1;
export type Group = InstanceType<typeof pb.Group>;
export type VersionRecord = InstanceType<typeof pb.VersionRecord>;
export type DeltaProposal = InstanceType<typeof pb.DeltaProposal>;
export type ParamsProposal = InstanceType<typeof pb.ParamsProposal>;
export type Vote = InstanceType<typeof pb.Vote>;
export type Unbonding = InstanceType<typeof pb.Unbonding>;
export type Params = InstanceType<typeof pb.Params>;

export const pad = (n: number | bigint) => n.toString().padStart(20, '0');

export const PREFIX = 'ts/';
export const keys = {
  params: 'ts/params',
  nextGroupId: 'ts/next/group',
  nextProposalId: 'ts/next/proposal',
  nextParamsProposalId: 'ts/next/pproposal',
  nextUnbondingSeq: 'ts/next/unbonding',
  group: (id: number) => `ts/group/${pad(id)}`,
  groupsPrefix: 'ts/group/',
  version: (group: number, n: number) => `ts/version/${pad(group)}/${pad(n)}`,
  versionsOf: (group: number) => `ts/version/${pad(group)}/`,
  bond: (group: number, staker: string) => `ts/bond/${pad(group)}/${staker}`,
  usedDeltaCid: (cid: string) => `ts/delta_cid/${cid}`,
  proposal: (id: number) => `ts/proposal/${pad(id)}`,
  openProposal: (group: number, id: number) => `ts/open/${pad(group)}/${pad(id)}`,
  openProposalsOf: (group: number) => `ts/open/${pad(group)}/`,
  vote: (proposal: number, voter: string) => `ts/vote/${pad(proposal)}/${voter}`,
  votesOn: (proposal: number) => `ts/vote/${pad(proposal)}/`,
  paramsProposal: (id: number) => `ts/pproposal/${pad(id)}`,
  openParamsProposal: (group: number, id: number) => `ts/popen/${pad(group)}/${pad(id)}`,
  openParamsProposalsOf: (group: number) => `ts/popen/${pad(group)}/`,
  paramsVote: (proposal: number, voter: string) => `ts/pvote/${pad(proposal)}/${voter}`,
  paramsVotesOn: (proposal: number) => `ts/pvote/${pad(proposal)}/`,
  /** Unbonding queue in maturity order. */
  unbonding: (completionMs: number, seq: number) => `ts/unbq/${pad(completionMs)}/${pad(seq)}`,
  unbondingQueue: 'ts/unbq/',
  /** Index of a staker's unbondings in a group → the queue key. */
  unbondingOf: (group: number, staker: string, seq: number) => `ts/unbby/${pad(group)}/${staker}/${pad(seq)}`,
  unbondingsOf: (group: number, staker: string) => `ts/unbby/${pad(group)}/${staker}/`,
  /** Epoch-end queue in time order. */
  epochEnd: (endMs: number, group: number) => `ts/epochq/${pad(endMs)}/${pad(group)}`,
  epochQueue: 'ts/epochq/',
};

const enc = new TextEncoder();
const dec = new TextDecoder();
export const encodeText = (s: string) => enc.encode(s);
export const decodeText = (b: Uint8Array) => dec.decode(b);

export function takeId(kv: KV, key: string): number {
  const raw = kv.get(key);
  const next = raw ? Number(dec.decode(raw)) : 1;
  kv.set(key, enc.encode(String(next + 1)));
  return next;
}

export const readGroup = (kv: KVReader, id: number): Group | undefined => {
  const raw = kv.get(keys.group(id));
  return raw ? pb.Group.decode(raw) : undefined;
};
export const writeGroup = (kv: KV, g: Group) => kv.set(keys.group(g.id), pb.Group.encode(g).finish());

export const readParams = (kv: KVReader): Params => {
  const raw = kv.get(keys.params);
  if (!raw) throw new Error('trainingset params missing from state (genesis not loaded)');
  return pb.Params.decode(raw);
};
export const writeParams = (kv: KV, p: Params) => kv.set(keys.params, pb.Params.encode(p).finish());

export const readBond = (kv: KVReader, group: number, staker: string): bigint => {
  const raw = kv.get(keys.bond(group, staker));
  return raw ? BigInt(dec.decode(raw)) : 0n;
};
export function writeBond(kv: KV, group: number, staker: string, amount: bigint) {
  if (amount === 0n) kv.delete(keys.bond(group, staker));
  else kv.set(keys.bond(group, staker), enc.encode(amount.toString()));
}

export const readProposal = (kv: KVReader, id: number): DeltaProposal | undefined => {
  const raw = kv.get(keys.proposal(id));
  return raw ? pb.DeltaProposal.decode(raw) : undefined;
};
export const writeProposal = (kv: KV, p: DeltaProposal) => kv.set(keys.proposal(p.id), pb.DeltaProposal.encode(p).finish());

export const readParamsProposal = (kv: KVReader, id: number): ParamsProposal | undefined => {
  const raw = kv.get(keys.paramsProposal(id));
  return raw ? pb.ParamsProposal.decode(raw) : undefined;
};
export const writeParamsProposal = (kv: KV, p: ParamsProposal) => kv.set(keys.paramsProposal(p.id), pb.ParamsProposal.encode(p).finish());

export const readVote = (kv: KVReader, key: string): Vote | undefined => {
  const raw = kv.get(key);
  return raw ? pb.Vote.decode(raw) : undefined;
};
export const writeVote = (kv: KV, key: string, v: Vote) => kv.set(key, pb.Vote.encode(v).finish());

export const writeVersion = (kv: KV, v: VersionRecord) => kv.set(keys.version(v.group_id, v.number), pb.VersionRecord.encode(v).finish());
export const readVersion = (kv: KVReader, group: number, n: number): VersionRecord | undefined => {
  const raw = kv.get(keys.version(group, n));
  return raw ? pb.VersionRecord.decode(raw) : undefined;
};

/** Ids at the end of keys under `prefix` (the open-proposal indexes), in ascending order. */
export async function idsUnder(kv: KVReader, prefix: string): Promise<number[]> {
  const ids: number[] = [];
  for await (const [k] of kv.iterate(prefix)) ids.push(Number(k.slice(prefix.length)));
  return ids;
}
