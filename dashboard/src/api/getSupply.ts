// The total supply of one denom at a height (latest when omitted), through bank's SupplyOf query.
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { abciQuery } from './abciQuery.ts';

export const DENOM = 'unrn';

/** @example const supply = await getSupply(); // in unrn */
export async function getSupply(height?: number, denom = DENOM): Promise<bigint> {
  const req = QuerySupplyOfRequest.encode({ denom }).finish();
  const res = QuerySupplyOfResponse.decode(await abciQuery('/cosmos.bank.v1beta1.Query/SupplyOf', req, height));
  return BigInt(res.amount?.amount ?? '0');
}
