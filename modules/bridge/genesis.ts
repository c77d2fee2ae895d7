// bridge genesis: params, plus on export every key of the module so a chain restarted from it keeps its escrow records.
import { foreignStateKey, importStatePairs, exportStatePairs } from '../../chain/genesis-state.ts';
import type { GenesisHandlers } from '../../chain/module.ts';
import { bridgeIdFromName } from '../../contracts/hash.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { PREFIX, keys, writeParams } from './state.ts';

const pb = nrn.bridge.v1;

export interface BridgeGenesis {
  params: { bridge_id: string; eth_chain_id: string; batch_max_size: number; batch_timeout_eth_blocks: number; valset_change_percent: number };
  /** The module's state as [key, base64 value] pairs, in key order (params excluded). */
  state?: [string, string][];
}

export const DEFAULT_PARAMS: BridgeGenesis['params'] = {
  // A devnet deployment on Hardhat (chain id 31337); production genesis names its own bridge id and chain.
  bridge_id: bridgeIdFromName('nrn-devnet/hardhat'),
  eth_chain_id: '31337',
  // 100 transfers cost ~2.8M gas on NRNBridge (contracts/README.md): under a tenth of a 30M block.
  batch_max_size: 100,
  // About 2 hours of 12-second Ethereum blocks.
  batch_timeout_eth_blocks: 600,
  // Gravity Bridge's threshold: a 5% shift of normalised power asks for a new signer set.
  valset_change_percent: 5,
};

export const bridgeGenesis: GenesisHandlers<BridgeGenesis> = {
  default: () => ({ params: { ...DEFAULT_PARAMS } }),
  validate(g) {
    const p = g.params;
    if (!p) throw errors.invalidGenesis.wrap('params missing');
    if (!/^0x[0-9a-f]{64}$/.test(p.bridge_id)) throw errors.invalidGenesis.wrap('params.bridge_id must be 0x followed by 64 lower-case hex characters');
    if (!/^[1-9]\d{0,18}$/.test(p.eth_chain_id)) throw errors.invalidGenesis.wrap('params.eth_chain_id must be a positive decimal integer');
    if (!Number.isSafeInteger(p.batch_max_size) || p.batch_max_size < 1 || p.batch_max_size > 1000) throw errors.invalidGenesis.wrap('params.batch_max_size must be 1 to 1000');
    if (!Number.isSafeInteger(p.batch_timeout_eth_blocks) || p.batch_timeout_eth_blocks < 1) throw errors.invalidGenesis.wrap('params.batch_timeout_eth_blocks must be positive');
    if (!Number.isSafeInteger(p.valset_change_percent) || p.valset_change_percent < 0 || p.valset_change_percent > 100) throw errors.invalidGenesis.wrap('params.valset_change_percent must be 0 to 100');
    const foreign = foreignStateKey(g.state, PREFIX, keys.params);
    if (foreign !== undefined) throw errors.invalidGenesis.wrap(`state key "${foreign}" is not a bridge key`);
  },
  init(ctx, g) {
    writeParams(ctx.kv, pb.Params.create(g.params));
    importStatePairs(ctx.kv, g.state);
  },
  async export(ctx) {
    const raw = ctx.kv.get(keys.params);
    const p = raw ? pb.Params.decode(raw) : pb.Params.create(DEFAULT_PARAMS);
    const state = await exportStatePairs(ctx.kv, PREFIX, keys.params);
    return {
      params: { bridge_id: p.bridge_id, eth_chain_id: p.eth_chain_id, batch_max_size: p.batch_max_size, batch_timeout_eth_blocks: p.batch_timeout_eth_blocks, valset_change_percent: p.valset_change_percent },
      state,
    };
  },
};
