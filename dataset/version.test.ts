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

test('fixed vectors: the chain that groups on the network already carry', () => {
  // Computed with node:crypto's sha256 before the chain and the tools shared one @noble/hashes implementation.
  assert.deepEqual(versionChain(INITIAL, [DELTA, INITIAL]), [
    'add61edc333ab0426a9a1900984dc9b3b478a8dce3a0b48215641691b7d3cb7c',
    'f971797ff3bc6a96d299d288206c118b51bec67040a0be6db6681f554c6d4b98',
    'f4542abd8f2acb81bf876b500d373d5420151a4a06b242cc8890351251ffad19',
  ]);
  assert.equal(genesisVersion(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(genesisVersion('ü'), '607474ca475a9724d7360aba71a56d5df77e61350e3f724cfa1f46e857e2d85f', 'UTF-8, not Latin-1');
  assert.equal(nextVersion('0'.repeat(64), 'ü'), '084068a1cc0382359985d8b4915ecf05aae5f6945c01a35ce1190193ef0789d0');
});

test('malformed previous versions and empty CIDs are refused', () => {
  assert.throws(() => nextVersion('abc', DELTA), /64 lower-case hex/);
  assert.throws(() => nextVersion(genesisVersion(INITIAL).toUpperCase(), DELTA), /64 lower-case hex/);
  assert.throws(() => nextVersion(genesisVersion(INITIAL), ''), /delta CID is empty/);
});
