import { exporter } from 'ipfs-unixfs-exporter';
import type { ReadableStorage, UnixFSEntry } from 'ipfs-unixfs-exporter';
import { equals } from 'multiformats/bytes';
import { CID } from 'multiformats/cid';
import { identity } from 'multiformats/hashes/identity';
import { sha256 } from 'multiformats/hashes/sha2';
import {
  ContentUnavailableError,
  ContentVerificationError,
  InvalidCidError,
  UnexpectedContentTypeError,
} from './errors.ts';
import type { DirectoryListing, GetOptions } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Where raw blocks come from (Helia's blockstore, Kubo's block API); nothing here is trusted. */
export interface BlockSource {
  get(cid: CID, options: { signal: AbortSignal }): Promise<Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
}

export function parseCid(cid: string): CID {
  try {
    return CID.parse(cid.trim());
  } catch (err) {
    throw new InvalidCidError(cid, { cause: err });
  }
}

async function collect(data: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  const parts: Uint8Array[] = [];
  for await (const part of data) parts.push(part);
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

export async function verifyBlock(cid: CID, bytes: Uint8Array): Promise<void> {
  const code = cid.multihash.code;
  const hasher = code === sha256.code ? sha256 : code === identity.code ? identity : undefined;
  if (hasher === undefined) {
    throw new ContentVerificationError(cid.toString(), `unsupported multihash 0x${code.toString(16)} (only sha2-256 and identity)`);
  }
  const digest = await hasher.digest(bytes);
  if (!equals(digest.bytes, cid.multihash.bytes)) {
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    throw new ContentVerificationError(cid.toString(), `its ${bytes.length} bytes hash to ${hex(digest.bytes)}, not ${hex(cid.multihash.bytes)}`);
  }
}

/** Aborts when no block has arrived for `ms`; paused while the consumer holds a chunk. */
class StallTimer {
  readonly controller = new AbortController();
  private readonly ms: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(ms: number) {
    this.ms = ms;
    this.resume();
  }

  touch(): void {
    this.timer?.refresh();
  }

  pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  resume(): void {
    this.pause();
    this.timer = setTimeout(() => this.controller.abort(new Error(`no block for ${this.ms} ms`)), this.ms);
  }
}

/** Every block handed to the UnixFS exporter is hashed and compared with its CID first. */
function verifiedStore(source: BlockSource, stall: StallTimer): ReadableStorage {
  return {
    async *get(cid: CID) {
      const bytes = await collect(await source.get(cid, { signal: stall.controller.signal }));
      stall.touch();
      await verifyBlock(cid, bytes);
      yield bytes;
    },
  };
}

async function withStall<T>(cid: string, timeoutMs: number, run: (stall: StallTimer) => Promise<T>): Promise<T> {
  const stall = new StallTimer(timeoutMs);
  try {
    return await run(stall);
  } catch (err) {
    if (stall.controller.signal.aborted) throw new ContentUnavailableError(cid, timeoutMs, { cause: err });
    throw err;
  } finally {
    stall.pause();
  }
}

function kindOf(entry: UnixFSEntry): 'file' | 'directory' | 'object' {
  if (entry.type === 'directory') return 'directory';
  if (entry.type === 'object') return 'object';
  return 'file';
}

/** Streams a UnixFS file (or raw block) from `source`, verifying each block; stalls past `timeoutMs` fail clearly. */
export async function* catVerified(
  source: BlockSource,
  cid: string,
  options: GetOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const root = parseCid(cid);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const stall = new StallTimer(timeoutMs);
  const unavailable = (err: unknown) =>
    stall.controller.signal.aborted ? new ContentUnavailableError(cid, timeoutMs, { cause: err }) : err;
  try {
    const entry = await exporter(root, verifiedStore(source, stall), { signal: stall.controller.signal }).catch((err) => {
      throw unavailable(err);
    });
    if (entry.type === 'directory' || entry.type === 'object') throw new UnexpectedContentTypeError(cid, 'file', kindOf(entry));
    const total = Number(entry.size);
    let bytes = 0;
    options.onProgress?.({ bytes, total });
    const chunks = entry.content({ signal: stall.controller.signal });
    while (true) {
      const next = await chunks.next().catch((err) => {
        throw unavailable(err);
      });
      if (next.done === true) break;
      bytes += next.value.length;
      options.onProgress?.({ bytes, total });
      stall.pause();
      yield next.value;
      stall.resume();
    }
  } finally {
    stall.pause();
  }
}

export async function getBytesVerified(source: BlockSource, cid: string, options: GetOptions = {}): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of catVerified(source, cid, options)) parts.push(part);
  return new Uint8Array(Buffer.concat(parts));
}

/** Lists a UnixFS directory, each child's root block fetched (and verified) to tell files from directories. */
export async function lsVerified(
  source: BlockSource,
  cid: string,
  options: Pick<GetOptions, 'timeoutMs'> = {},
): Promise<DirectoryListing[]> {
  const root = parseCid(cid);
  return withStall(cid, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (stall) => {
    const store = verifiedStore(source, stall);
    const signal = stall.controller.signal;
    const dir = await exporter(root, store, { signal });
    if (dir.type !== 'directory') throw new UnexpectedContentTypeError(cid, 'directory', kindOf(dir));
    const listing: DirectoryListing[] = [];
    for await (const child of dir.entries({ signal })) {
      const entry = await exporter(child.cid, store, { signal });
      const type = kindOf(entry);
      if (type === 'object') throw new UnexpectedContentTypeError(child.cid.toString(), 'file or directory', type);
      const size = type === 'directory' ? 0 : Number(entry.size);
      listing.push({ name: child.name, cid: child.cid.toString(), size, type });
    }
    return listing;
  });
}
