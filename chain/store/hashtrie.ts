// An authenticated 16-ary radix tree over sha256(key), in the manner of the Jellyfish Merkle Tree:
// nodes are stored by (nibble path, version) so a block rewrites only the paths it touches, old
// versions stay readable for queries and proofs, and replaced nodes are recorded for pruning.
import { createHash } from 'node:crypto';
import { bytesEqual, compareBytes } from './codec.ts';

export type Bytes = Uint8Array;

/** Reference to a child (or the root): its hash, the version it was written at, and whether it is a leaf. */
export interface NodeRef {
  hash: Bytes;
  version: number;
  leaf: boolean;
}

interface InternalNode {
  kind: 'internal';
  children: (NodeRef | null)[]; // 16 slots
}

interface LeafNode {
  kind: 'leaf';
  keyHash: Bytes;
  key: Bytes;
  value: Bytes;
}

type TrieNode = InternalNode | LeafNode;

/** Where nodes are read from and written to; the store batches the writes into its commit. */
export interface NodeDb {
  get(dbKey: string): Bytes | undefined;
  put(dbKey: string, value: Bytes): void;
}

/** One change to apply: value null deletes the key. */
export interface TrieUpdate {
  key: Bytes;
  value: Bytes | null;
}

interface HashedUpdate {
  keyHash: Bytes;
  key: Bytes;
  value: Bytes | null;
}

export const EMPTY_ROOT_HASH: Bytes = new Uint8Array(32);
const INTERNAL_TAG = 1;
const LEAF_TAG = 2;

export function sha256(...parts: Bytes[]): Bytes {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  const d = h.digest();
  return new Uint8Array(d.buffer, d.byteOffset, 32);
}

function nibbleAt(keyHash: Bytes, depth: number): number {
  const b = keyHash[depth >> 1]!;
  return depth & 1 ? b & 0x0f : b >> 4;
}

const HEX = '0123456789abcdef';
const versionKey = (v: number) => v.toString(16).padStart(12, '0');
export const nodeDbKey = (path: string, version: number) => `n/${path}/${versionKey(version)}`;
export const rootDbKey = (version: number) => `r/${versionKey(version)}`;
export const staleDbKey = (staleSince: number, path: string, version: number) =>
  `x/${versionKey(staleSince)}/${path}/${versionKey(version)}`;
export const STALE_PREFIX = 'x/';
export const parseStaleKey = (k: string) => {
  const [, since, path, version] = k.split('/');
  return { staleSince: parseInt(since!, 16), path: path!, version: parseInt(version!, 16) };
};

function leafHash(keyHash: Bytes, value: Bytes): Bytes {
  return sha256(Uint8Array.of(LEAF_TAG), keyHash, sha256(value));
}

function internalPreimage(children: (NodeRef | null)[]): Bytes {
  let bitmap = 0;
  let n = 0;
  for (let i = 0; i < 16; i++) if (children[i]) { bitmap |= 1 << i; n++; }
  const out = new Uint8Array(3 + 32 * n);
  out[0] = INTERNAL_TAG;
  out[1] = bitmap >> 8;
  out[2] = bitmap & 0xff;
  let o = 3;
  for (let i = 0; i < 16; i++) {
    const c = children[i];
    if (c) { out.set(c.hash, o); o += 32; }
  }
  return out;
}

function encodeNode(node: TrieNode): Bytes {
  if (node.kind === 'leaf') {
    const out = new Uint8Array(1 + 32 + 4 + node.key.length + node.value.length);
    const dv = new DataView(out.buffer);
    out[0] = LEAF_TAG;
    out.set(node.keyHash, 1);
    dv.setUint32(33, node.key.length);
    out.set(node.key, 37);
    out.set(node.value, 37 + node.key.length);
    return out;
  }
  const present = node.children.filter((c) => c !== null).length;
  const out = new Uint8Array(3 + present * (32 + 6 + 1));
  const dv = new DataView(out.buffer);
  out[0] = INTERNAL_TAG;
  let bitmap = 0;
  for (let i = 0; i < 16; i++) if (node.children[i]) bitmap |= 1 << i;
  dv.setUint16(1, bitmap);
  let o = 3;
  for (let i = 0; i < 16; i++) {
    const c = node.children[i];
    if (!c) continue;
    out.set(c.hash, o);
    dv.setUint16(o + 32, Math.floor(c.version / 2 ** 32));
    dv.setUint32(o + 34, c.version >>> 0);
    out[o + 38] = c.leaf ? 1 : 0;
    o += 39;
  }
  return out;
}

function encodeRef(ref: NodeRef): Bytes {
  const out = new Uint8Array(39);
  const dv = new DataView(out.buffer);
  out.set(ref.hash, 0);
  dv.setUint16(32, Math.floor(ref.version / 2 ** 32));
  dv.setUint32(34, ref.version >>> 0);
  out[38] = ref.leaf ? 1 : 0;
  return out;
}

function decodeNode(bytes: Bytes): TrieNode {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === LEAF_TAG) {
    const keyLen = dv.getUint32(33);
    return {
      kind: 'leaf',
      keyHash: bytes.subarray(1, 33),
      key: bytes.subarray(37, 37 + keyLen),
      value: bytes.subarray(37 + keyLen),
    };
  }
  const bitmap = dv.getUint16(1);
  const children: (NodeRef | null)[] = new Array(16).fill(null);
  let o = 3;
  for (let i = 0; i < 16; i++) {
    if (!(bitmap & (1 << i))) continue;
    children[i] = {
      hash: bytes.subarray(o, o + 32),
      version: dv.getUint16(o + 32) * 2 ** 32 + dv.getUint32(o + 34),
      leaf: bytes[o + 38] === 1,
    };
    o += 39;
  }
  return { kind: 'internal', children };
}

export class HashTrie {
  #db: NodeDb;
  #cache = new Map<string, TrieNode>();
  #cacheLimit: number;

  constructor(db: NodeDb, opts: { cacheNodes?: number } = {}) {
    this.#db = db;
    this.#cacheLimit = opts.cacheNodes ?? 200_000;
  }

  #load(path: string, version: number): TrieNode {
    const k = nodeDbKey(path, version);
    let node = this.#cache.get(k);
    if (node) return node;
    const raw = this.#db.get(k);
    if (!raw) throw new Error(`state tree node missing at path "${path}" version ${version} (pruned or corrupt store)`);
    node = decodeNode(raw);
    this.#remember(k, node);
    return node;
  }

  #remember(k: string, node: TrieNode) {
    if (this.#cache.size >= this.#cacheLimit) {
      const first = this.#cache.keys().next().value;
      if (first !== undefined) this.#cache.delete(first);
    }
    this.#cache.set(k, node);
  }

  #write(path: string, version: number, node: TrieNode): NodeRef {
    const k = nodeDbKey(path, version);
    this.#db.put(k, encodeNode(node));
    this.#remember(k, node);
    if (node.kind === 'leaf') return { hash: leafHash(node.keyHash, node.value), version, leaf: true };
    return { hash: sha256(internalPreimage(node.children)), version, leaf: false };
  }

  /** The root reference stored for a version, or null for an empty tree. */
  root(version: number): NodeRef | null {
    const raw = this.#db.get(rootDbKey(version));
    if (raw === undefined) throw new Error(`no state tree root for version ${version}`);
    if (raw.length === 0) return null;
    const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    return { hash: raw.slice(0, 32), version: dv.getUint16(32) * 2 ** 32 + dv.getUint32(34), leaf: raw[38] === 1 };
  }

  /**
   * Applies updates on top of `prev` (the root at the previous version), writes the touched nodes at
   * `version`, records the nodes it replaced as stale, and returns the new root.
   */
  update(prev: NodeRef | null, version: number, updates: TrieUpdate[], onStale: (path: string, version: number) => void): NodeRef | null {
    const hashed: HashedUpdate[] = updates.map((u) => ({ keyHash: sha256(u.key), key: u.key, value: u.value }));
    hashed.sort((a, b) => compareBytes(a.keyHash, b.keyHash));
    const root = this.#updateAt(prev, '', 0, hashed, version, onStale);
    this.#db.put(rootDbKey(version), root ? encodeRef(root) : new Uint8Array(0));
    return root;
  }

  #updateAt(ref: NodeRef | null, path: string, depth: number, ups: HashedUpdate[], version: number, onStale: (p: string, v: number) => void): NodeRef | null {
    if (ups.length === 0) return ref;
    if (ref === null) return this.#build(path, depth, ups.filter((u) => u.value !== null), version);
    const node = this.#load(path, ref.version);
    if (node.kind === 'leaf') {
      ups = ups.filter((u) => !(u.value && bytesEqual(u.keyHash, node.keyHash) && bytesEqual(u.value, node.value)));
      if (ups.length === 0) return ref;
      const touchesLeaf = ups.some((u) => bytesEqual(u.keyHash, node.keyHash));
      if (!touchesLeaf && ups.every((u) => u.value === null)) return ref;
      onStale(path, ref.version);
      const merged = touchesLeaf ? ups : [...ups, { keyHash: node.keyHash, key: node.key, value: node.value }].sort((a, b) => compareBytes(a.keyHash, b.keyHash));
      return this.#build(path, depth, merged.filter((u) => u.value !== null), version);
    }
    const children = node.children.slice();
    let changed = false;
    let start = 0;
    while (start < ups.length) {
      const nib = nibbleAt(ups[start]!.keyHash, depth);
      let end = start + 1;
      while (end < ups.length && nibbleAt(ups[end]!.keyHash, depth) === nib) end++;
      const before = children[nib] ?? null;
      const after = this.#updateAt(before, path + HEX[nib], depth + 1, ups.slice(start, end), version, onStale);
      if (after !== before) { children[nib] = after; changed = true; }
      start = end;
    }
    if (!changed) return ref;
    onStale(path, ref.version);
    const present = children.map((c, i) => [c, i] as const).filter(([c]) => c !== null);
    if (present.length === 0) return null;
    if (present.length === 1 && present[0]![0]!.leaf) {
      // A lone leaf moves up to the shortest unique prefix, which keeps the tree's shape canonical.
      const [only, nib] = present[0]!;
      const childPath = path + HEX[nib];
      const leaf = this.#load(childPath, only!.version);
      onStale(childPath, only!.version);
      return this.#write(path, version, leaf);
    }
    return this.#write(path, version, { kind: 'internal', children });
  }

  #build(path: string, depth: number, puts: HashedUpdate[], version: number): NodeRef | null {
    if (puts.length === 0) return null;
    if (puts.length === 1) {
      const u = puts[0]!;
      return this.#write(path, version, { kind: 'leaf', keyHash: u.keyHash, key: u.key, value: u.value! });
    }
    const children: (NodeRef | null)[] = new Array(16).fill(null);
    let start = 0;
    while (start < puts.length) {
      const nib = nibbleAt(puts[start]!.keyHash, depth);
      let end = start + 1;
      while (end < puts.length && nibbleAt(puts[end]!.keyHash, depth) === nib) end++;
      children[nib] = this.#build(path + HEX[nib], depth + 1, puts.slice(start, end), version);
      start = end;
    }
    return this.#write(path, version, { kind: 'internal', children });
  }

  /** Reads a key as of a version's root, with the proof that binds it (or its absence) to the root hash. */
  prove(root: NodeRef | null, key: Bytes): { value: Bytes | null; proof: Bytes[] } {
    const keyHash = sha256(key);
    const proof: Bytes[] = [];
    let ref = root;
    let path = '';
    let depth = 0;
    while (ref) {
      const node = this.#load(path, ref.version);
      if (node.kind === 'leaf') {
        proof.push(Uint8Array.of(LEAF_TAG, ...node.keyHash, ...sha256(node.value)));
        return { value: bytesEqual(node.keyHash, keyHash) ? node.value : null, proof };
      }
      proof.push(internalPreimage(node.children));
      const nib = nibbleAt(keyHash, depth);
      ref = node.children[nib] ?? null;
      path += HEX[nib];
      depth++;
    }
    return { value: null, proof };
  }

  /** Reads a key as of a version's root without building a proof. */
  get(root: NodeRef | null, key: Bytes): Bytes | null {
    const keyHash = sha256(key);
    let ref = root;
    let path = '';
    let depth = 0;
    while (ref) {
      const node = this.#load(path, ref.version);
      if (node.kind === 'leaf') return bytesEqual(node.keyHash, keyHash) ? node.value : null;
      const nib = nibbleAt(keyHash, depth);
      ref = node.children[nib] ?? null;
      path += HEX[nib];
      depth++;
    }
    return null;
  }

  forget(dbKey: string) {
    this.#cache.delete(dbKey);
  }
}

/**
 * Checks a proof from `HashTrie.prove` against a root hash. Returns true when the proof shows `key`
 * maps to `value` (or, with value null, that `key` is absent).
 */
export function verifyProof(rootHash: Bytes, key: Bytes, value: Bytes | null, proof: Bytes[]): boolean {
  const keyHash = sha256(key);
  if (proof.length === 0) return value === null && bytesEqual(rootHash, EMPTY_ROOT_HASH);
  let expected = rootHash;
  for (let depth = 0; depth < proof.length; depth++) {
    const step = proof[depth]!;
    if (!bytesEqual(sha256(step), expected)) return false;
    if (step[0] === LEAF_TAG) {
      if (depth !== proof.length - 1 || step.length !== 65) return false;
      const kh = step.subarray(1, 33);
      const vh = step.subarray(33, 65);
      if (bytesEqual(kh, keyHash)) return value !== null && bytesEqual(vh, sha256(value));
      return value === null;
    }
    if (step[0] !== INTERNAL_TAG) return false;
    const bitmap = (step[1]! << 8) | step[2]!;
    const nib = nibbleAt(keyHash, depth);
    if (!(bitmap & (1 << nib))) return value === null && depth === proof.length - 1;
    let idx = 0;
    for (let i = 0; i < nib; i++) if (bitmap & (1 << i)) idx++;
    expected = step.subarray(3 + idx * 32, 3 + idx * 32 + 32);
  }
  return false;
}

export function rootHashOf(ref: NodeRef | null): Bytes {
  return ref ? ref.hash : EMPTY_ROOT_HASH;
}
