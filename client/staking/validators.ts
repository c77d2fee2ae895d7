// Read the validator set as the staking module keeps it (tokens, shares, status, commission).
import { QueryClient, setupStakingExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { Validator } from 'cosmjs-types/cosmos/staking/v1beta1/staking';

export async function stakingQueries(rpc: string) {
  const comet = await connectComet(rpc);
  return { staking: setupStakingExtension(QueryClient.withExtensions(comet)).staking, disconnect: () => comet.disconnect() };
}

/** @example const vs = await getValidators('http://127.0.0.1:26657'); */
export async function getValidators(rpc: string, status: 'BOND_STATUS_BONDED' | 'BOND_STATUS_UNBONDED' | '' = ''): Promise<Validator[]> {
  const q = await stakingQueries(rpc);
  try { return (await q.staking.validators(status as never)).validators; } finally { q.disconnect(); }
}
