// Total supply of every denom, through CosmJS's bank query extension.
import { QueryClient, setupBankExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { Coin } from '@cosmjs/stargate';

export async function getTotalSupply(rpc: string): Promise<Coin[]> {
  const comet = await connectComet(rpc);
  try {
    const q = QueryClient.withExtensions(comet, setupBankExtension);
    return (await q.bank.totalSupply()).supply;
  } finally {
    comet.disconnect();
  }
}
