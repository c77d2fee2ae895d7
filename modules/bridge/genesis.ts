// bridge genesis: params, plus on export every key of the module so a chain restarted from it keeps its escrow records.
import { paramsAndStateGenesis } from '../../chain/genesis-state.ts';
import type { ParamsAndState } from '../../chain/genesis-state.ts';
import { bridgeIdFromName } from './digest.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { PREFIX, keys } from './state.ts';

const pb = nrn.bridge.v1;

export type BridgeGenesis = ParamsAndState<{ bridge_id: string; eth_chain_id: string; batch_max_size: number; batch_timeout_eth_blocks: number; valset_change_percent: number }>;

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

export const bridgeGenesis = paramsAndStateGenesis<BridgeGenesis['params']>({
  module: 'bridge',
  prefix: PREFIX,
  paramsKey: keys.params,
  defaults: DEFAULT_PARAMS,
  paramsType: pb.Params,
  invalid: errors.invalidGenesis,
  checkParams(p) {
    const bad = (what: string) => errors.invalidGenesis.wrap(`params.${what}`);
    if (typeof p.bridge_id !== 'string' || !/^0x[0-9a-f]{64}$/.test(p.bridge_id)) throw bad('bridge_id must be 0x followed by 64 lower-case hex characters');
    if (typeof p.eth_chain_id !== 'string' || !/^[1-9]\d{0,18}$/.test(p.eth_chain_id)) throw bad('eth_chain_id must be a positive decimal integer in a string, e.g. "31337"');
    if (!Number.isSafeInteger(p.batch_max_size) || p.batch_max_size < 1 || p.batch_max_size > 1000) throw bad('batch_max_size must be 1 to 1000');
    if (!Number.isSafeInteger(p.batch_timeout_eth_blocks) || p.batch_timeout_eth_blocks < 1) throw bad('batch_timeout_eth_blocks must be positive');
    if (!Number.isSafeInteger(p.valset_change_percent) || p.valset_change_percent < 0 || p.valset_change_percent > 100) throw bad('valset_change_percent must be 0 to 100');
  },
});
