// The newest txs on the chain.
import { searchTxs } from './searchTxs.ts';
import type { TxDetail } from './getTx.ts';

/** @example const txs = await getRecentTxs(10); */
export async function getRecentTxs(count = 10): Promise<TxDetail[]> {
  return (await searchTxs('tx.height>0', count)).txs;
}
