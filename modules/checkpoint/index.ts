// Module checkpoint: training rounds, checkpoint commit/reveal, validators' loss reports, winners and their rewards.
import type { Module } from '../../chain/module.ts';
import type { BankView } from '../bank/index.ts';
import type { MintView } from '../mint/index.ts';
import { checkpointHandlers, CHECKPOINT_MODULE } from './handler.ts';
import { checkpointQueries } from './queries.ts';
import { checkpointGenesis } from './genesis.ts';
import type { CheckpointGenesis } from './genesis.ts';
import { recordSeeds, settleDueRounds } from './settle.ts';
import type { GroupView, ValidatorPowerView, GroupFacts } from './views.ts';

export type { CheckpointGenesis, GroupView, ValidatorPowerView, GroupFacts };
export { CHECKPOINT_MODULE };
export { checkpointCommitment } from './commitment.ts';
export { weightedMedian, hasQuorum } from './settle.ts';
export { roundAt } from './rounds.ts';

export interface CheckpointDeps {
  bank: BankView;
  mint: MintView;
  groups: GroupView;
  validators: ValidatorPowerView;
}

export function createCheckpointModule(deps: CheckpointDeps): Module<CheckpointGenesis> {
  return {
    name: CHECKPOINT_MODULE,
    msgs: checkpointHandlers(deps),
    queries: checkpointQueries(deps.groups),
    genesis: checkpointGenesis,
    beginBlock: (ctx) => recordSeeds(ctx),
    endBlock: (ctx) => settleDueRounds(ctx, deps),
  };
}
