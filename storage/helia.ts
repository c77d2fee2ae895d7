import { mkdir, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { withBitswap } from '@helia/bitswap';
import { withLibp2pLight } from '@helia/libp2p';
import { identify } from '@libp2p/identify';
import { noise } from '@libp2p/noise';
import { tcp } from '@libp2p/tcp';
import { yamux } from '@libp2p/yamux';
import { multiaddr } from '@multiformats/multiaddr';
import { FsBlockstore } from 'blockstore-fs';
import { FsDatastore } from 'datastore-fs';
import { createHeliaLight } from 'helia';
import { countBytes, importDirectory, importFile, slices } from './import-params.ts';
import { catVerified, getBytesVerified, lsVerified } from './verified-read.ts';
import type { BlockSource } from './verified-read.ts';
import type { ContentStore } from './types.ts';

/** Waits for in-flight writes on close and drops later ones: libp2p's peer store records disconnects after stop. */
class NodeDatastore extends FsDatastore {
  private closed = false;
  private readonly writes = new Set<Promise<unknown>>();

  override async put(...args: Parameters<FsDatastore['put']>): ReturnType<FsDatastore['put']> {
    if (this.closed) return args[0];
    const write = super.put(...args);
    this.writes.add(write);
    try {
      return await write;
    } finally {
      this.writes.delete(write);
    }
  }

  override async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.writes]);
    await super.close();
  }
}

export interface HeliaStoreOptions {
  /** Home of this node's IPFS data: `blocks/` (blockstore-fs) and `datastore/` (peer key, peer store). */
  dir: string;
  /** Accept connections on 127.0.0.1 (a random TCP port) so that other local nodes can fetch from this one. */
  listen?: boolean;
}

/**
 * An embedded Helia node: on-disk blockstore, libp2p over loopback TCP only (no bootstrap list, no mDNS, no DHT),
 * bitswap to exchange blocks with peers it is told to dial.
 */
export async function openHelia(options: HeliaStoreOptions): Promise<ContentStore> {
  const blocksDir = join(options.dir, 'blocks');
  const dataDir = join(options.dir, 'datastore');
  await mkdir(blocksDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  const blockstore = new FsBlockstore(blocksDir);
  const datastore = new NodeDatastore(dataDir);
  await blockstore.open();
  await datastore.open();

  const light = createHeliaLight({ blockstore, datastore });
  const withNetwork = withLibp2pLight(light, {
    addresses: { listen: options.listen === true ? ['/ip4/127.0.0.1/tcp/0'] : [] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: [],
    services: { identify: identify() },
  });
  const helia = withBitswap(withNetwork);
  try {
    await helia.start();
  } catch (err) {
    await blockstore.close();
    await datastore.close();
    throw err;
  }

  const blocks: BlockSource = { get: (cid, { signal }) => Promise.resolve(helia.blockstore.get(cid, { signal })) };

  return {
    kind: 'helia',
    async addBytes(bytes, opts = {}) {
      const cid = await importFile(countBytes(slices(bytes), bytes.length, opts.onProgress), helia.blockstore);
      return cid.toString();
    },
    async addFile(path, opts = {}) {
      const { size } = await stat(path);
      const cid = await importFile(countBytes(createReadStream(path), size, opts.onProgress), helia.blockstore);
      return cid.toString();
    },
    async addDirectory(entries, opts = {}) {
      return (await importDirectory(entries, helia.blockstore, opts.onProgress)).toString();
    },
    cat: (cid, opts) => catVerified(blocks, cid, opts),
    getBytes: (cid, opts) => getBytesVerified(blocks, cid, opts),
    ls: (cid, opts) => lsVerified(blocks, cid, opts),
    async dial(address) {
      await helia.libp2p.dial(multiaddr(address));
    },
    async multiaddrs() {
      return helia.libp2p.getMultiaddrs().map(String);
    },
    async stop() {
      await helia.stop();
      await blockstore.close();
      await datastore.close();
    },
  };
}
