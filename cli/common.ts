// What every NRN command line shares (`nrnd`, `nrn`, `nrn-trainer`, `nrn-verifier`, `nrn-bridge`): one home and its
// keyring, options, the keyring signer, the IPFS store, amounts, output.
import { Option } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CID } from 'multiformats/cid';
import { isEmptyKeyring, openKeyring } from './keyring.ts';
import type { Keyring } from './keyring.ts';
import { connectSigner, DEFAULT_RPC, DEFAULT_GAS_PRICE } from '../client/connect.ts';
import { trainingsetQueries } from '../client/trainingset/queries.ts';
import type { TrainingsetQueries } from '../client/trainingset/queries.ts';
import type { ContentStore } from '../storage/types.ts';
import type { SigningStargateClient } from '@cosmjs/stargate';

/** One home for the node and every CLI, as a Cosmos SDK binary has: config/, data/, keyring/, ipfs/. */
export const DEFAULT_HOME = process.env.NRN_HOME ?? join(homedir(), '.nrnd');
/** A new keyring's passphrase is at least this long; an existing keyring opens with the one that sealed it. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** An error whose message already says what to do; printed without a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const homeOpt = () => new Option('--home <dir>', 'home of the node config and data, the keyring (<home>/keyring) and the embedded IPFS node (<home>/ipfs); env NRN_HOME').default(DEFAULT_HOME);
export const nodeOpt = () => new Option('--node <url>', 'CometBFT RPC of the node to talk to').default(DEFAULT_RPC);
export const keyringDirOpt = () => new Option('--keyring-dir <dir>', 'keyring directory (default <home>/keyring)');
export const fromOpt = () => new Option('--from <key>', 'name of the signing key in the keyring (passphrase from NRN_KEYRING_PASSPHRASE)').makeOptionMandatory();
export const ipfsOpt = () => new Option('--ipfs <url>', 'Kubo RPC API to use instead of the embedded Helia node, e.g. http://127.0.0.1:5001');
export const peerOpt = () => new Option('--peer <multiaddr...>', 'IPFS peers to connect to first (…/p2p/<peer id>), e.g. the node that added the content');
export const timeoutOpt = () => new Option('--timeout <ms>', 'longest wait for an IPFS block').default('30000');
export const gasPriceOpt = () => new Option('--gas-prices <price>', 'gas price; fees are simulated ("auto")').default(DEFAULT_GAS_PRICE);

export interface CommonOptions { home: string; node: string; ipfs?: string; peer?: string[]; timeout: string; from?: string; gasPrices?: string; keyringDir?: string }

export const print = (v: unknown) => console.log(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x), 2));

/** `<home>/keyring`, or `--keyring-dir` where a command offers it. */
export const keyringDir = (o: { home: string; keyringDir?: string }) => o.keyringDir ?? join(o.home, 'keyring');

/**
 * The keyring passphrase: NRN_KEYRING_PASSPHRASE, else asked on the terminal (twice when `newKeyring`).
 * A passphrase that creates a keyring must have MIN_PASSPHRASE_LENGTH characters, whichever way it came.
 */
export async function passphrase(o: { newKeyring?: boolean } = {}): Promise<string> {
  const p = process.env.NRN_KEYRING_PASSPHRASE || (await askPassphrase(o.newKeyring ?? false));
  if (o.newKeyring && p.length < MIN_PASSPHRASE_LENGTH) throw new UsageError(`a new keyring's passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`);
  return p;
}

async function askPassphrase(confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError('keyring passphrase needed: set NRN_KEYRING_PASSPHRASE or run in a terminal');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const p = await rl.question('Enter keyring passphrase: ');
    if (confirm && (await rl.question('Re-enter keyring passphrase: ')) !== p) throw new UsageError('passphrases do not match');
    return p;
  } finally {
    rl.close();
  }
}

/** The home's keyring (or --keyring-dir); `forNewKey` when the command adds a key, so a first key sets a checked passphrase. */
export async function openHomeKeyring(o: { home: string; keyringDir?: string }, forNewKey = false): Promise<Keyring> {
  const dir = keyringDir(o);
  return openKeyring(dir, await passphrase({ newKeyring: forNewKey && (await isEmptyKeyring(dir)) }));
}

export interface Signer { address: string; client: SigningStargateClient; close(): void }

/** The `--from` key's signing client, from the home's keyring (where `nrnd keys add <name>` puts keys). */
export async function signerFrom(o: CommonOptions): Promise<Signer> {
  if (!o.from) throw new UsageError('--from <key> is required to sign');
  const kr = await openHomeKeyring(o);
  const wallet = await kr.wallet(o.from);
  const [acct] = await wallet.getAccounts();
  const client = await connectSigner(o.node, wallet, o.gasPrices ?? DEFAULT_GAS_PRICE);
  return { address: acct!.address, client, close: () => client.disconnect() };
}

export async function withQueries<T>(o: CommonOptions, fn: (q: TrainingsetQueries) => Promise<T>): Promise<T> {
  let q: TrainingsetQueries;
  try {
    q = await trainingsetQueries(o.node);
  } catch (e) {
    throw new UsageError(`cannot reach the node at ${o.node} (${(e as Error).message}); is it running, and is --node right?`);
  }
  try {
    return await fn(q);
  } finally {
    q.disconnect();
  }
}

/** Opens the IPFS store (Kubo with --ipfs, else the embedded node under --home) and dials --peer addresses. */
export async function openStore(o: CommonOptions, listen = false): Promise<ContentStore> {
  // Loaded on use: libp2p and Helia take seconds to import and most commands never touch IPFS.
  const { openContentStore } = await import('../storage/ipfs.ts');
  const store = await openContentStore({ home: o.home, ipfs: o.ipfs, listen });
  for (const p of o.peer ?? []) {
    try {
      await store.dial(p);
    } catch (e) {
      await store.stop();
      throw new UsageError(`cannot connect to IPFS peer ${p} (${(e as Error).message}); check the address and that the peer is running`);
    }
  }
  return store;
}

export async function withStore<T>(o: CommonOptions, fn: (store: ContentStore) => Promise<T>): Promise<T> {
  const store = await openStore(o);
  try {
    return await fn(store);
  } finally {
    await store.stop();
  }
}

/** Like withStore, but the store opens on first use, so commands given only CIDs never start a node. */
export async function withLazyStore<T>(o: CommonOptions, fn: (store: () => Promise<ContentStore>) => Promise<T>): Promise<T> {
  let opened: Promise<ContentStore> | undefined;
  try {
    return await fn(() => (opened ??= openStore(o)));
  } finally {
    if (opened) await (await opened).stop();
  }
}

export function isCid(s: string): boolean {
  try { CID.parse(s); return true; } catch { return false; }
}

/**
 * An amount a person typed, `123`, `123unrn` or `1.5nrn`, in unrn; negative or malformed amounts are refused with the
 * accepted forms, and zero too unless `allowZero` (a fee).
 */
export function parseUnrn(s: string, what: string, o: { allowZero?: boolean } = {}): bigint {
  const m = /^(\d+)(unrn)?$/.exec(s) ?? null;
  let v: bigint | undefined;
  if (m) v = BigInt(m[1]!);
  const nrn = /^(\d+)(?:\.(\d{1,6}))?nrn$/.exec(s);
  if (nrn) v = BigInt(nrn[1]!) * 1_000_000n + BigInt((nrn[2] ?? '').padEnd(6, '0') || '0');
  if (v === undefined) throw new UsageError(`${what} "${s}" is not an amount; write e.g. 1000000unrn, 1000000 or 1.5nrn`);
  if (v === 0n && !o.allowZero) throw new UsageError(`${what} must be more than zero`);
  return v;
}

export function parseId(s: string, what: string): number {
  if (!/^\d+$/.test(s) || Number(s) === 0 || !Number.isSafeInteger(Number(s))) throw new UsageError(`${what} "${s}" is not a positive integer id`);
  return Number(s);
}

export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function writeOut(text: string, out: string | undefined) {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}
