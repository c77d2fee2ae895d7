// trainingset's queries under /nrn.trainingset.v1.Query/…: groups, a group, its versions, proposals with votes, bonds, params.
import type { QueryHandler } from '../../chain/module.ts';
import { queryService } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { assertAddress } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import {
  keys, readGroup, readParams, readBond, readProposal, readParamsProposal, idsUnder, decodeText,
} from './state.ts';
import type { Group, Vote } from './state.ts';

const pb = nrn.trainingset.v1;

function groupOrThrow(kv: KVReader, id: number): Group {
  const g = readGroup(kv, id);
  if (!g) throw errors.unknownGroup.wrap(`group ${id} does not exist`);
  return g;
}

async function votesUnder(kv: KVReader, prefix: string): Promise<Vote[]> {
  const votes: Vote[] = [];
  for await (const [, v] of kv.iterate(prefix)) votes.push(pb.Vote.decode(v));
  return votes;
}

const q = queryService('nrn.trainingset.v1');

export const queries: QueryHandler[] = [
  q('Params', (ctx) => pb.QueryParamsResponse.encode({ params: readParams(ctx.kv) }).finish()),
  q('Groups', async (ctx) => {
    const groups = [];
    for await (const [, v] of ctx.kv.iterate(keys.groupsPrefix)) groups.push(pb.Group.decode(v));
    return pb.QueryGroupsResponse.encode({ groups }).finish();
  }),
  q('Group', (ctx, data) => {
    const { group_id } = pb.QueryGroupRequest.decode(data);
    return pb.QueryGroupResponse.encode({ group: groupOrThrow(ctx.kv, group_id) }).finish();
  }),
  q('Versions', async (ctx, data) => {
    const { group_id } = pb.QueryVersionsRequest.decode(data);
    groupOrThrow(ctx.kv, group_id);
    const versions = [];
    for await (const [, v] of ctx.kv.iterate(keys.versionsOf(group_id))) versions.push(pb.VersionRecord.decode(v));
    return pb.QueryVersionsResponse.encode({ versions }).finish();
  }),
  q('Proposals', async (ctx, data) => {
    const { group_id } = pb.QueryProposalsRequest.decode(data);
    groupOrThrow(ctx.kv, group_id);
    const proposals = [];
    for (const id of await idsUnder(ctx.kv, keys.openProposalsOf(group_id))) {
      proposals.push({ proposal: readProposal(ctx.kv, id)!, votes: await votesUnder(ctx.kv, keys.votesOn(id)) });
    }
    return pb.QueryProposalsResponse.encode({ proposals }).finish();
  }),
  q('ParamsProposals', async (ctx, data) => {
    const { group_id } = pb.QueryParamsProposalsRequest.decode(data);
    groupOrThrow(ctx.kv, group_id);
    const proposals = [];
    for (const id of await idsUnder(ctx.kv, keys.openParamsProposalsOf(group_id))) {
      proposals.push({ proposal: readParamsProposal(ctx.kv, id)!, votes: await votesUnder(ctx.kv, keys.paramsVotesOn(id)) });
    }
    return pb.QueryParamsProposalsResponse.encode({ proposals }).finish();
  }),
  q('Bond', async (ctx, data) => {
    const { group_id, staker } = pb.QueryBondRequest.decode(data);
    assertAddress(staker, 'staker');
    groupOrThrow(ctx.kv, group_id);
    const unbonding = [];
    for await (const [, queueKey] of ctx.kv.iterate(keys.unbondingsOf(group_id, staker))) {
      unbonding.push(pb.Unbonding.decode(ctx.kv.get(decodeText(queueKey))!));
    }
    return pb.QueryBondResponse.encode({ bond: readBond(ctx.kv, group_id, staker).toString(), unbonding }).finish();
  }),
];
