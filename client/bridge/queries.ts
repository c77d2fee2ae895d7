// bridge's queries over CometBFT's abci_query, as plain async functions (CosmJS query-extension style).
import { connectQueryService } from '../queryService.ts';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.bridge.v1;
export type BridgeParams = InstanceType<typeof pb.Params>;
export type Valset = InstanceType<typeof pb.Valset>;
export type OutgoingBatch = InstanceType<typeof pb.OutgoingBatch>;
export type OutgoingTransfer = InstanceType<typeof pb.OutgoingTransfer>;
export type Confirm = InstanceType<typeof pb.Confirm>;
export type EthKey = InstanceType<typeof pb.EthKey>;
export interface ValsetWithConfirms { valset: Valset; confirms: Confirm[] }
export type Settlement = InstanceType<typeof pb.Settlement>;
export interface SettlementWithConfirms { settlement: Settlement; confirms: Confirm[]; digest: string }
export interface BatchWithConfirms { batch: OutgoingBatch; confirms: Confirm[]; digest: string }

export interface BridgeQueries {
  params(): Promise<BridgeParams>;
  /** The newest `limit` valsets (oldest first) with their confirms. */
  valsets(limit?: number): Promise<ValsetWithConfirms[]>;
  valset(nonce: number): Promise<ValsetWithConfirms | undefined>;
  pendingBatches(): Promise<BatchWithConfirms[]>;
  pendingTransfers(): Promise<OutgoingTransfer[]>;
  /** Every group's latest settlement (the only one NRNBridge can still accept) with its confirms. */
  settlements(): Promise<SettlementWithConfirms[]>;
  lastEventNonce(validator: string): Promise<{ lastEventNonce: number; lastObservedNonce: number; lastObservedEthHeight: number }>;
  ethKeys(): Promise<EthKey[]>;
  escrow(): Promise<{ escrowed: bigint; outgoingInFlight: bigint }>;
  disconnect(): void;
}

/** Positional: the node's CometBFT RPC URL. */
export type BridgeQueriesParameters = Parameters<typeof bridgeQueries>;
export type BridgeQueriesReturnType = BridgeQueries;
/** From the opener: the node cannot be reached. From a query: "Query failed with (code): log". */
export type BridgeQueriesErrorType = Error;

/**
 * The bridge module's queries over one connection to a node; `disconnect()` when done.
 * @example
 * const q = await bridgeQueries('http://127.0.0.1:26657');
 * const { escrowed, outgoingInFlight } = await q.escrow(); // { escrowed: 5010000n, outgoingInFlight: 5000000n }
 * const batches = await q.pendingBatches(); // [{ batch, confirms, digest }] awaiting the relayer
 * q.disconnect();
 */
export async function bridgeQueries(rpc: string): Promise<BridgeQueriesReturnType> {
  const { comet, ask } = await connectQueryService(rpc, 'nrn.bridge.v1.Query');
  const vwc = (v: nrn.bridge.v1.IValsetWithConfirms): ValsetWithConfirms => ({ valset: v.valset as Valset, confirms: (v.confirms ?? []) as Confirm[] });
  return {
    params: async () => pb.QueryParamsResponse.decode(await ask('Params')).params as BridgeParams,
    valsets: async (limit = 5) => pb.QueryValsetsResponse.decode(await ask('Valsets', pb.QueryValsetsRequest.encode({ limit }).finish())).valsets.map(vwc),
    async valset(nonce) {
      const r = pb.QueryValsetResponse.decode(await ask('Valset', pb.QueryValsetRequest.encode({ nonce }).finish()));
      return r.found ? vwc(r.valset!) : undefined;
    },
    pendingBatches: async () => pb.QueryPendingBatchesResponse.decode(await ask('PendingBatches')).batches
      .map((b) => ({ batch: b.batch as OutgoingBatch, confirms: (b.confirms ?? []) as Confirm[], digest: b.digest ?? '' })),
    settlements: async () => pb.QuerySettlementsResponse.decode(await ask('Settlements')).settlements
      .map((s) => ({ settlement: s.settlement as Settlement, confirms: (s.confirms ?? []) as Confirm[], digest: s.digest ?? '' })),
    pendingTransfers: async () => pb.QueryPendingTransfersResponse.decode(await ask('PendingTransfers')).transfers as OutgoingTransfer[],
    async lastEventNonce(validator) {
      const r = pb.QueryLastEventNonceResponse.decode(await ask('LastEventNonce', pb.QueryLastEventNonceRequest.encode({ validator }).finish()));
      return { lastEventNonce: r.last_event_nonce, lastObservedNonce: r.last_observed_nonce, lastObservedEthHeight: r.last_observed_eth_height };
    },
    ethKeys: async () => pb.QueryEthKeysResponse.decode(await ask('EthKeys')).keys as EthKey[],
    async escrow() {
      const r = pb.QueryEscrowResponse.decode(await ask('Escrow'));
      return { escrowed: BigInt(r.escrowed), outgoingInFlight: BigInt(r.outgoing_in_flight) };
    },
    disconnect: () => comet.disconnect(),
  };
}
