// The training-set version chain, one implementation for the chain (modules/trainingset) and the tools (sync, trainer,
// bench). Pure: @noble/hashes, no Node builtins, so consensus code and a browser compute it alike.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** A version as the chain stores it: a sha256, 64 lower-case hex characters. */
export const VERSION_RE = /^[0-9a-f]{64}$/;

/**
 * The training-set version chain of a group, as the chain computes it at each epoch end:
 * genesis = sha256(utf8(initial dataset CID)); version_n = sha256(version_{n-1} as 32 raw bytes ‖ utf8(delta CID)),
 * hex-encoded lower case. CIDs are hashed as the exact strings carried in the txs (canonical base32 CIDv1).
 */
export function genesisVersion(initialDatasetCid: string): string {
  return bytesToHex(sha256(utf8ToBytes(initialDatasetCid)));
}

export function nextVersion(prevVersionHex: string, deltaCid: string): string {
  if (!VERSION_RE.test(prevVersionHex)) {
    throw new Error(`invalid training-set version "${prevVersionHex}": expected 64 lower-case hex characters (a sha256)`);
  }
  if (deltaCid === '') throw new Error('delta CID is empty');
  return bytesToHex(sha256(concatBytes(hexToBytes(prevVersionHex), utf8ToBytes(deltaCid))));
}

/** Every version from genesis through the last applied delta: `[genesis, v1, …, vn]`. */
export function versionChain(initialDatasetCid: string, deltaCids: readonly string[]): string[] {
  const versions = [genesisVersion(initialDatasetCid)];
  for (const cid of deltaCids) versions.push(nextVersion(versions.at(-1)!, cid));
  return versions;
}
