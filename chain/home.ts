// A node's home directory: CometBFT's config and genesis, the app's app.toml, and genesis edits (add-account).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile, access } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAppConfig, writeAppConfig } from './config.ts';
import { assertAddress, DENOM } from './address.ts';
import type { AppGenesis } from './app.ts';

const run = promisify(execFile);
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const COMETBFT_BIN = process.env.NRN_COMETBFT_BIN ?? join(REPO_ROOT, '.tools', 'bin', 'cometbft');

export async function ensureCometBFT(): Promise<string> {
  try {
    await access(COMETBFT_BIN);
  } catch {
    await run('bash', [join(REPO_ROOT, 'scripts', 'install-cometbft.sh')], { maxBuffer: 1 << 24 });
  }
  return COMETBFT_BIN;
}

export interface InitOptions {
  home: string;
  moniker: string;
  chainId: string;
  /** Seconds between blocks once one is committed (CometBFT's timeout_commit). */
  timeoutCommit?: string;
  overwrite?: boolean;
}

export const genesisPath = (home: string) => join(home, 'config', 'genesis.json');
export const configTomlPath = (home: string) => join(home, 'config', 'config.toml');

/** `nrnd init`: CometBFT's init (keys, one-validator genesis), then NRN's app_state and app.toml. */
export async function initHome(o: InitOptions): Promise<{ nodeId: string; genesis: any }> {
  const bin = await ensureCometBFT();
  try {
    await access(genesisPath(o.home));
    if (!o.overwrite) throw new Error(`${genesisPath(o.home)} already exists; use --overwrite to replace it or pick another --home`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await run(bin, ['init', '--home', o.home]);
  const genesis = JSON.parse(await readFile(genesisPath(o.home), 'utf8'));
  genesis.chain_id = o.chainId;
  genesis.app_state = { auth: { accounts: [] }, bank: { balances: [], supply: [] } } satisfies AppGenesis;
  await writeFile(genesisPath(o.home), JSON.stringify(genesis, null, 2));
  await editConfigToml(o.home, {
    moniker: JSON.stringify(o.moniker),
    timeout_commit: JSON.stringify(o.timeoutCommit ?? '1s'),
    allow_duplicate_ip: 'true',
    addr_book_strict: 'false',
    indexer: JSON.stringify('kv'),
    max_body_bytes: '10000000',
    max_tx_bytes: '1048576',
    size: '50000',
    max_txs_bytes: '1073741824',
    cache_size: '100000',
  });
  const cfg = defaultAppConfig();
  cfg.abci.address = `unix://${join(resolve(o.home), 'data', 'abci.sock')}`;
  await writeAppConfig(o.home, cfg);
  const { stdout } = await run(bin, ['show-node-id', '--home', o.home]);
  return { nodeId: stdout.trim(), genesis };
}

/** Sets top-level or sectioned keys of config.toml by name (each name appears once in CometBFT's file). */
export async function editConfigToml(home: string, values: Record<string, string>) {
  let text = await readFile(configTomlPath(home), 'utf8');
  for (const [key, value] of Object.entries(values)) {
    const re = new RegExp(`^${key} = .*$`, 'm');
    if (!re.test(text)) throw new Error(`config.toml has no key ${key}`);
    text = text.replace(re, `${key} = ${value}`);
  }
  await writeFile(configTomlPath(home), text);
}

/** `nrnd genesis add-account`: a balance in genesis; supply follows the sum of balances. */
export async function addGenesisAccount(home: string, address: string, amount: string) {
  assertAddress(address, 'address');
  const m = /^(\d+)unrn$/.exec(amount);
  if (!m || BigInt(m[1]!) === 0n) throw new Error(`amount "${amount}" must be a positive integer followed by ${DENOM}, e.g. 1000000${DENOM}`);
  const genesis = JSON.parse(await readFile(genesisPath(home), 'utf8'));
  const state = genesis.app_state;
  if (state.bank.balances.some((b: any) => b.address === address)) throw new Error(`genesis already has an account ${address}`);
  state.auth.accounts.push({ address });
  state.bank.balances.push({ address, coins: [{ denom: DENOM, amount: m[1] }] });
  const total = state.bank.balances.reduce((s: bigint, b: any) => s + BigInt(b.coins.find((c: any) => c.denom === DENOM)?.amount ?? 0), 0n);
  state.bank.supply = [{ denom: DENOM, amount: total.toString() }];
  await writeFile(genesisPath(home), JSON.stringify(genesis, null, 2));
}
