// A module's state in genesis as raw key/value pairs under its prefix (base64 values): an exact round trip of
// everything but its params, which a module keeps as readable JSON beside it.
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
