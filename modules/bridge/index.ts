// Module bridge: Ethereum key registry, escrow of outgoing NRN, batches and signer sets for NRNBridge, deposit claims.
import { defineModule } from '../../chain/module.ts';
import type { DefinedModule } from '../../chain/module.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import type { BankView } from '../bank/index.ts';
import { bridgeHandlers } from './handler.ts';
import { bridgeQueries } from './queries.ts';
import { bridgeGenesis, DEFAULT_PARAMS } from './genesis.ts';
import type { BridgeGenesis } from './genesis.ts';
import { BRIDGE_MODULE, observeInOrder } from './claims.ts';
import { cancelTimedOutBatches, maybeCreateBatch } from './batches.ts';
import { maybeRequestValset } from './valset.ts';
import { maybeRequestSettlements } from './settlements.ts';
import { keys, readParams } from './state.ts';
import type { BondedSigner, GroupSettlement, SettlementSourceView, SignerSetView } from './views.ts';

export type { BridgeGenesis, BondedSigner, GroupSettlement, SettlementSourceView, SignerSetView };
export { BRIDGE_MODULE, DEFAULT_PARAMS };
export { powerShifted } from './valset.ts';

export interface BridgeDeps {
  bank: BankView;
  signers: SignerSetView;
  /** Winning checkpoints per group; without it no settlements are requested. */
  settlements?: SettlementSourceView;
}

/** The bridge offers no view: nothing else on chain depends on it. */
export function createBridgeModule(deps: BridgeDeps): DefinedModule<BridgeGenesis, undefined> {
  return defineModule({
    name: BRIDGE_MODULE, state: keys, errors, events,
    msgs: bridgeHandlers(deps),
    queries: bridgeQueries(deps.bank),
    genesis: bridgeGenesis,
    async endBlock(ctx) {
      const p = readParams(ctx.kv);
      await observeInOrder(ctx, deps);
      await maybeRequestValset(ctx, deps.signers, p);
      await cancelTimedOutBatches(ctx);
      await maybeCreateBatch(ctx, p);
      if (deps.settlements) await maybeRequestSettlements(ctx, deps.settlements);
    },
    view: undefined,
  });
}
