// Every auth storage key, in one place.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import type { KV, KVReader } from '../../chain/store/kv.ts';

export const keys = {
  account: (addr: string) => `auth/acct/${addr}`,
  accountsPrefix: 'auth/acct/',
  nextAccountNumber: 'auth/next',
};

const enc = new TextEncoder();
const dec = new TextDecoder();

export function readAccount(kv: KVReader, addr: string): BaseAccount | undefined {
  const raw = kv.get(keys.account(addr));
  return raw ? BaseAccount.decode(raw) : undefined;
}

export function writeAccount(kv: KV, acct: BaseAccount) {
  kv.set(keys.account(acct.address), BaseAccount.encode(acct).finish());
}

export function takeAccountNumber(kv: KV): bigint {
  const raw = kv.get(keys.nextAccountNumber);
  const n = raw ? BigInt(dec.decode(raw)) : 0n;
  kv.set(keys.nextAccountNumber, enc.encode(String(n + 1n)));
  return n;
}
