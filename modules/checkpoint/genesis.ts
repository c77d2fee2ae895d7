// checkpoint genesis: params, plus on export every key of the module so a chain restarted from it keeps its rounds.
import { paramsAndStateGenesis } from '../../chain/genesis-state.ts';
import type { ParamsAndState } from '../../chain/genesis-state.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { PREFIX, keys } from './state.ts';

const pb = nrn.checkpoint.v1;

export type CheckpointGenesis = ParamsAndState<{ reveal_deposit: string; default_tolerance_micro: number }>;

export const DEFAULT_PARAMS: CheckpointGenesis['params'] = {
  // 1 NRN: enough that unrevealed or lying commits cost something, small next to a round's reward on a real supply.
  reveal_deposit: '1000000',
  // 0.05 in loss units: room for the difference between a trainer's whole-set loss and a verifier's sample loss.
  default_tolerance_micro: 50_000,
};

export const checkpointGenesis = paramsAndStateGenesis<CheckpointGenesis['params']>({
  module: 'checkpoint',
  prefix: PREFIX,
  paramsKey: keys.params,
  defaults: DEFAULT_PARAMS,
  paramsType: pb.Params,
  invalid: errors.invalidGenesis,
  checkParams(p) {
    if (typeof p.reveal_deposit !== 'string' || !/^\d+$/.test(p.reveal_deposit)) throw errors.invalidGenesis.wrap('params.reveal_deposit must be a non-negative integer string (unrn)');
    if (!Number.isSafeInteger(p.default_tolerance_micro) || p.default_tolerance_micro < 0) throw errors.invalidGenesis.wrap('params.default_tolerance_micro must be a non-negative integer');
  },
});
