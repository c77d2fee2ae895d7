import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HALVING_PERIOD_SECONDS, halvingFactor, halvings, roundReward, deltaReward } from './emission.ts';

const G = 1_700_000_000_000;
const FOUR_YEARS_MS = 126_230_400_000;

test('the halving period is 4 × 365.25 days of block time', () => {
  assert.equal(HALVING_PERIOD_SECONDS, 4n * 36525n * 86400n / 100n);
  assert.equal(Number(HALVING_PERIOD_SECONDS) * 1000, FOUR_YEARS_MS);
});

test('halvingFactor doubles exactly at each 4-year boundary, not one ms before', () => {
  assert.equal(halvingFactor(G, G), 1n);
  assert.equal(halvingFactor(G - 5000, G), 1n, 'a time before genesis counts as no halving');
  assert.equal(halvingFactor(G + FOUR_YEARS_MS - 1, G), 1n);
  assert.equal(halvingFactor(G + FOUR_YEARS_MS, G), 2n);
  assert.equal(halvingFactor(G + 2 * FOUR_YEARS_MS - 1, G), 2n);
  assert.equal(halvingFactor(G + 2 * FOUR_YEARS_MS, G), 4n);
  assert.equal(halvings(G + 10 * FOUR_YEARS_MS, G), 10n);
});

test('rewards are supply × 10 (round) and × 1 (delta) per million, halved, rounded down, to the unit', () => {
  const supply = 1_000_000_000_000n;
  assert.equal(roundReward(supply, G, G), 10_000_000n);
  assert.equal(deltaReward(supply, G, G), 1_000_000n);
  // 123,456,789 × 1 / 1e6 = 123.456789 → 123; × 10 → 1234.56789 → 1234.
  const odd = 123_456_789n;
  assert.equal(deltaReward(odd, G + FOUR_YEARS_MS - 1, G), 123n);
  assert.equal(roundReward(odd, G + FOUR_YEARS_MS - 1, G), 1234n);
  // At exactly 4 years: one division, floor(123456789 / 2e6) = 61 and floor(1234567890 / 2e6) = 617.
  assert.equal(deltaReward(odd, G + FOUR_YEARS_MS, G), 61n);
  assert.equal(roundReward(odd, G + FOUR_YEARS_MS, G), 617n);
  assert.equal(deltaReward(odd, G + 3 * FOUR_YEARS_MS, G), 15n);
  // Small supplies round to nothing rather than to a fraction.
  assert.equal(deltaReward(999_999n, G, G), 0n);
  assert.equal(deltaReward(1_000_000n, G, G), 1n);
  assert.equal(roundReward(199_999n, G + FOUR_YEARS_MS, G), 0n);
  assert.equal(roundReward(200_000n, G + FOUR_YEARS_MS, G), 1n);
});
