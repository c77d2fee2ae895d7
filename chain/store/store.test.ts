import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppStore } from './store.ts';
import { verifyProof } from './hashtrie.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
const writes = (o: Record<string, string | null>) => new Map(Object.entries(o).map(([k, v]) => [k, v === null ? null : enc.encode(v)]));

async function withDir(f: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-store-'));
  try { await f(dir); } finally { await rm(dir, { recursive: true, force: true }); }
}

test('nothing staged reaches disk before commit; reopen reports the last commit', () => withDir(async (dir) => {
  let s = await AppStore.open(dir);
  const h1 = s.finalize(1, writes({ a: '1', b: '2' }));
  await s.commit();
  const h2 = s.finalize(2, writes({ a: '3' }));
  assert.notDeepEqual(h1, h2);
  await s.close(); // "crash" between FinalizeBlock and Commit
  s = await AppStore.open(dir);
  assert.equal(s.height, 1);
  assert.deepEqual(s.appHash, h1);
  assert.equal(dec.decode(s.committed.get('a')!), '1');
  assert.deepEqual(s.finalize(2, writes({ a: '3' })), h2, 'replaying the block gives the same app hash');
  await s.commit();
  await s.close();
  s = await AppStore.open(dir);
  assert.equal(s.height, 2);
  assert.deepEqual(s.appHash, h2);
  await s.close();
}));

test('queries at past heights with proofs against that height\'s app hash', () => withDir(async (dir) => {
  const s = await AppStore.open(dir);
  const hashes: Uint8Array[] = [];
  for (let h = 1; h <= 5; h++) { hashes.push(s.finalize(h, writes({ counter: String(h), [`only${h}`]: 'x' }))); await s.commit(); }
  for (let h = 1; h <= 5; h++) {
    const r = s.query('counter', h, true);
    assert.equal(dec.decode(r.value!), String(h));
    assert.ok(verifyProof(hashes[h - 1]!, enc.encode('counter'), r.value, r.proof!));
  }
  const absent = s.query('only5', 3, true);
  assert.equal(absent.value, null);
  assert.ok(verifyProof(hashes[2]!, enc.encode('only5'), null, absent.proof!));
  assert.throws(() => s.query('counter', 9, false), /not committed yet/);
  await s.close();
}));

test('pruning keeps the last N heights queryable and removes replaced nodes', () => withDir(async (dir) => {
  const s = await AppStore.open(dir, { keepRecent: 3 });
  for (let h = 1; h <= 10; h++) { s.finalize(h, writes({ counter: String(h), stable: 'same' })); await s.commit(); }
  assert.equal(s.earliestHeight(), 8);
  assert.equal(dec.decode(s.query('counter', 8, true).value!), '8');
  assert.equal(dec.decode(s.query('stable', 8, false).value!), 'same');
  assert.throws(() => s.query('counter', 7, false), /pruned/);
  let nodes = 0;
  for await (const _ of s.db.keys({ gte: 'n/', lt: 'n0' })) nodes++;
  assert.ok(nodes <= 3 * 3 + 2, `only the last heights' nodes remain (found ${nodes})`);
  await s.close();
}));

test('iteration merges staged writes over committed state in key order', () => withDir(async (dir) => {
  const s = await AppStore.open(dir);
  s.finalize(1, writes({ 'p/a': '1', 'p/c': '3', 'q/z': '9' }));
  await s.commit();
  s.finalize(2, writes({ 'p/b': '2', 'p/c': null }));
  const got: string[] = [];
  for await (const [k, v] of s.latest.iterate('p/')) got.push(`${k}=${dec.decode(v)}`);
  assert.deepEqual(got, ['p/a=1', 'p/b=2']);
  const committed: string[] = [];
  for await (const [k] of s.committed.iterate('p/')) committed.push(k);
  assert.deepEqual(committed, ['p/a', 'p/c']);
  await s.close();
}));
