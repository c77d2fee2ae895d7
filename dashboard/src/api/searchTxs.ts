// Txs matching a CometBFT event query (tx_search over the node's kv indexer), newest first.
import { rpcCall } from './rpc.ts';
import { toTxDetail } from './getTx.ts';
import type { TxDetail } from './getTx.ts';

export interface TxPage {
  txs: TxDetail[];
  total: number;
}

/** @example const { txs } = await searchTxs("transfer.recipient='nrn1…'", 20); */
export async function searchTxs(query: string, perPage = 20, page = 1): Promise<TxPage> {
  const r = await rpcCall<any>('tx_search', { query, prove: false, page: String(page), per_page: String(perPage), order_by: 'desc' });
  return { txs: (r.txs as any[]).map(toTxDetail), total: Number(r.total_count) };
}
