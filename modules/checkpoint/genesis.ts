// checkpoint genesis: params, plus on export every key of the module so a chain restarted from it keeps its rounds.
import { foreignStateKey, importStatePairs, exportStatePairs } from '../../chain/genesis-state.ts';
import type { GenesisHandlers } from '../../chain/module.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { PREFIX, keys, writeParams } from './state.ts';

const pb = nrn.checkpoint.v1;

export interface CheckpointGenesis {
  params: { reveal_deposit: string; default_tolerance_micro: number };
  /** The module's state as [key, base64 value] pairs, in key order (params excluded). */
  state?: [string, string][];
}

export const DEFAULT_PARAMS: CheckpointGenesis['params'] = {
  // 1 NRN: enough that unrevealed or lying commits cost something, small next to a round's reward on a real supply.
  reveal_deposit: '1000000',
  // 0.05 in loss units: room for the difference between a trainer's whole-set loss and a verifier's sample loss.
  default_tolerance_micro: 50_000,
};

export const checkpointGenesis: GenesisHandlers<CheckpointGenesis> = {
  default: () => ({ params: { ...DEFAULT_PARAMS } }),
  validate(g) {
    const p = g.params;
    if (!p || !/^\d+$/.test(p.reveal_deposit)) throw errors.invalidGenesis.wrap('params.reveal_deposit must be a non-negative integer string (unrn)');
    if (!Number.isSafeInteger(p.default_tolerance_micro) || p.default_tolerance_micro < 0) throw errors.invalidGenesis.wrap('params.default_tolerance_micro must be a non-negative integer');
    const foreign = foreignStateKey(g.state, PREFIX, keys.params);
    if (foreign !== undefined) throw errors.invalidGenesis.wrap(`state key "${foreign}" is not a checkpoint key`);
  },
  init(ctx, g) {
    writeParams(ctx.kv, pb.Params.create(g.params));
    importStatePairs(ctx.kv, g.state);
  },
  async export(ctx) {
    const raw = ctx.kv.get(keys.params);
    const p = raw ? pb.Params.decode(raw) : pb.Params.create(DEFAULT_PARAMS);
    const state = await exportStatePairs(ctx.kv, PREFIX, keys.params);
    return { params: { reveal_deposit: p.reveal_deposit, default_tolerance_micro: p.default_tolerance_micro }, state };
  },
};
