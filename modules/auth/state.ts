// Every auth storage key, in one place.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { WireWriter, encodeAny, putVarint } from '../../chain/tx/wire.ts';

export const keys = {
  account: (addr: string) => `auth/acct/${addr}`,
  accountsPrefix: 'auth/acct/',
  nextAccountNumber: 'auth/next',
};

const enc = new TextEncoder();
const dec = new TextDecoder();

// Decoded accounts by the stored bytes object: every tx reads its signer's account two or three times.
const decoded = new WeakMap<Uint8Array, BaseAccount>();

export function readAccount(kv: KVReader, addr: string): BaseAccount | undefined {
  const raw = kv.get(keys.account(addr));
  if (!raw) return undefined;
  let acct = decoded.get(raw);
  if (!acct) decoded.set(raw, (acct = BaseAccount.decode(raw)));
  return { ...acct }; // callers may change fields before writing back
}

// Address and public-key fields of recently written accounts: only the two numbers change from tx to tx.
const prefixes = new Map<string, { pubKey: Uint8Array | undefined; bytes: Uint8Array }>();
const PREFIX_CACHE = 100_000;

/** BaseAccount.encode's bytes, without its per-call 8 KiB buffer (every tx writes its signer's account). */
export function encodeAccount(acct: BaseAccount): Uint8Array {
  let prefix = prefixes.get(acct.address);
  if (!prefix || prefix.pubKey !== acct.pubKey?.value) {
    const w = new WireWriter();
    if (acct.address !== '') w.string(1, acct.address);
    if (acct.pubKey !== undefined) w.bytes(2, encodeAny(acct.pubKey));
    prefix = { pubKey: acct.pubKey?.value, bytes: w.finish() };
    if (prefixes.size >= PREFIX_CACHE) prefixes.delete(prefixes.keys().next().value!);
    prefixes.set(acct.address, prefix);
  }
  // Two tags plus two 10-byte varints at most.
  const out = new Uint8Array(prefix.bytes.length + 22);
  out.set(prefix.bytes);
  let o = prefix.bytes.length;
  if (acct.accountNumber !== 0n) { out[o++] = 0x18; o = putVarint(out, o, acct.accountNumber); }
  if (acct.sequence !== 0n) { out[o++] = 0x20; o = putVarint(out, o, acct.sequence); }
  return out.subarray(0, o);
}

export function writeAccount(kv: KV, acct: BaseAccount) {
  const raw = encodeAccount(acct);
  decoded.set(raw, { ...acct });
  kv.set(keys.account(acct.address), raw);
}

export function takeAccountNumber(kv: KV): bigint {
  const raw = kv.get(keys.nextAccountNumber);
  const n = raw ? BigInt(dec.decode(raw)) : 0n;
  kv.set(keys.nextAccountNumber, enc.encode(String(n + 1n)));
  return n;
}
