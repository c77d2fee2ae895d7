// Staking, slashing and distribution reads over CosmJS's own query extensions (the SDK's gRPC paths).
import { QueryClient, setupStakingExtension, setupSlashingExtension, setupDistributionExtension } from '@cosmjs/stargate';
import type { StakingExtension, DistributionExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { CometClient } from '@cosmjs/tendermint-rpc';

// The stargate index does not re-export SlashingExtension's type; take it from its setup function.
type SlashingExtension = ReturnType<typeof setupSlashingExtension>;
export type StakingQueryClient = QueryClient & StakingExtension & SlashingExtension & DistributionExtension;

/** The three extensions over any CometBFT client (a real RPC, or anything with abciQuery). */
export const withStakingExtensions = (comet: CometClient): StakingQueryClient =>
  QueryClient.withExtensions(comet, setupStakingExtension, setupSlashingExtension, setupDistributionExtension);

/** @example const q = await connectStakingQueries('http://127.0.0.1:26657'); (await q.slashing.params()).params; q.disconnect(); */
export async function connectStakingQueries(rpc: string): Promise<{ q: StakingQueryClient; disconnect(): void }> {
  const comet = await connectComet(rpc);
  return { q: withStakingExtensions(comet), disconnect: () => comet.disconnect() };
}
