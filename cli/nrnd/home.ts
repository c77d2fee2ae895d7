// A node's home directory: CometBFT's config and genesis, the app's app.toml, and genesis edits (add-account).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile, access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Bip39, Random } from '@cosmjs/crypto';
import { ensureCometBFT } from '../../chain/cometbft.ts';
import { mnemonicWallet } from '../../client/connect.ts';
import { defaultAppConfig, writeAppConfig } from '../../chain/config.ts';
import { assertAddress, moduleAddress, DENOM } from '../../chain/address.ts';
import { defaultAppGenesis } from '../../chain/app.ts';
import { nrnModules } from '../../app/wiring.ts';
import { defaultParams } from '../../modules/staking/params.ts';
import { valoperFromAccount, consAddrOf, BONDED_POOL } from '../../modules/staking/keeper.ts';
import type { GenesisValidator } from '../../modules/staking/genesis.ts';
import { parseUnrn } from '../common.ts';

const run = promisify(execFile);
export interface InitOptions {
  home: string;
  moniker: string;
  chainId: string;
  /** Seconds between blocks once one is committed (CometBFT's timeout_commit). */
  timeoutCommit?: string;
  overwrite?: boolean;
  /** The genesis validator's operator key; a new one is made (and saved in config/operator_key.json) if absent. */
  operatorMnemonic?: string;
  /** The node's own self-bond in genesis, in unrn (power = self-bond / 10^6). */
  selfBond?: bigint;
}

/** What `nrnd init` writes about the node's operator account (the key that signs create-validator, unjail, withdraw). */
export interface OperatorKeyFile { address: string; valoper: string; mnemonic: string }
export const operatorKeyPath = (home: string) => join(home, 'config', 'operator_key.json');
export const DEFAULT_SELF_BOND = 10_000_000n;

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
  genesis.app_state = defaultAppGenesis(nrnModules().modules);
  await writeFile(genesisPath(o.home), JSON.stringify(genesis, null, 2));
  const operator = await writeOperatorKey(o.home, o.operatorMnemonic);
  await addGenesisValidator(o.home, await genesisValidatorOf(o.home, operator.valoper, o.moniker, o.selfBond ?? DEFAULT_SELF_BOND));
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
  const unrn = parseUnrn(amount, 'amount');
  const genesis = JSON.parse(await readFile(genesisPath(home), 'utf8'));
  const state = genesis.app_state;
  if (state.bank.balances.some((b: any) => b.address === address)) throw new Error(`genesis already has an account ${address}`);
  state.auth.accounts.push({ address });
  state.bank.balances.push({ address, coins: [{ denom: DENOM, amount: unrn.toString() }] });
  resetSupply(state);
  await writeFile(genesisPath(home), JSON.stringify(genesis, null, 2));
}

/** Supply is the sum of genesis balances (InitChain checks it). */
function resetSupply(state: any) {
  const total = state.bank.balances.reduce((s: bigint, b: any) => s + BigInt(b.coins.find((c: any) => c.denom === DENOM)?.amount ?? 0), 0n);
  state.bank.supply = [{ denom: DENOM, amount: total.toString() }];
}

async function writeOperatorKey(home: string, mnemonic?: string): Promise<OperatorKeyFile> {
  // Entropy for a new key comes from the OS, never from consensus code.
  const words = mnemonic ?? Bip39.encode(Random.getBytes(32)).toString();
  const { address } = await mnemonicWallet(words);
  const key: OperatorKeyFile = { address, valoper: valoperFromAccount(address), mnemonic: words };
  await writeFile(operatorKeyPath(home), JSON.stringify(key, null, 2), { mode: 0o600 });
  return key;
}

/** A staking genesis validator for the node at `home`: its CometBFT consensus key, bonded by `valoper`. */
export async function genesisValidatorOf(home: string, valoper: string, moniker: string, selfBond: bigint): Promise<GenesisValidator> {
  const key = JSON.parse(await readFile(join(home, 'config', 'priv_validator_key.json'), 'utf8'));
  if (key.pub_key?.type !== 'tendermint/PubKeyEd25519') throw new Error(`${home}: priv_validator_key.json holds a ${key.pub_key?.type} key, expected ed25519`);
  return { operator_address: valoper, consensus_pubkey: key.pub_key.value, moniker, self_bond: selfBond.toString() };
}

/**
 * Adds a validator to the genesis at `home`: its self-bond is put in the bonded pool (supply grows by it) and
 * CometBFT's genesis validator list is kept equal to the staking set (power = self-bond / 10^6).
 */
export async function addGenesisValidator(home: string, v: GenesisValidator) {
  const genesis = JSON.parse(await readFile(genesisPath(home), 'utf8'));
  const state = genesis.app_state;
  const staking = (state.staking ??= { params: defaultParams(), validators: [] });
  if (staking.validators.some((x: GenesisValidator) => x.operator_address === v.operator_address || x.consensus_pubkey === v.consensus_pubkey)) {
    throw new Error(`genesis already has validator ${v.operator_address} or its consensus key`);
  }
  staking.validators.push(v);
  const pool = moduleAddress(BONDED_POOL);
  let entry = state.bank.balances.find((b: any) => b.address === pool);
  if (!entry) state.bank.balances.push((entry = { address: pool, coins: [{ denom: DENOM, amount: '0' }] }));
  entry.coins[0].amount = (BigInt(entry.coins[0].amount) + BigInt(v.self_bond)).toString();
  resetSupply(state);
  const reduction = BigInt(staking.params.power_reduction ?? defaultParams().power_reduction);
  const cometValidators = (genesis.validators ?? []).filter((x: any) => x.pub_key?.value !== v.consensus_pubkey);
  const address = consAddrOf(Buffer.from(v.consensus_pubkey, 'base64'));
  cometValidators.push({ address, pub_key: { type: 'tendermint/PubKeyEd25519', value: v.consensus_pubkey }, power: (BigInt(v.self_bond) / reduction).toString(), name: v.moniker });
  genesis.validators = cometValidators;
  await writeFile(genesisPath(home), JSON.stringify(genesis, null, 2));
}
