// Ethereum events attested by validators: contiguous nonces per validator, observed at > 2/3 of bonded power, applied in nonce order.
import { createHash } from 'node:crypto';
import type { Context } from '../../chain/module.ts';
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { assertAddress, DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { cancelBatch, dropBatch } from './batches.ts';
import { keys, attestationsAt, pendingBatches, readAttestation, readBatch, readNumber, writeAttestation, writeNumber } from './state.ts';
import type { Attestation } from './state.ts';
import type { SignerSetView } from './views.ts';

const pb = nrn.bridge.v1;
export const BRIDGE_MODULE = 'bridge';

export type ClaimKind = 'deposit' | 'batch_executed' | 'valset_updated';
export interface Claim {
  validator: string;
  event_nonce: number;
  eth_block_height: number;
  kind: ClaimKind;
  details: Record<string, string | number>;
}

export interface ClaimDeps {
  bank: BankView;
  signers: SignerSetView;
}

/**
 * The event nonce a validator must claim next: one past its last claim, or, before its first, one past the last
 * nonce observed when it registered its Ethereum key (pinned then, so others' attestations never move it).
 */
export function nextEventNonce(kv: KVReader, validator: string): number {
  const pinned = kv.get(keys.lastEventNonce(validator)) !== undefined;
  return readNumber(kv, pinned ? keys.lastEventNonce(validator) : keys.lastObservedNonce) + 1;
}

/** Pins a newly registered validator's claim start (see nextEventNonce); a key rotation keeps its place. */
export function pinClaimStart(kv: KV, validator: string) {
  if (kv.get(keys.lastEventNonce(validator)) === undefined) writeNumber(kv, keys.lastEventNonce(validator), readNumber(kv, keys.lastObservedNonce));
}

const claimHash = (c: Claim) => createHash('sha256').update(JSON.stringify([c.kind, c.event_nonce, c.eth_block_height, c.details])).digest('hex');

export async function recordClaim(ctx: Context, c: Claim) {
  const expected = nextEventNonce(ctx.kv, c.validator);
  if (c.event_nonce !== expected) {
    throw errors.nonContiguousClaim.wrap(`${c.validator} claimed event nonce ${c.event_nonce}; its next claim must be nonce ${expected} (claims are submitted in Ethereum event order)`);
  }
  for (const other of await attestationsAt(ctx.kv, c.event_nonce)) {
    if (other.votes.includes(c.validator)) throw errors.conflictingClaim.wrap(`${c.validator} already voted on event nonce ${c.event_nonce}`);
  }
  const hash = claimHash(c);
  const att = readAttestation(ctx.kv, keys.attestation(c.event_nonce, hash)) ?? pb.Attestation.create({
    event_nonce: c.event_nonce, claim_hash: hash, kind: c.kind, details: JSON.stringify(c.details), votes: [], observed: false,
    eth_block_height: c.eth_block_height,
  });
  att.votes.push(c.validator);
  writeAttestation(ctx.kv, att);
  writeNumber(ctx.kv, keys.lastEventNonce(c.validator), c.event_nonce);
  ctx.events.emit(events.claimVoted(att, c.validator));
}

/**
 * Applies every next-in-line attestation that strictly more than 2/3 of bonded power voted for. Runs at end block
 * (as Gravity's EndBlocker tallies), so a claim's gas never depends on whether it happens to complete the 2/3.
 */
export async function observeInOrder(ctx: Context, deps: ClaimDeps) {
  let powers: { powerOf: Map<string, bigint>; total: bigint } | undefined;
  for (;;) {
    const next = readNumber(ctx.kv, keys.lastObservedNonce) + 1;
    const candidates = await attestationsAt(ctx.kv, next);
    // Most blocks have no claim waiting: the bonded set is read only when there is one to tally.
    if (!candidates.length) return;
    if (!powers) {
      const bonded = await deps.signers.bondedValidators(ctx.kv);
      powers = { powerOf: new Map(bonded.map((v) => [v.operator, v.power])), total: bonded.reduce((s, v) => s + v.power, 0n) };
    }
    const { powerOf, total } = powers;
    const winner = candidates.find((a) => {
      const power = a.votes.reduce((s, v) => s + (powerOf.get(v) ?? 0n), 0n);
      return power * 3n > total * 2n;
    });
    if (!winner) return;
    winner.observed = true;
    writeAttestation(ctx.kv, winner);
    writeNumber(ctx.kv, keys.lastObservedNonce, next);
    if (winner.eth_block_height > readNumber(ctx.kv, keys.lastObservedEthHeight)) writeNumber(ctx.kv, keys.lastObservedEthHeight, winner.eth_block_height);
    ctx.events.emit(events.observed(winner));
    await applyObserved(ctx, deps, winner);
  }
}

function payable(recipient: string): boolean {
  try {
    assertAddress(recipient, 'nrn_recipient');
    return true;
  } catch {
    return false;
  }
}

async function applyObserved(ctx: Context, deps: ClaimDeps, a: Attestation) {
  const details = JSON.parse(a.details) as Record<string, string | number>;
  if (a.kind === 'deposit') {
    const recipient = String(details.nrn_recipient);
    const amount = BigInt(details.amount!);
    const escrow = deps.bank.moduleAddress(BRIDGE_MODULE);
    // Never throw here: an observed event that fails would stall every later nonce.
    if (!payable(recipient) || deps.bank.balance(ctx.kv, escrow, DENOM) < amount) {
      ctx.events.emit(events.depositUnpayable(recipient, amount, a.event_nonce));
      return;
    }
    deps.bank.send(ctx, escrow, recipient, [{ denom: DENOM, amount }]);
    ctx.events.emit(events.depositPaid(recipient, amount, a.event_nonce));
  } else if (a.kind === 'batch_executed') {
    const nonce = Number(details.batch_nonce);
    const batch = readBatch(ctx.kv, nonce);
    if (batch) {
      await dropBatch(ctx.kv, batch);
      ctx.events.emit(events.batchExecuted(batch));
    }
    // NRNBridge's batch nonce only grows, so older batches can never execute now.
    for (const older of await pendingBatches(ctx.kv)) if (older.nonce < nonce) await cancelBatch(ctx, older, `superseded by executed batch ${nonce}`);
  } else if (a.kind === 'valset_updated') {
    await pruneValsetsBefore(ctx.kv, Number(details.valset_nonce));
  }
}

/**
 * Valsets older than the one Ethereum has adopted can never be relayed (NRNBridge only moves forward), and no
 * batch is signed against them any more: they and their confirms go, so the store does not grow with every update.
 */
async function pruneValsetsBefore(kv: KV, nonce: number) {
  const stale: string[] = [];
  for await (const [key, raw] of kv.iterate(keys.valsetsPrefix)) {
    const v = pb.Valset.decode(raw);
    if (v.nonce >= nonce) break;
    stale.push(key);
    for await (const [confirmKey] of kv.iterate(keys.valsetConfirmsOf(v.nonce))) stale.push(confirmKey);
  }
  for (const key of stale) kv.delete(key);
}
