// Total supply of every denom, through CosmJS's bank query extension.
import { QueryClient, setupBankExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { Coin } from '@cosmjs/stargate';

/** Positional: the node's CometBFT RPC URL. */
export type GetTotalSupplyParameters = Parameters<typeof getTotalSupply>;
export type GetTotalSupplyReturnType = Coin[];
/** The node cannot be reached, or "Query failed with (code): log". */
export type GetTotalSupplyErrorType = Error;

/**
 * @example
 * const supply = await getTotalSupply('http://127.0.0.1:26657');
 * // [{ denom: 'unrn', amount: '100000010000000' }]
 */
export async function getTotalSupply(rpc: string): Promise<GetTotalSupplyReturnType> {
  const comet = await connectComet(rpc);
  try {
    const q = QueryClient.withExtensions(comet, setupBankExtension);
    return (await q.bank.totalSupply()).supply;
  } finally {
    comet.disconnect();
  }
}
