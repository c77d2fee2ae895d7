// Every balance of an account, through bank's Cosmos SDK query (AllBalances) over abci_query.
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { abciQuery } from './abciQuery.ts';

export interface Coin {
  denom: string;
  amount: bigint;
}

/** @example const [unrn] = await getBalances('nrn1…'); */
export async function getBalances(address: string): Promise<Coin[]> {
  const req = QueryAllBalancesRequest.encode(QueryAllBalancesRequest.fromPartial({ address })).finish();
  const res = QueryAllBalancesResponse.decode(await abciQuery('/cosmos.bank.v1beta1.Query/AllBalances', req));
  return res.balances.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) }));
}
