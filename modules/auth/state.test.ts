// auth's hand-rolled account encoder must write exactly the generated encoder's bytes: they are state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { encodeAccount } from './state.ts';

test('encodeAccount writes BaseAccount.encode bytes, defaults skipped, 64-bit numbers included', () => {
  const pubKey = { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: Uint8Array.of(0x0a, 33, ...new Uint8Array(33).fill(3)) };
  const cases: BaseAccount[] = [
    BaseAccount.fromPartial({}),
    BaseAccount.fromPartial({ address: 'nrn1qqqsyqcyq5rqwzqfpg9scrgwpugpzysn3tq8ae' }),
    BaseAccount.fromPartial({ address: 'nrn1x', accountNumber: 127n, sequence: 128n }),
    BaseAccount.fromPartial({ address: 'nrn1x', pubKey, accountNumber: 0n, sequence: 300n }),
    BaseAccount.fromPartial({ address: 'nrn1x', pubKey: { typeUrl: '', value: new Uint8Array() }, accountNumber: 2n ** 64n - 1n, sequence: 2n ** 63n }),
  ];
  for (const acct of cases) assert.deepEqual(encodeAccount(acct), BaseAccount.encode(acct).finish(), JSON.stringify(acct, (_, v) => typeof v === 'bigint' ? String(v) : v));
});
