import { test } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { nrn } from '../../proto/gen/nrn.js';
import { ContentUnavailableError } from '../../storage/ipfs.ts';
import type { ContentStore } from '../../storage/ipfs.ts';
import { diffDatasets } from '../../dataset/diff.ts';
import { versionChain } from '../../dataset/version.ts';
import { contentCid, materializeTrainingSet, materializeTrainingSetToFile, verifyVersionChain, VersionChainError } from './sync.ts';
import type { VersionRecord } from './queries.ts';

const enc = new TextEncoder();

/** An in-memory store holding the given texts; `missing` CIDs time out as an unreachable peer would. */
async function memoryStore(texts: string[], missing = new Set<string>()): Promise<{ store: ContentStore; cids: string[]; fetched: string[] }> {
  const byCid = new Map<string, Uint8Array>();
  const cids = [];
  for (const t of texts) {
    const cid = await contentCid(enc.encode(t));
    byCid.set(cid, enc.encode(t));
    cids.push(cid);
  }
  const fetched: string[] = [];
  const store = {
    kind: 'helia',
    async getBytes(cid: string) {
      fetched.push(cid);
      if (missing.has(cid) || !byCid.has(cid)) throw new ContentUnavailableError(cid, 10);
      return byCid.get(cid)!;
    },
    async *cat(this: ContentStore, cid: string, o?: object) {
      const bytes = await this.getBytes(cid, o);
      // Odd-sized pieces, so that lines and characters straddle chunk boundaries as they do over the network.
      for (let at = 0; at < bytes.length; at += 3) yield bytes.subarray(at, at + 3);
    },
  } as unknown as ContentStore;
  return { store, cids, fetched };
}

async function history() {
  const v0 = 'a,b\n1,2\n';
  const v1 = 'a,b\n1,2\n3,4\n';
  const v2 = 'a,b\n3,4\n';
  const d1 = diffDatasets(v0, v1);
  const d2 = diffDatasets(v1, v2);
  const mem = await memoryStore([v0, v1, v2, d1, d2]);
  const [c0, c1, c2, cd1, cd2] = mem.cids as [string, string, string, string, string];
  const chain = versionChain(c0, [cd1, cd2]);
  const versions = [
    { number: 0, version: chain[0], parent_version: '', delta_cid: '', dataset_cid: c0 },
    { number: 1, version: chain[1], parent_version: chain[0], delta_cid: cd1, dataset_cid: c1 },
    { number: 2, version: chain[2], parent_version: chain[1], delta_cid: cd2, dataset_cid: c2 },
  ].map((v) => nrn.trainingset.v1.VersionRecord.create({ group_id: 1, ...v })) as VersionRecord[];
  return { versions, v2, ...mem, c2 };
}

test('the latest result CID is used when reachable; otherwise every delta is replayed and checked', async () => {
  const h = await history();
  verifyVersionChain(h.versions);
  const latest = await materializeTrainingSet(h.store, h.versions);
  assert.deepEqual([latest.text, latest.source], [h.v2, 'latest']);
  const replayOnly = { ...h.store, getBytes: async (cid: string, o?: object) => {
    if (cid === h.c2) throw new ContentUnavailableError(cid, 10);
    return h.store.getBytes(cid, o);
  } } as ContentStore;
  replayOnly.cat = h.store.cat.bind(replayOnly);
  const steps: number[] = [];
  const replayed = await materializeTrainingSet(replayOnly, h.versions, { onStep: (done) => steps.push(done) });
  assert.deepEqual([replayed.text, replayed.source], [h.v2, 'replay']);
  assert.deepEqual(steps, [1, 2, 3]);
});

test('a broken version chain or a result that does not match its CID is refused, naming the version', async () => {
  const h = await history();
  const tampered = h.versions.map((v) => nrn.trainingset.v1.VersionRecord.create(v)) as VersionRecord[];
  tampered[2]!.version = 'f'.repeat(64);
  assert.throws(() => verifyVersionChain(tampered), (e) => e instanceof VersionChainError && /version 2 is f{64}, but sha256\(version 1 ‖ /.test(e.message));
  const wrongBase = h.versions.map((v) => nrn.trainingset.v1.VersionRecord.create(v)) as VersionRecord[];
  wrongBase[0]!.dataset_cid = h.cids[1]!;
  assert.throws(() => verifyVersionChain(wrongBase), /version 0 .* is not sha256 of the initial dataset CID/);
  const lying = h.versions.map((v) => nrn.trainingset.v1.VersionRecord.create(v)) as VersionRecord[];
  lying[1]!.dataset_cid = h.cids[2]!;
  await assert.rejects(materializeTrainingSet(h.store, lying, { replay: true }), /version 1: applying delta .* gives .*, but the chain records result/);
});

test('materialising to a file streams through a temporary file and leaves only the result, or nothing on failure', async () => {
  const h = await history();
  const dir = mkdtempSync(join(tmpdir(), 'nrn-sync-'));
  try {
    const out = join(dir, 'train.csv');
    const replayed = await materializeTrainingSetToFile(h.store, h.versions, out, { replay: true });
    assert.deepEqual([readFileSync(out, 'utf8'), replayed.source, replayed.bytes, replayed.cid], [h.v2, 'replay', Buffer.byteLength(h.v2), h.c2]);
    const latest = await materializeTrainingSetToFile(h.store, h.versions, out);
    assert.deepEqual([readFileSync(out, 'utf8'), latest.source], [h.v2, 'latest']);
    assert.deepEqual(readdirSync(dir), ['train.csv']);
    const lying = h.versions.map((v) => nrn.trainingset.v1.VersionRecord.create(v)) as VersionRecord[];
    lying[2]!.dataset_cid = h.cids[0]!;
    const failed = join(dir, 'failed.csv');
    await assert.rejects(materializeTrainingSetToFile(h.store, lying, failed, { replay: true }), /version 2: applying delta .* gives .*, but the chain records result/);
    assert.deepEqual(readdirSync(dir), ['train.csv']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
