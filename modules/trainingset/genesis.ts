// trainingset genesis: params, plus on export every key of the module so a chain restarted from it has the same groups.
import { foreignStateKey, importStatePairs, exportStatePairs } from '../../chain/genesis-state.ts';
import type { GenesisHandlers } from '../../chain/module.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { PREFIX, keys, writeParams } from './state.ts';

const pb = nrn.trainingset.v1;

export interface TrainingsetGenesis {
  params: {
    min_creation_deposit: string;
    min_epoch_length_seconds: number;
    max_epoch_length_seconds: number;
    default_epoch_length_seconds: number;
  };
  /** The module's state as [key, base64 value] pairs, in key order (params excluded). */
  state?: [string, string][];
}

export const DEFAULT_PARAMS: TrainingsetGenesis['params'] = {
  min_creation_deposit: '10000000',
  // One second so that devnets and tests can run epochs seconds long; production genesis raises it.
  min_epoch_length_seconds: 1,
  max_epoch_length_seconds: 31_622_400,
  default_epoch_length_seconds: 604_800,
};

export const trainingsetGenesis: GenesisHandlers<TrainingsetGenesis> = {
  default: () => ({ params: { ...DEFAULT_PARAMS } }),
  validate(g) {
    const p = g.params;
    if (!p || !/^\d+$/.test(p.min_creation_deposit)) throw errors.invalidGenesis.wrap('params.min_creation_deposit must be a non-negative integer string');
    const ints = [p.min_epoch_length_seconds, p.max_epoch_length_seconds, p.default_epoch_length_seconds];
    if (!ints.every((n) => Number.isSafeInteger(n) && n > 0)) throw errors.invalidGenesis.wrap('params epoch lengths must be positive integers');
    if (!(p.min_epoch_length_seconds <= p.default_epoch_length_seconds && p.default_epoch_length_seconds <= p.max_epoch_length_seconds)) {
      throw errors.invalidGenesis.wrap('params must satisfy min_epoch_length_seconds ≤ default_epoch_length_seconds ≤ max_epoch_length_seconds');
    }
    const foreign = foreignStateKey(g.state, PREFIX, keys.params);
    if (foreign !== undefined) throw errors.invalidGenesis.wrap(`state key "${foreign}" is not a trainingset key`);
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
      params: {
        min_creation_deposit: p.min_creation_deposit, min_epoch_length_seconds: p.min_epoch_length_seconds,
        max_epoch_length_seconds: p.max_epoch_length_seconds, default_epoch_length_seconds: p.default_epoch_length_seconds,
      },
      state,
    };
  },
};
