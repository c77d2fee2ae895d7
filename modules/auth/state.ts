// Every auth storage key, in one place.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { WireWriter, encodeAny } from '../../chain/tx/wire.ts';

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

/** BaseAccount.encode's bytes, without its per-call 8 KiB buffer (every tx writes its signer's account). */
export function encodeAccount(acct: BaseAccount): Uint8Array {
  const w = new WireWriter();
  if (acct.address !== '') w.string(1, acct.address);
  if (acct.pubKey !== undefined) w.bytes(2, encodeAny(acct.pubKey));
  if (acct.accountNumber !== 0n) w.uint64(3, acct.accountNumber);
  if (acct.sequence !== 0n) w.uint64(4, acct.sequence);
  return w.finish();
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
