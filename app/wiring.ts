// The app's composition, in one place (like a Cosmos app.go): which modules exist, in which order their
// hooks run, and which views of each other they are given. A module sees others only through these views.
import type { Module } from '../chain/module.ts';
import type { AppModules } from '../chain/app.ts';
import { authModule, accounts } from '../modules/auth/index.ts';
import { createAnteHandler, FEE_COLLECTOR } from '../modules/auth/ante.ts';
import { createBankModule } from '../modules/bank/index.ts';
import type { BankView } from '../modules/bank/index.ts';
import { createStakingModule, BONDED_POOL, NOT_BONDED_POOL, STAKING_MODULE_ACCOUNTS } from '../modules/staking/index.ts';
import { createMintModule, MINT_MODULE } from '../modules/mint/index.ts';
import { createTrainingsetModule, BOND_POOL, DEPOSIT_POOL } from '../modules/trainingset/index.ts';
import { createCheckpointModule, CHECKPOINT_MODULE } from '../modules/checkpoint/index.ts';
import type { GroupView, ValidatorPowerView } from '../modules/checkpoint/index.ts';
import { readGroup } from '../modules/trainingset/state.ts';
import { keys as stakingKeys, readInt as readStakingInt } from '../modules/staking/state.ts';
import { valoperFromAccount, accountFromValoper } from '../modules/staking/keeper.ts';
import { createBridgeModule, BRIDGE_MODULE } from '../modules/bridge/index.ts';
import type { SettlementSourceView, SignerSetView } from '../modules/bridge/index.ts';
import { takeNewWinners } from '../modules/checkpoint/state.ts';

/** NRN's modules in hook order (begin-block, end-block and genesis run in this order), its ante handler, and bank's view (for tests and tools that read balances in process). */
export function nrnModules(): AppModules & { bank: BankView } {
  const { module: bank, keeper: bankKeeper } = createBankModule({
    accounts,
    minters: ['mint', BONDED_POOL, NOT_BONDED_POOL, CHECKPOINT_MODULE],
    moduleAccounts: [FEE_COLLECTOR, MINT_MODULE, BOND_POOL, DEPOSIT_POOL, ...STAKING_MODULE_ACCOUNTS, CHECKPOINT_MODULE, BRIDGE_MODULE],
  });
  const { module: mint, view: mintView } = createMintModule(bankKeeper);
  const trainingset = createTrainingsetModule({ bank: bankKeeper, mint: mintView });
  const { module: staking } = createStakingModule({ accounts, bank: bankKeeper });
  const checkpoint = createCheckpointModule({ bank: bankKeeper, mint: mintView, groups: checkpointGroupView, validators: checkpointValidatorView });
  // bridge runs after staking so its end block sees this block's power changes.
  const bridge = createBridgeModule({ bank: bankKeeper, signers: bridgeSignerView, settlements: bridgeSettlementView });
  return {
    modules: [authModule as Module, bank as Module, mint as Module, trainingset as Module, checkpoint as Module, staking as Module, bridge as Module],
    ante: createAnteHandler({ accounts, bank: bankKeeper }),
    bank: bankKeeper,
  };
}

/** checkpoint's view of training groups (trainingset state). */
const checkpointGroupView: GroupView = {
  group(kv, id) {
    const g = readGroup(kv, id);
    if (!g) return undefined;
    return {
      id: g.id, currentVersion: g.version, roundLengthSeconds: g.training_round_seconds,
      marginMicro: BigInt(g.training_config?.margin_micro ?? 0),
    };
  },
};

/** checkpoint's view of validator power: the power staking last sent to CometBFT, keyed by operator account. */
const checkpointValidatorView: ValidatorPowerView = {
  bondedPower: (kv, operator) => readStakingInt(kv, stakingKeys.lastPower(valoperFromAccount(operator))),
  isBondedOperator: (kv, operator) => kv.get(stakingKeys.lastPower(valoperFromAccount(operator))) !== undefined,
  async totalBondedPower(kv) {
    let total = 0n;
    for await (const [, v] of kv.iterate(stakingKeys.lastPowerPrefix)) total += BigInt(new TextDecoder().decode(v));
    return total;
  },
};

/** bridge's view of the signer set: bonded validators (operator accounts) with the power staking last sent to CometBFT. */
const bridgeSignerView: SignerSetView = {
  isBonded: (kv, operator) => kv.get(stakingKeys.lastPower(valoperFromAccount(operator))) !== undefined,
  async bondedValidators(kv) {
    const out = [];
    for await (const [k, v] of kv.iterate(stakingKeys.lastPowerPrefix)) {
      out.push({ operator: accountFromValoper(k.slice(stakingKeys.lastPowerPrefix.length)), power: BigInt(new TextDecoder().decode(v)) });
    }
    return out;
  },
};

/** bridge's view of the training groups whose winning checkpoint changed (checkpoint state), with the version it was trained on. */
const bridgeSettlementView: SettlementSourceView = {
  async takeNewWinners(kv) {
    return (await takeNewWinners(kv)).map((best) => ({
      groupId: best.group_id, checkpointCid: best.cid, trainingSetVersion: best.training_set_version || (readGroup(kv, best.group_id)?.version ?? ''),
    }));
  },
};
