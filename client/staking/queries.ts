// Staking, slashing and distribution reads over CosmJS's own query extensions (the SDK's gRPC paths).
import { QueryClient, setupStakingExtension, setupSlashingExtension, setupDistributionExtension } from '@cosmjs/stargate';
import type { StakingExtension, DistributionExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { CometClient } from '@cosmjs/tendermint-rpc';

// The stargate index does not re-export SlashingExtension's type; take it from its setup function.
type SlashingExtension = ReturnType<typeof setupSlashingExtension>;
export type StakingQueryClient = QueryClient & StakingExtension & SlashingExtension & DistributionExtension;

/** Positional: any CometBFT client (a real RPC, or anything with abciQuery, as in-process tests pass). */
export type WithStakingExtensionsParameters = Parameters<typeof withStakingExtensions>;
export type WithStakingExtensionsReturnType = StakingQueryClient;
/** Nothing at setup; each query may throw "Query failed with (code): log". */
export type WithStakingExtensionsErrorType = Error;

/**
 * The three extensions over any CometBFT client (a real RPC, or anything with abciQuery).
 * @example
 * const q = withStakingExtensions(await connectComet('http://127.0.0.1:26657'));
 * const { validators } = await q.staking.validators('BOND_STATUS_BONDED'); // [{ operatorAddress: 'nrnvaloper1…', tokens, … }]
 */
export const withStakingExtensions = (comet: CometClient): WithStakingExtensionsReturnType =>
  QueryClient.withExtensions(comet, setupStakingExtension, setupSlashingExtension, setupDistributionExtension);

/** Positional: the node's CometBFT RPC URL. */
export type ConnectStakingQueriesParameters = Parameters<typeof connectStakingQueries>;
export type ConnectStakingQueriesReturnType = { q: StakingQueryClient; disconnect(): void };
/** From the opener: the node cannot be reached. From a query: "Query failed with (code): log" (e.g. an unknown validator). */
export type ConnectStakingQueriesErrorType = Error;

/**
 * The staking, slashing and distribution queries over one connection; `disconnect()` when done.
 * @example
 * const { q, disconnect } = await connectStakingQueries('http://127.0.0.1:26657');
 * const { params } = await q.slashing.params(); // { signedBlocksWindow: 100n, downtimeJailDuration: { seconds: 600n, nanos: 0 }, … }
 * disconnect();
 */
export async function connectStakingQueries(rpc: string): Promise<ConnectStakingQueriesReturnType> {
  const comet = await connectComet(rpc);
  return { q: withStakingExtensions(comet), disconnect: () => comet.disconnect() };
}
