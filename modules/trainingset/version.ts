// The training-set version chain, computed on chain exactly as dataset/version.ts computes it off chain
// (a test checks they agree): genesis = sha256(utf8(initial dataset CID)), version_n = sha256(version_{n-1} ‖ utf8(delta CID)).
import { createHash } from 'node:crypto';

export const VERSION_RE = /^[0-9a-f]{64}$/;

export function genesisVersion(initialDatasetCid: string): string {
  return createHash('sha256').update(initialDatasetCid, 'utf8').digest('hex');
}

export function nextVersion(prevVersionHex: string, deltaCid: string): string {
  return createHash('sha256').update(Buffer.from(prevVersionHex, 'hex')).update(deltaCid, 'utf8').digest('hex');
}
