// Settlement records for NRNBridge.recordSettlement: requested at end block whenever a group's winning checkpoint changes.
import type { Context } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { settlementDigest } from './digest.ts';
import type { SettlementRecord } from './digest.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { events } from './events.ts';
import { domainOf, latestValset } from './valset.ts';
import { deleteUnder, keys, readNumber, readSettlement, settlementConfirms, takeNext, valuesUnder, writeNumber, writeSettlement } from './state.ts';
import type { Params, Settlement } from './state.ts';
import type { SettlementSourceView } from './views.ts';

const pb = nrn.bridge.v1;

/** NRNBridge.MAX_CID_LENGTH and its printable-ASCII rule: a CID it would refuse is never put up for signing. */
const ETH_CID = /^[\x21-\x7e]{1,128}$/;

export const toEthSettlement = (s: Settlement): SettlementRecord => ({
  groupId: BigInt(s.group_id), settlementNonce: BigInt(s.nonce), trainingSetVersion: s.training_set_version, checkpointCid: s.checkpoint_cid,
});

export const settlementDigestOf = (p: Params, s: Settlement) => settlementDigest(domainOf(p), toEthSettlement(s));

/** The trainingset's hex sha256 version as the contract's bytes32. */
export function versionAsBytes32(version: string): string | undefined {
  const hex = version.startsWith('0x') ? version.slice(2) : version;
  return /^[0-9a-fA-F]{64}$/.test(hex) ? `0x${hex.toLowerCase()}` : undefined;
}

export function latestSettlementOf(kv: KVReader, groupId: number): Settlement | undefined {
  const n = readNumber(kv, keys.latestSettlementNonce(groupId));
  return n ? readSettlement(kv, groupId, n) : undefined;
}

/** Every group's latest settlement, in group-id order. */
export const latestSettlements = (kv: KVReader) => valuesUnder(kv, keys.settlementsPrefix, (b) => pb.Settlement.decode(b));

export async function latestSettlementsWithConfirms(kv: KVReader, p: Params) {
  const out = [];
  for (const settlement of await latestSettlements(kv)) {
    out.push({ settlement, confirms: await settlementConfirms(kv, settlement.group_id, settlement.nonce), digest: settlementDigestOf(p, settlement) });
  }
  return out;
}

/**
 * For each group whose winning checkpoint changed (and differs from its latest settlement), a new settlement
 * with the next nonce replaces it: only the newest can ever be recorded on Ethereum, so older ones are dropped.
 */
export async function maybeRequestSettlements(ctx: Context, source: SettlementSourceView): Promise<Settlement[]> {
  if (!latestValset(ctx.kv)) return [];
  const made: Settlement[] = [];
  for (const w of await source.takeNewWinners(ctx.kv)) {
    const version = versionAsBytes32(w.trainingSetVersion);
    if (!version || !ETH_CID.test(w.checkpointCid)) continue;
    const latest = latestSettlementOf(ctx.kv, w.groupId);
    if (latest && latest.checkpoint_cid === w.checkpointCid && latest.training_set_version === version) continue;
    if (latest) {
      ctx.kv.delete(keys.settlement(w.groupId, latest.nonce));
      await deleteUnder(ctx.kv, keys.settlementConfirmsOf(w.groupId, latest.nonce));
    }
    const nonce = takeNext(ctx.kv, keys.nextSettlementNonce(w.groupId));
    const s = pb.Settlement.create({ group_id: w.groupId, nonce, training_set_version: version, checkpoint_cid: w.checkpointCid, height: ctx.block.height });
    writeSettlement(ctx.kv, s);
    writeNumber(ctx.kv, keys.latestSettlementNonce(w.groupId), nonce);
    ctx.events.emit(events.settlementRequested(s));
    made.push(s);
  }
  return made;
}
