// `npm run bench:train`: trainer samples/s on every TensorFlow.js backend this machine has, and the deterministic
// evaluator's samples/s against TensorFlow.js's own model.evaluate on the same model and data, in the same run.
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { BACKEND_ORDER, defaultLoader } from '../trainer/ml/backend.ts';
import { trainRound } from '../trainer/ml/train.ts';
import type { Checkpoint } from '../trainer/ml/train.ts';
import { buildTfModel } from '../trainer/ml/train.ts';
import { loadDeterministicModel, evaluateLoss } from '../trainer/ml/evaluator.ts';
import { syntheticClassification } from '../datasets/synthetic.ts';
import { examplesOf, datasetSpecOf } from '../trainer/client/examples.ts';
import type { ModelSpec } from '../trainer/client/examples.ts';
import { modelSpecPath } from '../models/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EXAMPLES = arg('examples', 4000);
const EPOCHS = arg('epochs', 3);
const REPEAT = arg('repeat', 5);

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
