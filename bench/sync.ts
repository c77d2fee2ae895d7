// `npm run bench:sync`: seconds for a new node to join a chain of 10,000 blocks with state — by block sync from
// height 1 and by state sync from a recent ABCI snapshot — both measured in the same run against the same source.
import { cp, mkdtemp, mkdir, rm, readFile, writeFile, readdir, stat, copyFile, access } from 'node:fs/promises';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { ClassicLevel } from 'classic-level';
import { CID } from 'multiformats/cid';
import * as raw from 'multiformats/codecs/raw';
import { create as createDigest } from 'multiformats/hashes/digest';
import { toBech32 } from '@cosmjs/encoding';
import { SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import type { EncodeObject } from '@cosmjs/proto-signing';
import type { StdFee } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { genesisPath, operatorKeyPath } from '../cli/nrnd/home.ts';
import { ensureCometBFT } from '../chain/cometbft.ts';
import type { OperatorKeyFile } from '../cli/nrnd/home.ts';
import { loadAppConfig, writeAppConfig } from '../chain/config.ts';
import { createRegistry } from '../client/registry.ts';
import { trainingsetMsgTypes } from '../client/trainingset/types.ts';
import { createSingleNode } from '../scripts/single-node.ts';
import { editToml } from '../scripts/localnet.ts';
import { spawnNrnd, NRND_BIN } from '../scripts/node-process.ts';
import type { NodeProcess } from '../scripts/node-process.ts';
import { keyAccount, BANK_SEND_FEE } from '../scripts/dev-accounts.ts';
import type { DevAccount } from '../scripts/dev-accounts.ts';
import { broadcastBatchesInOrder, latestHeight, rpcCall, waitForHeight } from '../scripts/rpc.ts';
import { freePort } from '../test/harness.ts';

const run = promisify(execFile);

const CHAIN_ID = 'nrn-bench-sync-1';
const SENDERS = 50;
const GROUPS = 10;
const META_VERSION = 1;
const MSG_FEE: StdFee = { amount: [{ denom: 'unrn', amount: '25000' }], gas: '1000000' };
// CometBFT refuses a discovery_time below 5 s (and 0 fails when no snapshot has arrived yet); its default is 15 s.
const DISCOVERY_TIME = '5s';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

interface Options { blocks: number; accounts: number; snapshotInterval: number }

/** What a built chain in --keep holds, so a later run can tell whether it can reuse it. */
interface ChainMeta {
  version: number;
  chainId: string;
  blocks: number;
  accounts: number;
  snapshotInterval: number;
  txs: number;
  failed: number;
  buildSeconds: number;
}

interface Source { home: string; rpc: string; p2pPort: number; process: NodeProcess | undefined }

// ---------------------------------------------------------------- building

/** A fresh address nobody holds a key for: a bank send to it creates an account. */
const recipient = (i: number) => toBech32('nrn', createHash('sha256').update(`sync-bench-recipient/${i}`).digest().subarray(0, 20));
const cidOf = (text: string) => CID.createV1(raw.code, createDigest(0x12, createHash('sha256').update(text).digest())).toString();

/**
 * The state-building txs, in submission order: GROUPS training groups, `accounts` bank sends that each create an
 * account, one delegation per sender and a stake from every sender in every group; round-robin over senders so
 * each sender's sequence stays in order while txs of all kinds are spread over the whole chain.
 */
async function signPlan(rpc: string, senders: DevAccount[], accounts: number, valoper: string): Promise<{ txs: Uint8Array[]; kinds: Record<string, number> }> {
  const client = await StargateClient.connect(rpc);
  const registry = createRegistry();
  const kinds: Record<string, number> = { createGroup: 0, send: 0, delegate: 0, stake: 0 };
  const perSender = await Promise.all(senders.map(async (s, si) => {
    const acct = (await client.getAccount(s.address))!;
    const msgs: { msg: EncodeObject; fee: StdFee; kind: string }[] = [];
    if (si < GROUPS) {
      msgs.push({ kind: 'createGroup', fee: MSG_FEE, msg: { typeUrl: trainingsetMsgTypes.createGroup, value: {
        creator: s.address, name: `sync-bench-${si}`, model_spec_cid: cidOf(`model ${si}`), initial_dataset_cid: cidOf(`dataset ${si}`),
        training_config: { loss: 'categoricalCrossentropy', optimizer: 'adam', batch_size: 32, eval_sample_size: 100, margin_micro: 1000 },
        epoch_length_seconds: 0, training_round_seconds: 3600, deposit: '10000000',
      } } });
    }
    const sends = Array.from({ length: Math.ceil((accounts - si) / senders.length) }, (_, k) => ({ kind: 'send', fee: BANK_SEND_FEE, msg: {
      typeUrl: '/cosmos.bank.v1beta1.MsgSend',
      value: { fromAddress: s.address, toAddress: recipient(si + k * senders.length), amount: [{ denom: 'unrn', amount: '1000000' }] },
    } }));
    const half = Math.floor(sends.length / 2);
    msgs.push(...sends.slice(0, half));
    msgs.push({ kind: 'delegate', fee: MSG_FEE, msg: { typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: { delegatorAddress: s.address, validatorAddress: valoper, amount: { denom: 'unrn', amount: '1000000' } } } });
    for (let g = 1; g <= GROUPS; g++) msgs.push({ kind: 'stake', fee: MSG_FEE, msg: { typeUrl: trainingsetMsgTypes.stake, value: { staker: s.address, group_id: g, amount: String(1_000_000 + si) } } });
    msgs.push(...sends.slice(half));
    const signer = await SigningStargateClient.offline(s.wallet, { registry });
    const signed: Uint8Array[] = [];
    for (const [i, m] of msgs.entries()) {
      const tx = await signer.sign(s.address, [m.msg], m.fee, '', { accountNumber: BigInt(acct.accountNumber), sequence: acct.sequence + i, chainId: CHAIN_ID });
      signed.push(TxRaw.encode(tx).finish());
      kinds[m.kind]!++;
    }
    return signed;
  }));
  client.disconnect();
  const txs: Uint8Array[] = [];
  for (let r = 0; perSender.some((l) => r < l.length); r++) for (const l of perSender) if (r < l.length) txs.push(l[r]!);
  return { txs, kinds };
}

/** Builds the chain on one validator as fast as CometBFT goes (timeout_commit 0s), txs paced to spread over it. */
async function buildChain(dir: string, o: Options, running: Source[]): Promise<ChainMeta> {
  const home = join(dir, 'source');
  await rm(home, { recursive: true, force: true });
  await rm(join(dir, 'chain.json'), { force: true });
  const senders = await Promise.all(Array.from({ length: SENDERS }, (_, i) => keyAccount('sync-bench', i)));
  const [rpcPort, p2pPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  const node = await createSingleNode({
    home, chainId: CHAIN_ID, rpcPort, p2pPort, timeoutCommit: '0s',
    balances: Object.fromEntries(senders.map((s) => [s.address, '1000000000000unrn'])),
    configEdits: { 'rpc.max_request_batch_size': '100' },
  });
  const cfg = await loadAppConfig(home);
  cfg.stateSync = { snapshotInterval: o.snapshotInterval, snapshotKeepRecent: 5 };
  // The app's own timings tell where a block's time goes: FinalizeBlock + Commit against the whole interval.
  cfg.metrics = { enabled: true, laddr: `tcp://127.0.0.1:${metricsPort}` };
  await writeAppConfig(home, cfg);
  const source: Source = { home, rpc: node.rpc, p2pPort, process: undefined };
  running.push(source);
  await node.start();
  source.process = node.process;
  const valoper = (JSON.parse(await readFile(operatorKeyPath(home), 'utf8')) as OperatorKeyFile).valoper;
  console.log(`signing the state-building txs offline (${SENDERS} genesis-funded senders) …`);
  const { txs, kinds } = await signPlan(node.rpc, senders, o.accounts, valoper);
  console.log(`  ${fmt(txs.length)} txs: ${fmt(kinds.send!)} bank sends to new accounts, ${kinds.createGroup} training groups, ${kinds.stake} group stakes, ${kinds.delegate} delegations`);

  console.log(`building ${fmt(o.blocks)} blocks (timeout_commit 0s, txs spread over heights 2–${fmt(o.blocks - 10)}, snapshot every ${o.snapshotInterval} blocks) …`);
  const t0 = performance.now();
  const h0 = await latestHeight(node.rpc);
  const lastTxHeight = Math.max(2, o.blocks - 10);
  let sent = 0;
  let lastPrint = t0;
  let lastPrintHeight = h0;
  for (;;) {
    const h = await latestHeight(node.rpc);
    const due = Math.min(txs.length, Math.ceil((txs.length * h) / lastTxHeight));
    if (due > sent) {
      await submitInOrder(node.rpc, txs.slice(sent, due));
      sent = due;
    }
    if (h >= o.blocks && sent === txs.length) break;
    const now = performance.now();
    if (now - lastPrint > 10_000) {
      const rate = (h - h0) / ((now - t0) / 1000);
      console.log(`  height ${fmt(h)}/${fmt(o.blocks)}  ${((h - lastPrintHeight) / ((now - lastPrint) / 1000)).toFixed(0)} blocks/s now, ${rate.toFixed(0)} overall, ${fmt(sent)} txs sent, ~${((o.blocks - h) / rate / 60).toFixed(1)} min left`);
      lastPrint = now;
      lastPrintHeight = h;
    }
    await sleep(50);
  }
  const tip = await latestHeight(node.rpc);
  const buildSeconds = (performance.now() - t0) / 1000;
  console.log(`built ${fmt(tip)} blocks in ${buildSeconds.toFixed(0)} s: ${((tip - h0) / buildSeconds).toFixed(1)} blocks/s (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  await printAppTimings(metricsPort, tip - h0, buildSeconds);

  await waitForEmptyMempool(node.rpc);
  const { txs: committed, failed, failures } = await countTxResults(node.rpc, await latestHeight(node.rpc));
  console.log(`  ${fmt(committed)} txs committed, ${failed} failed`);
  if (failed) throw new Error(`${failed} state-building txs failed, e.g.\n${failures.join('\n')}`);
  if (committed !== txs.length) throw new Error(`${txs.length} txs sent but ${committed} committed`);
  await source.process!.stop();
  source.process = undefined;
  const meta: ChainMeta = { version: META_VERSION, chainId: CHAIN_ID, blocks: o.blocks, accounts: o.accounts, snapshotInterval: o.snapshotInterval, txs: committed, failed, buildSeconds };
  await writeFile(join(dir, 'chain.json'), JSON.stringify(meta, null, 2));
  return meta;
}

/** JSON-RPC batches of up to 100 calls, in order. */
async function submitInOrder(rpc: string, txs: Uint8Array[]) {
  await broadcastBatchesInOrder(rpc, txs, 100);
}

/** The app's FinalizeBlock and Commit time per block, from its Prometheus endpoint, against the block interval. */
async function printAppTimings(metricsPort: number, blocks: number, seconds: number) {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const value = (name: string) => Number(/^(\S+) (\S+)$/m.exec(text.split('\n').filter((l) => l.startsWith(`${name} `)).join('\n'))?.[2] ?? NaN);
  const perBlockMs = (name: string) => (value(`${name}_sum`) / value(`${name}_count`)) * 1000;
  const finalize = perBlockMs('nrn_finalize_block_duration_seconds');
  const commit = perBlockMs('nrn_commit_duration_seconds');
  const interval = (seconds / blocks) * 1000;
  console.log(`  per block: ${interval.toFixed(1)} ms, of which the app's FinalizeBlock ${finalize.toFixed(2)} ms + Commit ${commit.toFixed(2)} ms (${(((finalize + commit) / interval) * 100).toFixed(0)}%); the rest is CometBFT (consensus steps, WAL and block store writes, ABCI round trips) and the bench's own polling`);
}

async function waitForEmptyMempool(rpc: string) {
  for (let i = 0; i < 600; i++) {
    if (Number((await rpcCall(rpc, 'num_unconfirmed_txs')).total) === 0) return;
    await sleep(100);
  }
  throw new Error('the mempool did not drain within 60 s');
}

/** Counts tx results over every height with JSON-RPC batches of /block_results. */
async function countTxResults(rpc: string, tip: number): Promise<{ txs: number; failed: number; failures: string[] }> {
  let txs = 0;
  let failed = 0;
  const failures: string[] = [];
  for (let from = 1; from <= tip; from += 100) {
    const body = Array.from({ length: Math.min(100, tip - from + 1) }, (_, i) => ({ jsonrpc: '2.0', id: from + i, method: 'block_results', params: { height: String(from + i) } }));
    let replies: { id: number; result?: any; error?: { message: string; data?: string } }[];
    // The tip's results are saved a moment after its block, so a batch that reaches it may be asked again.
    for (let attempt = 0; ; attempt++) {
      const reply = await (await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
      replies = Array.isArray(reply) ? reply : [{ ...reply, id: from }];
      if (attempt < 50 && replies.some((r) => /could not find results/.test(r.error?.data ?? r.error?.message ?? ''))) { await sleep(100); continue; }
      break;
    }
    for (const r of replies) {
      if (r.error) throw new Error(`block_results ${r.id}: ${r.error.message} ${r.error.data ?? ''}`);
      for (const t of r.result.txs_results ?? []) {
        txs++;
        if (t.code !== 0) {
          failed++;
          if (failures.length < 5) failures.push(`  height ${r.id}: ${t.codespace}/${t.code} ${t.log}`);
        }
      }
    }
  }
  return { txs, failed, failures };
}

// ---------------------------------------------------------------- state size

interface StateSize { appKeys: number; appBytes: number; dbKeys: number; byPrefix: Record<string, number>; dbDiskBytes: number; cometDiskBytes: number; snapshotBytes: number; snapshotHeight: number }

async function diskBytes(path: string): Promise<number> {
  const s = await stat(path).catch(() => undefined);
  if (!s) return 0;
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const name of await readdir(path)) total += await diskBytes(join(path, name));
  return total;
}

async function snapshotHeights(home: string): Promise<number[]> {
  const names = await readdir(join(home, 'data', 'snapshots')).catch(() => [] as string[]);
  return names.filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
}

/** Reads the source's LevelDB while the node is stopped (LevelDB allows one process at a time). */
async function measureState(home: string): Promise<StateSize> {
  const dbPath = join(home, 'data', 'application.db');
  const db = new ClassicLevel<string, Uint8Array>(dbPath, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const byPrefix: Record<string, number> = {};
  let appKeys = 0;
  let appBytes = 0;
  let dbKeys = 0;
  try {
    for await (const [k, v] of db.iterator()) {
      dbKeys++;
      const prefix = k.slice(0, k.indexOf('/') + 1) || k;
      byPrefix[prefix] = (byPrefix[prefix] ?? 0) + 1;
      if (prefix === 's/') { appKeys++; appBytes += k.length - 2 + v.length; }
    }
  } finally {
    await db.close();
  }
  const data = join(home, 'data');
  const dbDiskBytes = await diskBytes(dbPath);
  const heights = await snapshotHeights(home);
  const snapshotHeight = heights.at(-1) ?? 0;
  const snapshotBytes = snapshotHeight ? await diskBytes(join(data, 'snapshots', String(snapshotHeight))) : 0;
  const cometDiskBytes = (await diskBytes(data)) - dbDiskBytes - (await diskBytes(join(data, 'snapshots')));
  return { appKeys, appBytes, dbKeys, byPrefix, dbDiskBytes, cometDiskBytes, snapshotBytes, snapshotHeight };
}

function printState(s: StateSize) {
  const kinds = Object.entries({ 's/': 'state', 'n/': 'tree nodes', 'x/': 'stale-node records', 'r/': 'roots' })
    .map(([p, name]) => `${fmt(s.byPrefix[p] ?? 0)} ${name}`).join(', ');
  console.log(`state size: ${fmt(s.appKeys)} app-state keys, ${mb(s.appBytes)} of keys + values (what a snapshot carries; latest snapshot at ${fmt(s.snapshotHeight)}: ${mb(s.snapshotBytes)})`);
  console.log(`  application.db (LevelDB): ${fmt(s.dbKeys)} keys (${kinds}), ${mb(s.dbDiskBytes)} on disk; CometBFT's data (blocks, state, tx index, WAL): ${mb(s.cometDiskBytes)}`);
}

// ---------------------------------------------------------------- joining

interface JoinResult {
  kind: string;
  seconds: number;
  /** When `nrnd init` had finished, and when the node first reported a block, in seconds from the start. */
  initSeconds: number;
  firstBlockSeconds: number;
  height: number;
  earliest: number;
  appHashHeight: number;
}

const rpcGet = async (url: string) => ((await (await fetch(url)).json()) as any).result;

/**
 * Times one new node from `nrnd init` (run as the operator would) to /status catching_up false, then checks its
 * app hash at its last height against the app hash the source put in the next header.
 */
async function joinNode(kind: 'block sync' | 'state sync', dir: string, source: Source, sourceId: string, running: NodeProcess[]): Promise<JoinResult> {
  const home = join(dir, kind.replace(' ', '-'));
  let trust: { height: number; hash: string } | undefined;
  if (kind === 'state sync') {
    // An operator takes a trusted height and hash from an RPC they trust; the newest snapshot's height is the natural pick.
    const height = (await snapshotHeights(source.home)).at(-1);
    if (!height) throw new Error('the source has no snapshot to offer');
    trust = { height, hash: (await rpcGet(`${source.rpc}/block?height=${height}`)).block_id.hash };
  }
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const rpc = `http://127.0.0.1:${rpcPort}`;
  const t0 = performance.now();
  await run(process.execPath, [NRND_BIN, 'init', `joiner-${kind.replace(' ', '-')}`, '--home', home, '--chain-id', CHAIN_ID]);
  const initSeconds = (performance.now() - t0) / 1000;
  await copyFile(genesisPath(source.home), genesisPath(home));
  await editToml(home, {
    'rpc.laddr': JSON.stringify(`tcp://127.0.0.1:${rpcPort}`),
    'p2p.laddr': JSON.stringify(`tcp://127.0.0.1:${p2pPort}`),
    'p2p.persistent_peers': JSON.stringify(`${sourceId}@127.0.0.1:${source.p2pPort}`),
    ...(trust ? {
      'statesync.enable': 'true',
      'statesync.rpc_servers': JSON.stringify(`${source.rpc},${source.rpc}`),
      'statesync.trust_height': String(trust.height),
      'statesync.trust_hash': JSON.stringify(trust.hash),
      'statesync.discovery_time': JSON.stringify(DISCOVERY_TIME),
    } : {}),
  });
  const proc = spawnNrnd(home);
  running.push(proc);
  let status: any;
  let lastPrint = performance.now();
  let lastHeight = 0;
  let firstBlockSeconds = 0;
  for (;;) {
    if (proc.process.exitCode !== null || proc.process.signalCode !== null) throw new Error(`the ${kind} node exited; see ${home}/nrnd.log and cometbft.log`);
    status = await rpcGet(`${rpc}/status`).catch(() => undefined);
    const h = Number(status?.sync_info.latest_block_height ?? 0);
    if (h > 0 && !firstBlockSeconds) firstBlockSeconds = (performance.now() - t0) / 1000;
    if (status && status.sync_info.catching_up === false && h > 0) break;
    const now = performance.now();
    if (now - lastPrint > 5_000) {
      const what = h === 0 ? (trust ? 'discovering and restoring a snapshot' : 'connecting') : `height ${fmt(h)} of ~${fmt(await latestHeight(source.rpc))}, ${((h - lastHeight) / ((now - lastPrint) / 1000)).toFixed(0)} blocks/s`;
      console.log(`  ${kind}: ${((now - t0) / 1000).toFixed(0)} s, ${what}`);
      lastPrint = now;
      lastHeight = h;
    }
    if (now - t0 > 1_800_000) throw new Error(`the ${kind} node did not catch up within 30 minutes`);
    await sleep(100);
  }
  const seconds = (performance.now() - t0) / 1000;
  // Checked after the clock stops: it waits for the source's next header, which is no part of joining.
  const info = (await rpcGet(`${rpc}/abci_info`)).response;
  const appHashHeight = Number(info.last_block_height);
  await waitForHeight(source.rpc, appHashHeight + 1);
  const header = (await rpcGet(`${source.rpc}/block?height=${appHashHeight + 1}`)).block.header;
  const mine = Buffer.from(info.last_block_app_hash ?? '', 'base64').toString('hex').toUpperCase();
  if (mine !== header.app_hash) throw new Error(`${kind}: app hash at ${appHashHeight} is ${mine}, the source's is ${header.app_hash}`);
  await proc.stop();
  running.splice(running.indexOf(proc), 1);
  return { kind, seconds, initSeconds, firstBlockSeconds, height: Number(status.sync_info.latest_block_height), earliest: Number(status.sync_info.earliest_block_height), appHashHeight };
}

function printJoin(r: JoinResult) {
  const executed = r.height - r.earliest + 1;
  const rate = `${(executed / (r.seconds - r.firstBlockSeconds)).toFixed(0)} blocks/s`;
  const how = r.earliest <= 1
    ? `${fmt(executed)} blocks executed from height 1; nrnd init done at ${r.initSeconds.toFixed(1)} s, first block at ${r.firstBlockSeconds.toFixed(1)} s, then ${rate}`
    : `snapshot restored, earliest block ${fmt(r.earliest)}, then ${fmt(executed)} blocks; nrnd init done at ${r.initSeconds.toFixed(1)} s, first block after the snapshot at ${r.firstBlockSeconds.toFixed(1)} s`;
  console.log(`${r.kind.padEnd(10)} ${r.seconds.toFixed(1).padStart(7)} s  from nrnd init to caught up at height ${fmt(r.height)} (${how}); app hash at ${fmt(r.appHashHeight)} equals the source's`);
}

// ---------------------------------------------------------------- main

async function keptChain(dir: string, o: Options): Promise<ChainMeta | undefined> {
  try {
    const meta = JSON.parse(await readFile(join(dir, 'chain.json'), 'utf8')) as ChainMeta;
    await access(genesisPath(join(dir, 'source')));
    const fits = meta.version === META_VERSION && meta.blocks >= o.blocks && meta.accounts === o.accounts && meta.snapshotInterval === o.snapshotInterval;
    return fits ? meta : undefined;
  } catch {
    return undefined;
  }
}

const USAGE = `Usage: npm run bench:sync -- [options]

Builds a chain of --blocks blocks with state on one validator, then times a new node joining it by block sync
(from height 1) and by state sync (from the source's newest snapshot), one after the other, and prints both,
their ratio and the state size.

Options:
  --blocks <n>             chain length to build (default 10000)
  --accounts <n>           accounts created by bank sends spread over the chain (default 5000)
  --snapshot-interval <n>  the source snapshots its state every n blocks (default 100)
  --keep <dir>             build the chain in <dir> and reuse it on later runs with the same options (e.g. .bench/sync);
                           (the last joiners' homes and logs stay in <dir>/joiners); without it everything
                           is built in a temporary folder and deleted
  --only <block|state>     time one way of joining only
  -h, --help               this text`;

async function main() {
  const { values } = parseArgs({
    options: {
      blocks: { type: 'string', default: '10000' },
      accounts: { type: 'string', default: '5000' },
      'snapshot-interval': { type: 'string', default: '100' },
      keep: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  const o: Options = { blocks: Number(values.blocks), accounts: Number(values.accounts), snapshotInterval: Number(values['snapshot-interval']) };
  for (const [name, v, min] of [['--blocks', o.blocks, 20], ['--accounts', o.accounts, 0], ['--snapshot-interval', o.snapshotInterval, 1]] as const) {
    if (!Number.isSafeInteger(v) || v < min) throw new Error(`${name} must be a whole number of at least ${min}`);
  }
  if (values.only && !['block', 'state'].includes(values.only)) throw new Error('--only takes block or state');
  const dir = values.keep ? resolve(values.keep) : await mkdtemp(join(tmpdir(), 'nrn-bench-sync-'));
  // Kept chains keep the last joiners' homes too (logs to read); they are rebuilt on every run.
  const joiners = values.keep ? join(dir, 'joiners') : await mkdtemp(join(tmpdir(), 'nrn-bench-join-'));
  if (values.keep) await rm(joiners, { recursive: true, force: true });
  await mkdir(joiners, { recursive: true });
  const sources: Source[] = [];
  const running: NodeProcess[] = [];
  const cleanup = async () => {
    await Promise.all(running.map((p) => p.stop()));
    await Promise.all(sources.map((s) => s.process?.stop()));
    if (!values.keep) await rm(joiners, { recursive: true, force: true });
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => { void cleanup().then(() => process.exit(130)); });
  try {
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; CometBFT ${(await run(await ensureCometBFT(), ['version'])).stdout.trim()}; Node ${process.version}`);
    await mkdir(dir, { recursive: true });
    let meta = values.keep ? await keptChain(dir, o) : undefined;
    if (meta) console.log(`reusing the chain in ${dir} (built to ${fmt(meta.blocks)} blocks in ${meta.buildSeconds.toFixed(0)} s, ${fmt(meta.txs)} txs)`);
    else meta = await buildChain(dir, o, sources);
    sources.length = 0;

    const state = await measureState(join(dir, 'source'));
    printState(state);
    // A kept chain is run from a copy, so the blocks made while nodes join do not lengthen it for the next run.
    const home = values.keep ? join(joiners, 'source') : join(dir, 'source');
    if (values.keep) await cp(join(dir, 'source'), home, { recursive: true });

    // During the joins the source keeps producing blocks, at one a second: a live chain, so "caught up" means
    // reaching a moving tip through consensus, and both joiners chase the same slow tip (≈1% of the chain per
    // 100 s); the build's 0 s timeout_commit would make the block-sync joiner chase a tip running away at full speed.
    const [rpcPort, p2pPort] = [await freePort(), await freePort()];
    await editToml(home, {
      'rpc.laddr': JSON.stringify(`tcp://127.0.0.1:${rpcPort}`),
      'p2p.laddr': JSON.stringify(`tcp://127.0.0.1:${p2pPort}`),
      'consensus.timeout_commit': '"1s"',
    });
    const cfg = await loadAppConfig(home);
    cfg.metrics.enabled = false;
    await writeAppConfig(home, cfg);
    const source: Source = { home, rpc: `http://127.0.0.1:${rpcPort}`, p2pPort, process: undefined };
    sources.push(source);
    source.process = spawnNrnd(home);
    await waitForHeight(source.rpc, 1, 120_000);
    await waitForHeight(source.rpc, (await latestHeight(source.rpc)) + 1);
    const sourceId = (await run(await ensureCometBFT(), ['show-node-id', '--home', home])).stdout.trim();
    console.log(`source at height ${fmt(await latestHeight(source.rpc))}, producing a block a second while nodes join`);

    const results: JoinResult[] = [];
    for (const kind of ['block sync', 'state sync'] as const) {
      if (values.only && !kind.startsWith(values.only)) continue;
      console.log(`${kind}: a new node joins (nrnd init, genesis, peer = the source${kind === 'state sync' ? `, trust height = newest snapshot, discovery_time ${DISCOVERY_TIME}` : ''}) …`);
      const r = await joinNode(kind, joiners, source, sourceId, running);
      printJoin(r);
      results.push(r);
    }

    console.log(`\nload average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (a shared machine: absolute seconds move with it, the ratio less)`);
    printState(state);
    for (const r of results) printJoin(r);
    const [bs, ss] = [results.find((r) => r.kind === 'block sync'), results.find((r) => r.kind === 'state sync')];
    if (bs && ss) {
      const ratio = bs.seconds / ss.seconds;
      const discovery = Number.parseFloat(DISCOVERY_TIME);
      console.log(`(state sync spends a fixed ${DISCOVERY_TIME} in CometBFT's snapshot discovery_time, its minimum, whatever the chain's length: without it ${(bs.seconds / (ss.seconds - discovery)).toFixed(1)}×)`);
      console.log(`\nstate sync ${ss.seconds.toFixed(1)} s, block sync ${bs.seconds.toFixed(1)} s at ${fmt(bs.height)} blocks: state sync ${ratio.toFixed(1)}× faster (target ≥ 10× at 10,000 blocks${bs.height < 10_000 ? '' : ratio >= 10 ? ', met' : ', NOT met'})`);
    }
    if (values.keep) console.log(`chain kept in ${dir}; a later run with the same --keep, --accounts and --snapshot-interval reuses it`);
  } finally {
    await cleanup();
  }
}

main().catch((e) => { console.error(`Error: ${(e as Error).stack ?? e}`); process.exit(1); });

