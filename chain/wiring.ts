// The app's composition, in one place (like a Cosmos app.go): which modules exist, in which order their
// hooks run, and which views of each other they are given. A module sees others only through these views.
import type { Module } from './module.ts';
import { authModule, accounts } from '../modules/auth/index.ts';
import { createBankModule } from '../modules/bank/index.ts';
import type { BankView } from '../modules/bank/index.ts';
import { FEE_COLLECTOR } from './tx/ante.ts';

export interface Wiring {
  /** In hook order: begin-block, end-block and genesis run in this order. */
  modules: Module[];
  bank: BankView;
}

export function wireModules(): Wiring {
  const { module: bank, keeper: bankKeeper } = createBankModule({
    accounts,
    minters: ['mint'],
    moduleAccounts: [FEE_COLLECTOR],
  });
  return { modules: [authModule as Module, bank as Module], bank: bankKeeper };
}
