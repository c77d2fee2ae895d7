// One training round with TensorFlow.js on whichever backend is active; the result is written in exactly the
// model.json + weights.bin form that evaluator.ts reads and that tf.loadLayersModel loads.
import * as tf from '@tensorflow/tfjs';
import type { Example } from './example.ts';
import type { LossName, ModelJson, WeightFiles, WeightSpec } from './evaluator.ts';

import { seededRandom } from './random.ts';

export { irisDemo, syntheticIrisText, type IrisDemo } from './demo.ts';
export { seededRandom } from './random.ts';

export type OptimizerName = 'sgd' | 'adam' | 'rmsprop' | 'adagrad';
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['sgd', 'adam', 'rmsprop', 'adagrad'];

export interface TrainConfig {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  epochs: number;
  loss: LossName;
  /** Seeds weight initialisation (fresh models) and the per-epoch shuffle; default 1. */
  seed?: number;
}

export interface BatchProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  loss: number;
  samplesPerSecond: number;
}

export interface Checkpoint {
  modelJson: ModelJson;
  weightFiles: Record<string, Uint8Array>;
}

export interface TrainResult extends Checkpoint {
  /** Mean training loss of each epoch, as tfjs reported it batch by batch. */
  epochLosses: number[];
  samples: number;
  seconds: number;
  backend: string;
}

export const WEIGHTS_FILE = 'weights.bin';

const RANDOM_INITIALIZERS = new Set([
  'GlorotUniform', 'GlorotNormal', 'HeUniform', 'HeNormal', 'LeCunUniform', 'LeCunNormal',
  'VarianceScaling', 'RandomUniform', 'RandomNormal', 'TruncatedNormal', 'Orthogonal',
]);

/** A copy of the topology whose random initializers without a seed get seed + layer index. */
function seededTopology(topology: unknown, seed: number): unknown {
  const copy = structuredClone(topology) as Record<string, unknown>;
  const root = (copy['model_config'] ?? copy) as { config?: unknown };
  const layers = Array.isArray(root.config) ? root.config : (root.config as { layers?: unknown[] } | undefined)?.layers ?? [];
  layers.forEach((layer, i) => {
    const config = (layer as { config?: Record<string, unknown> }).config ?? {};
    for (const [key, value] of Object.entries(config)) {
      const init = value as { class_name?: string; config?: Record<string, unknown> } | null;
      if (!key.endsWith('_initializer') || !init || !RANDOM_INITIALIZERS.has(init.class_name ?? '')) continue;
      init.config ??= {};
      if (init.config['seed'] === undefined || init.config['seed'] === null) init.config['seed'] = seed + i;
    }
  });
  return copy;
}

function fileBytes(files: WeightFiles, p: string): Uint8Array {
  const bytes = files instanceof Map ? files.get(p) : (files as Record<string, Uint8Array>)[p];
  if (!bytes) throw new Error(`weights: file '${p}' named in the manifest is missing`);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Builds the tfjs model: fresh with seeded initializers, or with the given checkpoint's weights (tfjs checks names and shapes). */
export async function buildTfModel(modelJson: ModelJson | string, weightFiles?: WeightFiles, seed = 1): Promise<tf.LayersModel> {
  const json = (typeof modelJson === 'string' ? JSON.parse(modelJson) : modelJson) as ModelJson;
  const topology = json.modelTopology as tf.io.ModelArtifacts['modelTopology'];
  if (!weightFiles) return tf.models.modelFromJSON({ modelTopology: seededTopology(topology, seed) } as Parameters<typeof tf.models.modelFromJSON>[0]);
  const groups = json.weightsManifest ?? [];
  const weightSpecs: WeightSpec[] = groups.flatMap((g) => g.weights);
  const weightData = concat(groups.flatMap((g) => g.paths.map((p) => fileBytes(weightFiles, p))));
  const needed = weightSpecs.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1) * 4, 0);
  if (weightData.length !== needed) throw new Error(`weights: files hold ${weightData.length} bytes, the manifest needs ${needed}`);
  const buffer = weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.length) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: topology, weightSpecs: weightSpecs as tf.io.WeightsManifestEntry[], weightData: buffer }));
}

/** Saves a tfjs model through a custom IO handler into model.json + weights.bin, as the file:// handler lays them out. */
export async function exportCheckpoint(model: tf.LayersModel): Promise<Checkpoint> {
  let saved: Checkpoint | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const data = artifacts.weightData;
    const parts = data === undefined ? [] : Array.isArray(data) ? data : [data];
    const bytes = concat(parts.map((b) => new Uint8Array(b)));
    const modelJson: ModelJson = {
      modelTopology: artifacts.modelTopology,
      format: artifacts.format,
      generatedBy: artifacts.generatedBy,
      convertedBy: artifacts.convertedBy ?? null,
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: (artifacts.weightSpecs ?? []) as WeightSpec[] }],
    };
    if (artifacts.trainingConfig) modelJson.trainingConfig = artifacts.trainingConfig;
    saved = { modelJson, weightFiles: { [WEIGHTS_FILE]: bytes } };
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: bytes.length } };
  }));
  if (!saved) throw new Error('tfjs did not call the save handler');
  return saved;
}

function makeOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  switch (name) {
    case 'sgd': return tf.train.sgd(learningRate);
    case 'adam': return tf.train.adam(learningRate);
    case 'rmsprop': return tf.train.rmsprop(learningRate);
    case 'adagrad': return tf.train.adagrad(learningRate);
  }
}

function checkConfig(config: TrainConfig): void {
  if (!OPTIMIZER_NAMES.includes(config.optimizer)) throw new Error(`unsupported optimizer '${config.optimizer}' (supported: ${OPTIMIZER_NAMES.join(', ')})`);
  if (!(config.learningRate > 0)) throw new Error(`learningRate must be positive, got ${config.learningRate}`);
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${config.batchSize}`);
  if (!Number.isInteger(config.epochs) || config.epochs < 1) throw new Error(`epochs must be a positive integer, got ${config.epochs}`);
}

function batchTensors(model: tf.LayersModel, examples: readonly Example[], order: number[], loss: LossName): { xs: tf.Tensor; ys: tf.Tensor } {
  const inputShape = model.inputs[0]!.shape.slice(1) as number[];
  const inputSize = inputShape.reduce((a, b) => a * b, 1);
  const outputWidth = examples[order[0]!]!.target.length;
  const x = new Float32Array(order.length * inputSize);
  order.forEach((idx, r) => {
    const ex = examples[idx]!;
    if (ex.features.length !== inputSize) throw new Error(`example ${idx} has ${ex.features.length} features, the model takes ${inputSize}`);
    x.set(ex.features, r * inputSize);
  });
  const xs = tf.tensor(x, [order.length, ...inputShape]);
  if (loss === 'sparseCategoricalCrossentropy') {
    // tfjs wants class indices for the sparse loss; targets here are one-hot.
    const idx = Float32Array.from(order, (i) => examples[i]!.target.indexOf(1));
    return { xs, ys: tf.tensor(idx, [order.length, 1]) };
  }
  const y = new Float32Array(order.length * outputWidth);
  order.forEach((idx, r) => y.set(examples[idx]!.target, r * outputWidth));
  return { xs, ys: tf.tensor(y, [order.length, outputWidth]) };
}

/**
 * Trains one round from `weightFiles` (or fresh seeded weights) and returns the new checkpoint.
 * @example const { modelJson, weightFiles } = await trainRound({ modelJson, examples, config: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 20, loss: 'categoricalCrossentropy' } })
 */
export async function trainRound(args: {
  modelJson: ModelJson | string;
  weightFiles?: WeightFiles;
  examples: readonly Example[];
  config: TrainConfig;
  onBatch?: (progress: BatchProgress) => void | Promise<void>;
}): Promise<TrainResult> {
  const { config, examples } = args;
  checkConfig(config);
  if (examples.length === 0) throw new Error('training set is empty');
  const seed = config.seed ?? 1;
  const model = await buildTfModel(args.modelJson, args.weightFiles, seed);
  try {
    model.compile({ optimizer: makeOptimizer(config.optimizer, config.learningRate), loss: config.loss });
    const random = seededRandom(seed);
    const batches = Math.ceil(examples.length / config.batchSize);
    const epochLosses: number[] = [];
    const started = performance.now();
    let samples = 0;
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      const order = examples.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let lossSum = 0;
      for (let b = 0; b < batches; b++) {
        const slice = order.slice(b * config.batchSize, (b + 1) * config.batchSize);
        const { xs, ys } = batchTensors(model, examples, slice, config.loss);
        let result: number | number[];
        try {
          result = await model.trainOnBatch(xs, ys);
        } finally {
          xs.dispose();
          ys.dispose();
        }
        const loss = Array.isArray(result) ? result[0]! : result;
        lossSum += loss * slice.length;
        samples += slice.length;
        const seconds = (performance.now() - started) / 1000;
        await args.onBatch?.({ epoch: epoch + 1, epochs: config.epochs, batch: b + 1, batches, loss, samplesPerSecond: seconds > 0 ? samples / seconds : 0 });
      }
      epochLosses.push(lossSum / examples.length);
    }
    const checkpoint = await exportCheckpoint(model);
    return { ...checkpoint, epochLosses, samples, seconds: (performance.now() - started) / 1000, backend: tf.getBackend() };
  } finally {
    model.dispose();
  }
}
