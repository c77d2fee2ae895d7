// Settlement requests are driven by the winners that changed: one settlement per change, a new winner replaces a
// group's unrecorded settlement (and its confirms), nothing is taken before a signer set exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { CacheKV } from '../../chain/store/kv.ts';
import type { Context } from '../../chain/module.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { keys as ckptKeys, readBest, takeNewWinners, writeBest } from '../checkpoint/state.ts';
import { maybeRequestSettlements } from './settlements.ts';
import { keys, readSettlement, writeNumber, writeValset } from './state.ts';
import type { GroupSettlement, SettlementSourceView } from './views.ts';

const version = (s: string) => createHash('sha256').update(s).digest('hex');
const empty = { get: () => undefined, async *iterate() {} };

function context(kv: CacheKV, height: number) {
  const emitted: { type: string }[] = [];
  return { ctx: { kv, block: { height, timeMs: 0 }, events: { keep: true, emit: (e: { type: string }) => emitted.push(e) } } as unknown as Context, emitted };
}

/** A source that hands out the given batches of winners, one batch per call, and counts its calls. */
function source(batches: GroupSettlement[][]): SettlementSourceView & { calls: number } {
  return { calls: 0, async takeNewWinners() { return batches[this.calls++] ?? []; } };
}

test('each changed winner is requested once; a new winner replaces the unrecorded settlement and its confirms', async () => {
  const kv = new CacheKV(empty);
  const none = source([]);
  assert.deepEqual(await maybeRequestSettlements(context(kv, 1).ctx, none), []);
  assert.equal(none.calls, 0, 'before a signer set exists, changed winners stay where they are');

  writeValset(kv, nrn.bridge.v1.Valset.create({ nonce: 1, members: [], height: 1 }));
  writeNumber(kv, keys.latestValsetNonce, 1);
  const w1 = { groupId: 3, checkpointCid: 'bafy-one', trainingSetVersion: version('v1') };
  const w2 = { groupId: 3, checkpointCid: 'bafy-two', trainingSetVersion: version('v1') };
  const src = source([[w1, { groupId: 4, checkpointCid: 'bafy-four', trainingSetVersion: 'not a sha256' }], [], [w1], [w2]]);

  const first = context(kv, 2);
  const made = await maybeRequestSettlements(first.ctx, src);
  assert.deepEqual(made.map((s) => [s.group_id, s.nonce, s.checkpoint_cid]), [[3, 1, 'bafy-one']], 'a winner whose version is not a sha256 is never put up for signing');
  assert.equal(first.emitted.filter((e) => e.type === 'bridge_settlement_requested').length, 1);
  kv.set(keys.settlementConfirm(3, 1, 'nrn1validator'), new Uint8Array([1]));

  assert.deepEqual(await maybeRequestSettlements(context(kv, 3).ctx, src), [], 'no change, no request');
  assert.deepEqual(await maybeRequestSettlements(context(kv, 4).ctx, src), [], 'the same winner handed out again is not requested twice');

  const replaced = await maybeRequestSettlements(context(kv, 5).ctx, src);
  assert.deepEqual(replaced.map((s) => [s.group_id, s.nonce, s.checkpoint_cid]), [[3, 2, 'bafy-two']]);
  assert.equal(readSettlement(kv, 3, 1), undefined, 'the older settlement can never be recorded, so it goes');
  assert.equal(kv.get(keys.settlementConfirm(3, 1, 'nrn1validator')), undefined, 'with its confirms');
  assert.equal(src.calls, 4);
});

test('checkpoint hands out each new best once, in group order, with the latest record of each group', async () => {
  const kv = new CacheKV(empty);
  const best = (group: number, round: number, cid: string) => nrn.checkpoint.v1.BestCheckpoint.create({ group_id: group, round, cid, loss_micro: '1', training_set_version: version('v') });
  writeBest(kv, best(9, 1, 'nine-1'));
  writeBest(kv, best(2, 1, 'two-1'));
  writeBest(kv, best(9, 2, 'nine-2'));
  assert.deepEqual((await takeNewWinners(kv)).map((b) => [b.group_id, b.cid]), [[2, 'two-1'], [9, 'nine-2']]);
  assert.deepEqual(await takeNewWinners(kv), [], 'taken once');
  assert.equal(readBest(kv, 9)!.cid, 'nine-2', 'taking leaves the best record itself');
  assert.equal(kv.get(ckptKeys.newBest(9)), undefined);
  writeBest(kv, best(2, 2, 'two-2'));
  assert.deepEqual((await takeNewWinners(kv)).map((b) => [b.group_id, b.cid]), [[2, 'two-2']]);
});
