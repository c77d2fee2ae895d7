// Module trainingset: training groups, stake in a group, delta proposals and votes, epochs, the version chain.
import { defineModule } from '../../chain/module.ts';
import type { DefinedModule } from '../../chain/module.ts';
import { keys } from './state.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { trainingsetView } from './view.ts';
import type { TrainingsetView, TrainingGroupFacts } from './view.ts';
import type { BankView } from '../bank/index.ts';
import type { MintView } from '../mint/index.ts';
import { trainingsetHandlers, BOND_POOL, DEPOSIT_POOL } from './handler.ts';
import { trainingsetEndBlock } from './epoch.ts';
import { queries } from './queries.ts';
import { trainingsetGenesis } from './genesis.ts';
import type { TrainingsetGenesis } from './genesis.ts';

export type { TrainingsetGenesis, TrainingsetView, TrainingGroupFacts };
export { BOND_POOL, DEPOSIT_POOL };
export { genesisVersion, nextVersion } from '../../dataset/version.ts';

export function createTrainingsetModule(deps: { bank: BankView; mint: MintView }): DefinedModule<TrainingsetGenesis, TrainingsetView> {
  return defineModule({
    name: 'trainingset', state: keys, errors, events,
    msgs: trainingsetHandlers(deps.bank),
    queries,
    genesis: trainingsetGenesis,
    endBlock: (ctx) => trainingsetEndBlock(ctx, deps.bank, deps.mint),
    view: trainingsetView,
  });
}
