// Bank's queries, on the Cosmos SDK's gRPC paths so CosmJS's bank extension answers unchanged.
import {
  QueryBalanceRequest, QueryBalanceResponse, QueryAllBalancesRequest, QueryAllBalancesResponse,
  QueryTotalSupplyResponse, QuerySupplyOfRequest, QuerySupplyOfResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import type { QueryHandler } from '../../chain/module.ts';
import { assertAddress } from '../../chain/address.ts';
import { sdk } from '../../chain/errors.ts';
import { keys, decodeAmount, readBalance, readSupply } from './state.ts';

export const queries: QueryHandler[] = [
  {
    path: '/cosmos.bank.v1beta1.Query/Balance',
    handle(ctx, data) {
      const req = QueryBalanceRequest.decode(data);
      assertAddress(req.address, 'address');
      if (!req.denom) throw sdk.invalidRequest.wrap('denom is required');
      const amount = readBalance(ctx.kv, req.address, req.denom);
      return QueryBalanceResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
    },
  },
  {
    path: '/cosmos.bank.v1beta1.Query/AllBalances',
    async handle(ctx, data) {
      const req = QueryAllBalancesRequest.decode(data);
      assertAddress(req.address, 'address');
      const prefix = keys.balancesOf(req.address);
      const balances = [];
      for await (const [k, v] of ctx.kv.iterate(prefix)) balances.push({ denom: k.slice(prefix.length), amount: decodeAmount(v).toString() });
      return QueryAllBalancesResponse.encode({ balances }).finish();
    },
  },
  {
    path: '/cosmos.bank.v1beta1.Query/TotalSupply',
    async handle(ctx) {
      const supply = [];
      for await (const [k, v] of ctx.kv.iterate(keys.supplyPrefix)) supply.push({ denom: k.slice(keys.supplyPrefix.length), amount: decodeAmount(v).toString() });
      return QueryTotalSupplyResponse.encode({ supply }).finish();
    },
  },
  {
    path: '/cosmos.bank.v1beta1.Query/SupplyOf',
    handle(ctx, data) {
      const req = QuerySupplyOfRequest.decode(data);
      if (!req.denom) throw sdk.invalidRequest.wrap('denom is required');
      return QuerySupplyOfResponse.encode({ amount: { denom: req.denom, amount: readSupply(ctx.kv, req.denom).toString() } }).finish();
    },
  },
];
