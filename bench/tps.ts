// `npm run bench:tps`: committed bank-send txs per second on a 1-validator NRN devnet, and in the same run the
// ceiling — the same CometBFT binary with its built-in kvstore app and txs of the same size — measured the same way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { StargateClient } from '@cosmjs/stargate';
import { ensureCometBFT } from '../chain/cometbft.ts';
import { createSingleNode } from '../scripts/single-node.ts';
import { editToml } from '../scripts/localnet.ts';
import { spawnGroup } from '../scripts/node-process.ts';
import type { NodeProcess } from '../scripts/node-process.ts';
import { keyAccount, presignSends, devAccount } from '../scripts/dev-accounts.ts';
import { blockResults, broadcastBatchesInOrder, broadcastInOrder, latestHeight, rpcCall, waitForHeight } from '../scripts/rpc.ts';
import { freePort } from '../test/harness.ts';

const run = promisify(execFile);

/** config.toml edits applied identically to the NRN node and the kvstore node. */
function benchConfig(timeoutCommit: string, rpcPort: number, p2pPort: number): Record<string, string> {
  return {
    'rpc.laddr': JSON.stringify(`tcp://127.0.0.1:${rpcPort}`),
    'p2p.laddr': JSON.stringify(`tcp://127.0.0.1:${p2pPort}`),
    'consensus.timeout_commit': JSON.stringify(timeoutCommit),
    'mempool.size': '100000',
    'mempool.max_txs_bytes': '1073741824',
    'mempool.cache_size': '200000',
    'mempool.recheck': 'true',
    'tx_index.indexer': '"kv"',
    'rpc.max_body_bytes': '10000000',
    'rpc.max_request_batch_size': '100',
    'mempool.max_tx_bytes': '1048576',
  };
}

export interface Measurement {
  txs: number;
  failed: number;
  firstHeight: number;
  lastHeight: number;
  /** Block-time span from the first tx block's start to the commit of the last (the next header's time). */
  blockSeconds: number;
  /** Wall clock from the first submission to seeing the last tx committed. */
  wallSeconds: number;
  submitSeconds: number;
  tps: number;
  blockSizes: number[];
}

const headerTimeMs = async (rpc: string, h: number) => Date.parse((await rpcCall(rpc, 'block', { height: String(h) })).block.header.time);

/** Submits each sender's txs in order (one in flight per sender), then counts txs in blocks until all are in. */
async function measure(rpc: string, perSender: Uint8Array[][], batch: number, trace = false): Promise<Measurement> {
  const total = perSender.reduce((n, b) => n + b.length, 0);
  const startHeight = await latestHeight(rpc);
  const t0 = performance.now();
  // --trace: height and mempool size every 250 ms, to see whether blocks or CheckTx hold the rate back.
  const samples: string[] = [];
  const tracer = trace ? setInterval(() => {
    const at = ((performance.now() - t0) / 1000).toFixed(2);
    void Promise.all([latestHeight(rpc), rpcCall(rpc, 'num_unconfirmed_txs', {})])
      .then(([h, m]) => samples.push(`${at.padStart(6)} s  height ${h}  mempool ${m.n_txs}`), () => {});
  }, 250) : undefined;
  let submitSeconds = 0;
  const submit = Promise.all(perSender.map((txs) => (batch > 1 ? broadcastBatchesInOrder(rpc, txs, batch) : broadcastInOrder(rpc, txs)))).then(() => { submitSeconds = (performance.now() - t0) / 1000; });
  let seen = 0;
  let failed = 0;
  let firstHeight = 0;
  let h = startHeight;
  const blockSizes: number[] = [];
  let submitError: unknown;
  submit.catch((e) => { submitError = e; });
  while (seen < total) {
    if (submitError) throw submitError;
    const latest = await latestHeight(rpc);
    if (latest <= h) { await new Promise((r) => setTimeout(r, 50)); continue; }
    for (h++; h <= latest; h++) {
      const res = await blockResults(rpc, h);
      const results = res.txs_results ?? [];
      if (results.length && !firstHeight) firstHeight = h;
      if (results.length) blockSizes.push(results.length);
      seen += results.length;
      failed += results.filter((t: any) => t.code !== 0).length;
      if (seen >= total) break;
    }
    if (seen < total) h = latest;
  }
  const wallSeconds = (performance.now() - t0) / 1000;
  if (tracer) { clearInterval(tracer); console.log(samples.join('\n')); }
  await submit;
  const lastHeight = h;
  await waitForHeight(rpc, lastHeight + 1);
  const blockSeconds = ((await headerTimeMs(rpc, lastHeight + 1)) - (await headerTimeMs(rpc, firstHeight))) / 1000;
  return { txs: seen, failed, firstHeight, lastHeight, blockSeconds, wallSeconds, submitSeconds, tps: (seen - failed) / blockSeconds, blockSizes };
}

/** kvstore txs `bench-<sender>-<i>=<padding>`, each exactly `size` bytes (unique, so the mempool cache keeps none out). */
function kvstoreTxs(senders: number, perSender: number, size: number): Uint8Array[][] {
  return Array.from({ length: senders }, (_, s) => Array.from({ length: perSender }, (_, i) => {
    const head = `bench-${s}-${i}=`;
    if (head.length >= size) throw new Error(`tx size ${size} is too small for kvstore keys`);
    return new TextEncoder().encode(head + 'x'.repeat(size - head.length));
  }));
}

function report(name: string, m: Measurement) {
  const mean = m.blockSizes.reduce((a, b) => a + b, 0) / m.blockSizes.length;
  console.log(`${name.padEnd(8)} ${m.tps.toFixed(0).padStart(6)} tx/s committed  (${m.txs - m.failed} ok, ${m.failed} failed, heights ${m.firstHeight}–${m.lastHeight}: ${m.blockSizes.length} blocks with txs, mean ${mean.toFixed(0)}, max ${Math.max(...m.blockSizes)} txs/block; ${m.blockSeconds.toFixed(2)} s of block time; wall ${m.wallSeconds.toFixed(2)} s, submission ${m.submitSeconds.toFixed(2)} s)`);
}

const USAGE = `Usage: npm run bench:tps -- [options]

Options:
  --txs <n>              transactions per run (default 20000)
  --senders <n>          funded accounts sending concurrently, one request in flight each (default 500; enough in flight to saturate the node)
  --batch <n>            broadcast_tx_sync calls per HTTP request, as a JSON-RPC batch (default 10; 1 = one per request)
  --timeout-commit <d>   CometBFT timeout_commit for both nodes (default 1s)
  --cpu-prof <dir>       write a V8 CPU profile of the NRN node into <dir>
  --only <nrn|kvstore>   run one side only
  --keep                 keep the node homes (printed) for inspection
  --trace                print height and mempool size every 250 ms while measuring
  -h, --help             this text`;

async function main() {
  const { values } = parseArgs({
    options: {
      txs: { type: 'string', default: '20000' },
      senders: { type: 'string', default: '500' },
      batch: { type: 'string', default: '10' },
      'timeout-commit': { type: 'string', default: '1s' },
      'cpu-prof': { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  const senders = Number(values.senders);
  const batch = Number(values.batch);
  const perSender = Math.ceil(Number(values.txs) / senders);
  const n = perSender * senders;
  const timeoutCommit = values['timeout-commit'];
  const dir = await mkdtemp(join(tmpdir(), 'nrn-bench-'));
  const results: Record<string, Measurement> = {};
  let txSize = 0;
  const running: NodeProcess[] = [];
  const cleanup = async () => {
    await Promise.all(running.map((p) => p.stop()));
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => { void cleanup().then(() => process.exit(130)); });
  try {
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; CometBFT ${(await run(await ensureCometBFT(), ['version'])).stdout.trim()}; Node ${process.version}`);
    const accounts = await Promise.all(Array.from({ length: senders }, (_, i) => keyAccount('bench', i)));
    const recipient = (await devAccount('bench-recipient', 0)).address;

    // NRN: the real app, a single validator, genesis-funded senders.
    const [nrnRpcPort, nrnP2pPort] = [await freePort(), await freePort()];
    const node = await createSingleNode({
      home: join(dir, 'nrn'), chainId: 'nrn-bench-1', rpcPort: nrnRpcPort, p2pPort: nrnP2pPort,
      balances: Object.fromEntries(accounts.map((a) => [a.address, '1000000000000unrn'])),
      timeoutCommit,
      configEdits: benchConfig(timeoutCommit, nrnRpcPort, nrnP2pPort),
      nodeArgs: values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [],
    });
    await node.start();
    running.push(node.process!);
    const client = await StargateClient.connect(node.rpc);
    console.log(`signing ${n} MsgSend txs offline (${senders} senders × ${perSender}) …`);
    const nrnTxs = await Promise.all(accounts.map(async (from) => {
      const acct = (await client.getAccount(from.address))!;
      return presignSends({ from, to: recipient, chainId: node.chainId, accountNumber: acct.accountNumber, firstSequence: acct.sequence, count: perSender });
    }));
    client.disconnect();
    txSize = nrnTxs[0]![0]!.length;
    if (values.only !== 'kvstore') {
      results.nrn = await measure(node.rpc, nrnTxs, batch, values.trace);
      report('nrn', results.nrn);
    }
    await node.stop();
    running.length = 0;

    // Ceiling: CometBFT's built-in kvstore app in a fresh home with the same config edits.
    if (values.only !== 'nrn') {
      const bin = await ensureCometBFT();
      const kvHome = join(dir, 'kvstore');
      await run(bin, ['init', '--home', kvHome]);
      const rpcPort = await freePort();
      await editToml(kvHome, benchConfig(timeoutCommit, rpcPort, await freePort()));
      const kv = spawnGroup(bin, ['start', '--home', kvHome, '--proxy_app', 'kvstore'], join(kvHome, 'cometbft.log'));
      running.push(kv);
      const kvRpc = `http://127.0.0.1:${rpcPort}`;
      await waitForHeight(kvRpc, 1);
      results.kvstore = await measure(kvRpc, kvstoreTxs(senders, perSender, txSize || 300), batch, values.trace);
      report('kvstore', results.kvstore);
      await kv.stop();
      running.length = 0;
    }

    console.log(`\ntx size ${txSize} bytes (kvstore txs padded to the same), N = ${n}, ${senders} senders with one request in flight each, ${batch} broadcast_tx_sync calls per JSON-RPC batch over HTTP keep-alive`);
    console.log(`config (both nodes): timeout_commit ${timeoutCommit}, mempool size 100000, rpc max_request_batch_size 100, recheck on (the default), kv tx indexer on, default consensus params (block max_bytes 22020096); NRN minimum gas price 0.025unrn, fee 5000unrn/200000 gas`);
    if (results.nrn && results.kvstore) {
      console.log(`\nNRN ${results.nrn.tps.toFixed(0)} tx/s, kvstore ceiling ${results.kvstore.tps.toFixed(0)} tx/s, ratio ${(results.nrn.tps / results.kvstore.tps).toFixed(2)}`);
    }
    if (values.keep) console.log(`homes kept in ${dir}`);
  } finally {
    await cleanup();
  }
}

main().catch((e) => { console.error(`Error: ${(e as Error).stack ?? e}`); process.exit(1); });
