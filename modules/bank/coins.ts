// Coin amounts are unsigned integers below 2^256 (the SDK's Int bound), held as bigint.
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { MAX_UINT256, parseUint } from '../../chain/amount.ts';
import { errors } from './errors.ts';

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

export interface Amount { denom: string; amount: bigint }

/** A coin amount, zero included (parseCoins refuses zero with the denom in its log). */
export function parseAmount(s: string, field: string): bigint {
  return parseUint(s, {
    max: MAX_UINT256, allowZero: true,
    refuse: (problem) => errors.invalidCoins.wrap(problem === 'malformed' ? `${field}: amount "${s}" is not a non-negative integer` : `${field}: amount ${s} overflows 256 bits`),
  });
}

/** ValidateBasic for a coin list: non-empty, denoms valid, sorted, unique, every amount positive. */
export function parseCoins(coins: Coin[], field: string): Amount[] {
  if (coins.length === 0) throw errors.invalidCoins.wrap(`${field}: no coins given`);
  const out: Amount[] = [];
  for (const c of coins) {
    if (!DENOM_RE.test(c.denom)) throw errors.invalidCoins.wrap(`${field}: invalid denom "${c.denom}"`);
    const amount = parseAmount(c.amount, field);
    if (amount === 0n) throw errors.invalidCoins.wrap(`${field}: 0${c.denom} is not a positive amount`);
    const prev = out[out.length - 1];
    if (prev && prev.denom >= c.denom) throw errors.invalidCoins.wrap(`${field}: denoms must be sorted and unique (${prev.denom} before ${c.denom})`);
    out.push({ denom: c.denom, amount });
  }
  return out;
}

export const formatCoins = (coins: Amount[]) => coins.map((c) => `${c.amount}${c.denom}`).join(',');
