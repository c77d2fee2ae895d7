// The newest block headers (CometBFT's /blockchain returns at most 20 per call, newest first).
import { rpcCall } from './rpc.ts';

export interface BlockMeta {
  height: number;
  time: string;
  hash: string;
  proposer: string;
  numTxs: number;
  size: number;
}

/** @example const blocks = await getRecentBlocks(head.height, 20); */
export async function getRecentBlocks(maxHeight: number, count = 20): Promise<BlockMeta[]> {
  const minHeight = Math.max(1, maxHeight - Math.min(count, 20) + 1);
  const r = await rpcCall<any>('blockchain', { minHeight: String(minHeight), maxHeight: String(maxHeight) });
  return (r.block_metas as any[]).map((m) => ({
    height: Number(m.header.height),
    time: m.header.time,
    hash: m.block_id.hash,
    proposer: m.header.proposer_address,
    numTxs: Number(m.num_txs),
    size: Number(m.block_size),
  }));
}
