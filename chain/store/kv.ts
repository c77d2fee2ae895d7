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
  async *iterate(prefix: string): AsyncIterable<[string, Bytes]> {
    const mine = [...this.writes.keys()].filter((k) => k.startsWith(prefix)).sort();
    let i = 0;
    for await (const [k, v] of this.parent.iterate(prefix)) {
      while (i < mine.length && mine[i]! < k) {
        const w = this.writes.get(mine[i]!);
        if (w) yield [mine[i]!, w];
        i++;
      }
      if (i < mine.length && mine[i] === k) {
        const w = this.writes.get(k);
        if (w) yield [k, w];
        i++;
        continue;
      }
      yield [k, v];
    }
    for (; i < mine.length; i++) {
      const w = this.writes.get(mine[i]!);
      if (w) yield [mine[i]!, w];
    }
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
