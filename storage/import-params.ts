import { importer } from 'ipfs-unixfs-importer';
import { fixedSize } from 'ipfs-unixfs-importer/chunker';
import { balanced } from 'ipfs-unixfs-importer/layout';
import type { ImporterOptions, WritableStorage } from 'ipfs-unixfs-importer';
import type { CID } from 'multiformats/cid';
import type { DirectoryEntryInput, OnProgress } from './types.ts';

/**
 * UnixFS import parameters fixed for the whole project so that Helia and Kubo give the same CID for the same bytes.
 * Kubo equivalent: `ipfs add --cid-version=1 --raw-leaves --chunker=size-262144` (balanced DAG, at most 174 links
 * per node, directories HAMT-sharded above 256 KiB of links): CIDv1, sha2-256, dag-pb nodes, raw leaves, 256 KiB
 * fixed-size chunks; content of one chunk is a single raw block whose CID is `bafkrei…`.
 */
export const IMPORT_PARAMS = Object.freeze({
  cidVersion: 1,
  rawLeaves: true,
  chunkSize: 262_144,
  maxChildrenPerNode: 174,
  shardSplitThresholdBytes: 262_144,
  kuboChunker: 'size-262144',
} as const);

/** Options for ipfs-unixfs-importer that realise IMPORT_PARAMS. */
export function importerOptions(): ImporterOptions {
  return {
    cidVersion: IMPORT_PARAMS.cidVersion,
    rawLeaves: IMPORT_PARAMS.rawLeaves,
    reduceSingleLeafToSelf: true,
    chunker: fixedSize({ chunkSize: IMPORT_PARAMS.chunkSize }),
    layout: balanced({ maxChildrenPerNode: IMPORT_PARAMS.maxChildrenPerNode }),
    shardSplitThresholdBytes: IMPORT_PARAMS.shardSplitThresholdBytes,
    shardSplitStrategy: 'links-bytes',
    fieldOrder: 'links-first',
  };
}

/** Options for kubo-rpc-client `add`/`addAll` that realise IMPORT_PARAMS. */
export function kuboAddOptions() {
  return {
    cidVersion: IMPORT_PARAMS.cidVersion,
    rawLeaves: IMPORT_PARAMS.rawLeaves,
    chunker: IMPORT_PARAMS.kuboChunker,
    trickle: false,
    pin: true,
  } as const;
}

/** A blockstore that keeps nothing: used to compute a CID without storing blocks. */
export const hashOnly: WritableStorage = { put: async (cid: CID) => cid };

const PROGRESS_SLICE = 1 << 20;

/** Re-yields chunks while counting them, so every transfer can report progress the same way. */
export async function* countBytes(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  total: number | undefined,
  onProgress: OnProgress | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  let bytes = 0;
  for await (const chunk of source) {
    bytes += chunk.length;
    onProgress?.({ bytes, total });
    yield chunk;
  }
}

/** Slices an in-memory buffer so that progress on large adds moves in 1 MiB steps. */
export function* slices(bytes: Uint8Array): Generator<Uint8Array, void, undefined> {
  for (let at = 0; at < bytes.length; at += PROGRESS_SLICE) yield bytes.subarray(at, at + PROGRESS_SLICE);
}

export async function importFile(
  content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  blockstore: WritableStorage,
): Promise<CID> {
  let root: CID | undefined;
  for await (const entry of importer([{ content }], blockstore, importerOptions())) root = entry.cid;
  if (root === undefined) throw new Error('importer yielded no root');
  return root;
}

/** Paths are relative, '/'-separated, without '.', '..' or empty segments, and unique. */
export function checkDirectoryEntries(entries: DirectoryEntryInput[]): DirectoryEntryInput[] {
  const seen = new Set<string>();
  for (const { path } of entries) {
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw new Error(`invalid directory entry path "${path}": use relative '/'-separated names without '.', '..' or empty parts`);
    }
    if (seen.has(path)) throw new Error(`duplicate directory entry path "${path}"`);
    seen.add(path);
  }
  // Sorted input makes the result independent of the caller's order.
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Import candidates for sorted entries whose reads report progress over the whole directory. */
export function countedEntries(
  sorted: DirectoryEntryInput[],
  onProgress?: OnProgress,
): Array<{ path: string; content: AsyncGenerator<Uint8Array, void, undefined> }> {
  const total = sorted.reduce((sum, e) => sum + e.content.length, 0);
  let done = 0;
  return sorted.map((entry) => ({
    path: entry.path,
    content: (async function* () {
      for (const chunk of slices(entry.content)) {
        done += chunk.length;
        onProgress?.({ bytes: done, total });
        yield chunk;
      }
    })(),
  }));
}

export async function importDirectory(
  entries: DirectoryEntryInput[],
  blockstore: WritableStorage,
  onProgress?: OnProgress,
): Promise<CID> {
  const candidates = countedEntries(checkDirectoryEntries(entries), onProgress);
  let root: CID | undefined;
  const options = { ...importerOptions(), wrapWithDirectory: true, fileImportConcurrency: 1 };
  for await (const entry of importer(candidates, blockstore, options)) root = entry.cid;
  if (root === undefined) throw new Error('importer yielded no root');
  return root;
}
