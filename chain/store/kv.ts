// Layers of key-value state: the committed store at the bottom, a block branch over it, a branch per tx
// (discarded when the tx fails), and a gas-metered view that handlers see.
import { sdk } from '../errors.ts';

export type Bytes = Uint8Array;

export interface KVReader {
  get(key: string): Bytes | undefined;
  /** Keys under a prefix in ascending order, with this layer's writes merged over its parent's. */
  iterate(prefix: string): AsyncIterable<[string, Bytes]>;
}

export interface KV extends KVReader {
  set(key: string, value: Bytes): void;
  delete(key: string): void;
}

/** Writes kept in memory over a parent; `write()` pushes them down, dropping the branch discards them. */
export class CacheKV implements KV {
  readonly parent: KVReader;
  readonly writes = new Map<string, Bytes | null>();
  constructor(parent: KVReader) {
    this.parent = parent;
  }
  get(key: string): Bytes | undefined {
    const w = this.writes.get(key);
    if (w !== undefined) return w ?? undefined;
    return this.parent.get(key);
  }
  set(key: string, value: Bytes) {
    this.writes.set(key, value);
  }
  delete(key: string) {
    this.writes.set(key, null);
  }
  branch(): CacheKV {
    return new CacheKV(this);
  }
  /** Pushes this branch's writes into `target` (normally the parent). */
  writeTo(target: CacheKV) {
    for (const [k, v] of this.writes) target.writes.set(k, v);
  }
  iterate(prefix: string): AsyncIterable<[string, Bytes]> {
    return mergeWrites(this.parent.iterate(prefix), this.writes, prefix);
  }
}

/**
 * Orders keys as LevelDB does: by their UTF-8 bytes, which is code-point order. JavaScript's `<` compares UTF-16
 * units, which agrees except where a surrogate (a character above U+FFFF) meets U+E000–U+FFFF.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const xs = x < 0xe000, ys = y < 0xe000;
      if (xs !== ys) return xs ? 1 : -1;
    }
    return x - y;
  }
  return a.length - b.length;
}

/**
 * `below`'s entries under `prefix` (in key order) with `writes` laid over them: a written value replaces or adds
 * its key, a null write hides it. Every layer of the store iterates through this one merge.
 */
export async function* mergeWrites(below: AsyncIterable<[string, Bytes]>, writes: ReadonlyMap<string, Bytes | null>, prefix: string): AsyncIterable<[string, Bytes]> {
  const mine: string[] = [];
  for (const k of writes.keys()) if (k.startsWith(prefix)) mine.push(k);
  mine.sort(compareKeys);
  let i = 0;
  for await (const [k, v] of below) {
    for (; i < mine.length && compareKeys(mine[i]!, k) < 0; i++) {
      const w = writes.get(mine[i]!);
      if (w) yield [mine[i]!, w];
    }
    if (i < mine.length && mine[i] === k) {
      const w = writes.get(k);
      i++;
      if (w) yield [k, w];
      continue;
    }
    yield [k, v];
  }
  for (; i < mine.length; i++) {
    const w = writes.get(mine[i]!);
    if (w) yield [mine[i]!, w];
  }
}

// The Cosmos SDK's KVGasConfig, so gas figures feel familiar to its users.
export const KV_GAS = { readFlat: 1000, readPerByte: 3, writeFlat: 2000, writePerByte: 30, delete: 1000, iterNext: 30 };

export class GasMeter {
  readonly limit: number;
  used = 0;
  constructor(limit: number) {
    this.limit = limit;
  }
  consume(amount: number, descriptor: string) {
    this.used += amount;
    if (this.used > this.limit) {
      throw sdk.outOfGas.wrap(`out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`);
    }
  }
}

/** The view a handler gets: every read and write costs gas, deterministically. */
export class GasKV implements KV {
  readonly inner: KV;
  readonly meter: GasMeter;
  constructor(inner: KV, meter: GasMeter) {
    this.inner = inner;
    this.meter = meter;
  }
  get(key: string) {
    const v = this.inner.get(key);
    this.meter.consume(KV_GAS.readFlat + KV_GAS.readPerByte * (key.length + (v?.length ?? 0)), 'ReadFlat');
    return v;
  }
  set(key: string, value: Bytes) {
    this.meter.consume(KV_GAS.writeFlat + KV_GAS.writePerByte * (key.length + value.length), 'WriteFlat');
    this.inner.set(key, value);
  }
  delete(key: string) {
    this.meter.consume(KV_GAS.delete, 'Delete');
    this.inner.delete(key);
  }
  async *iterate(prefix: string): AsyncIterable<[string, Bytes]> {
    for await (const [k, v] of this.inner.iterate(prefix)) {
      this.meter.consume(KV_GAS.iterNext + KV_GAS.readPerByte * (k.length + v.length), 'IterNext');
      yield [k, v];
    }
  }
}
