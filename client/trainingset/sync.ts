/**
 * Materialising a group's agreed training set: the version chain is checked hash by hash, then the bytes come from
 * the latest result CID when some peer has it, else from replaying every delta on the first version, each
 * intermediate result checked against the CID the chain recorded. Everything streams through files, so memory is
 * bounded by the largest delta, not by the training set or its history.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DeltaConflictError, InvalidDeltaError, parseDelta } from '../../dataset/diff.ts';
import { applyDeltaStream, InvalidDatasetEncodingError } from '../../dataset/stream.ts';
import { genesisVersion, nextVersion } from '../../dataset/version.ts';
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

/** The CID of a stream of bytes, computed as they pass. */
async function streamCid(content: AsyncIterable<Uint8Array>): Promise<string> {
  const { hashOnly, importFile } = await import('../../storage/import-params.ts');
  return (await importFile(content, hashOnly)).toString();
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

export interface MaterializedFile {
  /** Where the training set was written. */
  path: string;
  bytes: number;
  version: string;
  cid: string;
  /** 'latest' when the latest result CID was fetched, 'replay' when the deltas were applied. */
  source: 'latest' | 'replay';
}

export interface Materialized {
  text: string;
  version: string;
  cid: string;
  source: 'latest' | 'replay';
}

const READ_CHUNK = 1 << 20;

/** Writes every chunk to `path` as it passes on, counting bytes; the file is complete once the source is drained. */
async function* teeToFile(source: AsyncIterable<Uint8Array>, path: string, written: { bytes: number }): AsyncGenerator<Uint8Array, void, undefined> {
  const file = await open(path, 'w');
  try {
    for await (const chunk of source) {
      await file.write(chunk);
      written.bytes += chunk.length;
      yield chunk;
    }
  } finally {
    await file.close();
  }
}

/** Streams content to `path`, refusing bytes that are not UTF-8; returns the byte count. */
async function fetchToFile(store: ContentStore, cid: string, path: string, timeoutMs: number | undefined): Promise<number> {
  const written = { bytes: 0 };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of teeToFile(store.cat(cid, { timeoutMs }), path, written)) decoder.decode(chunk, { stream: true });
  decoder.decode();
  return written.bytes;
}

/** Positional: the store, versions checked by verifyVersionChain (e.g. from getVerifiedVersions), the output path, options. */
export type MaterializeTrainingSetToFileParameters = Parameters<typeof materializeTrainingSetToFile>;
export type MaterializeTrainingSetToFileReturnType = MaterializedFile;
/** VersionChainError when a delta or result does not match what the chain recorded; ContentUnavailableError when no peer serves a CID. */
export type MaterializeTrainingSetToFileErrorType = VersionChainError | ContentUnavailableError | Error;

/**
 * Writes the training set at the last of `versions` (already checked with `verifyVersionChain`) to `outPath`. A
 * replay streams each version from the previous one through a temporary file beside `outPath`, hashing it on
 * the way; nothing is written to `outPath` unless every check passes.
 * @example
 * const q = await trainingsetQueries('http://127.0.0.1:26657');
 * const versions = await getVerifiedVersions(q, { groupId: 1 });
 * const file = await materializeTrainingSetToFile(store, versions, 'iris.csv', { timeoutMs: 30_000 });
 * // { path: 'iris.csv', bytes: 3858, version: '9f86d0…', cid: 'bafk…', source: 'latest' }
 */
export async function materializeTrainingSetToFile(
  store: ContentStore,
  versions: VersionRecord[],
  outPath: string,
  o: MaterializeOptions = {},
): Promise<MaterializeTrainingSetToFileReturnType> {
  const latest = versions.at(-1)!;
  const total = versions.length;
  const work = await mkdtemp(join(dirname(outPath), '.nrn-sync-'));
  try {
    if (!o.replay) {
      try {
        const tmp = join(work, 'latest');
        const bytes = await fetchToFile(store, latest.dataset_cid, tmp, o.timeoutMs);
        await rename(tmp, outPath);
        o.onStep?.(total, total, `fetched ${latest.dataset_cid}`);
        return { path: outPath, bytes, version: latest.version, cid: latest.dataset_cid, source: 'latest' };
      } catch (e) {
        if (!(e instanceof ContentUnavailableError) || versions.length === 1) throw e;
      }
    }
    let current = join(work, 'v0');
    let bytes = await fetchToFile(store, versions[0]!.dataset_cid, current, o.timeoutMs);
    o.onStep?.(1, total, `fetched version 0 ${versions[0]!.dataset_cid}`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 1; i < versions.length; i++) {
      const v = versions[i]!;
      const delta = decoder.decode(await store.getBytes(v.delta_cid, { timeoutMs: o.timeoutMs }));
      const next = join(work, `v${i}`);
      const written = { bytes: 0 };
      let cid: string;
      try {
        const applied = applyDeltaStream(createReadStream(current, { highWaterMark: READ_CHUNK }), parseDelta(delta));
        cid = await streamCid(teeToFile(applied, next, written));
      } catch (e) {
        if (e instanceof DeltaConflictError || e instanceof InvalidDeltaError || e instanceof InvalidDatasetEncodingError) {
          throw new VersionChainError(`version ${v.number}: delta ${v.delta_cid} does not apply to version ${v.number - 1}: ${e.message}`);
        }
        throw e;
      }
      if (cid !== v.dataset_cid) throw new VersionChainError(`version ${v.number}: applying delta ${v.delta_cid} gives ${cid}, but the chain records result ${v.dataset_cid}`);
      await rm(current);
      current = next;
      bytes = written.bytes;
      o.onStep?.(i + 1, total, `applied version ${v.number}`);
    }
    await rename(current, outPath);
    return { path: outPath, bytes, version: latest.version, cid: latest.dataset_cid, source: 'replay' };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Positional: the store, versions checked by verifyVersionChain (e.g. from getVerifiedVersions), options. */
export type MaterializeTrainingSetParameters = Parameters<typeof materializeTrainingSet>;
export type MaterializeTrainingSetReturnType = Materialized;
export type MaterializeTrainingSetErrorType = MaterializeTrainingSetToFileErrorType;

/**
 * The training set at the last of `versions`, in memory, for callers that parse all of it anyway (trainer, verifier).
 * @example
 * const versions = await getVerifiedVersions(await trainingsetQueries('http://127.0.0.1:26657'), { groupId: 1 });
 * const { text, version, source } = await materializeTrainingSet(store, versions, { replay: true });
 * // text: 'sepal_length,…\n5.1,3.5,1.4,0.2,setosa\n…', source: 'replay'
 */
export async function materializeTrainingSet(store: ContentStore, versions: VersionRecord[], o: MaterializeOptions = {}): Promise<MaterializeTrainingSetReturnType> {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-trainingset-'));
  try {
    const file = await materializeTrainingSetToFile(store, versions, join(dir, 'dataset'), o);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file.path));
    return { text, version: file.version, cid: file.cid, source: file.source };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
