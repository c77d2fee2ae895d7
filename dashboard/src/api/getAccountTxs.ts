// An account's history: txs it signed (message.sender) and txs that paid it (transfer.recipient), merged newest first.
import { searchTxs } from './searchTxs.ts';
import type { TxDetail } from './getTx.ts';

export interface AccountTx extends TxDetail {
  sent: boolean;
  received: boolean;
}

/** @example const history = await getAccountTxs('nrn1…'); */
export async function getAccountTxs(address: string, count = 50): Promise<AccountTx[]> {
  const [sent, received] = await Promise.all([
    searchTxs(`message.sender='${address}'`, count),
    searchTxs(`transfer.recipient='${address}'`, count),
  ]);
  const byHash = new Map<string, AccountTx>();
  for (const tx of sent.txs) byHash.set(tx.hash, { ...tx, sent: true, received: false });
  for (const tx of received.txs) {
    const seen = byHash.get(tx.hash);
    if (seen) seen.received = true;
    else byHash.set(tx.hash, { ...tx, sent: false, received: true });
  }
  return [...byHash.values()].sort((a, b) => b.height - a.height || b.index - a.index).slice(0, count);
}
