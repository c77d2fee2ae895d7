/** Bytes moved so far and, when the size is known up front, the total. */
export interface TransferProgress {
  bytes: number;
  total?: number;
}

export type OnProgress = (progress: TransferProgress) => void;

export interface AddOptions {
  onProgress?: OnProgress;
}

export interface GetOptions {
  /** Longest wait for the next block before giving up (a stall timeout, not a total one); default 30 s. */
  timeoutMs?: number;
  onProgress?: OnProgress;
}

export interface DirectoryEntryInput {
  /** Relative path inside the directory, '/'-separated, e.g. `deltas/0001.diff`. */
  path: string;
  content: Uint8Array;
}

export interface DirectoryListing {
  name: string;
  cid: string;
  size: number;
  type: 'file' | 'directory';
}

/** The IPFS operations the off-chain code (trainer, CLI, verifier) relies on; every read is checked against its CID. */
export interface ContentStore {
  readonly kind: 'helia' | 'kubo';
  addBytes(bytes: Uint8Array, options?: AddOptions): Promise<string>;
  addFile(path: string, options?: AddOptions): Promise<string>;
  addDirectory(entries: DirectoryEntryInput[], options?: AddOptions): Promise<string>;
  /** Streams a file's bytes, each block verified against its CID before it is used. */
  cat(cid: string, options?: GetOptions): AsyncGenerator<Uint8Array, void, undefined>;
  getBytes(cid: string, options?: GetOptions): Promise<Uint8Array>;
  ls(cid: string, options?: Pick<GetOptions, 'timeoutMs'>): Promise<DirectoryListing[]>;
  /** Connects to a peer that holds content, e.g. another node's `/ip4/127.0.0.1/tcp/4001/p2p/12D3…`. */
  dial(multiaddr: string): Promise<void>;
  /** Addresses other nodes can dial, each ending in `/p2p/<peer id>`. */
  multiaddrs(): Promise<string[]>;
  stop(): Promise<void>;
}
