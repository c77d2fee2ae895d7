// checkpoint's queries over CometBFT's abci_query, as plain async functions (CosmJS query-extension style).
import { connectQueryService } from '../queryService.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.checkpoint.v1;
export type BestCheckpoint = InstanceType<typeof pb.BestCheckpoint>;
export type Checkpoint = InstanceType<typeof pb.Checkpoint>;
export type LossReport = InstanceType<typeof pb.LossReport>;
export type Commit = InstanceType<typeof pb.Commit>;
export type Round = InstanceType<typeof pb.Round>;
export interface CheckpointWithReports { checkpoint: Checkpoint; reports: LossReport[] }
export interface RoundView { round: Round; commits: Commit[]; checkpoints: CheckpointWithReports[] }

export interface CheckpointQueries {
  params(): Promise<{ revealDeposit: bigint; defaultToleranceMicro: bigint }>;
  /** The group's current winning checkpoint, undefined before its first win. */
  best(groupId: number): Promise<BestCheckpoint | undefined>;
  history(groupId: number): Promise<BestCheckpoint[]>;
  /** A round with its commits, checkpoints, reports and medians; round 0: the latest round that saw a commit. */
  round(groupId: number, round?: number): Promise<RoundView | undefined>;
  checkpoint(cid: string): Promise<CheckpointWithReports>;
  /** Seeded checkpoints of unsettled rounds: what verifiers may report on now. */
  pending(): Promise<CheckpointWithReports[]>;
  commits(trainer: string): Promise<Commit[]>;
  /** Latest block height. */
  height(): Promise<number>;
  /** Header time of the latest block, in ms since the epoch (rounds are windows of block time). */
  latestBlockTimeMs(): Promise<number>;
  disconnect(): void;
}

const cw = (c: nrn.checkpoint.v1.ICheckpointWithReports): CheckpointWithReports => ({ checkpoint: c.checkpoint as Checkpoint, reports: (c.reports ?? []) as LossReport[] });

/** Positional: the node's CometBFT RPC URL. */
export type CheckpointQueriesParameters = Parameters<typeof checkpointQueries>;
export type CheckpointQueriesReturnType = CheckpointQueries;
/** From the opener: the node cannot be reached. From a query: "Query failed with (code): log" (e.g. an unknown checkpoint). */
export type CheckpointQueriesErrorType = Error;

/**
 * The checkpoint module's queries over one connection to a node; `disconnect()` when done.
 * @example
 * const q = await checkpointQueries('http://127.0.0.1:26657');
 * const best = await q.best(1); // { cid: 'bafy…', loss_micro: '412345', trainer: 'nrn1…', round: 12, … }, or undefined before a win
 * const pending = await q.pending(); // the checkpoints verifiers may report on now
 * q.disconnect();
 */
export async function checkpointQueries(rpc: string): Promise<CheckpointQueriesReturnType> {
  const { comet, ask } = await connectQueryService(rpc, 'nrn.checkpoint.v1.Query');
  return {
    async params() {
      const p = pb.QueryParamsResponse.decode(await ask('Params', new Uint8Array(0))).params!;
      return { revealDeposit: BigInt(p.reveal_deposit ?? 0), defaultToleranceMicro: BigInt(p.default_tolerance_micro ?? 0) };
    },
    async best(groupId) {
      const r = pb.QueryBestResponse.decode(await ask('Best', pb.QueryBestRequest.encode({ group_id: groupId }).finish()));
      return r.found ? (r.best as BestCheckpoint) : undefined;
    },
    history: async (groupId) => pb.QueryHistoryResponse.decode(await ask('History', pb.QueryHistoryRequest.encode({ group_id: groupId }).finish())).history as BestCheckpoint[],
    async round(groupId, round = 0) {
      const r = pb.QueryRoundResponse.decode(await ask('Round', pb.QueryRoundRequest.encode({ group_id: groupId, round }).finish()));
      return r.found ? { round: r.round as Round, commits: r.commits as Commit[], checkpoints: r.checkpoints.map(cw) } : undefined;
    },
    checkpoint: async (cid) => cw(pb.QueryCheckpointResponse.decode(await ask('Checkpoint', pb.QueryCheckpointRequest.encode({ cid }).finish())).checkpoint!),
    pending: async () => pb.QueryPendingResponse.decode(await ask('Pending', new Uint8Array(0))).checkpoints.map(cw),
    commits: async (trainer) => pb.QueryCommitsResponse.decode(await ask('Commits', pb.QueryCommitsRequest.encode({ trainer }).finish())).commits as Commit[],
    height: async () => (await comet.status()).syncInfo.latestBlockHeight,
    latestBlockTimeMs: async () => (await comet.status()).syncInfo.latestBlockTime.getTime(),
    disconnect: () => comet.disconnect(),
  };
}
