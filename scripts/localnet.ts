// `npm run localnet`: four validators on loopback, each with its own home, ports and ABCI socket.
// `cometbft testnet` gives every node the same ports, so homes are built one by one and ports/peers rewritten.
import { mkdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { initHome, addGenesisAccount, addGenesisValidator, genesisValidatorOf, genesisPath, configTomlPath, operatorKeyPath, DEFAULT_SELF_BOND } from '../cli/nrnd/home.ts';
import { REPO_ROOT } from '../chain/cometbft.ts';
import type { OperatorKeyFile } from '../cli/nrnd/home.ts';
import { spawnNrnd } from './node-process.ts';
import type { NodeProcess } from './node-process.ts';
import { devAccounts } from './dev-accounts.ts';
import type { DevAccount } from './dev-accounts.ts';
import { waitForHeight } from './rpc.ts';

export const LOCALNET_CHAIN_ID = 'nrn-localnet-1';
export const ACCOUNT_BALANCE = '1000000000000unrn';

export interface LocalnetOptions {
  /** Parent folder of the node homes (node0, node1, …). */
  dir: string;
  /** Node i listens for P2P on basePort + 10·i and for RPC on basePort + 1 + 10·i. */
  basePort?: number;
  validators?: number;
  timeoutCommit?: string;
  /** Funded development accounts in genesis; account 0 is the faucet. */
  accounts?: number;
  /** Wipe `dir` first; otherwise an existing localnet there is resumed. */
  reset?: boolean;
  /** Extra config.toml settings for every node, as `section.key` (or `key` at top level) → TOML value. */
  configEdits?: Record<string, string>;
  /** Changes to the new genesis (every node gets the same), e.g. short slashing params for a test; unused on resume. */
  editGenesis?: (genesis: any) => void;
}

export interface LocalnetNode {
  home: string;
  rpc: string;
  p2pPort: number;
  nodeId: string;
  process: NodeProcess | undefined;
}

export interface Localnet {
  chainId: string;
  nodes: LocalnetNode[];
  accounts: DevAccount[];
  /** Starts node i (again), with the same home. */
  start(i: number): Promise<void>;
  /** A crash: SIGKILL to node i's app and CometBFT. */
  kill9(i: number): Promise<void>;
  /** Stops every running node cleanly. */
  stop(): Promise<void>;
}

const exists = (p: string) => access(p).then(() => true, () => false);

/** Sets `key` inside `[section]` of a TOML text ('' = the top level, before any section). */
export function setTomlKey(text: string, section: string, key: string, value: string): string {
  const lines = text.split('\n');
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const header = /^\[([^\]]+)\]\s*$/.exec(lines[i]!);
    if (header) { current = header[1]!; continue; }
    if (current === section && new RegExp(`^${key.replace(/\./g, '\\.')}\\s*=`).test(lines[i]!)) {
      lines[i] = `${key} = ${value}`;
      return lines.join('\n');
    }
  }
  throw new Error(`config.toml has no key ${key} in section [${section}]`);
}

export async function editToml(home: string, edits: Record<string, string>) {
  let text = await readFile(configTomlPath(home), 'utf8');
  for (const [path, value] of Object.entries(edits)) {
    const dot = path.lastIndexOf('.');
    text = setTomlKey(text, dot < 0 ? '' : path.slice(0, dot), dot < 0 ? path : path.slice(dot + 1), value);
  }
  await writeFile(configTomlPath(home), text);
}

/** Builds the homes on first use (one genesis with every validator and the funded accounts) and starts all nodes. */
export async function createLocalnet(o: LocalnetOptions): Promise<Localnet> {
  const dir = resolve(o.dir);
  const n = o.validators ?? 4;
  const basePort = o.basePort ?? 26656;
  const accounts = await devAccounts('localnet', o.accounts ?? 10);
  const homes = Array.from({ length: n }, (_, i) => join(dir, `node${i}`));
  // Only the node homes are ever deleted, so a mistaken --dir cannot wipe anything else.
  const wipeHomes = () => Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  if (o.reset) await wipeHomes();
  const nodeIds: string[] = [];
  if (!(await exists(genesisPath(homes[n - 1]!)))) {
    await wipeHomes();
    await mkdir(dir, { recursive: true });
    for (const [i, home] of homes.entries()) {
      const { nodeId } = await initHome({ home, moniker: `validator${i}`, chainId: LOCALNET_CHAIN_ID, timeoutCommit: o.timeoutCommit ?? '1s' });
      nodeIds.push(nodeId);
    }
    // Node 0's genesis already holds its own validator; the others join it (staking set and CometBFT's list).
    for (const [i, home] of homes.entries()) {
      if (i === 0) continue;
      const operator = JSON.parse(await readFile(operatorKeyPath(home), 'utf8')) as OperatorKeyFile;
      await addGenesisValidator(homes[0]!, await genesisValidatorOf(home, operator.valoper, `validator${i}`, DEFAULT_SELF_BOND));
    }
    for (const a of accounts) await addGenesisAccount(homes[0]!, a.address, ACCOUNT_BALANCE);
    if (o.editGenesis) {
      const genesis = JSON.parse(await readFile(genesisPath(homes[0]!), 'utf8'));
      o.editGenesis(genesis);
      await writeFile(genesisPath(homes[0]!), JSON.stringify(genesis, null, 2));
    }
    const text = await readFile(genesisPath(homes[0]!), 'utf8');
    for (const home of homes.slice(1)) await writeFile(genesisPath(home), text);
  } else {
    for (const home of homes) {
      const key = JSON.parse(await readFile(join(home, 'config', 'node_key.json'), 'utf8'));
      nodeIds.push(nodeIdFromKey(key.priv_key.value));
    }
  }

  const nodes: LocalnetNode[] = homes.map((home, i) => ({
    home, nodeId: nodeIds[i]!, p2pPort: basePort + 10 * i, rpc: `http://127.0.0.1:${basePort + 1 + 10 * i}`, process: undefined,
  }));
  for (const [i, node] of nodes.entries()) {
    const peers = nodes.filter((_, j) => j !== i).map((p) => `${p.nodeId}@127.0.0.1:${p.p2pPort}`).join(',');
    await editToml(node.home, {
      'rpc.laddr': JSON.stringify(node.rpc.replace('http://', 'tcp://')),
      'p2p.laddr': JSON.stringify(`tcp://127.0.0.1:${node.p2pPort}`),
      'p2p.persistent_peers': JSON.stringify(peers),
      'instrumentation.prometheus': 'false',
      'rpc.pprof_laddr': '""',
      ...(o.timeoutCommit ? { 'consensus.timeout_commit': JSON.stringify(o.timeoutCommit) } : {}),
      ...o.configEdits,
    });
  }

  const net: Localnet = {
    chainId: LOCALNET_CHAIN_ID,
    nodes,
    accounts,
    async start(i) {
      const node = nodes[i]!;
      if (node.process && node.process.process.exitCode === null && node.process.process.signalCode === null) throw new Error(`node${i} is already running`);
      node.process = spawnNrnd(node.home);
    },
    async kill9(i) {
      await nodes[i]!.process?.kill9();
      nodes[i]!.process = undefined;
    },
    async stop() {
      await Promise.all(nodes.map(async (node) => { await node.process?.stop(); node.process = undefined; }));
    },
  };
  try {
    for (let i = 0; i < n; i++) await net.start(i);
    await Promise.all(nodes.map((node) => waitForHeight(node.rpc, 1, 120_000)));
  } catch (e) {
    await net.stop();
    throw e;
  }
  return net;
}

/** CometBFT's node id: the first 20 bytes of sha256 of the ed25519 public key (the key's second half), hex. */
function nodeIdFromKey(privKeyBase64: string): string {
  const priv = Buffer.from(privKeyBase64, 'base64');
  return createHash('sha256').update(priv.subarray(32)).digest().subarray(0, 20).toString('hex');
}

const USAGE = `Usage: npm run localnet -- [options]

Runs 4 NRN validators on 127.0.0.1, each with its own home under --dir; Ctrl-C stops them all.
A second run resumes the same chain; --reset starts a new one.

Options:
  --dir <path>          parent folder of the node homes (default .localnet)
  --base-port <port>    node i uses P2P port base+10·i and RPC port base+1+10·i (default 26656)
  --timeout-commit <d>  time between blocks (default 1s)
  --reset               delete the node homes in --dir first and create a fresh genesis
  -h, --help            this text`;

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: join(REPO_ROOT, '.localnet') },
      'base-port': { type: 'string', default: '26656' },
      'timeout-commit': { type: 'string', default: '1s' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  const basePort = Number(values['base-port']);
  if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65535 - 40) throw new Error(`--base-port ${values['base-port']} must be a port between 1024 and 65495`);
  console.log(`starting 4 validators in ${resolve(values.dir)} …`);
  const net = await createLocalnet({ dir: values.dir, basePort, timeoutCommit: values['timeout-commit'], reset: values.reset });
  const faucet = net.accounts[0]!;
  console.log(`\nlocalnet ${net.chainId} is producing blocks`);
  for (const [i, node] of net.nodes.entries()) console.log(`  validator${i}  rpc ${node.rpc}  p2p 127.0.0.1:${node.p2pPort}  home ${node.home}  logs ${join(node.home, 'nrnd.log')}, ${join(node.home, 'cometbft.log')}`);
  console.log(`\nfaucet (development key, never for real funds; ${ACCOUNT_BALANCE}):\n  address  ${faucet.address}\n  mnemonic ${faucet.mnemonic}`);
  console.log(`\n${net.accounts.length - 1} more funded accounts: devAccount('localnet', 1…${net.accounts.length - 1}) in scripts/dev-accounts.ts\nCtrl-C stops all validators.`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping validators …');
    void net.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await Promise.race(net.nodes.map(async (node, i) => {
    const code = await node.process!.exited;
    if (!stopping) console.error(`validator${i} exited (${code}); see ${join(node.home, 'nrnd.log')} and ${join(node.home, 'cometbft.log')}`);
  }));
}

if (import.meta.main) {
  main().catch((e) => { console.error(`Error: ${(e as Error).message}`); process.exit(1); });
}
