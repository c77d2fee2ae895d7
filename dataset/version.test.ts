import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { genesisVersion, nextVersion, versionChain } from './version.ts';

const INITIAL = 'bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq';
const DELTA = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku';

test('genesis is sha256 of the initial dataset CID string', () => {
  // Independent of the implementation: sha256 over the ASCII bytes of the CID string.
  const expected = createHash('sha256').update(Buffer.from(INITIAL, 'ascii')).digest('hex');
  assert.equal(genesisVersion(INITIAL), expected);
  assert.match(genesisVersion(INITIAL), /^[0-9a-f]{64}$/);
});

test('next version hashes the previous version\'s 32 raw bytes followed by the delta CID', () => {
  const prev = genesisVersion(INITIAL);
  const preimage = Buffer.concat([Buffer.from(prev, 'hex'), Buffer.from(DELTA, 'ascii')]);
  assert.equal(preimage.length, 32 + DELTA.length);
  assert.equal(nextVersion(prev, DELTA), createHash('sha256').update(preimage).digest('hex'));
  assert.notEqual(nextVersion(prev, DELTA), createHash('sha256').update(prev + DELTA).digest('hex'));
});

test('the chain depends on every delta and its order', () => {
  const chain = versionChain(INITIAL, [DELTA, INITIAL]);
  assert.equal(chain.length, 3);
  assert.equal(chain[0], genesisVersion(INITIAL));
  assert.equal(chain[2], nextVersion(nextVersion(genesisVersion(INITIAL), DELTA), INITIAL));
  assert.notEqual(versionChain(INITIAL, [INITIAL, DELTA])[2], chain[2]);
  assert.deepEqual(versionChain(INITIAL, []), [genesisVersion(INITIAL)]);
});

test('malformed previous versions and empty CIDs are refused', () => {
  assert.throws(() => nextVersion('abc', DELTA), /64 lower-case hex/);
  assert.throws(() => nextVersion(genesisVersion(INITIAL).toUpperCase(), DELTA), /64 lower-case hex/);
  assert.throws(() => nextVersion(genesisVersion(INITIAL), ''), /delta CID is empty/);
});
