import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from './backend.ts';
import { evaluateCheckpoint, parseDataset, sampleEvaluationIndices } from './evaluator.ts';
import { buildTfModel, exportCheckpoint, irisDemo, syntheticIrisText, trainRound, type BatchProgress } from './train.ts';

const backend = await selectBackend({ env: {} });
const demo = irisDemo();
const examples = parseDataset(demo.datasetText, demo.spec);

test('synthetic-iris is 150 canonical rows, 50 per class, the same every time', () => {
  assert.equal(demo.name, 'synthetic-iris');
  assert.equal(syntheticIrisText(), demo.datasetText);
  const lines = demo.datasetText.trimEnd().split('\n');
  assert.equal(lines.length, 150);
  for (const c of ['0', '1', '2']) assert.equal(lines.filter((l) => l.endsWith(`,${c}`)).length, 50);
  assert.ok(lines.every((l) => /^(\d+\.\d,){4}[012]$/.test(l)), 'every line is four 0.1-cm measurements and a class');
});

test('a training round on the demo lowers the evaluator loss, reports progress, and round 2 resumes from it', async () => {
  const fresh = await exportCheckpoint(await buildTfModel(demo.modelJson, undefined, demo.config.seed));
  const sample = parseDataset(demo.datasetText, demo.spec, sampleEvaluationIndices('11'.repeat(32), examples.length, 60));
  const before = evaluateCheckpoint({ ...fresh, examples: sample, loss: demo.loss });

  const progress: BatchProgress[] = [];
  const round1 = await trainRound({ modelJson: demo.modelJson, examples, config: demo.config, onBatch: (p) => { progress.push(p); } });
  assert.equal(round1.backend, backend.name);
  assert.equal(progress.length, demo.config.epochs * Math.ceil(150 / demo.config.batchSize));
  assert.deepEqual(progress.at(-1)!.epoch, demo.config.epochs);
  assert.ok(progress.every((p) => Number.isFinite(p.loss) && p.samplesPerSecond > 0));
  assert.equal(round1.samples, 150 * demo.config.epochs);
  const after1 = evaluateCheckpoint({ ...round1, examples: sample, loss: demo.loss });
  assert.ok(after1.loss < before.loss * 0.5, `loss ${before.loss} → ${after1.loss}`);
  assert.ok(after1.lossMicro < before.lossMicro);

  const round2 = await trainRound({ modelJson: round1.modelJson, weightFiles: round1.weightFiles, examples, config: demo.config });
  const after2 = evaluateCheckpoint({ ...round2, examples: sample, loss: demo.loss });
  assert.ok(after2.loss < after1.loss, `round 2 continued from round 1: ${after1.loss} → ${after2.loss}`);
});

test('the saved checkpoint loads in tfjs and its evaluate agrees with the evaluator to 1e-6 relative', async () => {
  const round = await trainRound({ modelJson: demo.modelJson, examples, config: { ...demo.config, epochs: 3, loss: 'sparseCategoricalCrossentropy' } });
  assert.deepEqual(round.modelJson.weightsManifest[0]!.paths, ['weights.bin']);
  assert.equal(round.weightFiles['weights.bin']!.length, (4 * 16 + 16 + 16 * 3 + 3) * 4);
  const model = await buildTfModel(JSON.stringify(round.modelJson), new Map(Object.entries(round.weightFiles)));
  model.compile({ optimizer: 'sgd', loss: demo.loss });
  const tfLoss = tf.tidy(() => {
    const xs = tf.tensor2d(examples.map((e) => Array.from(e.features)));
    const ys = tf.tensor2d(examples.map((e) => Array.from(e.target)));
    return (model.evaluate(xs, ys, { batchSize: 150 }) as tf.Scalar).dataSync()[0]!;
  });
  model.dispose();
  const ours = evaluateCheckpoint({ ...round, examples, loss: demo.loss });
  assert.ok(Math.abs(ours.loss - tfLoss) / tfLoss < 1e-6, `${ours.loss} vs tfjs ${tfLoss}`);
});

test('fresh weights are seeded: the same seed gives the same checkpoint bytes', async () => {
  const a = await exportCheckpoint(await buildTfModel(demo.modelJson, undefined, 5));
  const b = await exportCheckpoint(await buildTfModel(demo.modelJson, undefined, 5));
  const c = await exportCheckpoint(await buildTfModel(demo.modelJson, undefined, 6));
  assert.deepEqual(a.weightFiles['weights.bin'], b.weightFiles['weights.bin']);
  assert.notDeepEqual(a.weightFiles['weights.bin'], c.weightFiles['weights.bin']);
});

test('bad training input is refused with a readable error', async () => {
  const round = { modelJson: demo.modelJson, examples, config: demo.config };
  await assert.rejects(trainRound({ ...round, config: { ...demo.config, batchSize: 0 } }), /batchSize must be a positive integer/);
  await assert.rejects(trainRound({ ...round, config: { ...demo.config, optimizer: 'lbfgs' as 'sgd' } }), /unsupported optimizer 'lbfgs'/);
  await assert.rejects(trainRound({ ...round, examples: [] }), /training set is empty/);
  await assert.rejects(trainRound({ ...round, examples: [{ features: new Float64Array(3), target: Float64Array.of(1, 0, 0) }] }), /example 0 has 3 features, the model takes 4/);
  const saved = await exportCheckpoint(await buildTfModel(demo.modelJson));
  const bytes = saved.weightFiles['weights.bin']!;
  await assert.rejects(buildTfModel(saved.modelJson, { 'weights.bin': bytes.subarray(0, 100) }), /files hold 100 bytes, the manifest needs 524/);
  await assert.rejects(buildTfModel(saved.modelJson, {}), /file 'weights.bin' named in the manifest is missing/);
});
