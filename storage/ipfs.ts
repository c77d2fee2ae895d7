/**
 * The IPFS layer of all off-chain code (trainer, CLI, verifier): `openHelia` (embedded node, the default) or
 * `openKubo` (an operator's daemon, `--ipfs <url>`), both behind `ContentStore`, both making CIDs with IMPORT_PARAMS.
 *
 * @example
 * const store = await openContentStore({ home: '~/.nrnd' });
 * const cid = await store.addBytes(new TextEncoder().encode('x,y\n1,2\n'));
 * const bytes = await store.getBytes(cid, { timeoutMs: 10_000 });
 * await store.stop();
 */
import { join } from 'node:path';
import { openHelia } from './helia.ts';
import { openKubo } from './kubo.ts';
import type { ContentStore } from './types.ts';

export { openHelia } from './helia.ts';
export type { HeliaStoreOptions } from './helia.ts';
export { openKubo } from './kubo.ts';
export { IMPORT_PARAMS } from './import-params.ts';
export { DEFAULT_TIMEOUT_MS, parseCid } from './verified-read.ts';
export { PROGRESS_BAR_MIN_BYTES, transferProgressBar } from './progress.ts';
export type { ProgressBarOptions, TransferProgressBar } from './progress.ts';
export {
  CidMismatchError,
  ContentUnavailableError,
  ContentVerificationError,
  InvalidCidError,
  KuboUnreachableError,
  UnexpectedContentTypeError,
} from './errors.ts';
export type {
  AddOptions,
  ContentStore,
  DirectoryEntryInput,
  DirectoryListing,
  GetOptions,
  OnProgress,
  TransferProgress,
} from './types.ts';

export interface ContentStoreOptions {
  /** The node's home; the embedded node keeps its data in `<home>/ipfs`. */
  home: string;
  /** A Kubo RPC URL (`--ipfs`); when absent the embedded Helia node is used. */
  ipfs?: string;
  /** Whether the embedded node accepts connections from other local nodes. */
  listen?: boolean;
}

/** The store a command should use: Kubo when `--ipfs` was given, else the embedded Helia node under the home. */
export function openContentStore(options: ContentStoreOptions): Promise<ContentStore> {
  if (options.ipfs !== undefined) return openKubo(options.ipfs);
  return openHelia({ dir: join(options.home, 'ipfs'), listen: options.listen });
}
