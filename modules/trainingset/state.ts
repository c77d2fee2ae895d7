// Every trainingset storage key, in one place; ids and times zero-padded to 20 digits so keys sort numerically.
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { padNumber, protoReader, protoWriter, readDecimal, readRequired, writeDecimal } from '../../chain/store/codec.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.trainingset.v1;
export type Group = InstanceType<typeof pb.Group>;
export type VersionRecord = InstanceType<typeof pb.VersionRecord>;
export type DeltaProposal = InstanceType<typeof pb.DeltaProposal>;
export type ParamsProposal = InstanceType<typeof pb.ParamsProposal>;
export type Vote = InstanceType<typeof pb.Vote>;
export type Unbonding = InstanceType<typeof pb.Unbonding>;
export type Params = InstanceType<typeof pb.Params>;

export const pad = (n: number | bigint) => padNumber(n);

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

export { encodeText, decodeText, takeId, idsUnder } from '../../chain/store/codec.ts';

const group = { read: protoReader<Group>(pb.Group), write: protoWriter<Group>(pb.Group) };
const proposal = { read: protoReader<DeltaProposal>(pb.DeltaProposal), write: protoWriter<DeltaProposal>(pb.DeltaProposal) };
const paramsProposal = { read: protoReader<ParamsProposal>(pb.ParamsProposal), write: protoWriter<ParamsProposal>(pb.ParamsProposal) };

export const readGroup = (kv: KVReader, id: number) => group.read(kv, keys.group(id));
export const writeGroup = (kv: KV, g: Group) => group.write(kv, keys.group(g.id), g);
export const readParams = (kv: KVReader): Params => readRequired(kv, keys.params, pb.Params, 'trainingset');
export const writeParams = (kv: KV, p: Params) => kv.set(keys.params, pb.Params.encode(p).finish());
export const readBond = (kv: KVReader, g: number, staker: string) => readDecimal(kv, keys.bond(g, staker));
export const writeBond = (kv: KV, g: number, staker: string, amount: bigint) => writeDecimal(kv, keys.bond(g, staker), amount);
export const readProposal = (kv: KVReader, id: number) => proposal.read(kv, keys.proposal(id));
export const writeProposal = (kv: KV, p: DeltaProposal) => proposal.write(kv, keys.proposal(p.id), p);
export const readParamsProposal = (kv: KVReader, id: number) => paramsProposal.read(kv, keys.paramsProposal(id));
export const writeParamsProposal = (kv: KV, p: ParamsProposal) => paramsProposal.write(kv, keys.paramsProposal(p.id), p);
export const readVote = protoReader<Vote>(pb.Vote);
export const writeVote = protoWriter<Vote>(pb.Vote);
export const writeVersion = (kv: KV, v: VersionRecord) => kv.set(keys.version(v.group_id, v.number), pb.VersionRecord.encode(v).finish());
