import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HashTrie, verifyProof, rootHashOf, EMPTY_ROOT_HASH } from './hashtrie.ts';
import type { NodeRef, TrieUpdate } from './hashtrie.ts';

const enc = new TextEncoder();
const memDb = () => {
  const m = new Map<string, Uint8Array>();
  return { m, db: { get: (k: string) => m.get(k), put: (k: string, v: Uint8Array) => { m.set(k, v); } } };
};

/** A seeded xorshift so the random cases are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 2 ** 32; };
}

function applyAll(trie: HashTrie, batches: TrieUpdate[][]): NodeRef | null {
  let root: NodeRef | null = null;
  batches.forEach((b, i) => { root = trie.update(root, i + 1, b, () => {}); });
  return root;
}

test('the root depends on the state only, not on the order or batching of writes', () => {
  const r = rng(7);
  const entries = Array.from({ length: 500 }, (_, i) => ({ key: enc.encode(`k${i}`), value: enc.encode(`v${Math.floor(r() * 1e9)}`) }));
  const a = applyAll(new HashTrie(memDb().db), [entries]);
  const shuffled = [...entries].sort(() => r() - 0.5);
  const batches = [shuffled.slice(0, 100), shuffled.slice(100, 333), shuffled.slice(333)];
  const b = applyAll(new HashTrie(memDb().db), batches);
  assert.deepEqual(rootHashOf(a), rootHashOf(b));
  // Writing extra keys and deleting them again returns to the same root (canonical shape).
  const extra = Array.from({ length: 50 }, (_, i) => ({ key: enc.encode(`extra${i}`), value: enc.encode('x') }));
  const c = applyAll(new HashTrie(memDb().db), [entries, extra, extra.map((e) => ({ key: e.key, value: null }))]);
  assert.deepEqual(rootHashOf(c), rootHashOf(a));
});

test('deleting everything gives the empty root; a changed value changes the root', () => {
  const t = new HashTrie(memDb().db);
  const r1 = t.update(null, 1, [{ key: enc.encode('a'), value: enc.encode('1') }, { key: enc.encode('b'), value: enc.encode('2') }], () => {});
  const r2 = t.update(r1, 2, [{ key: enc.encode('a'), value: enc.encode('9') }], () => {});
  assert.notDeepEqual(rootHashOf(r1), rootHashOf(r2));
  const r3 = t.update(r2, 3, [{ key: enc.encode('a'), value: null }, { key: enc.encode('b'), value: null }], () => {});
  assert.equal(r3, null);
  assert.deepEqual(rootHashOf(r3), EMPTY_ROOT_HASH);
});

test('proofs bind present and absent keys to the root, and reject tampering', () => {
  const t = new HashTrie(memDb().db);
  const entries = Array.from({ length: 300 }, (_, i) => ({ key: enc.encode(`acct/${i}`), value: enc.encode(String(i * 7)) }));
  const root = t.update(null, 1, entries, () => {});
  const hash = rootHashOf(root);
  for (const i of [0, 17, 299]) {
    const key = enc.encode(`acct/${i}`);
    const { value, proof } = t.prove(root, key);
    assert.deepEqual(value, enc.encode(String(i * 7)));
    assert.ok(verifyProof(hash, key, value, proof));
    assert.ok(!verifyProof(hash, key, enc.encode('forged'), proof), 'a different value must not verify');
    assert.ok(!verifyProof(hash, key, null, proof), 'presence must not pass as absence');
    const bent = proof.map((p) => p.slice());
    bent[bent.length - 1]![5]! ^= 1;
    assert.ok(!verifyProof(hash, key, value, bent), 'a tampered step must not verify');
  }
  const missing = enc.encode('acct/none');
  const abs = t.prove(root, missing);
  assert.equal(abs.value, null);
  assert.ok(verifyProof(hash, missing, null, abs.proof));
  assert.ok(!verifyProof(hash, missing, enc.encode('x'), abs.proof));
});

test('old versions stay readable, and stale records name exactly the replaced nodes', () => {
  const { m, db } = memDb();
  const t = new HashTrie(db);
  const stale: string[] = [];
  const r1 = t.update(null, 1, Array.from({ length: 100 }, (_, i) => ({ key: enc.encode(`k${i}`), value: enc.encode('one') })), () => {});
  const r2 = t.update(r1, 2, [{ key: enc.encode('k5'), value: enc.encode('two') }], (p, v) => stale.push(`${p}@${v}`));
  assert.deepEqual(t.get(r1, enc.encode('k5')), enc.encode('one'));
  assert.deepEqual(t.get(r2, enc.encode('k5')), enc.encode('two'));
  assert.ok(stale.length >= 2 && stale.every((s) => s.endsWith('@1')), `stale: ${stale}`);
  // Dropping the stale nodes must leave version 2 fully readable.
  for (const s of stale) {
    const [path, v] = s.split('@');
    m.delete(`n/${path}/${Number(v).toString(16).padStart(12, '0')}`);
  }
  const t2 = new HashTrie(db);
  for (let i = 0; i < 100; i++) assert.ok(t2.get(r2, enc.encode(`k${i}`)));
});
