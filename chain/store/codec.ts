// What every module's state file needs to lay out keys and values: zero-padded numbers so keys sort, protobuf and
// JSON records, decimal amounts and counters, and scans under a prefix. Each module keeps its own key names.
import type { KV, KVReader } from './kv.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
/**
 * UTF-8 bytes of a string. Keys and decimal amounts are short ASCII, for which a plain copy is several times
 * faster than TextEncoder (each send encodes four balances and the block writes their keys).
 */
export function encodeText(s: string): Uint8Array {
  if (s.length > 128) return enc.encode(s);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return enc.encode(s);
    out[i] = c;
  }
  return out;
}
export const decodeText = (b: Uint8Array): string => dec.decode(b);

/** Byte-wise order of two byte strings (a shorter prefix first). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && compareBytes(a, b) === 0;

/** A number zero-padded to `width` digits, so keys sort in numeric order (20 digits hold any uint64). */
export const padNumber = (n: number | bigint, width = 20): string => n.toString().padStart(width, '0');

/** The halves of a protobufjs message type (the generated `nrn.*` classes) that state files use. */
export interface PbDecoder<T> { decode(b: Uint8Array): T }
export interface PbEncoder<T> { encode(m: T): { finish(): Uint8Array } }

/** Reads a `type` record at a key; undefined when absent. */
export const protoReader = <T>(type: PbDecoder<T>) => (kv: KVReader, key: string): T | undefined => {
  const raw = kv.get(key);
  return raw ? type.decode(raw) : undefined;
};

export const protoWriter = <T>(type: PbEncoder<T>) => (kv: KV, key: string, value: T): void => kv.set(key, type.encode(value).finish());

/** A module's params record, which genesis always writes: its absence is a bug, not a user error. */
export function readRequired<T>(kv: KVReader, key: string, type: PbDecoder<T>, module: string): T {
  const raw = kv.get(key);
  if (!raw) throw new Error(`${module} params missing from state (genesis not loaded)`);
  return type.decode(raw);
}

export function readJson<T>(kv: KVReader, key: string): T | undefined {
  const raw = kv.get(key);
  return raw ? (JSON.parse(dec.decode(raw)) as T) : undefined;
}

export function writeJson(kv: KV, key: string, value: unknown): void {
  kv.set(key, enc.encode(JSON.stringify(value)));
}

/** A decimal-string integer (an amount, shares, a time); 0 when absent. */
export function readDecimal(kv: KVReader, key: string): bigint {
  const raw = kv.get(key);
  return raw ? BigInt(dec.decode(raw)) : 0n;
}

/** Writes a decimal-string integer; 0 deletes the key, so empty balances and bonds leave no trace in state. */
export function writeDecimal(kv: KV, key: string, v: bigint): void {
  if (v === 0n) kv.delete(key);
  else kv.set(key, encodeText(v.toString()));
}

/** A small decimal-string number (a nonce, a height); 0 when absent. */
export function readCount(kv: KVReader, key: string): number {
  const raw = kv.get(key);
  return raw ? Number(dec.decode(raw)) : 0;
}

export function writeCount(kv: KV, key: string, n: number): void {
  kv.set(key, encodeText(String(n)));
}

/** Takes the next id from a counter that stores the id it will hand out next (the first is 1). */
export function takeId(kv: KV, key: string): number {
  const next = readCount(kv, key) || 1;
  writeCount(kv, key, next + 1);
  return next;
}

/** Every value under a prefix, decoded, in key order. */
export async function valuesUnder<T>(kv: KVReader, prefix: string, decode: (b: Uint8Array) => T): Promise<T[]> {
  const out: T[] = [];
  for await (const [, v] of kv.iterate(prefix)) out.push(decode(v));
  return out;
}

/** Deletes every key under a prefix (collected first: a store is not written while it is iterated). */
export async function deleteUnder(kv: KV, prefix: string): Promise<void> {
  const doomed: string[] = [];
  for await (const [k] of kv.iterate(prefix)) doomed.push(k);
  for (const k of doomed) kv.delete(k);
}

/** The numbers that end the keys under `prefix` (an index of ids), in ascending order. */
export async function idsUnder(kv: KVReader, prefix: string): Promise<number[]> {
  const ids: number[] = [];
  for await (const [k] of kv.iterate(prefix)) ids.push(Number(k.slice(prefix.length)));
  return ids;
}
