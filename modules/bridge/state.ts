// Every bridge storage key, in one place; ids, nonces and heights zero-padded to 20 digits so keys sort.
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { padNumber, protoReader as reader, protoWriter as writer, readCount, readRequired, valuesUnder, writeCount } from '../../chain/store/codec.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.bridge.v1;
export type Params = InstanceType<typeof pb.Params>;
export type EthKey = InstanceType<typeof pb.EthKey>;
export type OutgoingTransfer = InstanceType<typeof pb.OutgoingTransfer>;
export type OutgoingBatch = InstanceType<typeof pb.OutgoingBatch>;
export type Valset = InstanceType<typeof pb.Valset>;
export type Confirm = InstanceType<typeof pb.Confirm>;
export type Attestation = InstanceType<typeof pb.Attestation>;
export type Settlement = InstanceType<typeof pb.Settlement>;

export const pad = (n: number | bigint) => padNumber(n);

export const PREFIX = 'bridge/';
export const keys = {
  params: 'bridge/params',
  ethKey: (validator: string) => `bridge/ethkey/${validator}`,
  ethKeysPrefix: 'bridge/ethkey/',
  /** eth address (lower case) → validator, so one address serves one validator. */
  ethOwner: (ethAddress: string) => `bridge/ethowner/${ethAddress.toLowerCase()}`,
  nextTransferId: 'bridge/next/transfer',
  nextBatchNonce: 'bridge/next/batch',
  nextValsetNonce: 'bridge/next/valset',
  /** Unbatched transfers, by id. */
  pool: (id: number) => `bridge/pool/${pad(id)}`,
  poolPrefix: 'bridge/pool/',
  batch: (nonce: number) => `bridge/batch/${pad(nonce)}`,
  batchesPrefix: 'bridge/batch/',
  batchConfirm: (nonce: number, validator: string) => `bridge/batchconf/${pad(nonce)}/${validator}`,
  batchConfirmsOf: (nonce: number) => `bridge/batchconf/${pad(nonce)}/`,
  valset: (nonce: number) => `bridge/valset/${pad(nonce)}`,
  valsetsPrefix: 'bridge/valset/',
  valsetConfirm: (nonce: number, validator: string) => `bridge/valsetconf/${pad(nonce)}/${validator}`,
  valsetConfirmsOf: (nonce: number) => `bridge/valsetconf/${pad(nonce)}/`,
  latestValsetNonce: 'bridge/latest/valset',
  attestation: (eventNonce: number, claimHash: string) => `bridge/att/${pad(eventNonce)}/${claimHash}`,
  attestationsOf: (eventNonce: number) => `bridge/att/${pad(eventNonce)}/`,
  lastEventNonce: (validator: string) => `bridge/lastnonce/${validator}`,
  lastObservedNonce: 'bridge/observed/nonce',
  lastObservedEthHeight: 'bridge/observed/ethheight',
  /** A group's settlements; only the latest is kept, so the prefix lists one per group. */
  settlement: (group: number, nonce: number) => `bridge/settlement/${pad(group)}/${pad(nonce)}`,
  settlementsPrefix: 'bridge/settlement/',
  settlementConfirm: (group: number, nonce: number, validator: string) => `bridge/settleconf/${pad(group)}/${pad(nonce)}/${validator}`,
  settlementConfirmsOf: (group: number, nonce: number) => `bridge/settleconf/${pad(group)}/${pad(nonce)}/`,
  nextSettlementNonce: (group: number) => `bridge/next/settlement/${pad(group)}`,
  latestSettlementNonce: (group: number) => `bridge/latest/settlement/${pad(group)}`,
};

export const readEthKey = (kv: KVReader, validator: string) => reader<EthKey>(pb.EthKey)(kv, keys.ethKey(validator));
export const writeEthKey = (kv: KV, k: EthKey) => writer<EthKey>(pb.EthKey)(kv, keys.ethKey(k.validator), k);
export const readTransfer = (kv: KVReader, id: number) => reader<OutgoingTransfer>(pb.OutgoingTransfer)(kv, keys.pool(id));
export const writeTransfer = (kv: KV, t: OutgoingTransfer) => writer<OutgoingTransfer>(pb.OutgoingTransfer)(kv, keys.pool(t.id), t);
export const readBatch = (kv: KVReader, nonce: number) => reader<OutgoingBatch>(pb.OutgoingBatch)(kv, keys.batch(nonce));
export const writeBatch = (kv: KV, b: OutgoingBatch) => writer<OutgoingBatch>(pb.OutgoingBatch)(kv, keys.batch(b.nonce), b);
export const readValset = (kv: KVReader, nonce: number) => reader<Valset>(pb.Valset)(kv, keys.valset(nonce));
export const writeValset = (kv: KV, v: Valset) => writer<Valset>(pb.Valset)(kv, keys.valset(v.nonce), v);
export const readSettlement = (kv: KVReader, group: number, nonce: number) => reader<Settlement>(pb.Settlement)(kv, keys.settlement(group, nonce));
export const writeSettlement = (kv: KV, st: Settlement) => writer<Settlement>(pb.Settlement)(kv, keys.settlement(st.group_id, st.nonce), st);
export const readConfirm = reader<Confirm>(pb.Confirm);
export const writeConfirm = writer<Confirm>(pb.Confirm);
export const readAttestation = reader<Attestation>(pb.Attestation);
export const writeAttestation = (kv: KV, a: Attestation) => writer<Attestation>(pb.Attestation)(kv, keys.attestation(a.event_nonce, a.claim_hash), a);

export const readParams = (kv: KVReader): Params => readRequired(kv, keys.params, pb.Params, 'bridge');
export const writeParams = (kv: KV, p: Params) => kv.set(keys.params, pb.Params.encode(p).finish());

export { readCount as readNumber, writeCount as writeNumber, valuesUnder, deleteUnder } from '../../chain/store/codec.ts';

/** Next value of a counter that starts at 1. */
export function takeNext(kv: KV, key: string): number {
  const next = readCount(kv, key) + 1;
  writeCount(kv, key, next);
  return next;
}

export const poolTransfers = (kv: KVReader) => valuesUnder(kv, keys.poolPrefix, (b) => pb.OutgoingTransfer.decode(b));
export const pendingBatches = (kv: KVReader) => valuesUnder(kv, keys.batchesPrefix, (b) => pb.OutgoingBatch.decode(b));
export const batchConfirms = (kv: KVReader, nonce: number) => valuesUnder(kv, keys.batchConfirmsOf(nonce), (b) => pb.Confirm.decode(b));
export const valsetConfirms = (kv: KVReader, nonce: number) => valuesUnder(kv, keys.valsetConfirmsOf(nonce), (b) => pb.Confirm.decode(b));
export const settlementConfirms = (kv: KVReader, group: number, nonce: number) => valuesUnder(kv, keys.settlementConfirmsOf(group, nonce), (b) => pb.Confirm.decode(b));
export const attestationsAt = (kv: KVReader, eventNonce: number) => valuesUnder(kv, keys.attestationsOf(eventNonce), (b) => pb.Attestation.decode(b));
export const ethKeys = (kv: KVReader) => valuesUnder(kv, keys.ethKeysPrefix, (b) => pb.EthKey.decode(b));
