// Joining the 4-validator localnet with the real CometBFT: a fifth node syncs blocks from height 1, a sixth
// restores an ABCI snapshot (state sync) and starts near the tip; both reach the network's app hash, then the
// sixth becomes a validator with MsgCreateValidator and /validators shows its power, moved exactly by a delegation.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { initHome, genesisPath, configTomlPath, operatorKeyPath } from '../cli/nrnd/home.ts';
import { loadAppConfig, writeAppConfig } from '../chain/config.ts';
import { startNode } from '../chain/node.ts';
import type { RunningNode } from '../chain/node.ts';
import { silentLogger } from '../chain/log.ts';
import { setTomlKey, createLocalnet, LOCALNET_CHAIN_ID } from '../scripts/localnet.ts';
import type { Localnet } from '../scripts/localnet.ts';
import { connectSigner } from '../client/connect.ts';
import { createValidator } from '../client/staking/createValidator.ts';
import { freePort, waitForHeight } from './harness.ts';
import { freeBasePort } from './netcheck.ts';
import { nrnModules } from '../app/wiring.ts';

const CHAIN_ID = LOCALNET_CHAIN_ID;
const SNAPSHOT_INTERVAL = 10;
const running: RunningNode[] = [];
let root = '';
let net: Localnet | undefined;

after(async () => {
  for (const n of running.reverse()) await n.stop();
  await net?.stop();
  if (root && !process.env.NRN_KEEP_TEST_DIR) await rm(root, { recursive: true, force: true });
});

interface Node { home: string; rpc: string; p2p: number; nodeId: string }

async function makeNode(name: string, o: { snapshotInterval?: number; genesisFrom?: string; peers?: string[]; stateSync?: { rpc: string; height: number; hash: string } }): Promise<Node> {
  const home = join(root, name);
  const { nodeId } = await initHome({ home, moniker: name, chainId: CHAIN_ID, timeoutCommit: '200ms' });
  if (o.genesisFrom) await copyFile(genesisPath(o.genesisFrom), genesisPath(home));
  const rpcPort = await freePort();
  const p2p = await freePort();
  let toml = await readFile(configTomlPath(home), 'utf8');
  const set = (section: string, key: string, value: string) => { toml = setTomlKey(toml, section, key, value); };
  set('rpc', 'laddr', JSON.stringify(`tcp://127.0.0.1:${rpcPort}`));
  set('p2p', 'laddr', JSON.stringify(`tcp://127.0.0.1:${p2p}`));
  set('p2p', 'persistent_peers', JSON.stringify((o.peers ?? []).join(',')));
  set('consensus', 'timeout_propose', '"1s"');
  if (o.stateSync) {
    set('statesync', 'enable', 'true');
    set('statesync', 'rpc_servers', JSON.stringify(`${o.stateSync.rpc},${o.stateSync.rpc}`));
    set('statesync', 'trust_height', String(o.stateSync.height));
    set('statesync', 'trust_hash', JSON.stringify(o.stateSync.hash));
    set('statesync', 'discovery_time', '"5s"');
  }
  await writeFile(configTomlPath(home), toml);
  const cfg = await loadAppConfig(home);
  cfg.stateSync.snapshotInterval = o.snapshotInterval ?? 0;
  // Blocks come every ~200 ms: keep snapshots long enough to outlive the joiner's discovery and fetch.
  cfg.stateSync.snapshotKeepRecent = 50;
  await writeAppConfig(home, cfg);
  return { home, rpc: `http://127.0.0.1:${rpcPort}`, p2p, nodeId };
}

async function start(n: Node) {
  running.push(await startNode({ home: n.home, modules: nrnModules(), logger: silentLogger() }));
}

const rpcJson = async (url: string) => ((await (await fetch(url)).json()) as any).result;

/** The node's own app hash at its last height must equal the hash the source put in the next header. */
async function assertSameAppHash(node: Node, source: Node) {
  const info = (await rpcJson(`${node.rpc}/abci_info`)).response;
  const h = Number(info.last_block_height);
  await waitForHeight(source.rpc, h + 1);
  const header = (await rpcJson(`${source.rpc}/block?height=${h + 1}`)).block.header;
  assert.equal(Buffer.from(info.last_block_app_hash, 'base64').toString('hex').toUpperCase(), header.app_hash);
  return h;
}

test('on the 4-validator localnet a fifth node joins by block sync and a sixth by state sync, then becomes a validator', { timeout: 170_000 }, async () => {
  root = await mkdtemp(join(tmpdir(), 'nrn-join-'));
  net = await createLocalnet({ dir: join(root, 'localnet'), basePort: await freeBasePort(), reset: true, timeoutCommit: '300ms' });
  // Every validator serves snapshots (restarted with snapshot-interval set in app.toml).
  await net.stop();
  for (const node of net.nodes) {
    const cfg = await loadAppConfig(node.home);
    cfg.stateSync = { snapshotInterval: SNAPSHOT_INTERVAL, snapshotKeepRecent: 50 };
    await writeAppConfig(node.home, cfg);
  }
  for (let i = 0; i < net.nodes.length; i++) await net.start(i);
  const source: Node = { home: net.nodes[0]!.home, rpc: net.nodes[0]!.rpc, p2p: net.nodes[0]!.p2pPort, nodeId: net.nodes[0]!.nodeId };
  const peers = net.nodes.map((n) => `${n.nodeId}@127.0.0.1:${n.p2pPort}`);
  const start0 = Number((await rpcJson(`${source.rpc}/status`).catch(() => ({ sync_info: { latest_block_height: '0' } }))).sync_info.latest_block_height);
  const trustHeight = (Math.floor(start0 / SNAPSHOT_INTERVAL) + 2) * SNAPSHOT_INTERVAL;
  await waitForHeight(source.rpc, trustHeight + 1, 90_000);
  const trustHash = (await rpcJson(`${source.rpc}/block?height=${trustHeight}`)).block_id.hash;
  const faucet = net.accounts[0]!;
  const client = await connectSigner(source.rpc, faucet.wallet);

  const blockSynced = await makeNode('node4-blocksync', { genesisFrom: source.home, peers });
  const stateSynced = await makeNode('node5-statesync', { genesisFrom: source.home, peers, stateSync: { rpc: source.rpc, height: trustHeight, hash: trustHash } });
  await start(blockSynced);
  await start(stateSynced);
  const tip = Number((await rpcJson(`${source.rpc}/status`)).sync_info.latest_block_height);
  await waitForHeight(blockSynced.rpc, tip, 90_000);
  await waitForHeight(stateSynced.rpc, tip, 90_000);

  const bs = (await rpcJson(`${blockSynced.rpc}/status`)).sync_info;
  const ss = (await rpcJson(`${stateSynced.rpc}/status`)).sync_info;
  assert.equal(bs.earliest_block_height, '1', 'block sync replays from height 1');
  assert.ok(Number(ss.earliest_block_height) >= trustHeight, `state sync starts at a snapshot (earliest block ${ss.earliest_block_height})`);
  await assertSameAppHash(blockSynced, source);
  await assertSameAppHash(stateSynced, source);

  // The state-synced node's operator is funded and bonds 2 NRN behind that node's consensus key.
  const operator = JSON.parse(await readFile(operatorKeyPath(stateSynced.home), 'utf8'));
  const sent = await client.sendTokens(faucet.address, operator.address, [{ denom: 'unrn', amount: '5000000' }], 'auto');
  assert.equal(sent.code, 0, sent.rawLog);
  await waitForHeight(stateSynced.rpc, sent.height + 1);
  const opWallet = await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: 'nrn' });
  const opClient = await connectSigner(stateSynced.rpc, opWallet);
  const consKey = JSON.parse(await readFile(join(stateSynced.home, 'config', 'priv_validator_key.json'), 'utf8')).pub_key.value;
  const r = await createValidator(opClient, { operator: operator.address, consensusPubkey: Buffer.from(consKey, 'base64'), selfBond: 2_000_000n, moniker: 'joiner' });
  assert.equal(r.code, 0, r.rawLog);
  await waitForPower(source.rpc, consKey, '2');
  // A delegation through CosmJS moves its power by exactly one unit per 10^6 unrn.
  const d = await client.delegateTokens(faucet.address, operator.valoper, { denom: 'unrn', amount: '3000000' }, 'auto');
  assert.equal(d.code, 0, d.rawLog);
  await waitForPower(source.rpc, consKey, '5');
  const powers = ((await rpcJson(`${source.rpc}/validators`)).validators as { voting_power: string }[]).map((v) => v.voting_power).sort();
  assert.deepEqual(powers, ['10', '10', '10', '10', '5'].sort());
  // It signs: the chain keeps going and the joiner's own node keeps up.
  const h = Number((await rpcJson(`${source.rpc}/status`)).sync_info.latest_block_height);
  await waitForHeight(stateSynced.rpc, h + 3, 30_000);
  client.disconnect();
  opClient.disconnect();
});

async function waitForPower(rpc: string, key: string, power: string) {
  const deadline = Date.now() + 30_000;
  let got = '0';
  while (Date.now() < deadline) {
    const vs = (await rpcJson(`${rpc}/validators`)).validators as { pub_key: { value: string }; voting_power: string }[];
    got = vs.find((v) => v.pub_key.value === key)?.voting_power ?? '0';
    if (got === power) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  assert.equal(got, power, `validator ${key} in /validators`);
}
