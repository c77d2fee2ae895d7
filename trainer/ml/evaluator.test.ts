import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { detExp, detExpm1, detLog, detLog1p, detSigmoid, detTanh } from './detmath.ts';
import {
  evaluateCheckpoint, loadDeterministicModel, parseDataset, parseExample, sampleEvaluationIndices, toLossMicro,
  type Example, type LossName, type ModelJson,
} from './evaluator.ts';
import { exportCheckpoint, seededRandom, type Checkpoint } from './train.ts';

await tf.setBackend('cpu');

const random = seededRandom(7);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * random();

function relErr(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

function randomExamples(n: number, features: number, outputs: number, targetKind: 'onehot' | 'binary' | 'real'): Example[] {
  return Array.from({ length: n }, () => {
    const target = new Float64Array(outputs);
    if (targetKind === 'onehot') target[Math.floor(random() * outputs)] = 1;
    else for (let j = 0; j < outputs; j++) target[j] = targetKind === 'binary' ? (random() < 0.5 ? 0 : 1) : uniform(-1, 1);
    return { features: Float64Array.from({ length: features }, () => uniform(-2, 2)), target };
  });
}

function seededKernel(seed: number) {
  return tf.initializers.glorotUniform({ seed });
}

function denseModel(outputActivation: 'softmax' | 'sigmoid' | 'linear'): tf.Sequential {
  const m = tf.sequential();
  m.add(tf.layers.dense({ name: 'd1', units: 8, inputShape: [6], activation: 'tanh', kernelInitializer: seededKernel(1), biasInitializer: tf.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed: 2 }) }));
  m.add(tf.layers.dropout({ name: 'drop', rate: 0.5 }));
  m.add(tf.layers.dense({ name: 'd2', units: 7, activation: 'elu', kernelInitializer: seededKernel(3) }));
  m.add(tf.layers.leakyReLU({ name: 'leaky', alpha: 0.2 }));
  m.add(tf.layers.dense({ name: 'd3', units: 6, activation: 'selu', kernelInitializer: seededKernel(4) }));
  m.add(tf.layers.activation({ name: 'act', activation: 'softplus' }));
  m.add(tf.layers.dense({ name: 'd4', units: 5, activation: 'relu6', useBias: false, kernelInitializer: seededKernel(5) }));
  m.add(tf.layers.dense({ name: 'd5', units: 4, activation: 'softsign', kernelInitializer: seededKernel(6) }));
  m.add(tf.layers.dense({ name: 'out', units: 3, activation: outputActivation, kernelInitializer: seededKernel(7) }));
  return m;
}

function convModel(): tf.Sequential {
  const m = tf.sequential();
  m.add(tf.layers.conv2d({ name: 'c1', inputShape: [9, 9, 2], filters: 4, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu', kernelInitializer: seededKernel(11), biasInitializer: tf.initializers.randomUniform({ minval: -0.2, maxval: 0.2, seed: 12 }) }));
  m.add(tf.layers.maxPooling2d({ name: 'p1', poolSize: 2, strides: 1, padding: 'same' }));
  m.add(tf.layers.conv2d({ name: 'c2', filters: 3, kernelSize: [2, 3], padding: 'valid', activation: 'tanh', kernelInitializer: seededKernel(13) }));
  m.add(tf.layers.averagePooling2d({ name: 'p2', poolSize: 2, strides: 1, padding: 'same' }));
  m.add(tf.layers.conv2d({ name: 'c3', filters: 2, kernelSize: 1, activation: 'sigmoid', kernelInitializer: seededKernel(14) }));
  m.add(tf.layers.maxPooling2d({ name: 'p3', poolSize: 2, padding: 'valid' }));
  m.add(tf.layers.flatten({ name: 'flat' }));
  m.add(tf.layers.dense({ name: 'out', units: 3, activation: 'softmax', kernelInitializer: seededKernel(15) }));
  return m;
}

function tfPredict(model: tf.LayersModel, examples: readonly Example[]): number[][] {
  const shape = model.inputs[0]!.shape.slice(1) as number[];
  return tf.tidy(() => {
    const xs = tf.tensor(examples.flatMap((e) => Array.from(e.features)), [examples.length, ...shape]);
    return (model.predict(xs) as tf.Tensor).arraySync() as number[][];
  });
}

function tfLoss(model: tf.LayersModel, examples: readonly Example[], loss: LossName): number {
  const shape = model.inputs[0]!.shape.slice(1) as number[];
  model.compile({ optimizer: 'sgd', loss });
  return tf.tidy(() => {
    const xs = tf.tensor(examples.flatMap((e) => Array.from(e.features)), [examples.length, ...shape]);
    const ys = loss === 'sparseCategoricalCrossentropy'
      ? tf.tensor(examples.map((e) => e.target.indexOf(1)), [examples.length, 1])
      : tf.tensor(examples.flatMap((e) => Array.from(e.target)), [examples.length, examples[0]!.target.length]);
    return (model.evaluate(xs, ys, { batchSize: examples.length }) as tf.Scalar).dataSync()[0]!;
  });
}

function assertPredictionsAgree(model: tf.LayersModel, checkpoint: Checkpoint, examples: readonly Example[]): void {
  const ours = loadDeterministicModel(checkpoint.modelJson, checkpoint.weightFiles);
  const theirs = tfPredict(model, examples);
  examples.forEach((e, i) => {
    const p = ours.predict(e.features);
    assert.equal(p.length, theirs[i]!.length);
    p.forEach((v, j) => assert.ok(Math.abs(v - theirs[i]![j]!) <= 1e-5, `example ${i} output ${j}: ${v} vs tfjs ${theirs[i]![j]}`));
  });
}

test('deterministic exp/log/tanh/sigmoid match Math.* to 1e-12 relative', () => {
  for (let i = 0; i < 20000; i++) {
    const x = uniform(-700, 700);
    const y = uniform(-20, 20);
    const z = Math.pow(10, uniform(-300, 300));
    const s = uniform(-1e-3, 1e-3);
    assert.ok(relErr(detExp(x), Math.exp(x)) < 1e-12, `exp(${x})`);
    assert.ok(relErr(detTanh(y), Math.tanh(y)) < 1e-12, `tanh(${y})`);
    assert.ok(relErr(detTanh(s), Math.tanh(s)) < 1e-12, `tanh(${s})`);
    assert.ok(relErr(detSigmoid(y), 1 / (1 + Math.exp(-y))) < 1e-12, `sigmoid(${y})`);
    assert.ok(relErr(detLog(z), Math.log(z)) < 1e-12, `log(${z})`);
    assert.ok(relErr(detExpm1(s), Math.expm1(s)) < 1e-12, `expm1(${s})`);
    assert.ok(relErr(detLog1p(s), Math.log1p(s)) < 1e-12, `log1p(${s})`);
  }
  assert.equal(detExp(0), 1);
  assert.equal(detLog(1), 0);
  assert.equal(detExp(800), Infinity);
  assert.equal(detExp(-800), 0);
  assert.equal(detLog(0), -Infinity);
  assert.ok(Number.isNaN(detLog(-1)));
  assert.equal(detTanh(30), 1);
  assert.equal(detTanh(-30), -1);
});

test('lossMicro rounds loss × 1e6 half away from zero', () => {
  assert.equal(2.5e-6 * 1e6, 2.5); // precondition: the product is an exact tie
  assert.equal(toLossMicro(2.5e-6), 3n);
  assert.equal(toLossMicro(-2.5e-6), -3n);
  assert.equal(toLossMicro(0.2842808417), 284281n);
  assert.equal(toLossMicro(0.2842804999), 284280n);
  assert.equal(toLossMicro(0), 0n);
  assert.equal(toLossMicro(12345.678), 12345678000n);
  assert.throws(() => toLossMicro(NaN), /not finite/);
  assert.throws(() => toLossMicro(Infinity), /not finite/);
});

test('dense model: predictions match tfjs cpu to 1e-5, every loss matches model.evaluate to 1e-6 relative', async () => {
  const cases: [('softmax' | 'sigmoid' | 'linear'), LossName, 'onehot' | 'binary' | 'real'][] = [
    ['softmax', 'categoricalCrossentropy', 'onehot'],
    ['softmax', 'sparseCategoricalCrossentropy', 'onehot'],
    ['sigmoid', 'binaryCrossentropy', 'binary'],
    ['linear', 'meanSquaredError', 'real'],
  ];
  for (const [activation, loss, kind] of cases) {
    const model = denseModel(activation);
    const checkpoint = await exportCheckpoint(model);
    const examples = randomExamples(64, 6, 3, kind);
    assertPredictionsAgree(model, checkpoint, examples);
    const ours = evaluateCheckpoint({ ...checkpoint, examples, loss });
    const theirs = tfLoss(model, examples, loss);
    assert.ok(relErr(ours.loss, theirs) < 1e-6, `${loss}: ${ours.loss} vs tfjs ${theirs}`);
    assert.equal(ours.count, 64);
    assert.equal(ours.lossMicro, toLossMicro(ours.loss));
    model.dispose();
  }
});

test('conv model (same/valid padding, strides, max/avg pooling, flatten): matches tfjs cpu to 1e-5', async () => {
  const model = convModel();
  const checkpoint = await exportCheckpoint(model);
  const examples = randomExamples(24, 9 * 9 * 2, 3, 'onehot');
  assertPredictionsAgree(model, checkpoint, examples);
  const ours = evaluateCheckpoint({ ...checkpoint, examples, loss: 'categoricalCrossentropy' });
  const theirs = tfLoss(model, examples, 'categoricalCrossentropy');
  assert.ok(relErr(ours.loss, theirs) < 1e-6, `${ours.loss} vs tfjs ${theirs}`);
  model.dispose();
});

function bitsOf(x: number): string {
  return Buffer.from(new Float64Array([x]).buffer).toString('hex');
}

test('the same checkpoint and sample give a bit-identical loss across runs and in a second process', async () => {
  const model = convModel();
  const checkpoint = await exportCheckpoint(model);
  model.dispose();
  const examples = randomExamples(16, 9 * 9 * 2, 3, 'onehot');
  const first = evaluateCheckpoint({ ...checkpoint, examples, loss: 'categoricalCrossentropy' });
  const again = evaluateCheckpoint({ ...checkpoint, examples, loss: 'categoricalCrossentropy' });
  assert.equal(bitsOf(again.loss), bitsOf(first.loss));

  const dir = await mkdtemp(path.join(tmpdir(), 'nrn-eval-'));
  try {
    await writeFile(path.join(dir, 'model.json'), JSON.stringify(checkpoint.modelJson));
    await writeFile(path.join(dir, 'weights.bin'), checkpoint.weightFiles['weights.bin']!);
    await writeFile(path.join(dir, 'examples.json'), JSON.stringify(examples.map((e) => [Array.from(e.features), Array.from(e.target)])));
    const evaluator = path.join(import.meta.dirname, 'evaluator.ts');
    const script = [
      `import { readFileSync } from 'node:fs';`,
      `import { evaluateCheckpoint } from ${JSON.stringify(evaluator)};`,
      `const dir = ${JSON.stringify(dir)};`,
      `const examples = JSON.parse(readFileSync(dir + '/examples.json', 'utf8')).map(([f, t]) => ({ features: Float64Array.from(f), target: Float64Array.from(t) }));`,
      `const r = evaluateCheckpoint({ modelJson: readFileSync(dir + '/model.json', 'utf8'), weightFiles: { 'weights.bin': readFileSync(dir + '/weights.bin') }, examples, loss: 'categoricalCrossentropy' });`,
      `console.log(Buffer.from(new Float64Array([r.loss]).buffer).toString('hex') + ' ' + r.lossMicro);`,
    ].join('\n');
    await writeFile(path.join(dir, 'child.mjs'), script);
    // process.execPath is the Node 24 binary that `npx node` started.
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(dir, 'child.mjs')]);
    assert.equal(stdout.trim(), `${bitsOf(first.loss)} ${first.lossMicro}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('evaluation sample: deterministic, without replacement, sorted, whole set when small', () => {
  const hash = '00'.repeat(32);
  assert.deepEqual(sampleEvaluationIndices(hash, 1000, 10), [73, 127, 308, 430, 448, 477, 758, 794, 856, 924]);
  const a = sampleEvaluationIndices('AB'.repeat(32), 5000, 700);
  assert.deepEqual(sampleEvaluationIndices('ab'.repeat(32), 5000, 700), a);
  assert.equal(a.length, 700);
  assert.equal(new Set(a).size, 700);
  assert.ok(a.every((v, i) => Number.isInteger(v) && v >= 0 && v < 5000 && (i === 0 || a[i - 1]! < v)));
  assert.notDeepEqual(sampleEvaluationIndices('ac'.repeat(32), 5000, 700), a);
  const nearlyAll = sampleEvaluationIndices(hash, 20, 19);
  assert.equal(new Set(nearlyAll).size, 19);
  assert.deepEqual(sampleEvaluationIndices(hash, 5, 5), [0, 1, 2, 3, 4]);
  assert.deepEqual(sampleEvaluationIndices(hash, 5, 50), [0, 1, 2, 3, 4]);
  assert.deepEqual(sampleEvaluationIndices(hash, 0, 3), []);
  assert.deepEqual(sampleEvaluationIndices(hash, 9, 0), []);
  // Every index is reachable: over many seeds each of 10 positions gets picked.
  const seen = new Set<number>();
  for (let s = 0; s < 40; s++) for (const i of sampleEvaluationIndices(s.toString(16).padStart(2, '0'), 10, 2)) seen.add(i);
  assert.equal(seen.size, 10);
  assert.throws(() => sampleEvaluationIndices('xyz', 10, 2), /not an even-length hex string/);
  assert.throws(() => sampleEvaluationIndices(hash, -1, 2), /dataset size/);
  assert.throws(() => sampleEvaluationIndices(hash, 10, 1.5), /sample size/);
});

test('parseExample reads class, one-hot and regression labels', () => {
  const byClass = parseExample('5.1,3.5,1.4,0.2,2', { featureCount: 4, label: { kind: 'class', classes: 3 } });
  assert.deepEqual(Array.from(byClass.features), [5.1, 3.5, 1.4, 0.2]);
  assert.deepEqual(Array.from(byClass.target), [0, 0, 1]);
  const oneHot = parseExample('-1e-3,.5,0,1,0', { featureCount: 2, label: { kind: 'onehot', classes: 3 } });
  assert.deepEqual(Array.from(oneHot.features), [-0.001, 0.5]);
  assert.deepEqual(Array.from(oneHot.target), [0, 1, 0]);
  const regression = parseExample('1,2,3.25,-4', { featureCount: 2, label: { kind: 'regression', outputs: 2 } });
  assert.deepEqual(Array.from(regression.target), [3.25, -4]);
  const all = parseDataset('1,0\n2,1\n', { featureCount: 1, label: { kind: 'class', classes: 2 } });
  assert.equal(all.length, 2);
  const picked = parseDataset('1,0\n2,1\n3,1', { featureCount: 1, label: { kind: 'class', classes: 2 } }, [2]);
  assert.deepEqual(Array.from(picked[0]!.features), [3]);
});

test('parseExample refuses malformed lines, naming the problem', () => {
  const spec = { featureCount: 4, label: { kind: 'class', classes: 3 } } as const;
  assert.throws(() => parseExample('5.1,3.5,1.4,0', spec), /expected 4 features \+ 1 label field\(s\) = 5 fields, got 4/);
  assert.throws(() => parseExample('5.1,3.5,1.4,0.2,0.7,1', spec), /got 6/);
  assert.throws(() => parseExample('5.1,abc,1.4,0.2,0', spec), /field 2: "abc" is not a decimal number/);
  assert.throws(() => parseExample('5.1, 3.5,1.4,0.2,0', spec), /is not a decimal number/);
  assert.throws(() => parseExample('5.1,3.5,1.4,0.2,3', spec), /class index 3 is not an integer in \[0, 3\)/);
  assert.throws(() => parseExample('5.1,3.5,1.4,0.2,1.5', spec), /class index 1.5/);
  assert.throws(() => parseExample('', spec), /empty line/);
  assert.throws(() => parseExample('1.0000000000000000000001,3.5,1.4,0.2,0', spec), /more than 20 significant digits/);
  assert.throws(() => parseExample('1e999,3.5,1.4,0.2,0', spec), /out of range/);
  assert.throws(() => parseExample('1,2,1,1', { featureCount: 2, label: { kind: 'onehot', classes: 2 } }), /not one-hot/);
  assert.throws(() => parseDataset('1,0\n\n2,1\n', { featureCount: 1, label: { kind: 'class', classes: 2 } }), /line 2: empty line/);
});

function mutated(checkpoint: Checkpoint, edit: (json: ModelJson) => void): ModelJson {
  const json = structuredClone(checkpoint.modelJson);
  edit(json);
  return json;
}

function topologyLayers(json: ModelJson): { class_name: string; config: Record<string, unknown> }[] {
  return (json.modelTopology as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } }).config.layers;
}

test('bad checkpoints and examples throw errors that name the problem', async () => {
  const model = denseModel('softmax');
  const checkpoint = await exportCheckpoint(model);
  model.dispose();
  const examples = randomExamples(4, 6, 3, 'onehot');
  const loss = 'categoricalCrossentropy';
  const bytes = checkpoint.weightFiles['weights.bin']!;
  const evalWith = (modelJson: ModelJson | string, weightFiles: Record<string, Uint8Array> = checkpoint.weightFiles, ex: Example[] = examples) =>
    evaluateCheckpoint({ modelJson, weightFiles, examples: ex, loss });

  assert.throws(() => evalWith(mutated(checkpoint, (j) => { topologyLayers(j)[2]!.class_name = 'BatchNormalization'; })),
    /unsupported layer type 'BatchNormalization' \(layer 'd2'\)/);
  assert.throws(() => evalWith(mutated(checkpoint, (j) => { j.weightsManifest[0]!.weights[0]!.shape = [8, 6]; })),
    /weight shape mismatch: 'd1\/kernel' is \[8, 6\] in the manifest, layer 'd1' needs \[6, 8\]/);
  assert.throws(() => evalWith(checkpoint.modelJson, { 'weights.bin': bytes.subarray(0, bytes.length - 8) }), /weights truncated: 'out\/bias'/);
  assert.throws(() => evalWith(checkpoint.modelJson, { 'weights.bin': new Uint8Array([...bytes, 0, 0, 0, 0]) }), /4 bytes more than its weights need/);
  assert.throws(() => evalWith(checkpoint.modelJson, {}), /file "weights.bin" named in weightsManifest\[0\] is missing/);
  assert.throws(() => evalWith(mutated(checkpoint, (j) => { j.weightsManifest[0]!.weights[0]!.dtype = 'int32'; })), /'d1\/kernel' has dtype "int32"/);
  assert.throws(() => evalWith(mutated(checkpoint, (j) => { topologyLayers(j)[0]!.config['activation'] = 'gelu'; })), /layer 'd1': unsupported activation "gelu"/);
  assert.throws(() => evalWith(mutated(checkpoint, (j) => { (j.modelTopology as { class_name: string }).class_name = 'Model'; })), /unsupported model class "Model"/);
  assert.throws(() => evalWith(mutated(checkpoint, (j) => { j.weightsManifest[0]!.weights[1]!.name = 'stray/bias'; })), /'d1\/bias' \[8\] is missing/);
  const nan = new Uint8Array(bytes);
  new DataView(nan.buffer).setFloat32(0, NaN, true);
  assert.throws(() => evalWith(checkpoint.modelJson, { 'weights.bin': nan }), /'d1\/kernel' holds a non-finite value/);
  assert.throws(() => evalWith('{"modelTopology": 5'), /JSON/);
  const shortExample = [{ features: new Float64Array(5), target: Float64Array.of(1, 0, 0) }];
  assert.throws(() => evalWith(checkpoint.modelJson, checkpoint.weightFiles, shortExample), /example 0 has 5 features, the model's input \[6\] takes 6/);
  const wideTarget = [{ features: new Float64Array(6), target: Float64Array.of(1, 0, 0, 0) }];
  assert.throws(() => evalWith(checkpoint.modelJson, checkpoint.weightFiles, wideTarget), /target of 4 values, the model outputs 3/);
  assert.throws(() => evalWith(checkpoint.modelJson, checkpoint.weightFiles, []), /evaluation set is empty/);
  assert.throws(() => evaluateCheckpoint({ ...checkpoint, examples, loss: 'hinge' as LossName }), /unsupported loss 'hinge'/);
});
