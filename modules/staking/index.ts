// Module staking: validators, delegation, unbonding and the validator set sent to CometBFT, with fee
// distribution (cosmos.distribution) and slashing (cosmos.slashing) on the Cosmos SDK's own message types.
import { defineModule } from '../../chain/module.ts';
import type { DefinedModule } from '../../chain/module.ts';
import { keys } from './state.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { stakingView } from './view.ts';
import type { StakingView, ValidatorPower } from './view.ts';
import type { AccountsView } from '../auth/index.ts';
import type { BankView } from '../bank/index.ts';
import { createStakingKeeper, BONDED_POOL, NOT_BONDED_POOL, DISTRIBUTION } from './keeper.ts';
import type { StakingKeeper } from './keeper.ts';
import { stakingHandlers } from './handler.ts';
import { stakingQueries } from './queries.ts';
import { stakingGenesis } from './genesis.ts';
import type { StakingGenesis, GenesisValidator } from './genesis.ts';
import { createDistribution } from './distribution.ts';
import { createSlashing } from './slashing.ts';
import { slashingQueries } from './slashing-queries.ts';

export type { StakingKeeper, StakingGenesis, GenesisValidator, StakingView, ValidatorPower };
export { BONDED_POOL, NOT_BONDED_POOL, DISTRIBUTION };
/** Module accounts staking moves tokens through; BONDED_POOL also burns slashed stake. */
export const STAKING_MODULE_ACCOUNTS = [BONDED_POOL, NOT_BONDED_POOL, DISTRIBUTION] as const;

export interface StakingConfig {
  accounts: AccountsView;
  bank: BankView;
}

export function createStakingModule(cfg: StakingConfig): DefinedModule<StakingGenesis, StakingView> {
  const distribution = createDistribution(cfg.bank);
  const keeper = createStakingKeeper(cfg.bank, cfg.accounts, distribution.hooks);
  const slashing = createSlashing(keeper);
  return defineModule({
      name: 'staking', state: keys, errors, events,
      msgs: [...stakingHandlers(keeper), ...distribution.msgs, ...slashing.msgs],
      queries: [...stakingQueries(cfg.bank), ...distribution.queries, ...slashingQueries()],
      genesis: stakingGenesis(keeper, cfg.bank, cfg.accounts),
      // Fees of the last block are paid out before evidence can slash anyone's stake.
      async beginBlock(ctx, evidence) {
        await distribution.allocateFees(ctx, evidence);
        await slashing.beginBlock(ctx, evidence);
      },
      async endBlock(ctx) {
        await keeper.matureUnbondings(ctx);
        await keeper.matureRedelegations(ctx);
        return keeper.validatorUpdates(ctx);
      },
      view: stakingView,
  });
}
