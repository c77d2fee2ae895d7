// The emission schedule of the founding design: rewards proportional to supply, halving every 4 years of block time.

/** Four years of 365.25 days, in seconds. */
export const HALVING_PERIOD_SECONDS = 126_230_400n;
const HALVING_PERIOD_MS = HALVING_PERIOD_SECONDS * 1000n;
/** A winning training round mints 10 per million of supply (0.001%). */
export const ROUND_REWARD_PER_MILLION = 10n;
/** An applied delta mints 1 per million of supply (0.0001%). */
export const DELTA_REWARD_PER_MILLION = 1n;

export type RewardKind = 'training_round' | 'delta';

/** Whole halving periods of block time since genesis; block times before genesis count as none. */
export function halvings(blockTimeMs: number | bigint, genesisTimeMs: number | bigint): bigint {
  const elapsed = BigInt(blockTimeMs) - BigInt(genesisTimeMs);
  return elapsed <= 0n ? 0n : elapsed / HALVING_PERIOD_MS;
}

/** 2^halvings: what every reward is divided by. */
export function halvingFactor(blockTimeMs: number | bigint, genesisTimeMs: number | bigint): bigint {
  return 1n << halvings(blockTimeMs, genesisTimeMs);
}

/** floor(supply × perMillion / 1,000,000 / factor), one division so no intermediate rounding. */
function reward(supply: bigint, perMillion: bigint, factor: bigint): bigint {
  if (supply < 0n) throw new RangeError(`supply ${supply} is negative`);
  return (supply * perMillion) / (1_000_000n * factor);
}

export function roundReward(supply: bigint, blockTimeMs: number | bigint, genesisTimeMs: number | bigint): bigint {
  return reward(supply, ROUND_REWARD_PER_MILLION, halvingFactor(blockTimeMs, genesisTimeMs));
}

export function deltaReward(supply: bigint, blockTimeMs: number | bigint, genesisTimeMs: number | bigint): bigint {
  return reward(supply, DELTA_REWARD_PER_MILLION, halvingFactor(blockTimeMs, genesisTimeMs));
}

export function rewardFor(kind: RewardKind, supply: bigint, blockTimeMs: number | bigint, genesisTimeMs: number | bigint): bigint {
  return kind === 'training_round' ? roundReward(supply, blockTimeMs, genesisTimeMs) : deltaReward(supply, blockTimeMs, genesisTimeMs);
}
