// The bridge module's state for the bridge page: escrow, batches signed but not relayed, the newest valset.
// Undefined when the chain has no bridge module.
import { nrn } from '../../../proto/gen/nrn.js';
import { abciQuery, AppQueryError } from './abciQuery.ts';

const pb = nrn.bridge.v1;

export interface BatchView { nonce: number; timeout: number; height: number; transfers: number; amount: bigint; fees: bigint; confirms: number; digest: string }
export interface ValsetView { nonce: number; height: number; members: { ethAddress: string; power: bigint; validator: string }[]; confirms: number }
export interface BridgeState {
  escrowed: bigint;
  outgoingInFlight: bigint;
  pendingTransfers: number;
  batches: BatchView[];
  lastValset: ValsetView | undefined;
  ethChainId: string;
  bridgeId: string;
}

const ask = (method: string, bytes: Uint8Array = new Uint8Array(0)) => abciQuery(`/nrn.bridge.v1.Query/${method}`, bytes);

/** @example const b = await getBridge(); b?.batches.length */
export async function getBridge(): Promise<BridgeState | undefined> {
  let raw: Uint8Array[];
  try {
    raw = await Promise.all([ask('Params'), ask('Escrow'), ask('PendingBatches'), ask('PendingTransfers'), ask('Valsets', pb.QueryValsetsRequest.encode({ limit: 1 }).finish())]);
  } catch (e) {
    if (e instanceof AppQueryError && e.unknownPath) return undefined;
    throw e;
  }
  const [p, e, b, t, v] = raw as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const params = pb.QueryParamsResponse.decode(p).params;
  const escrow = pb.QueryEscrowResponse.decode(e);
  const batches = pb.QueryPendingBatchesResponse.decode(b).batches.map((x): BatchView => {
    const transfers = x.batch?.transfers ?? [];
    return {
      nonce: Number(x.batch?.nonce), timeout: Number(x.batch?.timeout), height: Number(x.batch?.height), transfers: transfers.length,
      amount: transfers.reduce((s, tr) => s + BigInt(tr.amount || '0'), 0n), fees: transfers.reduce((s, tr) => s + BigInt(tr.bridge_fee || '0'), 0n),
      confirms: (x.confirms ?? []).length, digest: x.digest ?? '',
    };
  });
  const valsets = pb.QueryValsetsResponse.decode(v).valsets;
  const last = valsets[valsets.length - 1];
  return {
    escrowed: BigInt(escrow.escrowed || '0'), outgoingInFlight: BigInt(escrow.outgoing_in_flight || '0'),
    pendingTransfers: pb.QueryPendingTransfersResponse.decode(t).transfers.length, batches,
    lastValset: last?.valset ? {
      nonce: Number(last.valset.nonce), height: Number(last.valset.height), confirms: (last.confirms ?? []).length,
      members: (last.valset.members ?? []).map((m) => ({ ethAddress: m.eth_address ?? '', power: BigInt(m.power || '0'), validator: m.validator ?? '' })),
    } : undefined,
    ethChainId: params?.eth_chain_id ?? '', bridgeId: params?.bridge_id ?? '',
  };
}
