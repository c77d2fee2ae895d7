// Read the validator set as the staking module keeps it (tokens, shares, status, commission).
import type { Validator } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import { connectStakingQueries } from './queries.ts';

/** @example const vs = await getValidators('http://127.0.0.1:26657'); */
export async function getValidators(rpc: string, status: 'BOND_STATUS_BONDED' | 'BOND_STATUS_UNBONDED' | '' = ''): Promise<Validator[]> {
  const { q, disconnect } = await connectStakingQueries(rpc);
  try { return (await q.staking.validators(status as never)).validators; } finally { disconnect(); }
}
