// Mint's schedule and the rewards it would pay now; undefined when the chain has no mint module.
import { nrn } from '../../../proto/gen/nrn.js';
import { abciQuery, AppQueryError } from './abciQuery.ts';

export interface Emission {
  genesisTimeMs: number;
  halvingPeriodSeconds: number;
  roundRewardPerMillion: number;
  deltaRewardPerMillion: number;
  halvings: number;
  supply: bigint;
  roundReward: bigint;
  deltaReward: bigint;
}

const pb = nrn.mint.v1;

/** @example const e = await getEmission(); if (e) console.log(e.roundReward); */
export async function getEmission(): Promise<Emission | undefined> {
  try {
    const [params, rewards] = await Promise.all([
      abciQuery('/nrn.mint.v1.Query/Params', pb.QueryParamsRequest.encode({}).finish()).then((b) => pb.QueryParamsResponse.decode(b)),
      abciQuery('/nrn.mint.v1.Query/Rewards', pb.QueryRewardsRequest.encode({}).finish()).then((b) => pb.QueryRewardsResponse.decode(b)),
    ]);
    return {
      genesisTimeMs: Number(params.genesis_time_ms),
      halvingPeriodSeconds: Number(params.halving_period_seconds),
      roundRewardPerMillion: Number(params.round_reward_per_million),
      deltaRewardPerMillion: Number(params.delta_reward_per_million),
      halvings: Number(rewards.halvings),
      supply: BigInt(rewards.supply || '0'),
      roundReward: BigInt(rewards.round_reward || '0'),
      deltaReward: BigInt(rewards.delta_reward || '0'),
    };
  } catch (e) {
    if (e instanceof AppQueryError && e.unknownPath) return undefined;
    throw e;
  }
}
