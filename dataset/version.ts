import { createHash } from 'node:crypto';

/**
 * The training-set version chain of a group, as the chain computes it at each epoch end:
 * genesis = sha256(utf8(initial dataset CID)); version_n = sha256(version_{n-1} as 32 raw bytes ‖ utf8(delta CID)),
 * hex-encoded lower case. CIDs are hashed as the exact strings carried in the txs (canonical base32 CIDv1).
 */
export function genesisVersion(initialDatasetCid: string): string {
  return createHash('sha256').update(initialDatasetCid, 'utf8').digest('hex');
}

export function nextVersion(prevVersionHex: string, deltaCid: string): string {
  if (!/^[0-9a-f]{64}$/.test(prevVersionHex)) {
    throw new Error(`invalid training-set version "${prevVersionHex}": expected 64 lower-case hex characters (a sha256)`);
  }
  if (deltaCid === '') throw new Error('delta CID is empty');
  return createHash('sha256').update(Buffer.from(prevVersionHex, 'hex')).update(deltaCid, 'utf8').digest('hex');
}

/** Every version from genesis through the last applied delta: `[genesis, v1, …, vn]`. */
export function versionChain(initialDatasetCid: string, deltaCids: readonly string[]): string[] {
  const versions = [genesisVersion(initialDatasetCid)];
  for (const cid of deltaCids) versions.push(nextVersion(versions.at(-1)!, cid));
  return versions;
}
