// The hand-rolled encoders must write exactly the generated encoders' bytes: these bytes are state and tx results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { encodeTxMsgData } from './wire.ts';

test('encodeTxMsgData writes TxMsgData.encode bytes', () => {
  const responses = [
    { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() },
    { typeUrl: '/nrn.x.v1.MsgYResponse', value: new Uint8Array(300).fill(9) },
  ];
  for (const r of [[], responses.slice(0, 1), responses]) {
    assert.deepEqual(encodeTxMsgData(r), TxMsgData.encode({ data: [], msgResponses: r }).finish());
  }
});
