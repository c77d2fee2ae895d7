// Signature checks on worker threads: same verdicts as the main thread, and CheckTx results unchanged by a precheck.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import secp256k1 from 'secp256k1';
import { connect } from 'node:net';
import { once } from 'node:events';
import { Request, Response, RequestFinalizeBlock, RequestInitChain, CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { AppStore } from '../chain/store/store.ts';
import { createApp } from '../chain/app.ts';
import { nrnModules } from '../app/wiring.ts';
import { SignatureVerifierPool } from '../chain/tx/sigpool.ts';
import { AbciServer, withDefaults } from '../chain/abci/server.ts';
import { encodeFrame, FrameDecoder } from '../chain/abci/framing.ts';
import { keyAccount, presignSends } from '../scripts/dev-accounts.ts';

function signed(message: string) {
  let key: Uint8Array;
  do key = randomBytes(32); while (!secp256k1.privateKeyVerify(key));
  const digest = createHash('sha256').update(message).digest();
  return { signature: secp256k1.ecdsaSign(digest, key).signature, digest, pubkey: secp256k1.publicKeyCreate(key, true) };
}

test('the pool gives libsecp256k1 verdicts; an item the caller claims first is left to the caller', async () => {
  const pool = new SignatureVerifierPool(2);
  try {
    const good = Array.from({ length: 40 }, (_, i) => signed(`tx ${i}`));
    const bad = { ...good[3]!, digest: createHash('sha256').update('other').digest() };
    const outOfRange = { ...good[4]!, signature: new Uint8Array(64).fill(0xff) }; // r, s above the curve order
    const checks = [...good, bad, outOfRange];
    assert.deepEqual(await pool.submit(checks).all(), checks.map((_, i) => i < 40));
    // Claimed here before a worker could: the caller gets no verdict and verifies itself; no worker overwrites the claim.
    const batch = pool.submit(good.slice(0, 3));
    const first = batch.take(2);
    assert.ok(first === undefined || first === true);
    const verdicts = [batch.take(0), batch.take(1)];
    for (const v of verdicts) assert.ok(v === undefined || v === true);
    if (first === undefined) assert.equal(batch.take(2), undefined, 'a claimed item stays the claimer\'s');
    assert.equal(new SignatureVerifierPool(0).usable, false);
  } finally {
    await pool.close();
  }
  assert.equal(pool.usable, false, 'a closed pool is not used');
});

test('precheck changes no CheckTx or FinalizeBlock result: valid, forged and wrong-account txs', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-precheck-'));
  const chainId = 'nrn-precheck-1';
  const store = await AppStore.open(dir);
  const app = createApp({ store, ...nrnModules(), signatureWorkers: 1 });
  try {
    const from = await keyAccount('precheck', 0);
    const to = await keyAccount('precheck', 1);
    const genesis = { auth: { accounts: [{ address: from.address }] }, bank: { balances: [{ address: from.address, coins: [{ denom: 'unrn', amount: '1000000000' }] }], supply: [] } };
    await app.initChain(RequestInitChain.fromPartial({ chainId, initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)), time: { seconds: 1_700_000_000n, nanos: 0 } }));
    await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 1n, time: { seconds: 1_700_000_001n, nanos: 0 } }));
    await app.commit({});
    const { accounts } = await import('../modules/auth/index.ts');
    const accountNumber = accounts.get(store.committed, from.address)!.accountNumber;
    const txs = await presignSends({ from, to: to.address, chainId, accountNumber, firstSequence: 0, count: 20 });
    // A forged signature on tx 5, and tx 9 signed for another account number: both must fail exactly as without precheck.
    const forgedRaw = TxRaw.decode(txs[5]!);
    forgedRaw.signatures = [Uint8Array.from(forgedRaw.signatures[0]!, (b, i) => (i === 10 ? b ^ 1 : b))];
    const forged = TxRaw.encode(forgedRaw).finish();
    const [wrongAccount] = await presignSends({ from, to: to.address, chainId, accountNumber: accountNumber + 1n, firstSequence: 9, count: 1 });
    const burst = [...txs.slice(0, 5), forged, ...txs.slice(5, 9), wrongAccount!, ...txs.slice(9)];
    app.precheck(burst);
    const codes = [];
    for (const tx of burst) codes.push((await app.checkTx({ tx, type: CheckTxType.NEW })).code);
    const expected = [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    assert.deepEqual(codes, expected);
    // Every valid one is now in the signature cache: FinalizeBlock verifies none again.
    const hits = app.sigCache.hits;
    const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 2n, txs, time: { seconds: 1_700_000_002n, nanos: 0 } }));
    assert.deepEqual(res.txResults.map((r) => r.code), txs.map(() => 0));
    assert.equal(app.sigCache.hits, hits + txs.length);
  } finally {
    await app.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the ABCI server hands new (not re-) CheckTx txs of a read to precheck before processing any of them', async () => {
  const seen: string[] = [];
  const app = withDefaults({
    precheck(txs: Uint8Array[]) { seen.push(`precheck ${txs.map((t) => t[0]).join(',')}`); },
    checkTx(req) { seen.push(`checkTx ${req.tx[0]}`); return { code: 0, data: new Uint8Array(), log: '', info: '', gasWanted: 0n, gasUsed: 0n, events: [], codespace: '' }; },
  });
  const server = new AbciServer(app);
  const address = await server.listen('tcp://127.0.0.1:0');
  const socket = connect(Number(new URL(address).port), '127.0.0.1');
  try {
    await once(socket, 'connect');
    const frames = [
      Request.fromPartial({ checkTx: { tx: Uint8Array.of(1), type: CheckTxType.NEW } }),
      Request.fromPartial({ checkTx: { tx: Uint8Array.of(2), type: CheckTxType.RECHECK } }),
      Request.fromPartial({ checkTx: { tx: Uint8Array.of(3), type: CheckTxType.NEW } }),
      Request.fromPartial({ flush: {} }),
    ].map((r) => encodeFrame(Request.encode(r).finish()));
    socket.write(Buffer.concat(frames));
    const decoder = new FrameDecoder();
    const responses: Response[] = [];
    for await (const chunk of socket) {
      responses.push(...decoder.push(chunk as Buffer).map((f) => Response.decode(f)));
      if (responses.some((r) => r.flush)) break;
    }
    // One write normally arrives as one read ('precheck 1,3'); a split read may hint in parts, always ahead of processing.
    const hinted = (tx: number) => seen.findIndex((e) => e.startsWith('precheck') && e.slice(9).split(',').includes(String(tx)));
    assert.deepEqual(seen.filter((e) => e.startsWith('checkTx')), ['checkTx 1', 'checkTx 2', 'checkTx 3']);
    assert.equal(hinted(2), -1, 'a recheck is not hinted');
    for (const tx of [1, 3]) assert.ok(hinted(tx) >= 0 && hinted(tx) < seen.indexOf(`checkTx ${tx}`), `tx ${tx} hinted before it is processed`);
    assert.equal(responses.filter((r) => r.checkTx).length, 3);
  } finally {
    socket.destroy();
    await server.close();
  }
});
