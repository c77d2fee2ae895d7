import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppStore } from './store.ts';
import { verifyProof } from './hashtrie.ts';
import { CacheKV, compareKeys } from './kv.ts';

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

test('iteration reaches every key under a prefix, in LevelDB byte order, across all three layers, whatever the characters', () => withDir(async (dir) => {
  const s = await AppStore.open(dir);
  // DEL, Latin, private-use and astral characters right after the prefix: the old '\x7f' bound missed the last
  // four, and UTF-16 order puts the emoji before U+E000 where LevelDB puts it after.
  const keys = ['p/a', 'p/~', 'p/\x7f', 'p/é', 'p/\uE000', 'p/\u{1F600}', 'p/\u{1F600}x', 'p/\uFFFF'];
  const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  s.finalize(1, writes({ [keys[0]!]: 'c', [keys[3]!]: 'c', [keys[5]!]: 'c', 'p': 'outside', 'q/a': 'outside', 'p0': 'outside' }));
  await s.commit();
  s.finalize(2, writes({ [keys[1]!]: 's', [keys[4]!]: 's', [keys[3]!]: null }));
  const branch = new CacheKV(s.latest);
  branch.set(keys[2]!, enc.encode('b'));
  branch.set(keys[6]!, enc.encode('b'));
  branch.set(keys[7]!, enc.encode('b'));
  branch.set(keys[3]!, enc.encode('b'));
  branch.delete(keys[0]!);
  const got: string[] = [];
  for await (const [k, v] of branch.iterate('p/')) got.push(`${k}=${dec.decode(v)}`);
  const expected = keys.slice(1).sort(byBytes).map((k) => `${k}=${[1, 4].includes(keys.indexOf(k)) ? 's' : k === keys[5] ? 'c' : 'b'}`);
  assert.deepEqual(got, expected);
  const committed: string[] = [];
  for await (const [k] of s.committed.iterate('p/')) committed.push(k);
  assert.deepEqual(committed, [keys[0], keys[3], keys[5]].sort(byBytes));
  await s.close();
}));

test('compareKeys is UTF-8 byte order', () => {
  const sample = ['', 'a', 'ab', '\x7f', 'é', '\uD7FF', '\uE000', '\uFFFF', '\u{10000}', '\u{1F600}', '\u{10FFFF}', 'a\u{1F600}', 'a\uFFFF'];
  for (const a of sample) for (const b of sample) {
    assert.equal(Math.sign(compareKeys(a, b)), Buffer.compare(Buffer.from(a), Buffer.from(b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
});

/** Commits heights 1–10 (one changing key, one stable) and returns the tree-node count on disk after each. */
async function nodeCountsOver10Heights(dir: string, opts: { keepRecent: number; pruneInterval?: number }): Promise<{ store: AppStore; counts: number[] }> {
  const store = await AppStore.open(dir, opts);
  const counts: number[] = [];
  for (let h = 1; h <= 10; h++) {
    store.finalize(h, writes({ counter: String(h), stable: 'same' }));
    await store.commit();
    let n = 0;
    for await (const _ of store.db.keys({ gte: 'n/', lt: 'n0' })) n++;
    counts.push(n);
  }
  return { store, counts };
}

test('with a prune interval, pruned heights answer "pruned" at once and their nodes go at the next multiple', () => withDir(async (dir) => {
  const { store, counts } = await nodeCountsOver10Heights(join(dir, 'interval'), { keepRecent: 3, pruneInterval: 5 });
  assert.throws(() => store.query('counter', 7, false), /pruned/);
  await store.close();
  assert.ok(counts[4]! < counts[3]!, `height 5 deleted nodes (${counts[3]} → ${counts[4]})`);
  for (const h of [6, 7, 8, 9]) assert.ok(counts[h - 1]! > counts[h - 2]!, `height ${h} deleted nothing (${counts[h - 2]} → ${counts[h - 1]})`);
  assert.ok(counts[9]! < counts[8]!, `height 10 deleted nodes (${counts[8]} → ${counts[9]})`);
  const everyCommit = await nodeCountsOver10Heights(join(dir, 'every'), { keepRecent: 3 });
  await everyCommit.store.close();
  assert.equal(counts[9], everyCommit.counts[9], 'at a multiple, the same nodes remain as when pruning at every commit');
}));
