// Training as proof of work on a real single-validator chain: nrn-trainer and nrn-verifier run in-process with
// their own embedded Helia nodes; the winning checkpoints' losses on chain equal the evaluator's on the seeded sample.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, GasPrice } from '@cosmjs/stargate';
import * as tf from '@tensorflow/tfjs';
import { startTestChain, TEST_MNEMONICS, walletFor } from './harness.ts';
import type { TestChain } from './harness.ts';
import { createRegistry } from '../client/registry.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { checkpointQueries } from '../client/checkpoint/queries.ts';
import type { CheckpointQueries } from '../client/checkpoint/queries.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import { openHelia } from '../storage/ipfs.ts';
import type { ContentStore } from '../storage/ipfs.ts';
import { irisCsv } from '../datasets/iris.ts';
import { modelSpecPath } from '../models/index.ts';
import { Trainer } from '../trainer/train/trainer.ts';
import { Verifier } from '../trainer/verifier/verifier.ts';
import { loadCheckpoint } from '../trainer/train/checkpointFiles.ts';
import { examplesOf, exampleLines, datasetSpecOf } from '../trainer/train/examples.ts';
import type { ModelSpec } from '../trainer/train/examples.ts';
import { evaluateCheckpoint, sampleEvaluationIndices } from '../trainer/ml/evaluator.ts';
import { buildTfModel, exportCheckpoint } from '../trainer/ml/train.ts';
import { packageCheckpoint } from '../trainer/train/checkpointFiles.ts';
import { readTrainerState, writeTrainerState } from '../trainer/train/state.ts';
import { commitCheckpoint, checkpointCommitment } from '../client/checkpoint/commit.ts';
import { trainingsetQueries } from '../client/trainingset/queries.ts';

const FUNDS = 1_000_000_000_000n;
const SAMPLE = 64;
let chain: TestChain;
let tmp: string;
let trainerStore: ContentStore;
let verifierStore: ContentStore;
let q: CheckpointQueries;
const clients: SigningStargateClient[] = [];

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'nrn-ckpt-e2e-'));
  const trainer = await walletFor(TEST_MNEMONICS[0]!);
  chain = await startTestChain({ balances: { [trainer.address]: `${FUNDS}unrn` } });
  trainerStore = await openHelia({ dir: join(tmp, 'ipfs-trainer'), listen: true });
  verifierStore = await openHelia({ dir: join(tmp, 'ipfs-verifier') });
  await verifierStore.dial((await trainerStore.multiaddrs())[0]!);
  q = await checkpointQueries(chain.rpc);
});

after(async () => {
  for (const c of clients) c.disconnect();
  q?.disconnect();
  await verifierStore?.stop();
  await trainerStore?.stop();
  await chain?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function signer(wallet: DirectSecp256k1HdWallet) {
  const c = await SigningStargateClient.connectWithSigner(chain.rpc, wallet, { registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200 });
  clients.push(c);
  return c;
}

let groupId = 0;

test('a trainer wins rounds; the loss the chain records is the evaluator\'s loss of the checkpoint on the seeded sample', async (t) => {
  const tw = await walletFor(TEST_MNEMONICS[0]!);
  const tClient = await signer(tw.wallet);
  const enc = new TextEncoder();
  const specText = await readFile(modelSpecPath('iris-mlp'), 'utf8');
  const iris = irisCsv();
  const created = await createGroup(tClient, {
    creator: tw.address, name: 'iris', modelSpecCid: await trainerStore.addBytes(enc.encode(specText)),
    initialDatasetCid: await trainerStore.addBytes(enc.encode(iris)),
    trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: SAMPLE, marginMicro: 1000 },
    trainingRoundSeconds: 8, deposit: 10_000_000n,
  });
  groupId = created.response.groupId;

  const operator = JSON.parse(await readFile(operatorKeyPath(chain.home), 'utf8')) as { address: string; mnemonic: string };
  const vWallet = await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: 'nrn' });
  const stop = new AbortController();
  const warnings: string[] = [];
  const verifier = new Verifier({
    rpc: chain.rpc, client: await signer(vWallet), address: operator.address, store: verifierStore, pollMs: 200, fetchTimeoutMs: 10_000,
    signal: stop.signal, log: (level, msg, f) => { if (level !== 'info') warnings.push(`${msg} ${JSON.stringify(f)}`); },
  });
  const verifying = verifier.run();

  const trainer = new Trainer({
    rpc: chain.rpc, client: tClient, address: tw.address, store: trainerStore, home: join(tmp, 'trainer-home'), groupId,
    epochs: 15, learningRate: 0.02, maxReveals: 2, maxPasses: 8, pollMs: 200, minRoundLeftMs: 5000, progress: false,
  });
  let outcomes;
  try {
    outcomes = await trainer.run();
  } finally {
    stop.abort();
    await verifying;
  }
  assert.deepEqual(warnings, []);
  t.diagnostic(`reveals: ${outcomes.map((o) => `${o.verdict?.status} claimed ${o.claimedLossMicro} median ${o.verdict?.median_loss_micro}`).join('; ')}`);
  const wins = outcomes.filter((o) => o.verdict?.status === 'won');
  assert.ok(wins.length >= 1, `at least one winning round (got ${outcomes.map((o) => o.verdict?.status).join(', ')})`);

  const history = await q.history(groupId);
  assert.deepEqual(history.map((h) => h.cid), wins.map((w) => w.cid));
  for (let i = 1; i < history.length; i++) assert.ok(BigInt(history[i]!.loss_micro) < BigInt(history[i - 1]!.loss_micro), 'losses improve');
  for (const h of history) assert.ok(BigInt(h.reward) > 0n);

  // Anyone can check the best: fetch its CID, draw the sample from the recorded block hash, evaluate.
  const best = (await q.best(groupId))!;
  const { checkpoint, reports } = await q.checkpoint(best.cid);
  assert.equal(reports.length, 1);
  const spec = datasetSpecOf(JSON.parse(specText) as ModelSpec);
  const indices = sampleEvaluationIndices(checkpoint.seed_block_hash, exampleLines(iris, spec).length, SAMPLE);
  assert.equal(indices.length, SAMPLE);
  const examples = examplesOf(iris, spec, indices);
  const weights = await loadCheckpoint(verifierStore, best.cid);
  const ours = evaluateCheckpoint({ ...weights, examples, loss: 'categoricalCrossentropy' });
  assert.equal(best.loss_micro, ours.lossMicro.toString());
  assert.equal(checkpoint.median_loss_micro, ours.lossMicro.toString());

  // The current checkpoint loads in TensorFlow.js and gives the same loss (float32 vs float64: 1e-5 relative).
  const model = await buildTfModel(weights.modelJson, weights.weightFiles);
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  const xs = tf.tensor2d(examples.map((e) => Array.from(e.features)));
  const ys = tf.tensor2d(examples.map((e) => Array.from(e.target)));
  const tfLoss = (model.evaluate(xs, ys, { batchSize: SAMPLE }) as tf.Scalar).dataSync()[0]!;
  tf.dispose([xs, ys]);
  model.dispose();
  assert.ok(Math.abs(tfLoss - ours.loss) / ours.loss < 1e-5, `tfjs ${tfLoss} vs evaluator ${ours.loss}`);
});

test('a trainer restarted after paying for a commit reveals it from its state file', async () => {
  const tw = await walletFor(TEST_MNEMONICS[0]!);
  const tClient = await signer(tw.wallet);
  const home = join(tmp, 'restart-home');
  const specText = await readFile(modelSpecPath('iris-mlp'), 'utf8');
  const spec = JSON.parse(specText) as ModelSpec;
  const examples = examplesOf(irisCsv(), datasetSpecOf(spec));
  const fresh = await exportCheckpoint(await buildTfModel(spec, undefined, 7));
  const claimed = evaluateCheckpoint({ ...fresh, examples, loss: 'categoricalCrossentropy' }).lossMicro;
  const cid = await packageCheckpoint(trainerStore, fresh);
  const saltHex = 'ab'.repeat(32);
  const tq = await trainingsetQueries(chain.rpc);
  const version = (await tq.group(groupId)).version;
  tq.disconnect();
  // What the first run wrote before broadcasting; then it paid for the commit and died.
  await writeTrainerState(home, { pending: [{ groupId, cid, saltHex, commitment: checkpointCommitment(cid, tw.address, saltHex), claimedLossMicro: claimed.toString(), trainingSetVersion: version, parentCid: '', phase: 'signed' }] });
  for (;;) {
    const now = await q.latestBlockTimeMs();
    if (8000 - (now % 8000) >= 5000) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await commitCheckpoint(tClient, { trainer: tw.address, groupId, cid, saltHex });

  const restarted = new Trainer({ rpc: chain.rpc, client: tClient, address: tw.address, store: trainerStore, home, groupId, maxReveals: 1, awaitVerdict: false, pollMs: 200 });
  const outcomes = await restarted.run();
  assert.deepEqual(outcomes.map((o) => o.cid), [cid]);
  assert.equal((await q.checkpoint(cid)).checkpoint.trainer, tw.address);
  assert.equal((await readTrainerState(home)).pending[0]!.phase, 'revealed');
});
