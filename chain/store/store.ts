// The application's state on disk: a flat copy of the latest values for fast reads, the authenticated
// tree whose root is the app hash, and the commit metadata — all written in one LevelDB batch at Commit.
import { ClassicLevel } from 'classic-level';
import { HashTrie, rootHashOf, parseStaleKey, nodeDbKey, rootDbKey, STALE_PREFIX, staleDbKey } from './hashtrie.ts';
import type { NodeRef, TrieUpdate } from './hashtrie.ts';
import { encodeText } from './codec.ts';
import { mergeWrites } from './kv.ts';
import type { Bytes, KVReader } from './kv.ts';

const FLAT = 's/';
const META_HEIGHT = 'm/height';
const META_APPHASH = 'm/apphash';
const enc = new TextEncoder();

type Db = ClassicLevel<string, Uint8Array>;

export interface StoreOptions {
  /** Heights of state kept queryable and provable; 0 keeps every height (an archive node). */
  keepRecent?: number;
  /** Replaced tree nodes are deleted at heights that are a multiple of this (default 1: every commit). */
  pruneInterval?: number;
  cacheNodes?: number;
  /** Committed flat values kept in memory (default 200,000 keys; 0 turns the cache off). */
  cacheValues?: number;
}

export interface QueryResult {
  height: number;
  value: Bytes | null;
  proof?: Bytes[];
  rootHash: Bytes;
}

/**
 * Committed flat values recently read or written, by key (null = known absent). Commit refreshes the keys it
 * writes, so an entry is always the committed value; serving the very object a tx wrote also keeps the
 * decoded-value caches keyed by bytes identity (accounts, balances) warm across blocks.
 */
class ReadCache {
  readonly limit: number;
  readonly entries = new Map<string, Bytes | null>();
  constructor(limit: number) {
    this.limit = limit;
  }
  get(key: string): Bytes | null | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: Bytes | null) {
    if (this.limit <= 0) return;
    this.entries.delete(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

class LevelReader implements KVReader {
  readonly db: Db;
  readonly overlay: Map<string, Bytes | null> | null;
  readonly cache: ReadCache;
  constructor(db: Db, overlay: Map<string, Bytes | null> | null, cache: ReadCache) {
    this.db = db;
    this.overlay = overlay;
    this.cache = cache;
  }
  get(key: string): Bytes | undefined {
    if (this.overlay) {
      const w = this.overlay.get(key);
      if (w !== undefined) return w ?? undefined;
    }
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const v = this.db.getSync(FLAT + key) ?? null;
    this.cache.set(key, v);
    return v ?? undefined;
  }
  iterate(prefix: string): AsyncIterable<[string, Bytes]> {
    const committed = this.#committed(prefix);
    return this.overlay ? mergeWrites(committed, this.overlay, prefix) : committed;
  }
  // Every key with this prefix, and only those: they are one contiguous run in LevelDB's byte order.
  async *#committed(prefix: string): AsyncIterable<[string, Bytes]> {
    for await (const [rawKey, v] of this.db.iterator({ gte: FLAT + prefix })) {
      const k = rawKey.slice(FLAT.length);
      if (!rawKey.startsWith(FLAT) || !k.startsWith(prefix)) return;
      yield [k, v];
    }
  }
}

export class AppStore {
  readonly db: Db;
  readonly trie: HashTrie;
  readonly keepRecent: number;
  readonly pruneInterval: number;
  /** Last committed height and app hash, what ABCI Info reports. */
  height = 0;
  appHash: Bytes = new Uint8Array(0);
  #root: NodeRef | null = null;
  #pendingNodes = new Map<string, Bytes>();
  #pendingFlat = new Map<string, Bytes | null>();
  #pendingRoot: NodeRef | null | undefined = undefined;
  #pendingHeight = -1;
  readonly committed: KVReader;
  /** Committed state with the writes of finalized-but-uncommitted heights on top. */
  readonly latest: KVReader;
  readonly #values: ReadCache;

  private constructor(db: Db, opts: StoreOptions) {
    this.db = db;
    this.keepRecent = opts.keepRecent ?? 0;
    this.pruneInterval = Math.max(1, opts.pruneInterval ?? 1);
    const pendingNodes = this.#pendingNodes;
    this.trie = new HashTrie(
      {
        get: (k) => pendingNodes.get(k) ?? db.getSync(k) ?? undefined,
        put: (k, v) => { pendingNodes.set(k, v); },
      },
      { cacheNodes: opts.cacheNodes },
    );
    this.#values = new ReadCache(opts.cacheValues ?? 200_000);
    this.committed = new LevelReader(db, null, this.#values);
    this.latest = new LevelReader(db, this.#pendingFlat, this.#values);
  }

  static async open(dir: string, opts: StoreOptions = {}): Promise<AppStore> {
    const db = new ClassicLevel<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
    await db.open();
    const s = new AppStore(db, opts);
    const h = db.getSync(META_HEIGHT);
    if (h) {
      s.height = Number(new TextDecoder().decode(h));
      s.appHash = Uint8Array.from(db.getSync(META_APPHASH) ?? []);
      s.#root = s.trie.root(s.height);
    }
    return s;
  }

  /**
   * Stages a height's writes: applies them to the tree and returns the new app hash. Nothing reaches
   * disk until commit(), so a crash before it leaves the last committed height intact for replay.
   */
  finalize(height: number, writes: Map<string, Bytes | null>): Bytes {
    const prev = this.#pendingRoot !== undefined ? this.#pendingRoot : this.#root;
    const updates: TrieUpdate[] = [];
    for (const [k, v] of writes) {
      updates.push({ key: encodeText(k), value: v });
      this.#pendingFlat.set(k, v);
    }
    const pendingNodes = this.#pendingNodes;
    const root = this.trie.update(prev, height, updates, (path, version) => {
      if (version === height) pendingNodes.delete(nodeDbKey(path, version));
      else pendingNodes.set(staleDbKey(height, path, version), new Uint8Array(0));
    });
    this.#pendingRoot = root;
    this.#pendingHeight = height;
    return rootHashOf(root);
  }

  /** Writes everything staged since the last commit, with the new height and app hash, atomically. */
  async commit(): Promise<void> {
    if (this.#pendingRoot === undefined) throw new Error('commit without a finalized height');
    const height = this.#pendingHeight;
    const appHash = rootHashOf(this.#pendingRoot);
    const batch = this.db.batch();
    for (const [k, v] of this.#pendingNodes) batch.put(k, v);
    for (const [k, v] of this.#pendingFlat) {
      if (v === null) batch.del(FLAT + k);
      else batch.put(FLAT + k, v);
    }
    batch.put(META_HEIGHT, enc.encode(String(height)));
    batch.put(META_APPHASH, appHash);
    if (this.keepRecent > 0 && height > this.keepRecent && height % this.pruneInterval === 0) await this.#prune(height - this.keepRecent + 1, batch);
    await batch.write();
    this.height = height;
    this.appHash = appHash;
    this.#root = this.#pendingRoot;
    for (const [k, v] of this.#pendingFlat) this.#values.set(k, v);
    this.discardPending();
  }

  /** Drops what finalize() staged (a proposal that was not committed, or a restart's replay). */
  discardPending() {
    this.#pendingNodes.clear();
    this.#pendingFlat.clear();
    this.#pendingRoot = undefined;
    this.#pendingHeight = -1;
  }

  // Nodes replaced at height h serve only roots below h, so once every root below h is out of the window they go.
  async #prune(earliestKept: number, batch: ReturnType<Db['batch']>) {
    const end = staleDbKey(earliestKept + 1, '', 0).slice(0, STALE_PREFIX.length + 12);
    for await (const k of this.db.keys({ gte: STALE_PREFIX, lt: end })) {
      const { path, version } = parseStaleKey(k);
      const nk = nodeDbKey(path, version);
      batch.del(nk);
      batch.del(k);
      this.trie.forget(nk);
    }
    for await (const k of this.db.keys({ gte: rootDbKey(0), lt: rootDbKey(earliestKept) })) batch.del(k);
  }

  /** The oldest height still queryable. */
  earliestHeight(): number {
    return this.keepRecent > 0 ? Math.max(1, this.height - this.keepRecent + 1) : 1;
  }

  /** Reads a key at a committed height (0 = latest), optionally with a proof against that height's app hash. */
  query(key: string, height: number, prove: boolean): QueryResult {
    const h = height === 0 ? this.height : height;
    if (h > this.height) throw new Error(`height ${h} is not committed yet (latest is ${this.height})`);
    if (h < this.earliestHeight()) throw new Error(`height ${h} is pruned (earliest kept is ${this.earliestHeight()}; raise pruning keep-recent to keep more)`);
    const root = h === this.height ? this.#root : this.trie.root(h);
    if (prove) {
      const { value, proof } = this.trie.prove(root, enc.encode(key));
      return { height: h, value, proof, rootHash: rootHashOf(root) };
    }
    const value = h === this.height ? (this.committed.get(key) ?? null) : this.trie.get(root, enc.encode(key));
    return { height: h, value, rootHash: rootHashOf(root) };
  }

  /** A reader over the state as of a committed height, for queries at past heights. */
  readerAt(height: number): KVReader {
    if (height === 0 || height === this.height) return this.committed;
    const root = this.trie.root(height);
    const trie = this.trie;
    return {
      get: (key) => trie.get(root, enc.encode(key)) ?? undefined,
      iterate: () => { throw new Error('listing queries are served at the latest height only'); },
    };
  }

  async close() {
    await this.db.close();
  }
}
