// State sync in-process: a node's snapshots restore an empty store to the same height and app hash, and a
// restored node then runs the next block exactly like the source; bad chunks and untrusted hashes are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestFinalizeBlock, ResponseOfferSnapshot_Result, ResponseApplySnapshotChunk_Result } from 'cosmjs-types/tendermint/abci/types';
import type { Snapshot } from 'cosmjs-types/tendermint/abci/types';
import { MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { AppStore } from '../chain/store/store.ts';
import { createApp } from '../chain/app.ts';
import type { NrnApp } from '../chain/app.ts';
import { nrnModules } from '../app/wiring.ts';
import { SnapshotManager } from '../chain/snapshot.ts';
import { startChain } from '../modules/staking/testkit.ts';
import type { Chain } from '../modules/staking/testkit.ts';

async function sourceChain(dir: string) {
  const snapshots = new SnapshotManager(join(dir, 'snapshots'), { interval: 3, keepRecent: 2, chunkBytes: 1024 });
  const c = await startChain({}, 10_000_000n, { snapshots });
  const d = c.actors[2]!;
  for (let i = 0; i < 5; i++) {
    const msg = { typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.encode({ delegatorAddress: d.address, validatorAddress: c.actors[0]!.valoper, amount: { denom: 'unrn', amount: String(1_000_000 + i) } }).finish() };
    assert.equal((await c.run(d, [msg])).result.code, 0);
  }
  return c; // heights 1..6 committed: snapshots at 3 and 6
}

async function emptyNode(dir: string) {
  const store = await AppStore.open(join(dir, 'restored'));
  const app = createApp({ store, ...nrnModules(), snapshots: new SnapshotManager(join(dir, 'restored-snapshots'), { interval: 0 }) });
  return { store, app };
}

async function restore(src: Chain, app: NrnApp, s: Snapshot, trusted: Uint8Array, tamper?: (i: number, chunk: Uint8Array) => Uint8Array) {
  const offer = await app.offerSnapshot({ snapshot: s, appHash: trusted });
  if (offer.result !== ResponseOfferSnapshot_Result.ACCEPT) return { offer: offer.result, applied: [] as number[] };
  const applied: number[] = [];
  for (let i = 0; i < s.chunks; i++) {
    let { chunk } = await src.app.loadSnapshotChunk({ height: s.height, format: s.format, chunk: i });
    if (tamper) chunk = tamper(i, chunk);
    const r = await app.applySnapshotChunk({ index: i, chunk, sender: 'peer1' });
    applied.push(r.result);
    if (r.result !== ResponseApplySnapshotChunk_Result.ACCEPT) break;
  }
  return { offer: offer.result, applied };
}

test('a snapshot restores an empty node to the same height and app hash, and the next block agrees', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-snap-'));
  const src = await sourceChain(dir);
  const dst = await emptyNode(dir);
  try {
    const list = (await src.app.listSnapshots({})).snapshots;
    assert.deepEqual(list.map((s) => s.height), [3n, 6n]);
    const s = list[1]!;
    assert.ok(s.chunks > 1, 'state spans several chunks');
    assert.deepEqual(src.store.height, 6);
    const r = await restore(src, dst.app, s, src.store.appHash);
    assert.equal(r.offer, ResponseOfferSnapshot_Result.ACCEPT);
    assert.ok(r.applied.every((x) => x === ResponseApplySnapshotChunk_Result.ACCEPT));
    const info = dst.app.info({ version: '', blockVersion: 0n, p2pVersion: 0n, abciVersion: '' });
    assert.equal(info.lastBlockHeight, 6n);
    assert.deepEqual(info.lastBlockAppHash, src.store.appHash);
    assert.equal(dst.app.chainId, src.app.chainId);
    // The next block, with a tx, gives the same results and app hash on both.
    const tx = await src.tx(src.actors[3]!, [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.encode({ delegatorAddress: src.actors[3]!.address, validatorAddress: src.actors[0]!.valoper, amount: { denom: 'unrn', amount: '5000000' } }).finish() }]);
    const req = RequestFinalizeBlock.fromPartial({ height: 7n, txs: [tx], time: { seconds: BigInt(src.nowS + 1), nanos: 0 } });
    const a = await src.app.finalizeBlock(req);
    const b = await dst.app.finalizeBlock(req);
    assert.equal(a.txResults[0]!.code, 0, a.txResults[0]!.log);
    assert.deepEqual(b.txResults, a.txResults);
    assert.deepEqual(b.validatorUpdates, a.validatorUpdates);
    assert.deepEqual(b.appHash, a.appHash);
  } finally { await src.close(); await dst.store.close(); await rm(dir, { recursive: true, force: true }); }
});

test('a corrupted chunk is refetched from another peer; an untrusted app hash or a lying snapshot is rejected', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-snap-'));
  const src = await sourceChain(dir);
  const dst = await emptyNode(dir);
  try {
    const s = (await src.app.listSnapshots({})).snapshots[1]!;
    // A flipped byte in chunk 1: retry that chunk and drop the sender.
    const offer = await dst.app.offerSnapshot({ snapshot: s, appHash: src.store.appHash });
    assert.equal(offer.result, ResponseOfferSnapshot_Result.ACCEPT);
    const c0 = (await src.app.loadSnapshotChunk({ height: s.height, format: s.format, chunk: 0 })).chunk;
    assert.equal((await dst.app.applySnapshotChunk({ index: 0, chunk: c0, sender: 'good' })).result, ResponseApplySnapshotChunk_Result.ACCEPT);
    const c1 = Uint8Array.from((await src.app.loadSnapshotChunk({ height: s.height, format: s.format, chunk: 1 })).chunk);
    c1[10] = c1[10]! ^ 1;
    const bad = await dst.app.applySnapshotChunk({ index: 1, chunk: c1, sender: 'liar' });
    assert.deepEqual([bad.result, bad.refetchChunks, bad.rejectSenders], [ResponseApplySnapshotChunk_Result.RETRY, [1], ['liar']]);
    assert.equal(dst.store.height, 0, 'nothing written yet');
    // The app hash the light client trusts differs from the snapshot's: refused before any chunk.
    const wrong = Uint8Array.from(src.store.appHash); wrong[0] = wrong[0]! ^ 1;
    assert.equal((await dst.app.offerSnapshot({ snapshot: s, appHash: wrong })).result, ResponseOfferSnapshot_Result.REJECT);
    // Metadata that claims the trusted hash but whose state does not produce it: rejected after the last chunk.
    const meta = JSON.parse(new TextDecoder().decode(s.metadata));
    const older = (await src.app.listSnapshots({})).snapshots[0]!;
    const olderMeta = JSON.parse(new TextDecoder().decode(older.metadata));
    const forged = { ...older, metadata: new TextEncoder().encode(JSON.stringify({ ...olderMeta, appHash: meta.appHash })) };
    const r = await restore(src, dst.app, forged, src.store.appHash);
    assert.equal(r.offer, ResponseOfferSnapshot_Result.ACCEPT);
    assert.equal(r.applied.at(-1), ResponseApplySnapshotChunk_Result.REJECT_SNAPSHOT);
    assert.equal(dst.store.height, 0, 'a rejected snapshot leaves the store empty');
    // An unknown format is refused as such.
    assert.equal((await dst.app.offerSnapshot({ snapshot: { ...s, format: 9 }, appHash: src.store.appHash })).result, ResponseOfferSnapshot_Result.REJECT_FORMAT);
  } finally { await src.close(); await dst.store.close(); await rm(dir, { recursive: true, force: true }); }
});
