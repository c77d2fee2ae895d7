// A module's state in genesis as raw key/value pairs under its prefix (base64 values): an exact round trip of
// everything but its params, which a module keeps as readable JSON beside it.
import type { ErrorKind } from './errors.ts';
import type { GenesisHandlers } from './module.ts';
import type { KV, KVReader } from './store/kv.ts';

export type StatePairs = [string, string][];

/** The key of the first pair that is not under `prefix` or is the params key, if any. */
export function foreignStateKey(pairs: StatePairs | undefined, prefix: string, paramsKey: string): string | undefined {
  return (pairs ?? []).find(([k]) => !k.startsWith(prefix) || k === paramsKey)?.[0];
}

export function importStatePairs(kv: KV, pairs: StatePairs | undefined): void {
  for (const [k, v] of pairs ?? []) kv.set(k, Buffer.from(v, 'base64'));
}

export async function exportStatePairs(kv: KVReader, prefix: string, paramsKey: string): Promise<StatePairs> {
  const state: StatePairs = [];
  for await (const [k, v] of kv.iterate(prefix)) if (k !== paramsKey) state.push([k, Buffer.from(v).toString('base64')]);
  return state;
}

/** A module genesis made of its params (readable JSON, stored as one protobuf record) and its other state as pairs. */
export interface ParamsAndState<P> {
  params: P;
  /** The module's state as [key, base64 value] pairs, in key order (params excluded). */
  state?: StatePairs;
}

/**
 * The genesis handlers of a module whose genesis is `ParamsAndState`: validate checks the params with
 * `checkParams` and that every state key is the module's own; export writes back exactly the fields of `defaults`.
 */
export function paramsAndStateGenesis<P extends object>(o: {
  module: string;
  prefix: string;
  paramsKey: string;
  defaults: P;
  paramsType: { create(p: P): unknown; encode(m: any): { finish(): Uint8Array }; decode(b: Uint8Array): unknown };
  /** Throws the module's invalid-genesis error for the first thing wrong with the params. */
  checkParams(p: P): void;
  invalid: ErrorKind;
}): GenesisHandlers<ParamsAndState<P>> {
  return {
    default: () => ({ params: { ...o.defaults } }),
    validate(g) {
      if (!g.params) throw o.invalid.wrap('params missing');
      o.checkParams(g.params);
      const foreign = foreignStateKey(g.state, o.prefix, o.paramsKey);
      if (foreign !== undefined) throw o.invalid.wrap(`state key "${foreign}" is not a ${o.module} key`);
    },
    init(ctx, g) {
      ctx.kv.set(o.paramsKey, o.paramsType.encode(o.paramsType.create(g.params)).finish());
      importStatePairs(ctx.kv, g.state);
    },
    async export(ctx) {
      const raw = ctx.kv.get(o.paramsKey);
      const stored = (raw ? o.paramsType.decode(raw) : o.paramsType.create(o.defaults)) as Record<string, unknown>;
      const params = Object.fromEntries(Object.keys(o.defaults).map((k) => [k, stored[k]])) as P;
      return { params, state: await exportStatePairs(ctx.kv, o.prefix, o.paramsKey) };
    },
  };
}
