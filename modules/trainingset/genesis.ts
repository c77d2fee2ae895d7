// trainingset genesis: params, plus on export every key of the module so a chain restarted from it has the same groups.
import { paramsAndStateGenesis } from '../../chain/genesis-state.ts';
import type { ParamsAndState } from '../../chain/genesis-state.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { PREFIX, keys } from './state.ts';

const pb = nrn.trainingset.v1;

export type TrainingsetGenesis = ParamsAndState<{
  min_creation_deposit: string;
  min_epoch_length_seconds: number;
  max_epoch_length_seconds: number;
  default_epoch_length_seconds: number;
}>;

export const DEFAULT_PARAMS: TrainingsetGenesis['params'] = {
  min_creation_deposit: '10000000',
  // One second so that devnets and tests can run epochs seconds long; production genesis raises it.
  min_epoch_length_seconds: 1,
  max_epoch_length_seconds: 31_622_400,
  default_epoch_length_seconds: 604_800,
};

export const trainingsetGenesis = paramsAndStateGenesis<TrainingsetGenesis['params']>({
  module: 'trainingset',
  prefix: PREFIX,
  paramsKey: keys.params,
  defaults: DEFAULT_PARAMS,
  paramsType: pb.Params,
  invalid: errors.invalidGenesis,
  checkParams(p) {
    if (typeof p.min_creation_deposit !== 'string' || !/^\d+$/.test(p.min_creation_deposit)) throw errors.invalidGenesis.wrap('params.min_creation_deposit must be a non-negative integer string');
    const ints = [p.min_epoch_length_seconds, p.max_epoch_length_seconds, p.default_epoch_length_seconds];
    if (!ints.every((n) => Number.isSafeInteger(n) && n > 0)) throw errors.invalidGenesis.wrap('params epoch lengths must be positive integers');
    if (!(p.min_epoch_length_seconds <= p.default_epoch_length_seconds && p.default_epoch_length_seconds <= p.max_epoch_length_seconds)) {
      throw errors.invalidGenesis.wrap('params must satisfy min_epoch_length_seconds ≤ default_epoch_length_seconds ≤ max_epoch_length_seconds');
    }
  },
});
