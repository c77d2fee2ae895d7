// Read the validator set as the staking module keeps it (tokens, shares, status, commission).
import type { Validator } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import { connectStakingQueries } from './queries.ts';

export type GetValidatorsParameters = { /** Only validators in this status; '' or absent: all. */ status?: 'BOND_STATUS_BONDED' | 'BOND_STATUS_UNBONDED' | '' };
export type GetValidatorsReturnType = Validator[];
/** "Query failed with (code): log" from the node, or a connection error. */
export type GetValidatorsErrorType = Error;

/**
 * @example
 * const vs = await getValidators('http://127.0.0.1:26657', { status: 'BOND_STATUS_BONDED' });
 * // [{ operatorAddress: 'nrnvaloper1…', tokens: '10000000', jailed: false, status: 3, … }]
 */
export async function getValidators(rpc: string, p: GetValidatorsParameters = {}): Promise<GetValidatorsReturnType> {
  const { q, disconnect } = await connectStakingQueries(rpc);
  try { return (await q.staking.validators((p.status ?? '') as never)).validators; } finally { disconnect(); }
}
