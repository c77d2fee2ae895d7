// Named constructors for bank's events (the Cosmos SDK's names, so explorers and searchTx work).
import { event } from '../../chain/events.ts';
import type { Amount } from './coins.ts';
import { formatCoins } from './coins.ts';

export const events = {
  coinSpent: (spender: string, coins: Amount[]) => event('coin_spent', { spender, amount: formatCoins(coins) }),
  coinReceived: (receiver: string, coins: Amount[]) => event('coin_received', { receiver, amount: formatCoins(coins) }),
  transfer: (sender: string, recipient: string, coins: Amount[]) => event('transfer', { recipient, sender, amount: formatCoins(coins) }),
  mint: (minter: string, coins: Amount[]) => event('coinbase', { minter, amount: formatCoins(coins) }),
  burn: (burner: string, coins: Amount[]) => event('burn', { burner, amount: formatCoins(coins) }),
};
