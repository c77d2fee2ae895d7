// The app without CometBFT: ABCI calls made directly, to pin down CheckTx/FinalizeBlock/Commit semantics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, makeAuthInfoBytes, makeSignDoc, encodePubkey } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { toBech32 } from '@cosmjs/encoding';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { RequestFinalizeBlock, RequestInitChain, CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AppStore } from '../chain/store/store.ts';
import { createApp } from '../chain/app.ts';
import { nrnModules } from '../app/wiring.ts';

const CHAIN_ID = 'nrn-unit-1';
const MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-app-'));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'nrn' });
  const [acct] = await wallet.getAccounts();
  const store = await AppStore.open(dir);
  const app = createApp({ store, ...nrnModules() });
  const genesis = { auth: { accounts: [{ address: acct!.address }] }, bank: { balances: [{ address: acct!.address, coins: [{ denom: 'unrn', amount: '1000000000' }] }], supply: [] } };
  await app.initChain(RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)), time: { seconds: 1_700_000_000n, nanos: 0 } }));
  let height = 0;
  const block = async (txs: Uint8Array[]) => {
    height++;
    const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), txs, time: { seconds: BigInt(1_700_000_000 + height), nanos: 0 } }));
    await app.commit({});
    return res;
  };
  const sign = async (sequence: number, amount = '10', to = toBech32('nrn', new Uint8Array(20).fill(7)), fee = '5000') => {
    const body = TxBody.fromPartial({ messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode(MsgSend.fromPartial({ fromAddress: acct!.address, toAddress: to, amount: [{ denom: 'unrn', amount }] })).finish() }] });
    const bodyBytes = TxBody.encode(body).finish();
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(acct!.pubkey)), sequence }], fee === '0' ? [] : [{ denom: 'unrn', amount: fee }], 200000, undefined, undefined);
    const { signature } = await wallet.signDirect(acct!.address, makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, 0));
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
  };
  return { app, store, block, sign, address: acct!.address, cleanup: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
}

test('CheckTx state advances per accepted tx (sequences n, n+1 in one block) and resets at Commit', async () => {
  const s = await setup();
  try {
    await s.block([]);
    const t0 = await s.sign(0), t1 = await s.sign(1), t1again = await s.sign(1, '11');
    assert.equal((await s.app.checkTx({ tx: t0, type: CheckTxType.NEW })).code, 0);
    assert.equal((await s.app.checkTx({ tx: t1, type: CheckTxType.NEW })).code, 0);
    const dup = await s.app.checkTx({ tx: t1again, type: CheckTxType.NEW });
    assert.equal(dup.code, 32, 'a second tx with sequence 1 is refused once 1 is taken in check state');
    assert.match(dup.log, /account sequence mismatch, expected 2, got 1/);
    const res = await s.block([t0, t1]);
    assert.deepEqual(res.txResults.map((r) => r.code), [0, 0]);
    // After Commit the check state is the committed state: sequence 2 is next.
    assert.equal((await s.app.checkTx({ tx: await s.sign(2), type: CheckTxType.NEW })).code, 0);
  } finally { await s.cleanup(); }
});

test('a signature verified in CheckTx is not verified again in FinalizeBlock, and the cache never bypasses the sequence check', async () => {
  const s = await setup();
  try {
    await s.block([]);
    const a = await s.sign(0, '10');
    const b = await s.sign(0, '20'); // same sequence: only one of them can ever commit
    assert.equal((await s.app.checkTx({ tx: a, type: CheckTxType.NEW })).code, 0);
    const hitsBefore = s.app.sigCache.hits;
    const res = await s.block([a]);
    assert.equal(res.txResults[0]!.code, 0);
    assert.equal(s.app.sigCache.hits, hitsBefore + 1, 'FinalizeBlock reused the CheckTx verification');
    // b was never checked: it is verified in FinalizeBlock and fails on the sequence, not the cache.
    const res2 = await s.block([a, b]);
    assert.deepEqual(res2.txResults.map((r) => [r.code, r.codespace]), [[32, 'sdk'], [32, 'sdk']]);
  } finally { await s.cleanup(); }
});

test('a failed message keeps the fee and sequence in a block but changes nothing else; results are deterministic', async () => {
  const s = await setup();
  try {
    await s.block([]);
    const tooMuch = await s.sign(0, '999999999999');
    const res = await s.block([tooMuch]);
    const r = res.txResults[0]!;
    assert.equal(r.code, 5);
    assert.match(r.log, /insufficient funds/);
    assert.ok(r.gasUsed > 0n && r.gasWanted === 200000n);
    const bal = s.store.committed.get(`bank/bal/${s.address}/unrn`);
    assert.equal(new TextDecoder().decode(bal!), String(1000000000 - 5000), 'only the fee left the account');
    // The same block on a second app gives the same app hash and results (what validators must agree on).
    const s2 = await setup();
    try {
      await s2.block([]);
      const res2 = await s2.block([tooMuch]);
      assert.deepEqual(res2.appHash, res.appHash);
      assert.deepEqual(res2.txResults, res.txResults);
    } finally { await s2.cleanup(); }
  } finally { await s.cleanup(); }
});

test('simulating a zero-fee tx charges the gas of a fee payment without making one', async () => {
  const s = await setup();
  try {
    await s.block([]);
    const simulate = async (tx: Uint8Array) => s.app.query({ path: '/cosmos.tx.v1beta1.Service/Simulate', data: SimulateRequest.encode({ txBytes: tx }).finish(), height: 0n, prove: false });
    // The whole balance: a probe that really paid 1 unrn would leave too little for the send.
    const all = await simulate(await s.sign(0, '1000000000', undefined, '0'));
    assert.equal(all.code, 0, all.log);
    const { gasInfo, result } = SimulateResponse.decode(all.value);
    const feeCollectorMoves = result!.events.filter((e) => e.type === 'transfer' && e.attributes.some((a) => a.key === 'amount' && a.value === '1unrn'));
    assert.deepEqual(feeCollectorMoves, [], 'no 1unrn probe transfer among the simulated events');
    const paid = SimulateResponse.decode((await simulate(await s.sign(0, '10'))).value).gasInfo!.gasUsed;
    const free = SimulateResponse.decode((await simulate(await s.sign(0, '10', undefined, '0'))).value).gasInfo!.gasUsed;
    // Within the size gas of the fee field itself (the paid tx's AuthInfo carries ~20 bytes more).
    assert.ok(free >= paid - 1000n && free <= paid, `zero-fee estimate ${free} is a fee payment's gas like ${paid}`);
    assert.ok(gasInfo!.gasUsed > 0n);
  } finally { await s.cleanup(); }
});
