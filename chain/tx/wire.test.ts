// The hand-rolled encoders must write exactly the generated encoders' bytes: these bytes are state and tx results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { encodeTxMsgData } from './wire.ts';
import { encodeAccount } from '../../modules/auth/state.ts';

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

test('encodeTxMsgData writes TxMsgData.encode bytes', () => {
  const responses = [
    { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() },
    { typeUrl: '/nrn.x.v1.MsgYResponse', value: new Uint8Array(300).fill(9) },
  ];
  for (const r of [[], responses.slice(0, 1), responses]) {
    assert.deepEqual(encodeTxMsgData(r), TxMsgData.encode({ data: [], msgResponses: r }).finish());
  }
});
