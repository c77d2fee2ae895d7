// State sync (ABCI snapshots): at every snapshot-interval heights the node writes all flat state of that height
// as length-prefixed key/value records, cut into chunks; a joining node checks each chunk against the hash list
// in the snapshot's metadata, rebuilds the tree from the records at that height, and must reach the app hash
// CometBFT's light client trusts, or the snapshot is rejected.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type * as abci from 'cosmjs-types/tendermint/abci/types';
import { ResponseOfferSnapshot_Result, ResponseApplySnapshotChunk_Result } from 'cosmjs-types/tendermint/abci/types';
import type { AppStore } from './store/store.ts';

export const SNAPSHOT_FORMAT = 1;
export const CHUNK_BYTES = 4 * 1024 * 1024;

interface SnapshotMeta { height: number; chunks: string[]; appHash: string }

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Records are [u32 key length][key][u32 value length][value], keys in ascending order. */
export async function serializeState(store: AppStore): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const [k, v] of store.committed.iterate('')) {
    const key = enc.encode(k);
    const head = new Uint8Array(4 + key.length + 4);
    const dv = new DataView(head.buffer);
    dv.setUint32(0, key.length);
    head.set(key, 4);
    dv.setUint32(4 + key.length, v.length);
    parts.push(head, v);
    total += head.length + v.length;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

export function parseState(data: Uint8Array): Map<string, Uint8Array> {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const writes = new Map<string, Uint8Array>();
  let prev = '';
  for (let o = 0; o < data.length;) {
    if (o + 4 > data.length) throw new Error('snapshot is truncated inside a key length');
    const kl = dv.getUint32(o);
    const key = dec.decode(data.subarray(o + 4, o + 4 + kl));
    o += 4 + kl;
    if (o + 4 > data.length) throw new Error(`snapshot is truncated at key ${key}`);
    const vl = dv.getUint32(o);
    if (o + 4 + vl > data.length) throw new Error(`snapshot is truncated inside the value of ${key}`);
    if (writes.size && key <= prev) throw new Error(`snapshot keys are not in ascending order at ${key}`);
    writes.set(key, data.slice(o + 4, o + 4 + vl));
    prev = key;
    o += 4 + vl;
  }
  return writes;
}

function snapshotOf(meta: SnapshotMeta): abci.Snapshot {
  const hash = sha256(Buffer.concat(meta.chunks.map((h) => Buffer.from(h, 'hex'))));
  return { height: BigInt(meta.height), format: SNAPSHOT_FORMAT, chunks: meta.chunks.length, hash, metadata: enc.encode(JSON.stringify(meta)) };
}

/** Snapshots on disk under `dir/<height>/` (meta.json + chunk files), newest `keepRecent` kept. */
export class SnapshotManager {
  readonly dir: string;
  readonly interval: number;
  readonly keepRecent: number;
  readonly chunkBytes: number;
  #restore: { meta: SnapshotMeta; trustedAppHash: Uint8Array; chunks: Uint8Array[] } | undefined;

  constructor(dir: string, o: { interval: number; keepRecent?: number; chunkBytes?: number }) {
    this.dir = dir;
    this.interval = o.interval;
    this.keepRecent = o.keepRecent ?? 2;
    this.chunkBytes = o.chunkBytes ?? CHUNK_BYTES;
  }

  /** Called after each Commit: writes a snapshot when the height is a multiple of the interval. */
  async afterCommit(store: AppStore): Promise<void> {
    if (this.interval <= 0 || store.height % this.interval !== 0) return;
    await this.create(store);
  }

  async create(store: AppStore): Promise<abci.Snapshot> {
    const height = store.height;
    const data = await serializeState(store);
    const tmp = join(this.dir, `.tmp-${height}`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    const chunks: string[] = [];
    for (let i = 0; i === 0 || i * this.chunkBytes < data.length; i++) {
      const chunk = data.subarray(i * this.chunkBytes, (i + 1) * this.chunkBytes);
      chunks.push(sha256(chunk).toString('hex'));
      await writeFile(join(tmp, `chunk-${i}`), chunk);
    }
    const meta: SnapshotMeta = { height, chunks, appHash: Buffer.from(store.appHash).toString('hex') };
    await writeFile(join(tmp, 'meta.json'), JSON.stringify(meta));
    await rm(join(this.dir, String(height)), { recursive: true, force: true });
    await rename(tmp, join(this.dir, String(height)));
    const heights = await this.#heights();
    for (const h of heights.slice(0, Math.max(0, heights.length - this.keepRecent))) await rm(join(this.dir, String(h)), { recursive: true, force: true });
    return snapshotOf(meta);
  }

  async #heights(): Promise<number[]> {
    let names: string[] = [];
    try { names = await readdir(this.dir); } catch { return []; }
    return names.filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
  }

  async list(): Promise<abci.Snapshot[]> {
    const out: abci.Snapshot[] = [];
    for (const h of await this.#heights()) {
      try { out.push(snapshotOf(JSON.parse(await readFile(join(this.dir, String(h), 'meta.json'), 'utf8')))); } catch { /* being written or removed */ }
    }
    return out;
  }

  async loadChunk(req: abci.RequestLoadSnapshotChunk): Promise<Uint8Array> {
    if (req.format !== SNAPSHOT_FORMAT) return new Uint8Array(0);
    try { return new Uint8Array(await readFile(join(this.dir, String(req.height), `chunk-${req.chunk}`))); } catch { return new Uint8Array(0); }
  }

  offer(req: abci.RequestOfferSnapshot, store: AppStore): abci.ResponseOfferSnapshot {
    const s = req.snapshot;
    if (!s) return { result: ResponseOfferSnapshot_Result.REJECT };
    if (s.format !== SNAPSHOT_FORMAT) return { result: ResponseOfferSnapshot_Result.REJECT_FORMAT };
    if (store.height !== 0) return { result: ResponseOfferSnapshot_Result.ABORT };
    let meta: SnapshotMeta;
    try { meta = JSON.parse(dec.decode(s.metadata)); } catch { return { result: ResponseOfferSnapshot_Result.REJECT }; }
    const good = Array.isArray(meta.chunks) && meta.chunks.length === s.chunks && meta.height === Number(s.height)
      && Buffer.from(snapshotOf(meta).hash).equals(Buffer.from(s.hash)) && meta.appHash === Buffer.from(req.appHash).toString('hex');
    if (!good) return { result: ResponseOfferSnapshot_Result.REJECT };
    this.#restore = { meta, trustedAppHash: req.appHash, chunks: [] };
    return { result: ResponseOfferSnapshot_Result.ACCEPT };
  }

  /** Chunks arrive in order; the last one rebuilds the store at the snapshot's height. */
  async applyChunk(req: abci.RequestApplySnapshotChunk, store: AppStore): Promise<abci.ResponseApplySnapshotChunk> {
    const r = this.#restore;
    const reply = (result: ResponseApplySnapshotChunk_Result, refetch: number[] = [], reject: string[] = []) => ({ result, refetchChunks: refetch, rejectSenders: reject });
    if (!r) return reply(ResponseApplySnapshotChunk_Result.ABORT);
    if (req.index !== r.chunks.length) return reply(ResponseApplySnapshotChunk_Result.RETRY, [r.chunks.length]);
    if (sha256(req.chunk).toString('hex') !== r.meta.chunks[req.index]) return reply(ResponseApplySnapshotChunk_Result.RETRY, [req.index], req.sender ? [req.sender] : []);
    r.chunks.push(req.chunk);
    if (r.chunks.length < r.meta.chunks.length) return reply(ResponseApplySnapshotChunk_Result.ACCEPT);
    this.#restore = undefined;
    let writes: Map<string, Uint8Array>;
    try { writes = parseState(Buffer.concat(r.chunks)); } catch { return reply(ResponseApplySnapshotChunk_Result.REJECT_SNAPSHOT); }
    const appHash = store.finalize(r.meta.height, writes);
    if (!Buffer.from(appHash).equals(Buffer.from(r.trustedAppHash))) {
      store.discardPending();
      return reply(ResponseApplySnapshotChunk_Result.REJECT_SNAPSHOT);
    }
    await store.commit();
    return reply(ResponseApplySnapshotChunk_Result.ACCEPT);
  }
}
