// Every bank storage key, in one place. Values are decimal strings of the amount.
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { encodeText } from '../../chain/store/codec.ts';

export const keys = {
  balance: (addr: string, denom: string) => `bank/bal/${addr}/${denom}`,
  balancesOf: (addr: string) => `bank/bal/${addr}/`,
  balancesPrefix: 'bank/bal/',
  supply: (denom: string) => `bank/supply/${denom}`,
  supplyPrefix: 'bank/supply/',
};

const dec = new TextDecoder();
// Amounts by the stored bytes object: a sender's balance is read and rewritten by every tx it sends.
const amounts = new WeakMap<Uint8Array, bigint>();

export function decodeAmount(raw: Uint8Array | undefined): bigint {
  if (!raw) return 0n;
  let n = amounts.get(raw);
  if (n === undefined) amounts.set(raw, (n = BigInt(dec.decode(raw))));
  return n;
}

function encodeAmount(amount: bigint): Uint8Array {
  const raw = encodeText(amount.toString());
  amounts.set(raw, amount);
  return raw;
}

export function readBalance(kv: KVReader, addr: string, denom: string): bigint {
  return decodeAmount(kv.get(keys.balance(addr, denom)));
}

export function writeBalance(kv: KV, addr: string, denom: string, amount: bigint) {
  if (amount === 0n) kv.delete(keys.balance(addr, denom));
  else kv.set(keys.balance(addr, denom), encodeAmount(amount));
}

export function readSupply(kv: KVReader, denom: string): bigint {
  return decodeAmount(kv.get(keys.supply(denom)));
}

export function writeSupply(kv: KV, denom: string, amount: bigint) {
  if (amount === 0n) kv.delete(keys.supply(denom));
  else kv.set(keys.supply(denom), encodeAmount(amount));
}
