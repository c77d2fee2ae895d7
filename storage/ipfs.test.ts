import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CID } from 'multiformats/cid';
import * as raw from 'multiformats/codecs/raw';
import { create as createDigest } from 'multiformats/hashes/digest';
import {
  ContentUnavailableError,
  ContentVerificationError,
  IMPORT_PARAMS,
  InvalidCidError,
  UnexpectedContentTypeError,
  openHelia,
  openKubo,
  transferProgressBar,
} from './ipfs.ts';
import type { ContentStore, TransferProgress } from './ipfs.ts';
import { getBytesVerified } from './verified-read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Deterministic pseudo-random bytes (xorshift32) so multi-block content is not all-equal chunks. */
function patternBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function withHelia<T>(dir: string, fn: (store: ContentStore) => Promise<T>, listen = false): Promise<T> {
  const store = await openHelia({ dir, listen });
  try {
    return await fn(store);
  } finally {
    await store.stop();
  }
}

// --- an independent encoder of the documented layout (protobuf by hand, sha256 from node:crypto) ---
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}
const field = (num: number, wire: number) => varint(num * 8 + wire);
const bytesField = (num: number, b: Uint8Array | number[]) => [...field(num, 2), ...varint(b.length), ...b];
const sha256Multihash = (b: Uint8Array) => createDigest(0x12, createHash('sha256').update(b).digest());

function rawLeafCid(chunk: Uint8Array): CID {
  return CID.createV1(raw.code, sha256Multihash(chunk));
}

/** A one-level balanced UnixFS file: dag-pb root whose links point at raw 256 KiB leaves. */
function expectedFileCid(content: Uint8Array): CID {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < content.length; at += IMPORT_PARAMS.chunkSize) chunks.push(content.subarray(at, at + IMPORT_PARAMS.chunkSize));
  if (chunks.length <= 1) return rawLeafCid(content);
  assert.ok(chunks.length <= IMPORT_PARAMS.maxChildrenPerNode, 'helper covers one-level files only');
  // UnixFS Data: Type=File(2), filesize, blocksizes (proto2 repeated, unpacked).
  const unixfs = [...field(1, 0), 2, ...field(3, 0), ...varint(content.length)];
  for (const c of chunks) unixfs.push(...field(4, 0), ...varint(c.length));
  // PBNode: Links (field 2) before Data (field 1); PBLink: Hash=1, Name=2 (empty), Tsize=3.
  const node: number[] = [];
  for (const c of chunks) {
    const link = [...bytesField(1, rawLeafCid(c).bytes), ...bytesField(2, []), ...field(3, 0), ...varint(c.length)];
    node.push(...bytesField(2, link));
  }
  node.push(...bytesField(1, unixfs));
  return CID.createV1(0x70, sha256Multihash(Uint8Array.from(node)));
}

test('IMPORT_PARAMS are CIDv1, raw leaves, 256 KiB fixed chunks (= ipfs add --cid-version=1 --raw-leaves --chunker=size-262144)', () => {
  assert.equal(IMPORT_PARAMS.cidVersion, 1);
  assert.equal(IMPORT_PARAMS.rawLeaves, true);
  assert.equal(IMPORT_PARAMS.chunkSize, 262_144);
  assert.equal(IMPORT_PARAMS.kuboChunker, `size-${IMPORT_PARAMS.chunkSize}`);
});

test('CIDs are stable: a small file is one raw block, a larger one a dag-pb root over raw 256 KiB leaves', async () => {
  await withTempDir('nrn-ipfs-cid-', (dir) => withHelia(dir, async (store) => {
    // 'hello' as a raw sha2-256 block: the same CID every IPFS implementation gives it.
    assert.equal(await store.addBytes(utf8('hello')), 'bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq');
    for (const size of [0, 1, IMPORT_PARAMS.chunkSize, IMPORT_PARAMS.chunkSize + 1, 3 * IMPORT_PARAMS.chunkSize + 12_345]) {
      const content = patternBytes(size, size + 7);
      assert.equal(await store.addBytes(content), expectedFileCid(content).toString(), `size ${size}`);
    }
  }));
});

test('content persists on disk across stop and reopen, and reads back byte for byte', async () => {
  await withTempDir('nrn-ipfs-disk-', async (dir) => {
    const home = join(dir, 'node');
    const big = patternBytes(700_000, 42);
    const filePath = join(dir, 'train.csv');
    await writeFile(filePath, 'sepal_length,label\n5.1,setosa\n');
    const added = await withHelia(home, async (store) => ({
      small: await store.addBytes(utf8('x,y\n1,2\n')),
      big: await store.addBytes(big),
      file: await store.addFile(filePath),
      dir: await store.addDirectory([
        { path: 'deltas/0002.diff', content: utf8('@@ b @@\n') },
        { path: 'dataset.csv', content: utf8('a\n') },
        { path: 'deltas/0001.diff', content: big },
      ]),
    }));
    await withHelia(home, async (store) => {
      assert.equal(new TextDecoder().decode(await store.getBytes(added.small)), 'x,y\n1,2\n');
      assert.deepEqual(await store.getBytes(added.big), big);
      assert.equal(new TextDecoder().decode(await store.getBytes(added.file)), 'sepal_length,label\n5.1,setosa\n');
      const top = await store.ls(added.dir);
      assert.deepEqual(top.map((e) => [e.name, e.type]), [['dataset.csv', 'file'], ['deltas', 'directory']]);
      const deltas = await store.ls(top[1]!.cid);
      assert.deepEqual(deltas.map((e) => [e.name, e.size]), [['0001.diff', big.length], ['0002.diff', 8]]);
      assert.deepEqual(await store.getBytes(deltas[0]!.cid), big);
    });
  });
});

test('the same directory entries give the same CID whatever their order', async () => {
  await withTempDir('nrn-ipfs-order-', (dir) => withHelia(dir, async (store) => {
    const a = { path: 'a.txt', content: utf8('a') };
    const b = { path: 'a/b.txt', content: utf8('b') };
    assert.equal(await store.addDirectory([a, b]), await store.addDirectory([b, a]));
    await assert.rejects(store.addDirectory([{ path: '../x', content: utf8('x') }]), /invalid directory entry path/);
    await assert.rejects(store.addDirectory([a, a]), /duplicate directory entry path/);
  }));
});

test('a second Helia node on loopback fetches what the first one added, with progress', async () => {
  await withTempDir('nrn-ipfs-pair-', async (dir) => {
    const content = patternBytes(5 * IMPORT_PARAMS.chunkSize + 99, 3);
    await withHelia(join(dir, 'a'), async (a) => {
      const cid = await a.addBytes(content);
      const dirCid = await a.addDirectory([{ path: 'train.jsonl', content: utf8('{"x":1}\n') }]);
      const [address] = await a.multiaddrs();
      assert.match(address!, /^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/p2p\/12D3Koo/);
      await withHelia(join(dir, 'b'), async (b) => {
        await b.dial(address!);
        const seen: TransferProgress[] = [];
        const got = await b.getBytes(cid, { timeoutMs: 10_000, onProgress: (p) => seen.push(p) });
        assert.deepEqual(got, content);
        assert.deepEqual(seen.at(-1), { bytes: content.length, total: content.length });
        assert.ok(seen.every((p, i) => i === 0 || p.bytes >= seen[i - 1]!.bytes));
        const [entry] = await b.ls(dirCid, { timeoutMs: 10_000 });
        assert.equal(new TextDecoder().decode(await b.getBytes(entry!.cid, { timeoutMs: 10_000 })), '{"x":1}\n');
      });
    }, true);
  });
});

test('content nobody has fails with ContentUnavailableError naming the CID and the timeout', async () => {
  await withTempDir('nrn-ipfs-missing-', (dir) => withHelia(dir, async (store) => {
    const missing = rawLeafCid(utf8('never added')).toString();
    const started = Date.now();
    await assert.rejects(store.getBytes(missing, { timeoutMs: 300 }), (err: unknown) => {
      assert.ok(err instanceof ContentUnavailableError);
      assert.equal(err.cid, missing);
      assert.equal(err.timeoutMs, 300);
      assert.match(err.message, new RegExp(`${missing}.*300 ms.*dial its multiaddr`));
      return true;
    });
    assert.ok(Date.now() - started < 5_000);
    await assert.rejects(store.ls(missing, { timeoutMs: 200 }), ContentUnavailableError);
  }));
});

test('malformed CIDs fail with InvalidCidError before any fetch; a directory is not a file', async () => {
  await withTempDir('nrn-ipfs-invalid-', (dir) => withHelia(dir, async (store) => {
    for (const bad of ['', 'not-a-cid', 'bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4ye!']) {
      await assert.rejects(store.getBytes(bad), (err: unknown) => err instanceof InvalidCidError && err.cid === bad);
      await assert.rejects(store.ls(bad), InvalidCidError);
    }
    const dirCid = await store.addDirectory([{ path: 'x', content: utf8('x') }]);
    await assert.rejects(store.getBytes(dirCid), UnexpectedContentTypeError);
    await assert.rejects(store.ls(await store.addBytes(utf8('x'))), UnexpectedContentTypeError);
  }));
});

test('a block corrupted on disk is refused with ContentVerificationError', async () => {
  await withTempDir('nrn-ipfs-corrupt-', async (dir) => {
    const cid = await withHelia(dir, (store) => store.addBytes(utf8('hello')));
    const blockFiles = (await readdir(join(dir, 'blocks'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    assert.equal(blockFiles.length, 1);
    await writeFile(join(blockFiles[0]!.parentPath, blockFiles[0]!.name), 'jello');
    await withHelia(dir, async (store) => {
      await assert.rejects(store.getBytes(cid), (err: unknown) => err instanceof ContentVerificationError && err.cid === cid);
    });
  });
});

test('reads through an untrusted block source (the Kubo path) are hashed: a lying source is caught', async () => {
  const truth = utf8('x,label\n1,a\n');
  const cid = rawLeafCid(truth);
  const honest = { get: async () => truth };
  assert.deepEqual(await getBytesVerified(honest, cid.toString()), truth);
  const lying = { get: async () => utf8('x,label\n1,b\n') };
  await assert.rejects(getBytesVerified(lying, cid.toString()), (err: unknown) =>
    err instanceof ContentVerificationError && err.cid === cid.toString() && /hash to 1220/.test(err.message));
  const silent = { get: (_cid: CID, { signal }: { signal: AbortSignal }) => new Promise<Uint8Array>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))) };
  await assert.rejects(getBytesVerified(silent, cid.toString(), { timeoutMs: 100 }), ContentUnavailableError);
});

test('the progress bar stays hidden up to 4 MB and draws above it', () => {
  const small = new PassThrough();
  const quiet = transferProgressBar('fetch', { stream: small, noTTYOutput: true });
  quiet.onProgress({ bytes: 1, total: 4 * 1024 * 1024 });
  quiet.stop();
  assert.equal(quiet.shown, false);
  assert.equal(small.read(), null);

  const big = new PassThrough();
  const bar = transferProgressBar('fetch dataset', { stream: big, noTTYOutput: true });
  const total = 8 * 1024 * 1024;
  bar.onProgress({ bytes: 0, total });
  bar.onProgress({ bytes: total, total });
  bar.stop();
  assert.equal(bar.shown, true);
  assert.match(String(big.read()), /fetch dataset .*100% \| 8\.0\/8\.0 MiB/);
});

// Kubo: build it as storage/kubo.ts describes, then run with NRN_KUBO_BIN=/path/to/ipfs.
const kuboBin = process.env.NRN_KUBO_BIN;

async function startKubo(bin: string, repo: string): Promise<{ api: string; daemon: ChildProcessWithoutNullStreams }> {
  const env = { ...process.env, IPFS_PATH: repo };
  await new Promise<void>((resolve, reject) => {
    const init = spawn(bin, ['init', '--profile=test'], { env, stdio: 'ignore' });
    init.on('error', reject);
    init.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ipfs init exited ${code}`))));
  });
  const daemon = spawn(bin, ['daemon', '--routing=none'], { env });
  const api = await new Promise<string>((resolve, reject) => {
    let out = '';
    let address = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      address ||= /RPC API server listening on \/ip4\/127\.0\.0\.1\/tcp\/(\d+)/.exec(out)?.[1] ?? '';
      if (address !== '' && out.includes('Daemon is ready')) resolve(`http://127.0.0.1:${address}`);
    };
    daemon.stdout.on('data', onData);
    daemon.stderr.on('data', onData);
    daemon.on('exit', (code) => reject(new Error(`ipfs daemon exited ${code}: ${out}`)));
  });
  return { api, daemon };
}

test('Kubo gives the same CIDs as Helia, its reads are verified, and Helia fetches from it over loopback', {
  skip: !process.env.NRN_KUBO_BIN && 'set NRN_KUBO_BIN to run against a real Kubo daemon',
}, async () => {
  await withTempDir('nrn-ipfs-kubo-', async (dir) => {
    const { api, daemon } = await startKubo(kuboBin!, join(dir, 'kubo'));
    const exited = new Promise((resolve) => daemon.on('exit', resolve));
    try {
      const kubo = await openKubo(api);
      const samples = [utf8('hello'), patternBytes(IMPORT_PARAMS.chunkSize + 1, 5), patternBytes(3_000_000, 6)];
      const entries = [
        { path: 'dataset.csv', content: utf8('x,label\n1,a\n') },
        { path: 'deltas/0001.diff', content: samples[1]! },
      ];
      const filePath = join(dir, 'sample.bin');
      await writeFile(filePath, samples[2]!);
      await withHelia(join(dir, 'helia'), async (helia) => {
        for (const bytes of samples) assert.equal(await kubo.addBytes(bytes), await helia.addBytes(bytes));
        assert.equal(await kubo.addFile(filePath), await helia.addFile(filePath));
        assert.equal(await kubo.addDirectory(entries), await helia.addDirectory(entries));
        assert.ok((await stat(filePath)).size > IMPORT_PARAMS.chunkSize);

        const onlyInKubo = patternBytes(900_000, 77);
        const cid = await kubo.addBytes(onlyInKubo);
        assert.deepEqual(await kubo.getBytes(cid, { timeoutMs: 10_000 }), onlyInKubo);
        const kuboAddress = (await kubo.multiaddrs()).find((a) => a.startsWith('/ip4/127.0.0.1/tcp/'));
        assert.ok(kuboAddress, 'Kubo listens on loopback TCP');
        await helia.dial(kuboAddress);
        assert.deepEqual(await helia.getBytes(cid, { timeoutMs: 10_000 }), onlyInKubo);
        await assert.rejects(kubo.getBytes(rawLeafCid(utf8('nowhere')).toString(), { timeoutMs: 300 }), ContentUnavailableError);
      });
      await kubo.stop();
    } finally {
      daemon.kill('SIGTERM');
      await exited;
    }
  });
});
