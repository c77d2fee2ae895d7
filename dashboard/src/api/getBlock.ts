// One block with its header, its txs (hashes computed from the bytes) and what FinalizeBlock answered for each.
import { fromBase64, toHex } from '@cosmjs/encoding';
import { sha256 } from '@noble/hashes/sha2.js';
import { rpcCall } from './rpc.ts';
import { toOutcome, toEvents } from './types.ts';
import type { ChainEvent, TxOutcome } from './types.ts';

export interface BlockTx {
  hash: string;
  bytes: Uint8Array;
  outcome: TxOutcome | undefined;
}

export interface BlockDetail {
  height: number;
  hash: string;
  time: string;
  chainId: string;
  proposer: string;
  appHash: string;
  lastBlockHash: string;
  validatorsHash: string;
  signatures: number;
  txs: BlockTx[];
  finalizeEvents: ChainEvent[];
}

/** A tx's id as CometBFT indexes it: upper-case hex of sha256 over the raw bytes. */
export function txHash(bytes: Uint8Array): string {
  return toHex(sha256(bytes)).toUpperCase();
}

/** @example const block = await getBlock(42); */
export async function getBlock(height: number): Promise<BlockDetail> {
  const [b, results] = await Promise.all([
    rpcCall<any>('block', { height: String(height) }),
    rpcCall<any>('block_results', { height: String(height) }),
  ]);
  const h = b.block.header;
  const outcomes = (results.txs_results ?? []) as any[];
  return {
    height: Number(h.height),
    hash: b.block_id.hash,
    time: h.time,
    chainId: h.chain_id,
    proposer: h.proposer_address,
    appHash: h.app_hash,
    lastBlockHash: h.last_block_id?.hash ?? '',
    validatorsHash: h.validators_hash,
    signatures: (b.block.last_commit?.signatures ?? []).filter((s: any) => s.signature).length,
    txs: ((b.block.data.txs ?? []) as string[]).map((t, i) => {
      const bytes = fromBase64(t);
      return { hash: txHash(bytes), bytes, outcome: outcomes[i] ? toOutcome(outcomes[i]) : undefined };
    }),
    finalizeEvents: toEvents(results.finalize_block_events),
  };
}
