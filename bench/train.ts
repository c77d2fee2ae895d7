// `npm run bench:train`: trainer samples/s on every TensorFlow.js backend this machine has, and the deterministic
// evaluator's samples/s against TensorFlow.js's own model.evaluate on the same model and data, in the same run,
// and the seconds from a checkpoint's reveal to its reward on a single-validator chain.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, GasPrice } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { startTestChain, TEST_MNEMONICS, walletFor } from '../test/harness.ts';
import { createRegistry } from '../client/registry.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { checkpointQueries } from '../client/checkpoint/queries.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import type { OperatorKeyFile } from '../cli/nrnd/home.ts';
import { openHelia } from '../storage/ipfs.ts';
import { Trainer } from '../trainer/train/trainer.ts';
import { Verifier } from '../trainer/verifier/verifier.ts';
import * as tf from '@tensorflow/tfjs';
import { BACKEND_ORDER, defaultLoader } from '../trainer/ml/backend.ts';
import { trainRound } from '../trainer/ml/train.ts';
import type { Checkpoint } from '../trainer/ml/train.ts';
import { buildTfModel } from '../trainer/ml/train.ts';
import { loadDeterministicModel, evaluateLoss } from '../trainer/ml/evaluator.ts';
import { syntheticClassification } from '../datasets/synthetic.ts';
import { examplesOf, datasetSpecOf } from '../trainer/train/examples.ts';
import type { ModelSpec } from '../trainer/train/examples.ts';
import { modelSpecPath } from '../models/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EXAMPLES = arg('examples', 4000);
const EPOCHS = arg('epochs', 3);
const REPEAT = arg('repeat', 5);
/** Training-round length of the reveal-to-reward group; 0 skips that figure. */
const ROUND_SECONDS = arg('round-seconds', 8);

const spec = JSON.parse(readFileSync(modelSpecPath('synthetic-mlp'), 'utf8')) as ModelSpec;
const examples = examplesOf(syntheticClassification({ examples: EXAMPLES, seed: 7, spreadMilli: 2500 }), datasetSpecOf(spec));
console.log(`model: synthetic-mlp (4 → 32 → 16 → 3), ${EXAMPLES} synthetic examples, batch 32, ${EPOCHS} epochs; node ${process.version}, ${process.arch}`);

console.log('\ntrainer (tfjs trainOnBatch, adam):');
let trained: Checkpoint | undefined;
const available: string[] = [];
for (const name of BACKEND_ORDER) {
  try {
    await defaultLoader(name);
  } catch (e) {
    console.log(`  ${name.padEnd(15)} unavailable (${(e as Error).message.split('\n')[0]!.slice(0, 90)})`);
    continue;
  }
  available.push(name);
  const r = await trainRound({ modelJson: spec, examples, config: { optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: EPOCHS, loss: 'categoricalCrossentropy', seed: 1 } });
  console.log(`  ${name.padEnd(15)} ${Math.round(r.samples / r.seconds).toLocaleString('en').padStart(9)} samples/s  (final epoch loss ${r.epochLosses.at(-1)!.toFixed(4)})`);
  trained ??= r;
}

console.log(`\nevaluation of the trained checkpoint on all ${EXAMPLES} examples, best of ${REPEAT}:`);
const det = loadDeterministicModel(trained!.modelJson, trained!.weightFiles);
let detBest = Infinity, detLoss = 0;
for (let i = 0; i < REPEAT; i++) {
  const t0 = performance.now();
  detLoss = evaluateLoss(det, examples, 'categoricalCrossentropy').loss;
  detBest = Math.min(detBest, performance.now() - t0);
}
const detRate = EXAMPLES / (detBest / 1000);
console.log(`  deterministic evaluator   ${Math.round(detRate).toLocaleString('en').padStart(9)} samples/s  loss ${detLoss.toFixed(9)}`);
for (const name of available.filter((n) => n === 'cpu' || n === 'wasm' || n === 'tensorflow')) {
  await defaultLoader(name as (typeof BACKEND_ORDER)[number]);
  const model = await buildTfModel(trained!.modelJson, trained!.weightFiles);
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  const xs = tf.tensor2d(examples.map((e) => Array.from(e.features)));
  const ys = tf.tensor2d(examples.map((e) => Array.from(e.target)));
  let best = Infinity, loss = 0;
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    const out = model.evaluate(xs, ys, { batchSize: EXAMPLES }) as tf.Scalar;
    loss = out.dataSync()[0]!;
    out.dispose();
    best = Math.min(best, performance.now() - t0);
  }
  tf.dispose([xs, ys]);
  model.dispose();
  const rate = EXAMPLES / (best / 1000);
  console.log(`  tfjs model.evaluate (${name.padEnd(4)}) ${Math.round(rate).toLocaleString('en').padStart(9)} samples/s  loss ${loss.toFixed(9)}  → evaluator/tfjs speed ratio ${(detRate / rate).toFixed(2)}× (issue 5 target: within 3× of tfjs CPU, i.e. ≥ 0.33×)`);
}

// Reveal → reward: a round settles at its end, so this is the wait for the round's end plus seed, reports and settlement.
async function revealToReward(roundSeconds: number) {
  const tmp = await mkdtemp(join(tmpdir(), 'nrn-bench-train-'));
  const tw = await walletFor(TEST_MNEMONICS[0]!);
  const chain = await startTestChain({ balances: { [tw.address]: '1000000000000unrn' } });
  const trainerStore = await openHelia({ dir: join(tmp, 'ipfs-trainer'), listen: true });
  const verifierStore = await openHelia({ dir: join(tmp, 'ipfs-verifier') });
  const stop = new AbortController();
  const clients: SigningStargateClient[] = [];
  let verifying: Promise<void> | undefined;
  try {
    await verifierStore.dial((await trainerStore.multiaddrs())[0]!);
    const connect = async (wallet: DirectSecp256k1HdWallet) => {
      const c = await SigningStargateClient.connectWithSigner(chain.rpc, wallet, { registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 100 });
      clients.push(c);
      return c;
    };
    const tClient = await connect(tw.wallet);
    const enc = new TextEncoder();
    const { response: { groupId } } = await createGroup(tClient, {
      creator: tw.address, name: 'bench', modelSpecCid: await trainerStore.addBytes(enc.encode(readFileSync(modelSpecPath('synthetic-mlp'), 'utf8'))),
      initialDatasetCid: await trainerStore.addBytes(enc.encode(syntheticClassification({ examples: 300, seed: 7, spreadMilli: 1500 }))),
      trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: 100, marginMicro: 1000 },
      trainingRoundSeconds: roundSeconds, deposit: 10_000_000n,
    });
    const operator = JSON.parse(await readFile(operatorKeyPath(chain.home), 'utf8')) as OperatorKeyFile;
    const verifier = new Verifier({
      rpc: chain.rpc, client: await connect(await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: 'nrn' })),
      address: operator.address, store: verifierStore, pollMs: 100, signal: stop.signal,
    });
    verifying = verifier.run();
    let revealedAt = 0;
    const trainer = new Trainer({
      rpc: chain.rpc, client: tClient, address: tw.address, store: trainerStore, home: join(tmp, 'trainer-home'), groupId,
      epochs: 2, maxReveals: 1, maxPasses: 4, pollMs: 100, minRoundLeftMs: Math.min(5000, (roundSeconds * 1000) / 2), progress: false,
      log: (msg) => { if (msg === 'revealed') revealedAt = performance.now(); },
    });
    const [outcome] = await trainer.run();
    const wall = (performance.now() - revealedAt) / 1000;
    if (!outcome || outcome.verdict?.status !== 'won') throw new Error(`no winning reveal (${outcome?.verdict?.status ?? 'none'})`);
    const q = await checkpointQueries(chain.rpc);
    const best = (await q.best(groupId))!;
    const { checkpoint } = await q.checkpoint(outcome.cid);
    q.disconnect();
    const comet = await connectComet(chain.rpc);
    const timeAt = async (h: number) => (await comet.block(h)).block.header.time.getTime();
    const blockSeconds = (await timeAt(Number(best.height)) - await timeAt(Number(checkpoint.reveal_height))) / 1000;
    comet.disconnect();
    console.log(`\nreveal → reward on a single-validator chain (${roundSeconds} s rounds, 200 ms blocks, one verifier):`);
    console.log(`  ${wall.toFixed(2)} s wall clock (trainer's reveal confirmed → verdict seen), ${blockSeconds.toFixed(2)} s of block time (reveal block → settling block), reward ${best.reward} unrn`);
  } finally {
    stop.abort();
    await verifying?.catch(() => undefined);
    for (const c of clients) c.disconnect();
    await verifierStore.stop();
    await trainerStore.stop();
    await chain.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

if (ROUND_SECONDS > 0) await revealToReward(ROUND_SECONDS);
