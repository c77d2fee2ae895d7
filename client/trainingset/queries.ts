// trainingset's queries over CometBFT's abci_query, as plain async functions (CosmJS query-extension style).
import { connectQueryService } from '../queryService.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.trainingset.v1;
export type Group = InstanceType<typeof pb.Group>;
export type VersionRecord = InstanceType<typeof pb.VersionRecord>;
export type ProposalWithVotes = InstanceType<typeof pb.ProposalWithVotes>;
export type ParamsProposalWithVotes = InstanceType<typeof pb.ParamsProposalWithVotes>;
export type Unbonding = InstanceType<typeof pb.Unbonding>;
export type TrainingsetParams = InstanceType<typeof pb.Params>;

export interface TrainingsetQueries {
  params(): Promise<TrainingsetParams>;
  groups(): Promise<Group[]>;
  group(groupId: number): Promise<Group>;
  versions(groupId: number): Promise<VersionRecord[]>;
  proposals(groupId: number): Promise<ProposalWithVotes[]>;
  paramsProposals(groupId: number): Promise<ParamsProposalWithVotes[]>;
  bond(groupId: number, staker: string): Promise<{ bond: bigint; unbonding: Unbonding[] }>;
  disconnect(): void;
}

/** Positional: the node's CometBFT RPC URL. */
export type TrainingsetQueriesParameters = Parameters<typeof trainingsetQueries>;
export type TrainingsetQueriesReturnType = TrainingsetQueries;
/** From the opener: the node cannot be reached. From a query: "Query failed with (code): log" (e.g. an unknown group). */
export type TrainingsetQueriesErrorType = Error;

/**
 * The trainingset module's queries over one connection to a node; `disconnect()` when done.
 * @example
 * const q = await trainingsetQueries('http://127.0.0.1:26657');
 * const group = await q.group(1); // { id: 1, name: 'iris', version: '9f86d0…', dataset_cid: 'bafk…', version_number: 1, … }
 * const versions = await q.versions(1); // [{ number: 0, version, dataset_cid, delta_cid: '', … }, …]
 * q.disconnect();
 */
export async function trainingsetQueries(rpc: string): Promise<TrainingsetQueriesReturnType> {
  const { comet, ask } = await connectQueryService(rpc, 'nrn.trainingset.v1.Query');
  return {
    params: async () => pb.QueryParamsResponse.decode(await ask('Params', new Uint8Array(0))).params as TrainingsetParams,
    groups: async () => pb.QueryGroupsResponse.decode(await ask('Groups', new Uint8Array(0))).groups as Group[],
    group: async (id) => pb.QueryGroupResponse.decode(await ask('Group', pb.QueryGroupRequest.encode({ group_id: id }).finish())).group as Group,
    versions: async (id) => pb.QueryVersionsResponse.decode(await ask('Versions', pb.QueryVersionsRequest.encode({ group_id: id }).finish())).versions as VersionRecord[],
    proposals: async (id) => pb.QueryProposalsResponse.decode(await ask('Proposals', pb.QueryProposalsRequest.encode({ group_id: id }).finish())).proposals as ProposalWithVotes[],
    paramsProposals: async (id) => pb.QueryParamsProposalsResponse.decode(await ask('ParamsProposals', pb.QueryParamsProposalsRequest.encode({ group_id: id }).finish())).proposals as ParamsProposalWithVotes[],
    async bond(id, staker) {
      const r = pb.QueryBondResponse.decode(await ask('Bond', pb.QueryBondRequest.encode({ group_id: id, staker }).finish()));
      return { bond: BigInt(r.bond || '0'), unbonding: r.unbonding as Unbonding[] };
    },
    disconnect: () => comet.disconnect(),
  };
}
