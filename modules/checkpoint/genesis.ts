// checkpoint genesis: params, plus on export every key of the module so a chain restarted from it keeps its rounds.
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
    for (const [k] of g.state ?? []) {
      if (!k.startsWith(PREFIX) || k === keys.params) throw errors.invalidGenesis.wrap(`state key "${k}" is not a checkpoint key`);
    }
  },
  init(ctx, g) {
    writeParams(ctx.kv, pb.Params.create(g.params));
    for (const [k, v] of g.state ?? []) ctx.kv.set(k, Buffer.from(v, 'base64'));
  },
  async export(ctx) {
    const raw = ctx.kv.get(keys.params);
    const p = raw ? pb.Params.decode(raw) : pb.Params.create(DEFAULT_PARAMS);
    const state: [string, string][] = [];
    for await (const [k, v] of ctx.kv.iterate(PREFIX)) if (k !== keys.params) state.push([k, Buffer.from(v).toString('base64')]);
    return { params: { reveal_deposit: p.reveal_deposit, default_tolerance_micro: p.default_tolerance_micro }, state };
  },
};
