// Module checkpoint: training rounds, checkpoint commit/reveal, validators' loss reports, winners and their rewards.
import { defineModule } from '../../chain/module.ts';
import type { DefinedModule } from '../../chain/module.ts';
import { keys } from './state.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { checkpointView } from './view.ts';
import type { CheckpointView, NewWinner } from './view.ts';
import type { BankView } from '../bank/index.ts';
import type { MintView } from '../mint/index.ts';
import { checkpointHandlers, CHECKPOINT_MODULE } from './handler.ts';
import { checkpointQueries } from './queries.ts';
import { checkpointGenesis } from './genesis.ts';
import type { CheckpointGenesis } from './genesis.ts';
import { recordSeeds, settleDueRounds } from './settle.ts';
import type { GroupView, ValidatorPowerView, GroupFacts } from './views.ts';

export type { CheckpointGenesis, GroupView, ValidatorPowerView, GroupFacts, CheckpointView, NewWinner };
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

export function createCheckpointModule(deps: CheckpointDeps): DefinedModule<CheckpointGenesis, CheckpointView> {
  return defineModule({
    name: CHECKPOINT_MODULE, state: keys, errors, events,
    msgs: checkpointHandlers(deps),
    queries: checkpointQueries(deps.groups),
    genesis: checkpointGenesis,
    beginBlock: (ctx) => recordSeeds(ctx),
    endBlock: (ctx) => settleDueRounds(ctx, deps),
    view: checkpointView,
  });
}
