/**
 * Materialising a group's agreed training set: the version chain is checked hash by hash, then the bytes come from
 * the latest result CID when some peer has it, else from replaying every delta on the first version, each
 * intermediate result checked against the CID the chain recorded.
 */
import { applyDelta } from '../../trainer/dataset/diff.ts';
import { genesisVersion, nextVersion } from '../../trainer/dataset/version.ts';
import { ContentUnavailableError } from '../../storage/errors.ts';
import type { ContentStore } from '../../storage/types.ts';
import type { VersionRecord } from './queries.ts';

export class VersionChainError extends Error {
  override name = 'VersionChainError';
}

/** The CID the project's import parameters give `bytes`, without storing anything. */
export async function contentCid(bytes: Uint8Array): Promise<string> {
  // Loaded on use: the UnixFS importer is heavy and most commands never hash content.
  const { hashOnly, importFile, slices } = await import('../../storage/import-params.ts');
  return (await importFile(slices(bytes), hashOnly)).toString();
}

/**
 * Checks that every version is sha256(previous ‖ delta CID) and numbered in order. The first version is
 * sha256(initial CID) for a group, or, for a fork, must be checked by `trustedBase` against the parent's chain.
 */
export function verifyVersionChain(versions: VersionRecord[], trustedBase?: (v: VersionRecord) => boolean): void {
  if (versions.length === 0) throw new VersionChainError('the group has no versions');
  const base = versions[0]!;
  if (trustedBase ? !trustedBase(base) : genesisVersion(base.dataset_cid) !== base.version) {
    throw new VersionChainError(`version 0 (${base.version}) is not sha256 of the initial dataset CID ${base.dataset_cid}`);
  }
  for (let i = 1; i < versions.length; i++) {
    const prev = versions[i - 1]!;
    const v = versions[i]!;
    if (v.number !== prev.number + 1) throw new VersionChainError(`version numbers skip from ${prev.number} to ${v.number}`);
    if (v.parent_version !== prev.version) throw new VersionChainError(`version ${v.number} names parent ${v.parent_version}, but version ${prev.number} is ${prev.version}`);
    const expected = nextVersion(prev.version, v.delta_cid);
    if (expected !== v.version) throw new VersionChainError(`version ${v.number} is ${v.version}, but sha256(version ${prev.number} ‖ ${v.delta_cid}) is ${expected}`);
  }
}

export interface MaterializeOptions {
  /** Longest wait for a block before a fetch gives up. */
  timeoutMs?: number;
  /** Skip the shortcut through the latest result CID and replay every delta. */
  replay?: boolean;
  /** Called as each step completes: `done` of `total` (fetches and delta applications). */
  onStep?(done: number, total: number, what: string): void;
}

export interface Materialized {
  text: string;
  version: string;
  cid: string;
  /** 'latest' when the latest result CID was fetched, 'replay' when the deltas were applied. */
  source: 'latest' | 'replay';
}

/** The training set at the last of `versions` (already checked with `verifyVersionChain`). */
export async function materializeTrainingSet(store: ContentStore, versions: VersionRecord[], o: MaterializeOptions = {}): Promise<Materialized> {
  const latest = versions.at(-1)!;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const total = versions.length;
  if (!o.replay) {
    try {
      const bytes = await store.getBytes(latest.dataset_cid, { timeoutMs: o.timeoutMs });
      o.onStep?.(total, total, `fetched ${latest.dataset_cid}`);
      return { text: decoder.decode(bytes), version: latest.version, cid: latest.dataset_cid, source: 'latest' };
    } catch (e) {
      if (!(e instanceof ContentUnavailableError) || versions.length === 1) throw e;
    }
  }
  let text = decoder.decode(await store.getBytes(versions[0]!.dataset_cid, { timeoutMs: o.timeoutMs }));
  o.onStep?.(1, total, `fetched version 0 ${versions[0]!.dataset_cid}`);
  for (let i = 1; i < versions.length; i++) {
    const v = versions[i]!;
    const delta = decoder.decode(await store.getBytes(v.delta_cid, { timeoutMs: o.timeoutMs }));
    try {
      text = applyDelta(text, delta);
    } catch (e) {
      throw new VersionChainError(`version ${v.number}: delta ${v.delta_cid} does not apply to version ${v.number - 1}: ${(e as Error).message}`);
    }
    const cid = await contentCid(new TextEncoder().encode(text));
    if (cid !== v.dataset_cid) throw new VersionChainError(`version ${v.number}: applying delta ${v.delta_cid} gives ${cid}, but the chain records result ${v.dataset_cid}`);
    o.onStep?.(i + 1, total, `applied version ${v.number}`);
  }
  return { text, version: latest.version, cid: latest.dataset_cid, source: 'replay' };
}
