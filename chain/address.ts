// Addresses as the Cosmos SDK makes them: bech32 "nrn" over ripemd160(sha256(compressed secp256k1 key)).
import { toBech32, fromBech32 } from '@cosmjs/encoding';
import { ripemd160 } from '@cosmjs/crypto';
import { createHash } from 'node:crypto';
import { sdk } from './errors.ts';

export const BECH32_PREFIX = 'nrn';
export const DENOM = 'unrn';

export function addressFromPubkey(compressedPubkey: Uint8Array): string {
  const sha = createHash('sha256').update(compressedPubkey).digest();
  return toBech32(BECH32_PREFIX, ripemd160(sha));
}

/** A module's account address: sha256(name)[:20], as the SDK's authtypes.NewModuleAddress. */
export function moduleAddress(name: string): string {
  return toBech32(BECH32_PREFIX, createHash('sha256').update(name).digest().subarray(0, 20));
}

const knownValid = new Set<string>();

/** Throws a readable invalid-address error naming the field and what is wrong with it. */
export function assertAddress(addr: string, field: string): void {
  if (knownValid.has(addr)) return;
  checkAddress(addr, field);
  if (knownValid.size >= 200_000) knownValid.clear();
  knownValid.add(addr);
}

function checkAddress(addr: string, field: string): void {
  bech32Data(addr, field, BECH32_PREFIX, [20, 32]);
}

/**
 * The bytes of a bech32 address (account, valoper, valcons) with `prefix` and one of `lengths` bytes; anything else
 * throws the SDK's invalid-address error naming the field and what is wrong.
 */
export function bech32Data(addr: string, field: string, prefix: string, lengths: readonly number[]): Uint8Array {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(addr, 90);
  } catch (e) {
    throw sdk.invalidAddress.wrap(`${field} "${addr}" is not valid bech32 (${(e as Error).message})`);
  }
  if (decoded.prefix !== prefix) throw sdk.invalidAddress.wrap(`${field} "${addr}" has prefix "${decoded.prefix}", expected "${prefix}"`);
  if (!lengths.includes(decoded.data.length)) throw sdk.invalidAddress.wrap(`${field} "${addr}" has ${decoded.data.length} bytes, expected ${lengths.join(' or ')}`);
  return decoded.data;
}
