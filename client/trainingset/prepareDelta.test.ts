// prepareDelta and getVerifiedVersions against an in-memory content store and a fake query client: what each
// returns, and that every refusal comes before anything is added to the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nrn } from '../../proto/gen/nrn.js';
import { ContentUnavailableError } from '../../storage/errors.ts';
import type { ContentStore } from '../../storage/types.ts';
import { DeltaConflictError, diffDatasets, InvalidDeltaError } from '../../dataset/diff.ts';
import { versionChain } from '../../dataset/version.ts';
import { contentCid, VersionChainError } from './sync.ts';
import { EmptyDeltaError, NonCanonicalResultError, prepareDelta, StaleDatasetError } from './prepareDelta.ts';
import { getVerifiedVersions } from './getVerifiedVersions.ts';
import type { Group, VersionRecord } from './queries.ts';

const enc = new TextEncoder();
const CURRENT = 'a,b\n1,2\n';
const EDITED = 'a,b\n1,2\n3,4\n';

/** Content by CID in memory; `added` lists what was added, in order. */
function memoryStore(texts: string[] = []) {
  const byCid = new Map<string, Uint8Array>();
  const added: string[] = [];
  const ready = Promise.all(texts.map(async (t) => byCid.set(await contentCid(enc.encode(t)), enc.encode(t))));
  const store = {
    kind: 'helia',
    async getBytes(cid: string) {
      await ready;
      if (!byCid.has(cid)) throw new ContentUnavailableError(cid, 10);
      return byCid.get(cid)!;
    },
    async addBytes(bytes: Uint8Array) {
      const cid = await contentCid(bytes);
      byCid.set(cid, bytes);
      added.push(new TextDecoder().decode(bytes));
      return cid;
    },
  } as unknown as ContentStore;
  return { store, added };
}

async function groupOn(text: string) {
  const cid = await contentCid(enc.encode(text));
  return { id: 1, version: versionChain(cid, [])[0]!, version_number: 0, dataset_cid: cid };
}

test('prepareDelta fetches the current set, applies the delta and adds delta and result: proposeDelta\'s parameters', async () => {
  const group = await groupOn(CURRENT);
  const { store, added } = memoryStore([CURRENT]);
  const delta = diffDatasets(CURRENT, EDITED);
  const prepared = await prepareDelta(store, { group, delta });
  assert.deepEqual(prepared, {
    groupId: 1, parentVersion: group.version, deltaCid: await contentCid(enc.encode(delta)), resultCid: await contentCid(enc.encode(EDITED)),
  });
  assert.deepEqual(added, [delta, EDITED]);
  // The caller's own copy of the current set serves when it is the group's.
  const local = memoryStore();
  assert.deepEqual(await prepareDelta(local.store, { group, delta, current: CURRENT }), prepared);
});

test('prepareDelta refuses, before adding anything, a delta that is not a diff, changes nothing, does not apply or gives a non-canonical set', async () => {
  const group = await groupOn(CURRENT);
  const { store, added } = memoryStore([CURRENT]);
  await assert.rejects(prepareDelta(store, { group, delta: 'not a diff\n' }), InvalidDeltaError);
  await assert.rejects(prepareDelta(store, { group, delta: '' }), EmptyDeltaError);
  await assert.rejects(prepareDelta(store, { group, delta: diffDatasets('x,y\n5,6\n', 'x,y\n7,8\n') }), DeltaConflictError);
  await assert.rejects(prepareDelta(store, { group, delta: diffDatasets(CURRENT, 'a,b\n1,2 \n') }), NonCanonicalResultError);
  const other = 'a,b\n9,9\n';
  await assert.rejects(prepareDelta(store, { group, delta: diffDatasets(other, EDITED), current: other }), (e) => {
    assert.ok(e instanceof StaleDatasetError);
    assert.equal(e.expected, group.dataset_cid);
    assert.match(e.message, /is not group 1's current one .* \(version 0\)/);
    return true;
  });
  await assert.rejects(prepareDelta(memoryStore().store, { group, delta: diffDatasets(CURRENT, EDITED) }), ContentUnavailableError);
  assert.deepEqual(added, []);
});

/** A parent group with one delta applied, and a fork made on its current version. */
async function forkedGroups() {
  const [c0, d1, c1] = await Promise.all(['a\n', 'delta-1', 'a\nb\n'].map((t) => contentCid(enc.encode(t))));
  const chain = versionChain(c0!, [d1!]);
  const record = (group_id: number, number: number, version: string, dataset_cid: string, parent_version = '', delta_cid = '') =>
    nrn.trainingset.v1.VersionRecord.create({ group_id, number, version, dataset_cid, parent_version, delta_cid }) as VersionRecord;
  const versions = new Map<number, VersionRecord[]>([
    [1, [record(1, 0, chain[0]!, c0!), record(1, 1, chain[1]!, c1!, chain[0]!, d1!)]],
    [2, [record(2, 0, chain[1]!, c1!)]],
  ]);
  const groups = new Map([[1, { forked_from: 0 }], [2, { forked_from: 1 }]]);
  const asked: string[] = [];
  const q = {
    async group(id: number) { asked.push(`group ${id}`); return groups.get(id) as Group; },
    async versions(id: number) { asked.push(`versions ${id}`); return versions.get(id)!; },
  };
  return { q, versions, asked };
}

test('getVerifiedVersions checks a fork\'s first version against its parent\'s checked chain', async () => {
  const { q, versions, asked } = await forkedGroups();
  assert.deepEqual(await getVerifiedVersions(q, { groupId: 2 }), versions.get(2));
  assert.deepEqual(asked, ['group 2', 'versions 2', 'group 1', 'versions 1']);
  assert.deepEqual(await getVerifiedVersions(q, { groupId: 1 }), versions.get(1));
  // A fork whose base is no version of its parent is refused, as is a parent whose own chain is broken.
  versions.get(2)![0]!.dataset_cid = versions.get(1)![0]!.dataset_cid;
  await assert.rejects(getVerifiedVersions(q, { groupId: 2 }), (e) => e instanceof VersionChainError && /version 0 .* is not sha256 of the initial dataset CID/.test(e.message));
  versions.get(2)![0]!.dataset_cid = versions.get(1)![1]!.dataset_cid;
  versions.get(1)![1]!.version = 'f'.repeat(64);
  await assert.rejects(getVerifiedVersions(q, { groupId: 2 }), (e) => e instanceof VersionChainError && /version 1 is f{64}/.test(e.message));
});
