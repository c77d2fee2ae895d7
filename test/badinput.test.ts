// Bad input against a real node: each tx is refused with the Cosmos SDK's code, codespace and a readable log,
// leaves state (and the mempool's check state) untouched, and the node keeps serving valid txs afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { StargateClient, QueryClient, setupBankExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { startTestChain, walletFor, TEST_MNEMONICS } from './harness.ts';
import type { TestChain } from './harness.ts';
import { buildTx, msgSendAny, broadcastTxSync, waitForTx, DEFAULT_FEE } from './txbuilder.ts';
import type { Signer, TxSpec } from './txbuilder.ts';
import { addressFromPubkey } from '../chain/address.ts';

const FUNDS = 1_000_000_000n;
/** 33 bytes shaped like a compressed key whose x (= 5) has no point on secp256k1. */
const OFF_CURVE_PUBKEY = Uint8Array.from([2, ...new Array(31).fill(0), 5]);
const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
let chain: TestChain;
let client: StargateClient;
let bank: ReturnType<typeof setupBankExtension>['bank'];
let comet: Awaited<ReturnType<typeof connectComet>>;
let alice: Signer;
let bob: Signer;
let mallory: Signer;
let aliceAccountNumber: bigint;
/** Alice's sequence once the setup tx is committed; every bad tx must leave it here. */
let aliceSequence: bigint;
let setupTxBytes: Uint8Array;

interface Snapshot { sequence: number; alice: string; bob: string; supply: string }

async function snapshot(): Promise<Snapshot> {
  const acct = await client.getAccount(alice.address);
  return {
    sequence: acct!.sequence,
    alice: (await client.getBalance(alice.address, 'unrn')).amount,
    bob: (await client.getBalance(bob.address, 'unrn')).amount,
    supply: (await bank.supplyOf('unrn')).amount,
  };
}

/** A tx from alice to bob that is valid except for what `over` changes. */
function aliceTx(over: Partial<TxSpec> = {}): Promise<{ bytes: Uint8Array; raw: TxRaw }> {
  return buildTx({
    signer: alice, chainId: chain.chainId, accountNumber: aliceAccountNumber, sequence: aliceSequence,
    msgs: [msgSendAny(alice.address, bob.address, [{ denom: 'unrn', amount: '1000' }])],
    ...over,
  });
}

async function expectRejected(tx: Uint8Array, want: { code: number; codespace: string; log: RegExp }) {
  const before = await snapshot();
  const r = await broadcastTxSync(chain.rpc, tx);
  assert.equal(r.rpcError, undefined, `CometBFT refused the tx before CheckTx: ${JSON.stringify(r.rpcError)}`);
  assert.deepEqual({ code: r.code, codespace: r.codespace }, { code: want.code, codespace: want.codespace }, `log was: ${r.log}`);
  assert.match(r.log!, want.log);
  assert.deepEqual(await snapshot(), before, 'state changed after a rejected tx');
}

before(async () => {
  const [a, b, m] = await Promise.all(TEST_MNEMONICS.map((mn) => walletFor(mn)));
  alice = a!; bob = b!; mallory = m!;
  chain = await startTestChain({
    balances: { [alice.address]: `${FUNDS}unrn`, [bob.address]: '1000unrn', [addressFromPubkey(OFF_CURVE_PUBKEY)]: '1000000unrn' },
  });
  client = await StargateClient.connect(chain.rpc);
  comet = await connectComet(chain.rpc);
  bank = setupBankExtension(QueryClient.withExtensions(comet)).bank;
  const acct = await client.getAccount(alice.address);
  aliceAccountNumber = BigInt(acct!.accountNumber);
  // One committed tx first, so that sequence 0 is a real replay and alice's public key is on record.
  aliceSequence = 0n;
  setupTxBytes = (await aliceTx({ memo: 'setup' })).bytes;
  const r = await broadcastTxSync(chain.rpc, setupTxBytes);
  assert.equal(r.code, 0, r.log);
  assert.equal((await waitForTx(chain.rpc, r.hash!)).code, 0);
  aliceSequence = 1n;
});

after(async () => {
  client?.disconnect();
  comet?.disconnect();
  await chain?.stop();
});

test('garbage bytes are a tx parse error', async () => {
  const garbage = Uint8Array.from(Buffer.from('deadbeef'.repeat(16), 'hex'));
  await expectRejected(garbage, { code: 2, codespace: 'sdk', log: /cannot decode TxRaw.*tx parse error/ });
});

test('a truncated protobuf is a tx parse error', async () => {
  const { bytes } = await aliceTx();
  await expectRejected(bytes.subarray(0, Math.floor(bytes.length / 2)), { code: 2, codespace: 'sdk', log: /cannot decode.*tx parse error/ });
});

test('an unknown message type is an unknown request', async () => {
  const { bytes } = await aliceTx({ msgs: [{ typeUrl: '/nrn.nosuch.v1.MsgFly', value: new Uint8Array(0) }] });
  await expectRejected(bytes, { code: 6, codespace: 'sdk', log: /unknown type \/nrn\.nosuch\.v1\.MsgFly/ });
});

test('a signature with one flipped byte is unauthorized', async () => {
  const { raw } = await aliceTx();
  const sig = Uint8Array.from(raw.signatures[0]!);
  sig[40]! ^= 0x01;
  await expectRejected(TxRaw.encode({ ...raw, signatures: [sig] }).finish(), { code: 4, codespace: 'sdk', log: /signature verification failed/ });
});

test('a signature whose r is not below the curve order is unauthorized, not an internal error', async () => {
  const { raw } = await aliceTx();
  const sig = Uint8Array.from(raw.signatures[0]!);
  sig.fill(0xff, 0, 32);
  await expectRejected(TxRaw.encode({ ...raw, signatures: [sig] }).finish(), { code: 4, codespace: 'sdk', log: /signature verification failed/ });
});

test('the high-S twin of a valid signature is unauthorized (only low-S is accepted)', async () => {
  const { raw } = await aliceTx();
  const sig = Uint8Array.from(raw.signatures[0]!);
  const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
  sig.set(Buffer.from((SECP256K1_ORDER - s).toString(16).padStart(64, '0'), 'hex'), 32);
  await expectRejected(TxRaw.encode({ ...raw, signatures: [sig] }).finish(), { code: 4, codespace: 'sdk', log: /signature verification failed/ });
});

test('a public key that is not a curve point is refused as an invalid pubkey, not an internal error', async () => {
  // The account at the address of these 33 bytes is funded, so the tx gets as far as signature verification.
  const owner = addressFromPubkey(OFF_CURVE_PUBKEY);
  const acct = await client.getAccount(owner);
  const { bytes } = await buildTx({
    signer: alice, pubkey: OFF_CURVE_PUBKEY, chainId: chain.chainId, accountNumber: BigInt(acct!.accountNumber), sequence: 0n,
    msgs: [msgSendAny(owner, bob.address, [{ denom: 'unrn', amount: '1' }])],
  });
  await expectRejected(bytes, { code: 8, codespace: 'sdk', log: /public key/ });
  assert.equal((await client.getAccount(owner))!.sequence, 0);
});

test('a signature by another key is unauthorized', async () => {
  const { bytes } = await aliceTx({ signingKey: mallory });
  await expectRejected(bytes, { code: 4, codespace: 'sdk', log: /signature verification failed.*chain-id/ });
});

test('a tx signed for another chain-id is unauthorized', async () => {
  const { bytes } = await aliceTx({ chainId: 'nrn-other-1' });
  await expectRejected(bytes, { code: 4, codespace: 'sdk', log: /signature verification failed.*chain-id \(nrn-test-1\)/ });
});

test('a tx signed with the wrong account number is unauthorized', async () => {
  const { bytes } = await aliceTx({ accountNumber: aliceAccountNumber + 7n });
  await expectRejected(bytes, { code: 4, codespace: 'sdk', log: new RegExp(`signature verification failed.*account number \\(${aliceAccountNumber}\\)`) });
});

test('a replayed sequence is an incorrect account sequence', async () => {
  const { bytes } = await aliceTx({ sequence: aliceSequence - 1n, memo: 'replay' });
  await expectRejected(bytes, { code: 32, codespace: 'sdk', log: new RegExp(`expected ${aliceSequence}, got ${aliceSequence - 1n}`) });
});

test('re-broadcasting the exact bytes of a committed tx is refused', async () => {
  const before = await snapshot();
  // CometBFT keeps committed txs in its mempool cache and refuses them before CheckTx...
  const r = await broadcastTxSync(chain.rpc, setupTxBytes);
  assert.equal(r.code, undefined);
  assert.match(`${r.rpcError?.message} ${r.rpcError?.data}`, /tx already exists in cache/);
  // ...and the app refuses them too, for a node whose cache has forgotten them (after a restart).
  const out = await chain.node.app.checkTx({ tx: setupTxBytes, type: CheckTxType.NEW });
  assert.deepEqual({ code: out.code, codespace: out.codespace }, { code: 32, codespace: 'sdk' });
  assert.match(out.log, new RegExp(`expected ${aliceSequence}, got ${aliceSequence - 1n}`));
  assert.deepEqual(await snapshot(), before);
});

test('a skipped sequence is an incorrect account sequence', async () => {
  const { bytes } = await aliceTx({ sequence: aliceSequence + 1n });
  await expectRejected(bytes, { code: 32, codespace: 'sdk', log: new RegExp(`expected ${aliceSequence}, got ${aliceSequence + 1n}`) });
});

test('sending more than the balance is insufficient funds', async () => {
  const balance = BigInt((await client.getBalance(alice.address, 'unrn')).amount);
  const { bytes } = await aliceTx({ msgs: [msgSendAny(alice.address, bob.address, [{ denom: 'unrn', amount: String(balance + 1n) }])] });
  await expectRejected(bytes, { code: 5, codespace: 'sdk', log: /insufficient funds/ });
});

test('a fee below the minimum gas price is an insufficient fee', async () => {
  const { bytes } = await aliceTx({ fee: { amount: [{ denom: 'unrn', amount: '4999' }], gasLimit: 200_000n } });
  await expectRejected(bytes, { code: 13, codespace: 'sdk', log: /got: 4999unrn required: 5000unrn/ });
});

test('a fee in another denom is an insufficient fee', async () => {
  const { bytes } = await aliceTx({ fee: { amount: [{ denom: 'uatom', amount: '5000' }], gasLimit: 200_000n } });
  await expectRejected(bytes, { code: 13, codespace: 'sdk', log: /fee must be paid in unrn.*5000uatom/ });
});

test('a gas limit too low runs out of gas', async () => {
  const { bytes } = await aliceTx({ fee: { amount: [{ denom: 'unrn', amount: '25' }], gasLimit: 1000n } });
  await expectRejected(bytes, { code: 11, codespace: 'sdk', log: /out of gas/ });
});

for (const [name, amount, log] of [
  ['a negative amount', '-5', /"-5" is not a non-negative integer/],
  ['a zero amount', '0', /0unrn is not a positive amount/],
  ['an amount of 2^256', (1n << 256n).toString(), /overflows 256 bits/],
] as const) {
  test(`${name} is invalid coins`, async () => {
    const { bytes } = await aliceTx({ msgs: [msgSendAny(alice.address, bob.address, [{ denom: 'unrn', amount }])] });
    await expectRejected(bytes, { code: 10, codespace: 'sdk', log });
  });
}

test('an invalid bech32 recipient is an invalid address', async () => {
  const { bytes } = await aliceTx({ msgs: [msgSendAny(alice.address, 'nrn1notanaddress', [{ denom: 'unrn', amount: '1' }])] });
  await expectRejected(bytes, { code: 7, codespace: 'sdk', log: /to_address "nrn1notanaddress" is not valid bech32/ });
});

test('a memo over 256 characters is too large', async () => {
  const { bytes } = await aliceTx({ memo: 'm'.repeat(257) });
  await expectRejected(bytes, { code: 12, codespace: 'sdk', log: /memo has 257 characters, the maximum is 256/ });
});

test('a timeout height in the past is refused', async () => {
  const { bytes } = await aliceTx({ timeoutHeight: 1n });
  await expectRejected(bytes, { code: 30, codespace: 'sdk', log: /past the tx's timeout height 1/ });
});

test('a tx over 1 MiB is refused by CometBFT, and by the app if it ever gets one', async () => {
  const { bytes } = await aliceTx({ memo: 'x'.repeat(1_100_000) });
  const before = await snapshot();
  // CometBFT's mempool (max_tx_bytes 1048576) refuses it before CheckTx, as a JSON-RPC error.
  const r = await broadcastTxSync(chain.rpc, bytes);
  assert.equal(r.code, undefined);
  assert.match(`${r.rpcError?.message} ${r.rpcError?.data}`, new RegExp(`tx too large\\. Max size is 1048576, but got ${bytes.length}`, 'i'));
  // The app's own limit answers the SDK's code for a tx that reaches it (a peer's mempool with a larger limit).
  const out = await chain.node.app.checkTx({ tx: bytes, type: CheckTxType.NEW });
  assert.deepEqual({ code: out.code, codespace: out.codespace }, { code: 21, codespace: 'sdk' });
  assert.match(out.log, new RegExp(`tx is ${bytes.length} bytes, the maximum is 1048576`));
  assert.deepEqual(await snapshot(), before);
});

test('after all that, the node still commits a valid tx at the unchanged sequence', async () => {
  const before = await snapshot();
  assert.equal(BigInt(before.sequence), aliceSequence);
  const { bytes } = await aliceTx({ memo: 'still serving' });
  const r = await broadcastTxSync(chain.rpc, bytes);
  assert.equal(r.code, 0, r.log);
  const committed = await waitForTx(chain.rpc, r.hash!);
  assert.equal(committed.code, 0, committed.log);
  const fee = BigInt(DEFAULT_FEE.amount[0]!.amount);
  const now = await snapshot();
  assert.deepEqual(now, {
    sequence: before.sequence + 1,
    alice: String(BigInt(before.alice) - 1000n - fee),
    bob: String(BigInt(before.bob) + 1000n),
    supply: before.supply,
  });
});
