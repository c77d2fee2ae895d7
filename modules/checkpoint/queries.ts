// checkpoint's queries under /nrn.checkpoint.v1.Query/…: best, history, a round, a checkpoint, pending evaluations, commits.
import type { QueryHandler } from '../../chain/module.ts';
import { queryService } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { assertAddress } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { keys, readParams, readBest, readRound, readCheckpoint, readCommit, reportsOn, valuesUnder, decodeText } from './state.ts';
import type { GroupView } from './views.ts';

const pb = nrn.checkpoint.v1;

const q = queryService('nrn.checkpoint.v1');

async function withReports(kv: KVReader, cid: string) {
  const checkpoint = readCheckpoint(kv, cid);
  if (!checkpoint) throw errors.unknownCheckpoint.wrap(`no checkpoint ${cid} was revealed`);
  return { checkpoint, reports: await reportsOn(kv, cid) };
}

export function checkpointQueries(groups: GroupView): QueryHandler[] {
  const assertGroup = (kv: KVReader, id: number) => {
    if (!groups.group(kv, id)) throw errors.unknownGroup.wrap(`group ${id} does not exist`);
  };
  return [
    q('Params', (ctx) => pb.QueryParamsResponse.encode({ params: readParams(ctx.kv) }).finish()),
    q('Best', (ctx, data) => {
      const { group_id } = pb.QueryBestRequest.decode(data);
      assertGroup(ctx.kv, group_id);
      const best = readBest(ctx.kv, group_id);
      return pb.QueryBestResponse.encode({ best: best ?? undefined, found: best !== undefined }).finish();
    }),
    q('History', async (ctx, data) => {
      const { group_id } = pb.QueryHistoryRequest.decode(data);
      assertGroup(ctx.kv, group_id);
      const history = await valuesUnder(ctx.kv, keys.historyOf(group_id), (b) => pb.BestCheckpoint.decode(b));
      return pb.QueryHistoryResponse.encode({ history }).finish();
    }),
    q('Round', async (ctx, data) => {
      const req = pb.QueryRoundRequest.decode(data);
      assertGroup(ctx.kv, req.group_id);
      const latest = ctx.kv.get(keys.latestRound(req.group_id));
      const roundNo = req.round || (latest ? Number(decodeText(latest)) : 0);
      const round = roundNo ? readRound(ctx.kv, req.group_id, roundNo) : undefined;
      if (!round) return pb.QueryRoundResponse.encode({ found: false, commits: [], checkpoints: [] }).finish();
      const commits = await valuesUnder(ctx.kv, keys.commitsOfRound(req.group_id, roundNo), (b) => pb.Commit.decode(b));
      const checkpoints = [];
      for (const cid of await valuesUnder(ctx.kv, keys.roundCheckpoints(req.group_id, roundNo), decodeText)) checkpoints.push(await withReports(ctx.kv, cid));
      return pb.QueryRoundResponse.encode({ round, commits, checkpoints, found: true }).finish();
    }),
    q('Checkpoint', async (ctx, data) => {
      const { cid } = pb.QueryCheckpointRequest.decode(data);
      return pb.QueryCheckpointResponse.encode({ checkpoint: await withReports(ctx.kv, cid) }).finish();
    }),
    q('Pending', async (ctx) => {
      const checkpoints = [];
      for await (const [k] of ctx.kv.iterate(keys.pendingPrefix)) checkpoints.push(await withReports(ctx.kv, k.slice(keys.pendingPrefix.length)));
      return pb.QueryPendingResponse.encode({ checkpoints }).finish();
    }),
    q('Commits', async (ctx, data) => {
      const { trainer } = pb.QueryCommitsRequest.decode(data);
      assertAddress(trainer, 'trainer');
      const commits = [];
      for await (const [, commitKey] of ctx.kv.iterate(keys.commitsBy(trainer))) commits.push(readCommit(ctx.kv, decodeText(commitKey))!);
      return pb.QueryCommitsResponse.encode({ commits }).finish();
    }),
  ];
}
