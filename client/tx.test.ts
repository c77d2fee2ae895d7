// How broadcastMsg turns each way a tx can fail into TxFailedError, against a fake SigningStargateClient that
// throws or returns what CosmJS 0.39 does at each stage (a unit test of the mapping; the e2e tests cover a node).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BroadcastTxError, QueryClient, setupTxExtension, TimeoutError } from '@cosmjs/stargate';
import type { DeliverTxResponse, SigningStargateClient } from '@cosmjs/stargate';
import type { CometClient } from '@cosmjs/tendermint-rpc';
import { broadcastMsg, signAndBroadcast, SimulateTxError, TxFailedError } from './tx.ts';
import { broadcastAndWait, keepSimulateCodespace } from './connect.ts';

const UNSTAKE_LOG = 'cannot unstake 2501unrn from group 2: nrn1abc has 2500unrn bonded: insufficient bond';

/** A client whose signAndBroadcast throws `outcome` if it is an error, else resolves to it; it records the call. */
function fakeClient(outcome: Error | Partial<DeliverTxResponse> & { codespace?: string }) {
  const calls: unknown[][] = [];
  const client = {
    async signAndBroadcast(...args: unknown[]) {
      calls.push(args);
      if (outcome instanceof Error) throw outcome;
      return { code: 0, height: 7, txIndex: 0, events: [], rawLog: '', transactionHash: 'AB12', msgResponses: [], gasUsed: 100n, gasWanted: 200n, ...outcome };
    },
  } as unknown as SigningStargateClient;
  return { client, calls };
}

const send = (client: SigningStargateClient) => broadcastMsg(client, 'nrn1abc', '/nrn.trainingset.v1.MsgUnstake', { staker: 'nrn1abc' }, (b) => b.length);

test('a success returns txhash, height, gas and the decoded response, and passes fee and memo through', async () => {
  const { client, calls } = fakeClient({ msgResponses: [{ typeUrl: '/x', value: new Uint8Array([1, 2, 3]) }] });
  const r = await broadcastMsg(client, 'nrn1abc', '/x', { a: 1 }, (b) => b.length, { fee: 1.5, memo: 'hi' });
  assert.deepEqual(r, { txhash: 'AB12', height: 7, gasUsed: 100n, response: 3 });
  assert.deepEqual(calls, [['nrn1abc', [{ typeUrl: '/x', value: { a: 1 } }], 1.5, 'hi']]);
});

test('a simulation refused by a connectSigner client: stage simulate, code, codespace, log, the SimulateTxError as cause', async () => {
  const refused = new SimulateTxError(4, 'trainingset', UNSTAKE_LOG);
  const e = await send(fakeClient(refused).client).then(() => assert.fail('resolved'), (x) => x);
  assert.ok(e instanceof TxFailedError);
  assert.deepEqual([e.stage, e.code, e.codespace, e.log, e.txhash, e.height], ['simulate', 4, 'trainingset', UNSTAKE_LOG, '', undefined]);
  assert.equal(e.cause, refused);
  assert.equal(e.shortMessage, 'tx refused in simulation with trainingset code 4');
  assert.equal(e.details, UNSTAKE_LOG);
  assert.equal(e.message, `tx refused in simulation with trainingset code 4: ${UNSTAKE_LOG}`);
  // What `nrn group unstake` prints and test/trainingset.test.ts matches.
  assert.match(`error: ${e.message}`, /code 4\b.*cannot unstake 2501unrn from group 2: .* has 2500unrn bonded/);
});

test('a simulation refused through any other CosmJS client ("Query failed with (code): log"): the code and log, no codespace', async () => {
  const refused = new Error(`Query failed with (4): ${UNSTAKE_LOG}\nsecond line`);
  const e = await send(fakeClient(refused).client).then(() => assert.fail('resolved'), (x) => x);
  assert.ok(e instanceof TxFailedError);
  assert.deepEqual([e.stage, e.code, e.codespace, e.log], ['simulate', 4, '', `${UNSTAKE_LOG}\nsecond line`]);
  assert.equal(e.cause, refused);
  assert.equal(e.shortMessage, 'tx refused in simulation with code 4');
});

test('CheckTx refusing the tx (CosmJS BroadcastTxError): stage checkTx with its code, codespace and log as cause', async () => {
  const refused = new BroadcastTxError(13, 'sdk', 'insufficient fee; got: 1unrn required: 5000unrn');
  const e = await send(fakeClient(refused).client).then(() => assert.fail('resolved'), (x) => x);
  assert.ok(e instanceof TxFailedError);
  assert.deepEqual([e.stage, e.code, e.codespace, e.log, e.txhash], ['checkTx', 13, 'sdk', 'insufficient fee; got: 1unrn required: 5000unrn', '']);
  assert.equal(e.cause, refused);
  assert.equal(e.message, 'tx refused by CheckTx with sdk code 13: insufficient fee; got: 1unrn required: 5000unrn');
});

test('a tx that fails in its block: stage deliverTx with txhash, height, code, codespace and log; signAndBroadcast returns it', async () => {
  const failed = { code: 5, codespace: 'checkpoint', rawLog: 'round 3 of group 1 has ended: round over', transactionHash: 'FFEE', height: 42 };
  const e = await send(fakeClient(failed).client).then(() => assert.fail('resolved'), (x) => x);
  assert.ok(e instanceof TxFailedError);
  assert.deepEqual([e.stage, e.code, e.codespace, e.log, e.txhash, e.height], ['deliverTx', 5, 'checkpoint', failed.rawLog, 'FFEE', 42]);
  assert.equal(e.cause, undefined, 'nothing was thrown: the block result is the failure');
  assert.equal(e.message, 'tx FFEE failed in block 42 with checkpoint code 5: round 3 of group 1 has ended: round over');
  // Callers that read the block result themselves (nrnd's staking commands print code and raw_log) get it back.
  const res = await signAndBroadcast(fakeClient(failed).client, 'nrn1abc', [{ typeUrl: '/x', value: {} }]);
  assert.deepEqual([res.code, res.codespace, res.transactionHash], [5, 'checkpoint', 'FFEE']);
});

test('fee "feeless": simulates, then pays nothing for gas with a margin over the simulation; a refused simulation maps as any other', async () => {
  const calls: unknown[][] = [];
  const client = {
    async simulate(...args: unknown[]) { calls.push(['simulate', ...args]); return 100_000; },
    async signAndBroadcast(...args: unknown[]) {
      calls.push(['signAndBroadcast', ...args]);
      return { code: 0, height: 7, txIndex: 0, events: [], rawLog: '', transactionHash: 'AB12', msgResponses: [], gasUsed: 90_000n, gasWanted: 200_000n };
    },
  } as unknown as SigningStargateClient;
  const msgs = [{ typeUrl: '/nrn.bridge.v1.MsgConfirmBatch', value: { validator: 'nrn1val' } }];
  await signAndBroadcast(client, 'nrn1val', msgs, { fee: 'feeless' });
  assert.deepEqual(calls, [['simulate', 'nrn1val', msgs, ''], ['signAndBroadcast', 'nrn1val', msgs, { amount: [], gas: '200000' }, '']]);
  const refused = new SimulateTxError(5, 'bridge', 'validator nrn1val is not bonded: unauthorized');
  const e = await signAndBroadcast({ simulate: async () => { throw refused; } } as unknown as SigningStargateClient, 'nrn1val', msgs, { fee: 'feeless' })
    .then(() => assert.fail('resolved'), (x) => x);
  assert.ok(e instanceof TxFailedError);
  assert.deepEqual([e.stage, e.codespace, e.code, e.cause], ['simulate', 'bridge', 5, refused]);
});

test('an error that is not the chain refusing the tx passes through unchanged', async () => {
  for (const thrown of [new TimeoutError('Transaction with ID AB12 was submitted but was not yet found on the chain after 60 s', 'AB12'),
    new Error('fetch failed'), new TypeError('Invalid string. Length must be a multiple of 4')]) {
    await assert.rejects(send(fakeClient(thrown).client), (e) => e === thrown);
  }
});

test('keepSimulateCodespace: CosmJS\'s own simulate over a connectSigner comet client rejects with the app\'s codespace', async () => {
  const paths: string[] = [];
  const comet = {
    async abciQuery(params: { path: string }) {
      paths.push(params.path);
      return { key: new Uint8Array(0), value: new Uint8Array(0), height: 9, code: 4, codespace: 'trainingset', log: UNSTAKE_LOG, info: '' };
    },
  } as unknown as CometClient;
  keepSimulateCodespace(comet);
  const q = QueryClient.withExtensions(comet, setupTxExtension);
  const e = await q.tx.simulate([], '', { type: 'tendermint/PubKeySecp256k1', value: 'A'.repeat(44) }, 0).then(() => assert.fail('resolved'), (x) => x);
  assert.ok(e instanceof SimulateTxError);
  assert.deepEqual([e.code, e.codespace, e.log, e.message], [4, 'trainingset', UNSTAKE_LOG, `Query failed with (4): ${UNSTAKE_LOG}`]);
  assert.deepEqual(paths, ['/cosmos.tx.v1beta1.Service/Simulate']);
  // Other failed queries keep CosmJS's own error.
  await assert.rejects(q.queryAbci('/nrn.trainingset.v1.Query/Group', new Uint8Array(0)), (x: Error) => !(x instanceof SimulateTxError) && /^Query failed with \(4\)/.test(x.message));
});

test('broadcastAndWait: a tx that failed in its block comes back with the codespace CosmJS\'s getTx leaves out, read from /tx', async () => {
  const hash = 'AB12CD34';
  const getTx = (code: number) => ({ code, height: 42, txIndex: 0, hash, events: [], rawLog: 'round over', tx: new Uint8Array(0), msgResponses: [], gasUsed: 1n, gasWanted: 2n });
  const asked: string[] = [];
  const comet = { async tx(p: { hash: Uint8Array }) { asked.push(Buffer.from(p.hash).toString('hex').toUpperCase()); return { result: { code: 5, codespace: 'checkpoint' } }; } } as unknown as CometClient;
  for (const code of [5, 0]) {
    const client = { broadcastTxSync: async () => hash, getTx: async () => getTx(code) } as never;
    const r = await broadcastAndWait(client, comet, new Uint8Array([1]), 1_000, 1);
    assert.deepEqual([r.code, r.codespace, r.transactionHash, r.height, r.rawLog], [code, code ? 'checkpoint' : undefined, hash, 42, 'round over']);
  }
  assert.deepEqual(asked, [hash], 'asked /tx only for the failed tx');
});
