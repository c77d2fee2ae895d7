// Amounts in messages: unsigned decimal integer strings (the Cosmos SDK's Int as Coin carries it; fixed-point losses too),
// read as bigint. One reader for every module; each keeps its own error code and log for each way an amount is wrong.
import type { AppError } from './errors.ts';

/** The Cosmos SDK's Int bound: amounts fit 256 bits. */
export const MAX_UINT256 = (1n << 256n) - 1n;

export type AmountProblem = 'malformed' | 'zero' | 'too large';

export interface AmountRules {
  /** The largest amount accepted. */
  max: bigint;
  /** Zero is an amount here (a fee, a balance); otherwise it is refused. */
  allowZero?: boolean;
  /** More digits than this are malformed, before any conversion. */
  maxDigits?: number;
  /** The module's error for each problem, its log naming the field. */
  refuse(problem: AmountProblem): AppError;
}

export function parseUint(value: string, rules: AmountRules): bigint {
  if (!/^\d+$/.test(value) || (rules.maxDigits !== undefined && value.length > rules.maxDigits)) throw rules.refuse('malformed');
  const v = BigInt(value);
  if (v === 0n && !rules.allowZero) throw rules.refuse('zero');
  if (v > rules.max) throw rules.refuse('too large');
  return v;
}
