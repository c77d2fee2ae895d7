// Outgoing batches: made at end block from the fee-ordered pool, cancelled back to the pool when timed out or superseded.
import type { Context } from '../../chain/module.ts';
import type { KV } from '../../chain/store/kv.ts';
import { batchDigest } from './digest.ts';
import type { OutgoingBatch as EthBatch } from './digest.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { events } from './events.ts';
import { domainOf, latestValset } from './valset.ts';
import {
  keys, deleteUnder, pendingBatches, poolTransfers, readNumber, takeNext, writeBatch, writeTransfer,
} from './state.ts';
import type { OutgoingBatch, OutgoingTransfer, Params } from './state.ts';

const pb = nrn.bridge.v1;

export const transfersOf = (b: OutgoingBatch) => b.transfers as OutgoingTransfer[];

export const toEthBatch = (b: OutgoingBatch): EthBatch => ({
  amounts: transfersOf(b).map((t) => BigInt(t.amount)),
  destinations: transfersOf(b).map((t) => t.eth_dest),
  fees: transfersOf(b).map((t) => BigInt(t.bridge_fee)),
  batchNonce: BigInt(b.nonce),
  batchTimeout: BigInt(b.timeout),
});

export const batchDigestOf = (p: Params, b: OutgoingBatch) => batchDigest(domainOf(p), toEthBatch(b));

/** Puts a batch's transfers back in the pool and forgets the batch and its confirms. */
export async function cancelBatch(ctx: Context, b: OutgoingBatch, reason: string) {
  for (const t of transfersOf(b)) writeTransfer(ctx.kv, pb.OutgoingTransfer.create({ ...t, batch_nonce: 0 }));
  await dropBatch(ctx.kv, b);
  ctx.events.emit(events.batchCanceled(b, reason));
}

export async function dropBatch(kv: KV, b: OutgoingBatch) {
  kv.delete(keys.batch(b.nonce));
  await deleteUnder(kv, keys.batchConfirmsOf(b.nonce));
}

/** Batches whose timeout the observed Ethereum height has reached can never execute: their transfers go back to the pool. */
export async function cancelTimedOutBatches(ctx: Context) {
  const ethHeight = readNumber(ctx.kv, keys.lastObservedEthHeight);
  for (const b of await pendingBatches(ctx.kv)) {
    if (b.timeout <= ethHeight) await cancelBatch(ctx, b, `timed out at Ethereum height ${b.timeout}`);
  }
}

/**
 * One batch at a time: when none is pending and the pool is not empty, the highest fees (ties: oldest) go first,
 * up to batch_max_size; a signer set must exist, or nobody could sign it.
 */
export async function maybeCreateBatch(ctx: Context, p: Params): Promise<OutgoingBatch | undefined> {
  if (!latestValset(ctx.kv)) return undefined;
  if ((await pendingBatches(ctx.kv)).length > 0) return undefined;
  const pool = await poolTransfers(ctx.kv);
  if (pool.length === 0) return undefined;
  pool.sort((a, b) => {
    const fa = BigInt(a.bridge_fee), fb = BigInt(b.bridge_fee);
    return fa !== fb ? (fa > fb ? -1 : 1) : a.id - b.id;
  });
  const nonce = takeNext(ctx.kv, keys.nextBatchNonce);
  const chosen = pool.slice(0, Number(p.batch_max_size)).map((t) => pb.OutgoingTransfer.create({ ...t, batch_nonce: nonce }));
  for (const t of chosen) ctx.kv.delete(keys.pool(t.id));
  const timeout = readNumber(ctx.kv, keys.lastObservedEthHeight) + Number(p.batch_timeout_eth_blocks);
  const batch = pb.OutgoingBatch.create({ nonce, timeout, transfers: chosen, height: ctx.block.height });
  writeBatch(ctx.kv, batch);
  ctx.events.emit(events.batchCreated(batch));
  return batch;
}
