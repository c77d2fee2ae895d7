import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { signDocDigest } from './signdoc.ts';

test('signDocDigest hashes exactly the bytes of SignDoc.encode', () => {
  for (const [bodyLen, authLen, chainId, acc] of [[0, 0, '', 0n], [10, 5, 'nrn-1', 1n], [300, 120, 'nrn-devnet-1', 127n], [200, 140, 'x', 128n], [5000, 70, 'nrn-test-1', 2n ** 40n + 3n]] as const) {
    const bodyBytes = randomBytes(bodyLen), authInfoBytes = randomBytes(authLen);
    const expected = createHash('sha256').update(SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber: acc }).finish()).digest();
    assert.deepEqual(signDocDigest(bodyBytes, authInfoBytes, chainId, acc), expected, `case ${bodyLen}/${authLen}/${chainId}/${acc}`);
  }
});
