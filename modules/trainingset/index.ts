// Module trainingset: training groups, stake in a group, delta proposals and votes, epochs, the version chain.
import type { Module } from '../../chain/module.ts';
import type { BankView } from '../bank/index.ts';
import type { MintView } from '../mint/index.ts';
import { trainingsetHandlers, BOND_POOL, DEPOSIT_POOL } from './handler.ts';
import { trainingsetEndBlock } from './epoch.ts';
import { queries } from './queries.ts';
import { trainingsetGenesis } from './genesis.ts';
import type { TrainingsetGenesis } from './genesis.ts';

export type { TrainingsetGenesis };
export { BOND_POOL, DEPOSIT_POOL };
export { genesisVersion, nextVersion } from './version.ts';

export function createTrainingsetModule(deps: { bank: BankView; mint: MintView }): Module<TrainingsetGenesis> {
  return {
    name: 'trainingset',
    msgs: trainingsetHandlers(deps.bank),
    queries,
    genesis: trainingsetGenesis,
    endBlock: (ctx) => trainingsetEndBlock(ctx, deps.bank, deps.mint),
  };
}
