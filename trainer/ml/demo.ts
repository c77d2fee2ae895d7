// A built-in demo: `synthetic-iris`, 150 rows shaped like Fisher's Iris (3 classes × 50, 4 measurements in cm),
// drawn from a seeded PRNG because the real table cannot be downloaded here and is not typed in from memory.
import type { ExampleSpec } from './example.ts';
import type { LossName, ModelJson } from './evaluator.ts';
import { seededRandom } from './random.ts';
import type { TrainConfig } from './train.ts';

export interface IrisDemo {
  name: 'synthetic-iris';
  /** Canonical dataset text: `sepalLength,sepalWidth,petalLength,petalWidth,classIndex` per line. */
  datasetText: string;
  spec: ExampleSpec;
  loss: LossName;
  /** A 4 → 16 (relu) → 3 (softmax) Dense net, topology only (no weights yet). */
  modelJson: ModelJson;
  config: TrainConfig;
}

// Per-class mean and standard deviation of the four measurements, close to the published Iris summary.
const CLASSES: { mean: number[]; sd: number[] }[] = [
  { mean: [5.01, 3.43, 1.46, 0.25], sd: [0.35, 0.38, 0.17, 0.11] },
  { mean: [5.94, 2.77, 4.26, 1.33], sd: [0.52, 0.31, 0.47, 0.2] },
  { mean: [6.59, 2.97, 5.55, 2.03], sd: [0.64, 0.32, 0.55, 0.27] },
];

/** 150 lines, 50 per class in class order; values rounded to 0.1 cm, at least 0.1. */
export function syntheticIrisText(seed = 150): string {
  const random = seededRandom(seed);
  // Irwin–Hall: the sum of 12 uniforms minus 6 is near-normal and needs no transcendental function.
  const normal = () => { let s = -6; for (let i = 0; i < 12; i++) s += random(); return s; };
  const lines: string[] = [];
  CLASSES.forEach(({ mean, sd }, label) => {
    for (let row = 0; row < 50; row++) {
      const tenths = mean.map((m, f) => Math.max(1, Math.round((m + sd[f]! * normal()) * 10)));
      lines.push([...tenths.map((t) => `${Math.floor(t / 10)}.${t % 10}`), String(label)].join(','));
    }
  });
  return lines.join('\n') + '\n';
}

function denseLayer(name: string, units: number, activation: string, inputDim?: number): Record<string, unknown> {
  return {
    class_name: 'Dense',
    config: {
      name,
      units,
      activation,
      use_bias: true,
      kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
      bias_initializer: { class_name: 'Zeros', config: {} },
      trainable: true,
      dtype: 'float32',
      ...(inputDim === undefined ? {} : { batch_input_shape: [null, inputDim] }),
    },
  };
}

/** The synthetic-iris demo: dataset text, its spec, the model spec and a training config that converges in seconds. */
export function irisDemo(): IrisDemo {
  return {
    name: 'synthetic-iris',
    datasetText: syntheticIrisText(),
    spec: { featureCount: 4, label: { kind: 'class', classes: 3 } },
    loss: 'categoricalCrossentropy',
    modelJson: {
      modelTopology: {
        class_name: 'Sequential',
        config: { name: 'synthetic_iris_mlp', layers: [denseLayer('hidden', 16, 'relu', 4), denseLayer('output', 3, 'softmax')] },
        keras_version: 'tfjs-layers 4.22.0',
        backend: 'tensor_flow.js',
      },
      format: 'layers-model',
      generatedBy: 'nrn',
      convertedBy: null,
      weightsManifest: [],
    },
    config: { optimizer: 'adam', learningRate: 0.02, batchSize: 16, epochs: 10, loss: 'categoricalCrossentropy', seed: 1 },
  };
}
