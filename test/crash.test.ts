// Crash recovery: kill -9 of a node mid-load loses no committed tx, and a crash between FinalizeBlock
// and Commit leaves the app able to replay the block to the same app hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StargateClient } from '@cosmjs/stargate';
import { RequestInitChain, RequestFinalizeBlock, RequestCommit, RequestInfo, RequestQuery } from 'cosmjs-types/tendermint/abci/types';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { AppStore } from '../chain/store/store.ts';
import { createApp } from '../chain/app.ts';
import type { NrnApp } from '../chain/app.ts';
import { nrnModules } from '../app/wiring.ts';
import { createSingleNode } from '../scripts/single-node.ts';
import { devAccount, presignSends, txHashHex, BANK_SEND_FEE } from '../scripts/dev-accounts.ts';
import { broadcastInOrder, findTx, latestHeight, rpcCall, waitForHeight, waitForTx } from '../scripts/rpc.ts';
import { freePort } from './harness.ts';

const GENESIS_BALANCE = 1_000_000_000_000n;
const FEE = BigInt(BANK_SEND_FEE.amount[0]!.amount);

/** What a client sees of a committed tx; it must read the same after the node restarts. */
function txView(t: any) {
  return { height: t.height, index: t.index, code: t.tx_result.code, gas_used: t.tx_result.gas_used, events: JSON.stringify(t.tx_result.events) };
}

const CRASHES = 3;

test('kill -9 mid-load, three times: heights continue and every committed tx survives with its result', { timeout: 180_000 }, async () => {
  const home = await mkdtemp(join(tmpdir(), 'nrn-crash-'));
  const sender = await devAccount('crash-test', 0);
  const recipient = (await devAccount('crash-test', 1)).address;
  const node = await createSingleNode({
    home, chainId: 'nrn-crash-1', rpcPort: await freePort(), p2pPort: await freePort(),
    balances: { [sender.address]: `${GENESIS_BALANCE}unrn` }, timeoutCommit: '200ms',
  });
  try {
    await node.start();
    const client = await StargateClient.connect(node.rpc);
    const acct = (await client.getAccount(sender.address))!;
    client.disconnect();
    // A tx lost from the mempool is re-signed with the same sequence next round: same bytes, same hash.
    const allHashes = new Set<string>();
    const committed = new Map<string, ReturnType<typeof txView>>();
    let sequence = acct.sequence;

    for (let crash = 0; crash < CRASHES; crash++) {
      const txs = await presignSends({ from: sender, to: recipient, chainId: node.chainId, accountNumber: acct.accountNumber, firstSequence: sequence, count: 400 });
      const hashes = txs.map(txHashHex);
      for (const hash of hashes) allHashes.add(hash);
      // Load runs until the node dies under it; a watcher records each tx it sees committed, in order.
      let sent = 0;
      let seen = 0;
      const load = broadcastInOrder(node.rpc, txs, (i) => { sent = i + 1; }).catch(() => {});
      while (seen < 100) {
        if (seen >= sent) { await new Promise((r) => setTimeout(r, 20)); continue; }
        const t = await findTx(node.rpc, hashes[seen]!);
        if (t) committed.set(hashes[seen++]!, txView(t));
        else await new Promise((r) => setTimeout(r, 20));
      }
      const lastHeight = await latestHeight(node.rpc);
      const lastBlock = await rpcCall(node.rpc, 'block', { height: String(lastHeight) });
      await node.kill9();
      await load;
      assert.ok(sent > seen, 'the node was killed with txs still in flight');

      await node.start();
      const h = await waitForHeight(node.rpc, lastHeight + 2);
      assert.ok(h > lastHeight, `height continues after the restart (${lastHeight} → ${h})`);
      assert.equal((await rpcCall(node.rpc, 'block', { height: String(lastHeight) })).block_id.hash, lastBlock.block_id.hash);
      for (const [hash, view] of committed) {
        const t = await findTx(node.rpc, hash);
        assert.ok(t, `committed tx ${hash} is still found after crash ${crash + 1}`);
        assert.deepEqual(txView(t), view);
      }
      const c = await StargateClient.connect(node.rpc);
      sequence = (await c.getAccount(sender.address))!.sequence;
      c.disconnect();
    }

    // Balances equal exactly what the committed txs moved (txs lost from the mempool moved nothing).
    let onChain = 0n;
    for (const hash of allHashes) {
      const t = await findTx(node.rpc, hash);
      if (!t) continue;
      assert.equal(t.tx_result.code, 0, t.tx_result.log);
      onChain++;
    }
    assert.ok(onChain >= BigInt(committed.size));
    const after = await StargateClient.connect(node.rpc);
    assert.equal((await after.getBalance(recipient, 'unrn')).amount, String(onChain));
    assert.equal((await after.getBalance(sender.address, 'unrn')).amount, String(GENESIS_BALANCE - onChain * (1n + FEE)));
    assert.equal(BigInt((await after.getAccount(sender.address))!.sequence), BigInt(acct.sequence) + onChain);
    after.disconnect();

    // The restarted node takes new txs from where the committed sequence left off.
    const [next] = await presignSends({ from: sender, to: recipient, chainId: node.chainId, accountNumber: acct.accountNumber, firstSequence: sequence, count: 1 });
    await broadcastInOrder(node.rpc, [next!]);
    assert.equal((await waitForTx(node.rpc, txHashHex(next!))).tx_result.code, 0);
  } finally {
    await node.stop();
    await rm(home, { recursive: true, force: true });
  }
});

async function queryAccount(app: NrnApp, address: string) {
  const r = await app.query(RequestQuery.fromPartial({ path: '/cosmos.auth.v1beta1.Query/Account', data: QueryAccountRequest.encode({ address }).finish() }));
  assert.equal(r.code, 0, r.log);
  return BaseAccount.decode(QueryAccountResponse.decode(r.value).account!.value);
}

async function queryBalance(app: NrnApp, address: string) {
  const r = await app.query(RequestQuery.fromPartial({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address, denom: 'unrn' }).finish() }));
  assert.equal(r.code, 0, r.log);
  return QueryBalanceResponse.decode(r.value).balance!.amount;
}

test('crash between FinalizeBlock and Commit: Info reports the last commit, the replay gives the same app hash', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-crash-app-'));
  try {
    const chainId = 'nrn-crash-app-1';
    const sender = await devAccount('crash-app', 0);
    const recipient = (await devAccount('crash-app', 1)).address;
    const genesis = {
      auth: { accounts: [{ address: sender.address }] },
      bank: { balances: [{ address: sender.address, coins: [{ denom: 'unrn', amount: String(GENESIS_BALANCE) }] }], supply: [{ denom: 'unrn', amount: String(GENESIS_BALANCE) }] },
    };
    const time = (h: number) => ({ seconds: BigInt(1_700_000_000 + h), nanos: 0 });
    const block = (h: number, txs: Uint8Array[]) => RequestFinalizeBlock.fromPartial({ height: BigInt(h), time: time(h), txs, hash: new Uint8Array(32).fill(h) });

    let store = await AppStore.open(dir);
    let app = createApp({ store, ...nrnModules() });
    await app.initChain(RequestInitChain.fromPartial({ chainId, time: time(0), initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)) }));
    await app.finalizeBlock(block(1, []));
    await app.commit(RequestCommit.fromPartial({}));
    const acct = await queryAccount(app, sender.address);
    const [tx1, tx2] = await presignSends({ from: sender, to: recipient, chainId, accountNumber: acct.accountNumber, firstSequence: Number(acct.sequence), count: 2 });
    const r2 = await app.finalizeBlock(block(2, [tx1!]));
    assert.equal(r2.txResults[0]!.code, 0, r2.txResults[0]!.log);
    await app.commit(RequestCommit.fromPartial({}));
    const committedHash = app.info(RequestInfo.fromPartial({})).lastBlockAppHash;

    // Height 3 is finalized, then the process dies before Commit.
    const first = await app.finalizeBlock(block(3, [tx2!]));
    assert.equal(first.txResults[0]!.code, 0, first.txResults[0]!.log);
    assert.notDeepEqual(first.appHash, committedHash);
    await store.close();

    store = await AppStore.open(dir);
    app = createApp({ store, ...nrnModules() });
    const info = app.info(RequestInfo.fromPartial({}));
    assert.equal(info.lastBlockHeight, 2n);
    assert.deepEqual(info.lastBlockAppHash, committedHash);
    assert.equal(await queryBalance(app, recipient), '1');

    // CometBFT replays height 3: the same block gives the same results and app hash.
    const replay = await app.finalizeBlock(block(3, [tx2!]));
    assert.deepEqual(replay.appHash, first.appHash);
    assert.deepEqual(replay.txResults, first.txResults);
    await app.commit(RequestCommit.fromPartial({}));
    assert.equal(app.info(RequestInfo.fromPartial({})).lastBlockHeight, 3n);
    assert.deepEqual(app.info(RequestInfo.fromPartial({})).lastBlockAppHash, first.appHash);
    assert.equal(await queryBalance(app, recipient), '2');
    assert.equal(await queryBalance(app, sender.address), String(GENESIS_BALANCE - 2n * (1n + FEE)));
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
