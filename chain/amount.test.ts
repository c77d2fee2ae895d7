import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_UINT256, parseUint } from './amount.ts';
import type { AmountProblem } from './amount.ts';
import { AppError } from './errors.ts';

const refuse = (problem: AmountProblem) => new AppError('test', 1, problem);
const problemOf = (value: string, rules: Partial<Parameters<typeof parseUint>[1]> = {}) => {
  try {
    parseUint(value, { max: MAX_UINT256, refuse, ...rules });
    return undefined;
  } catch (e) {
    return (e as AppError).message;
  }
};

test('unsigned decimal strings up to the bound; zero only when allowed; digits limited before conversion', () => {
  assert.equal(parseUint('123', { max: MAX_UINT256, refuse }), 123n);
  assert.equal(parseUint(MAX_UINT256.toString(), { max: MAX_UINT256, refuse }), MAX_UINT256);
  assert.equal(parseUint('0', { max: 10n, allowZero: true, refuse }), 0n);
  assert.equal(parseUint('007', { max: 10n, refuse }), 7n, 'leading zeros are digits, as big.Int reads them');
  for (const bad of ['', '-1', '+1', '1.0', '1e3', ' 1', '0x10', '１']) assert.equal(problemOf(bad), 'malformed', bad);
  assert.equal(problemOf('0'), 'zero');
  assert.equal(problemOf((MAX_UINT256 + 1n).toString()), 'too large');
  assert.equal(problemOf('11', { max: 10n }), 'too large');
  assert.equal(problemOf('1'.repeat(40), { max: (1n << 128n) - 1n, maxDigits: 39 }), 'malformed');
  assert.equal(problemOf('9'.repeat(39), { max: (1n << 128n) - 1n, maxDigits: 39 }), 'too large');
});
