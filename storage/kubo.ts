import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { multiaddr } from '@multiformats/multiaddr';
import { create } from 'kubo-rpc-client';
import { CidMismatchError, KuboUnreachableError } from './errors.ts';
import { checkDirectoryEntries, countBytes, countedEntries, hashOnly, importDirectory, importFile, kuboAddOptions, slices } from './import-params.ts';
import { catVerified, getBytesVerified, lsVerified } from './verified-read.ts';
import type { BlockSource } from './verified-read.ts';
import type { ContentStore } from './types.ts';

/**
 * A Kubo daemon through its RPC API (e.g. `http://127.0.0.1:5001`). Kubo is not trusted: reads go block by block
 * through `block/get` and each block is hashed against its CID; adds are checked against the CID that the documented
 * import parameters give locally.
 *
 * Installing Kubo v0.43.1: plain `go install github.com/ipfs/kubo/cmd/ipfs@v0.43.1` is refused (its go.mod replaces
 * go-libp2p with a fork the module proxy does not serve); build it from the module source with the release that
 * followed the fork instead:
 *   go mod download github.com/ipfs/kubo@v0.43.1 && src=$(go env GOMODCACHE)/github.com/ipfs/kubo@v0.43.1
 *   cp -r "$src" /tmp/kubo-src && chmod -R u+w /tmp/kubo-src && cd /tmp/kubo-src
 *   go mod edit -dropreplace=github.com/libp2p/go-libp2p -require=github.com/libp2p/go-libp2p@v0.50.0
 *   go build -mod=mod -o "$NRN/.tools/bin/ipfs" ./cmd/ipfs    # about 10 minutes on 2 cores
 */
export async function openKubo(url: string): Promise<ContentStore> {
  const kubo = create({ url });
  try {
    await kubo.id({ signal: AbortSignal.timeout(10_000) });
  } catch (err) {
    throw new KuboUnreachableError(url, { cause: err });
  }

  const blocks: BlockSource = { get: (cid, { signal }) => kubo.block.get(cid, { signal }) };

  const expectSame = (expected: string, actual: string) => {
    if (expected !== actual) throw new CidMismatchError(expected, actual);
    return actual;
  };

  return {
    kind: 'kubo',
    async addBytes(bytes, opts = {}) {
      const expected = (await importFile(slices(bytes), hashOnly)).toString();
      const added = await kubo.add(countBytes(slices(bytes), bytes.length, opts.onProgress), kuboAddOptions());
      return expectSame(expected, added.cid.toString());
    },
    async addFile(path, opts = {}) {
      const { size } = await stat(path);
      const expected = (await importFile(createReadStream(path), hashOnly)).toString();
      const added = await kubo.add(countBytes(createReadStream(path), size, opts.onProgress), kuboAddOptions());
      return expectSame(expected, added.cid.toString());
    },
    async addDirectory(entries, opts = {}) {
      const sorted = checkDirectoryEntries(entries);
      const expected = (await importDirectory(sorted, hashOnly)).toString();
      let root: string | undefined;
      const options = { ...kuboAddOptions(), wrapWithDirectory: true };
      for await (const entry of kubo.addAll(countedEntries(sorted, opts.onProgress), options)) root = entry.cid.toString();
      if (root === undefined) throw new Error('Kubo returned no directory root');
      return expectSame(expected, root);
    },
    cat: (cid, opts) => catVerified(blocks, cid, opts),
    getBytes: (cid, opts) => getBytesVerified(blocks, cid, opts),
    ls: (cid, opts) => lsVerified(blocks, cid, opts),
    async dial(address) {
      await kubo.swarm.connect(multiaddr(address));
    },
    async multiaddrs() {
      const { addresses } = await kubo.id();
      return addresses.map(String);
    },
    async stop() {},
  };
}
