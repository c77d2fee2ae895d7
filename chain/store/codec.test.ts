import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, encodeText, padNumber } from './codec.ts';

test('encodeText gives TextEncoder\'s bytes for ASCII, non-ASCII, long and malformed strings', () => {
  const enc = new TextEncoder();
  const samples = ['', '0', '999999994948000', 'bank/bal/nrn1qqqq/unrn', 'x'.repeat(129), 'é', 'a\u{1F600}b', '\uD800 lone surrogate', '\x7f\x00', 'ts/group/' + 'é'.repeat(200)];
  for (const s of samples) assert.deepEqual(encodeText(s), enc.encode(s), JSON.stringify(s));
  for (const s of samples.slice(0, 7)) assert.equal(decodeText(encodeText(s)), s);
});

test('padNumber sorts numbers as strings', () => {
  const ns = [0, 9, 10, 99, 100, 2 ** 53 - 1];
  assert.deepEqual(ns.map((n) => padNumber(n)).sort(), ns.map((n) => padNumber(n)));
  assert.equal(padNumber(18446744073709551615n), '18446744073709551615', 'any uint64 fits 20 digits');
  assert.equal(padNumber(7, 10), '0000000007');
});
