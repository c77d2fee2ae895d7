// Mint's queries: the fixed schedule and the rewards at the last block.
import type { QueryHandler } from '../../chain/module.ts';
import { DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import { DELTA_REWARD_PER_MILLION, HALVING_PERIOD_SECONDS, ROUND_REWARD_PER_MILLION, deltaReward, halvings, roundReward } from './emission.ts';
import { readGenesisTime, readLastBlockTime } from './state.ts';

const pb = nrn.mint.v1;

export function mintQueries(bank: BankView): QueryHandler[] {
  return [
    {
      path: '/nrn.mint.v1.Query/Params',
      handle(ctx) {
        return pb.QueryParamsResponse.encode({
          genesis_time_ms: Number(readGenesisTime(ctx.kv)),
          halving_period_seconds: Number(HALVING_PERIOD_SECONDS),
          round_reward_per_million: Number(ROUND_REWARD_PER_MILLION),
          delta_reward_per_million: Number(DELTA_REWARD_PER_MILLION),
        }).finish();
      },
    },
    {
      path: '/nrn.mint.v1.Query/Rewards',
      handle(ctx) {
        const genesis = readGenesisTime(ctx.kv);
        const now = readLastBlockTime(ctx.kv);
        const supply = bank.supply(ctx.kv, DENOM);
        return pb.QueryRewardsResponse.encode({
          block_time_ms: Number(now),
          halvings: Number(halvings(now, genesis)),
          supply: supply.toString(),
          round_reward: roundReward(supply, now, genesis).toString(),
          delta_reward: deltaReward(supply, now, genesis).toString(),
        }).finish();
      },
    },
  ];
}
