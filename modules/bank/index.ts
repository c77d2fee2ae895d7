// Module bank: NRN balances and supply. Sends by Msg; mint and burn only by modules through BankView.
import { defineModule } from '../../chain/module.ts';
import type { DefinedModule } from '../../chain/module.ts';
import { keys } from './state.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import type { AccountsView } from '../auth/index.ts';
import { createBankKeeper } from './keeper.ts';
import type { BankView } from './keeper.ts';
import { msgSendHandler } from './handler.ts';
import { queries } from './queries.ts';
import { bankGenesis } from './genesis.ts';
import type { BankGenesis } from './genesis.ts';

export type { BankView, BankGenesis };
export { parseAmount } from './coins.ts';

export interface BankConfig {
  accounts: AccountsView;
  /** Modules allowed to mint and burn (e.g. mint, bridge). */
  minters: readonly string[];
  /** Module accounts that must not receive plain sends. */
  moduleAccounts: readonly string[];
}

export function createBankModule(cfg: BankConfig): DefinedModule<BankGenesis, BankView> {
  const keeper = createBankKeeper(cfg.accounts, cfg.minters);
  let blocked: Set<string> | undefined;
  const blockedRecipients = () => (blocked ??= new Set(cfg.moduleAccounts.map((m) => keeper.moduleAddress(m))));
  return defineModule({
    name: 'bank', state: keys, errors, events,
    msgs: [msgSendHandler(keeper, blockedRecipients)],
    queries,
    genesis: bankGenesis(cfg.accounts),
    view: keeper,
  });
}
