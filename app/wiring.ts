// The app's composition, in one place (like a Cosmos app.go): which modules exist, in which order their
// hooks run, and which views of each other they are given. It reads only modules' index.ts: a module sees
// another only through the typed view that one offers, adapted here where the two name things differently.
import type { AppModules } from '../chain/app.ts';
import { authModule, createAnteHandler, FEE_COLLECTOR } from '../modules/auth/index.ts';
import { createBankModule } from '../modules/bank/index.ts';
import type { BankView } from '../modules/bank/index.ts';
import { createStakingModule, BONDED_POOL, NOT_BONDED_POOL, STAKING_MODULE_ACCOUNTS } from '../modules/staking/index.ts';
import { createMintModule, MINT_MODULE } from '../modules/mint/index.ts';
import { createTrainingsetModule, BOND_POOL, DEPOSIT_POOL } from '../modules/trainingset/index.ts';
import { createCheckpointModule, CHECKPOINT_MODULE } from '../modules/checkpoint/index.ts';
import { createBridgeModule, BRIDGE_MODULE } from '../modules/bridge/index.ts';

/** NRN's modules in hook order (begin-block, end-block and genesis run in this order), its ante handler, and bank's view (for tests and tools that read balances in process). */
export function nrnModules(): AppModules & { bank: BankView } {
  const auth = authModule;
  const bank = createBankModule({
    accounts: auth.view,
    minters: [MINT_MODULE, BONDED_POOL, NOT_BONDED_POOL, CHECKPOINT_MODULE],
    moduleAccounts: [FEE_COLLECTOR, MINT_MODULE, BOND_POOL, DEPOSIT_POOL, ...STAKING_MODULE_ACCOUNTS, CHECKPOINT_MODULE, BRIDGE_MODULE],
  });
  const mint = createMintModule(bank.view);
  const trainingset = createTrainingsetModule({ bank: bank.view, mint: mint.view });
  const staking = createStakingModule({ accounts: auth.view, bank: bank.view });
  const checkpoint = createCheckpointModule({
    bank: bank.view, mint: mint.view, groups: trainingset.view,
    validators: staking.view,
  });
  // bridge runs after staking so its end block sees this block's power changes.
  const bridge = createBridgeModule({
    bank: bank.view,
    signers: staking.view,
    settlements: {
      // A winner recorded without its training-set version is settled with the group's current one.
      async takeNewWinners(kv) {
        return (await checkpoint.view.takeNewWinners(kv)).map((w) => ({
          ...w, trainingSetVersion: w.trainingSetVersion || (trainingset.view.group(kv, w.groupId)?.currentVersion ?? ''),
        }));
      },
    },
  });
  return {
    modules: [auth, bank, mint, trainingset, checkpoint, staking, bridge],
    ante: createAnteHandler({ accounts: auth.view, bank: bank.view }),
    bank: bank.view,
  };
}
