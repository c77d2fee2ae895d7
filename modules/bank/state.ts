// Every bank storage key, in one place. Values are decimal strings of the amount.
import type { KV, KVReader } from '../../chain/store/kv.ts';

export const keys = {
  balance: (addr: string, denom: string) => `bank/bal/${addr}/${denom}`,
  balancesOf: (addr: string) => `bank/bal/${addr}/`,
  balancesPrefix: 'bank/bal/',
  supply: (denom: string) => `bank/supply/${denom}`,
  supplyPrefix: 'bank/supply/',
};

const enc = new TextEncoder();
const dec = new TextDecoder();
export const decodeAmount = (raw: Uint8Array | undefined) => (raw ? BigInt(dec.decode(raw)) : 0n);

export function readBalance(kv: KVReader, addr: string, denom: string): bigint {
  return decodeAmount(kv.get(keys.balance(addr, denom)));
}

export function writeBalance(kv: KV, addr: string, denom: string, amount: bigint) {
  if (amount === 0n) kv.delete(keys.balance(addr, denom));
  else kv.set(keys.balance(addr, denom), enc.encode(amount.toString()));
}

export function readSupply(kv: KVReader, denom: string): bigint {
  return decodeAmount(kv.get(keys.supply(denom)));
}

export function writeSupply(kv: KV, denom: string, amount: bigint) {
  if (amount === 0n) kv.delete(keys.supply(denom));
  else kv.set(keys.supply(denom), enc.encode(amount.toString()));
}
