// The deterministic evaluator: the loss a verifier reports must be bit-identical on every honest machine, so the
// forward pass is plain TypeScript over Float64 in a fixed operation order (no tfjs, no Math.exp/log/tanh).
import { detLog } from './detmath.ts';
import type { Example } from './example.ts';
import {
  activationOp, conv2dOp, denseOp, identityOp, leakyReluOp, pool2dOp,
  type ActivationName, type LayerOp, type Window2D,
} from './layers.ts';

export { parseExample, parseDataset, datasetLines, type Example, type ExampleSpec, type LabelSpec } from './example.ts';
export { sampleEvaluationIndices } from './sample.ts';

export type LossName = 'meanSquaredError' | 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy' | 'binaryCrossentropy';
export const LOSS_NAMES: readonly LossName[] = ['meanSquaredError', 'categoricalCrossentropy', 'sparseCategoricalCrossentropy', 'binaryCrossentropy'];

/** One entry of a TensorFlow.js weights manifest. */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: unknown;
}

export interface WeightsManifestGroup {
  paths: string[];
  weights: WeightSpec[];
}

/** A TensorFlow.js Layers `model.json`, as `model.save()` writes it. */
export interface ModelJson {
  modelTopology: unknown;
  weightsManifest: WeightsManifestGroup[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  trainingConfig?: unknown;
}

/** The files a manifest's `paths` name, relative to the model.json, with their bytes. */
export type WeightFiles = ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>;

export interface LossResult {
  loss: number;
  /** round(loss × 1e6), half away from zero, the product taken in float64. */
  lossMicro: bigint;
  count: number;
}

/** tfjs-layers clips probabilities to [ε, 1 − ε] with its float32 ε before taking logs. */
const EPSILON = 1e-7;
const ACTIVATIONS = new Set<string>(['linear', 'relu', 'relu6', 'sigmoid', 'hard_sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'softsign']);

type Config = Record<string, unknown>;

function isRecord(v: unknown): v is Config {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function positiveInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`${what} must be a positive integer, got ${JSON.stringify(v)}`);
  return v;
}

function pair(v: unknown, what: string, fallback?: [number, number]): [number, number] {
  if ((v === undefined || v === null) && fallback) return fallback;
  if (typeof v === 'number') return [positiveInt(v, what), v];
  if (Array.isArray(v) && v.length === 2) return [positiveInt(v[0], what), positiveInt(v[1], what)];
  throw new Error(`${what} must be a positive integer or a pair of them, got ${JSON.stringify(v)}`);
}

function activationOf(v: unknown, layer: string): ActivationName {
  if (v === undefined || v === null) return 'linear';
  const name = isRecord(v) ? v['class_name'] : v;
  if (typeof name !== 'string' || !ACTIVATIONS.has(name)) {
    throw new Error(`layer '${layer}': unsupported activation ${JSON.stringify(name)} (supported: ${[...ACTIVATIONS].join(', ')})`);
  }
  return name as ActivationName;
}

function channelsLast(config: Config, layer: string): void {
  const f = config['data_format'];
  if (f !== undefined && f !== null && f !== 'channels_last' && f !== 'channelsLast') {
    throw new Error(`layer '${layer}': unsupported data_format ${JSON.stringify(f)} (only channels_last)`);
  }
}

function paddingOf(v: unknown, layer: string): 'valid' | 'same' {
  if (v === undefined || v === null) return 'valid';
  if (v === 'valid' || v === 'same') return v;
  throw new Error(`layer '${layer}': unsupported padding ${JSON.stringify(v)} (valid or same)`);
}

function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Reads every manifest group's bytes as float32 little-endian, converted exactly to float64. */
function readWeights(manifest: unknown, files: WeightFiles): Map<string, { shape: number[]; values: Float64Array }> {
  if (!Array.isArray(manifest)) throw new Error('model.json: weightsManifest must be an array');
  const lookup = (p: string): Uint8Array | undefined => (files instanceof Map ? files.get(p) : (files as Record<string, Uint8Array>)[p]);
  const weights = new Map<string, { shape: number[]; values: Float64Array }>();
  manifest.forEach((group: unknown, g) => {
    if (!isRecord(group) || !Array.isArray(group['paths']) || !Array.isArray(group['weights'])) {
      throw new Error(`model.json: weightsManifest[${g}] needs paths and weights arrays`);
    }
    const parts = (group['paths'] as unknown[]).map((p) => {
      const bytes = typeof p === 'string' ? lookup(p) : undefined;
      if (!bytes) throw new Error(`weights: file ${JSON.stringify(p)} named in weightsManifest[${g}] is missing`);
      return bytes;
    });
    const total = parts.reduce((n, b) => n + b.length, 0);
    const joined = new Uint8Array(total);
    let at = 0;
    for (const b of parts) { joined.set(b, at); at += b.length; }
    const view = new DataView(joined.buffer);
    let offset = 0;
    for (const spec of group['weights'] as unknown[]) {
      if (!isRecord(spec) || typeof spec['name'] !== 'string' || !Array.isArray(spec['shape'])) {
        throw new Error(`weights: an entry of weightsManifest[${g}] lacks a name or shape`);
      }
      const name = spec['name'];
      if (spec['dtype'] !== 'float32') throw new Error(`weights: '${name}' has dtype ${JSON.stringify(spec['dtype'])}, only float32 is supported`);
      if (spec['quantization'] !== undefined) throw new Error(`weights: '${name}' is quantized, which is not supported`);
      const shape = (spec['shape'] as unknown[]).map((d) => {
        if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) throw new Error(`weights: '${name}' has a bad shape ${JSON.stringify(spec['shape'])}`);
        return d;
      });
      const count = product(shape);
      if (offset + count * 4 > total) {
        throw new Error(`weights truncated: '${name}' ${shapeText(shape)} needs bytes ${offset}..${offset + count * 4} but weightsManifest[${g}] files hold ${total}`);
      }
      const values = new Float64Array(count);
      for (let i = 0; i < count; i++) {
        const v = view.getFloat32(offset + 4 * i, true);
        if (!Number.isFinite(v)) throw new Error(`weights: '${name}' holds a non-finite value at index ${i}`);
        values[i] = v;
      }
      offset += count * 4;
      if (weights.has(name)) throw new Error(`weights: '${name}' appears twice in the manifest`);
      weights.set(name, { shape, values });
    }
    if (offset !== total) throw new Error(`weights: weightsManifest[${g}] files hold ${total - offset} bytes more than its weights need`);
  });
  return weights;
}

/** Resolves the Sequential layer list from a tfjs or Keras topology. */
function sequentialLayers(topology: unknown): { layers: Config[]; modelName: string } {
  const t = isRecord(topology) && isRecord(topology['model_config']) ? topology['model_config'] : topology;
  if (!isRecord(t)) throw new Error('model.json: modelTopology is missing');
  if (t['class_name'] !== 'Sequential') {
    throw new Error(`model.json: unsupported model class ${JSON.stringify(t['class_name'])} (only Sequential)`);
  }
  const config = t['config'];
  const layers = Array.isArray(config) ? config : isRecord(config) ? config['layers'] : undefined;
  if (!Array.isArray(layers) || layers.length === 0) throw new Error('model.json: Sequential model has no layers');
  layers.forEach((l, i) => {
    if (!isRecord(l) || typeof l['class_name'] !== 'string' || !isRecord(l['config'])) throw new Error(`model.json: layer ${i} lacks class_name or config`);
  });
  return { layers: layers as Config[], modelName: isRecord(config) && typeof config['name'] === 'string' ? config['name'] : 'sequential' };
}

function inputShapeOf(first: Config): number[] {
  const c = first['config'] as Config;
  const declared = c['batch_input_shape'] ?? c['batch_shape'] ?? c['batchInputShape'];
  if (!Array.isArray(declared) || declared.length < 2) {
    throw new Error('model.json: the first layer must declare batch_input_shape (e.g. [null, 4])');
  }
  return declared.slice(1).map((d, i) => positiveInt(d, `model.json: input dimension ${i + 1}`));
}

/** A model loaded for deterministic evaluation. */
export class DeterministicModel {
  readonly inputShape: number[];
  readonly outputShape: number[];
  readonly inputSize: number;
  readonly outputSize: number;
  readonly #ops: LayerOp[];

  constructor(inputShape: number[], ops: LayerOp[]) {
    this.inputShape = inputShape;
    this.#ops = ops;
    this.outputShape = ops.length ? ops[ops.length - 1]!.outputShape : inputShape;
    this.inputSize = product(inputShape);
    this.outputSize = product(this.outputShape);
  }

  /** The model's output for one example's features (row-major over inputShape). */
  predict(features: ArrayLike<number>): Float64Array {
    if (features.length !== this.inputSize) {
      throw new Error(`example has ${features.length} features, the model's input ${shapeText(this.inputShape)} takes ${this.inputSize}`);
    }
    let x: Float64Array = Float64Array.from(features);
    for (const op of this.#ops) x = op.forward(x);
    return x;
  }
}

/** Builds the deterministic model from a model.json and the weight files its manifest names. */
export function loadDeterministicModel(modelJson: ModelJson | string, weightFiles: WeightFiles): DeterministicModel {
  const json: unknown = typeof modelJson === 'string' ? JSON.parse(modelJson) : modelJson;
  if (!isRecord(json)) throw new Error('model.json: not a JSON object');
  const { layers } = sequentialLayers(json['modelTopology']);
  const weights = readWeights(json['weightsManifest'] ?? [], weightFiles);
  const used = new Set<string>();
  const take = (layer: string, part: string, shape: number[]): Float64Array => {
    const key = `${layer}/${part}`;
    const w = weights.get(key);
    if (!w) throw new Error(`weights: '${key}' ${shapeText(shape)} is missing from the manifest`);
    if (w.shape.length !== shape.length || w.shape.some((d, i) => d !== shape[i])) {
      throw new Error(`weight shape mismatch: '${key}' is ${shapeText(w.shape)} in the manifest, layer '${layer}' needs ${shapeText(shape)}`);
    }
    used.add(key);
    return w.values;
  };
  const inputShape = inputShapeOf(layers[0]!);
  let shape = inputShape;
  const ops: LayerOp[] = [];
  const names = new Set<string>();
  for (const layer of layers) {
    const c = layer['config'] as Config;
    const kind = layer['class_name'] as string;
    const name = c['name'];
    if (typeof name !== 'string' || name === '') throw new Error(`model.json: a ${kind} layer has no name`);
    if (names.has(name)) throw new Error(`model.json: layer name '${name}' is used twice`);
    names.add(name);
    const op = buildOp(kind, name, c, shape, take);
    if (op) { ops.push(op); shape = op.outputShape; }
  }
  const unused = [...weights.keys()].filter((k) => !used.has(k));
  if (unused.length) throw new Error(`weights not used by any layer: ${unused.join(', ')}`);
  return new DeterministicModel(inputShape, ops);
}

type Take = (layer: string, part: string, shape: number[]) => Float64Array;

function buildOp(kind: string, name: string, c: Config, shape: number[], take: Take): LayerOp | null {
  const useBias = c['use_bias'] !== false;
  switch (kind) {
    case 'InputLayer':
      return null;
    case 'Dense': {
      const units = positiveInt(c['units'], `layer '${name}': units`);
      const inDim = shape[shape.length - 1]!;
      const kernel = take(name, 'kernel', [inDim, units]);
      const bias = useBias ? take(name, 'bias', [units]) : null;
      return denseOp(name, shape, units, kernel, bias, activationOf(c['activation'], name));
    }
    case 'Conv2D': {
      channelsLast(c, name);
      const dilation = pair(c['dilation_rate'], `layer '${name}': dilation_rate`, [1, 1]);
      if (dilation[0] !== 1 || dilation[1] !== 1) throw new Error(`layer '${name}': dilation_rate ${shapeText(dilation)} is not supported`);
      const filters = positiveInt(c['filters'], `layer '${name}': filters`);
      const window: Window2D = {
        kernel: pair(c['kernel_size'], `layer '${name}': kernel_size`),
        strides: pair(c['strides'], `layer '${name}': strides`, [1, 1]),
        padding: paddingOf(c['padding'], name),
      };
      if (shape.length !== 3) throw new Error(`layer '${name}': expects input [height, width, channels], got ${shapeText(shape)}`);
      const kernel = take(name, 'kernel', [window.kernel[0], window.kernel[1], shape[2]!, filters]);
      const bias = useBias ? take(name, 'bias', [filters]) : null;
      return conv2dOp(name, shape, filters, window, kernel, bias, activationOf(c['activation'], name));
    }
    case 'MaxPooling2D':
    case 'AveragePooling2D': {
      channelsLast(c, name);
      const kernel = pair(c['pool_size'], `layer '${name}': pool_size`, [2, 2]);
      const window: Window2D = { kernel, strides: pair(c['strides'], `layer '${name}': strides`, kernel), padding: paddingOf(c['padding'], name) };
      return pool2dOp(name, shape, window, kind === 'MaxPooling2D' ? 'max' : 'avg');
    }
    case 'Activation':
      return activationOp(name, activationOf(c['activation'], name), shape);
    case 'LeakyReLU': {
      const alpha = c['alpha'] ?? 0.3;
      if (typeof alpha !== 'number' || !Number.isFinite(alpha)) throw new Error(`layer '${name}': alpha must be a number`);
      return leakyReluOp(name, alpha, shape);
    }
    case 'Dropout':
      return identityOp(name, shape); // dropout is inactive at inference
    case 'Flatten':
      return identityOp(name, [product(shape)]); // channels-last data is already row-major
    case 'Reshape': {
      const target = c['target_shape'];
      if (!Array.isArray(target)) throw new Error(`layer '${name}': target_shape must be an array`);
      const dims = target.map((d, i) => positiveInt(d, `layer '${name}': target_shape[${i}]`));
      if (product(dims) !== product(shape)) throw new Error(`layer '${name}': cannot reshape ${shapeText(shape)} to ${shapeText(dims)}`);
      return identityOp(name, dims);
    }
    default:
      throw new Error(`model.json: unsupported layer type '${kind}' (layer '${name}'); supported: Dense, Conv2D, MaxPooling2D, AveragePooling2D, Activation, LeakyReLU, Dropout, Flatten, Reshape, InputLayer`);
  }
}

/** One example's loss, reduced over the output in index order the way tfjs-layers defines each loss. */
function exampleLoss(loss: LossName, out: Float64Array, target: Float64Array): number {
  const n = out.length;
  switch (loss) {
    case 'meanSquaredError': {
      let s = 0;
      for (let j = 0; j < n; j++) { const d = target[j]! - out[j]!; s += d * d; }
      return s / n;
    }
    case 'categoricalCrossentropy':
    case 'sparseCategoricalCrossentropy': {
      let total = 0;
      for (let j = 0; j < n; j++) total += out[j]!;
      let s = 0;
      for (let j = 0; j < n; j++) {
        if (target[j] === 0) continue;
        s += target[j]! * detLog(clip(out[j]! / total));
      }
      return -s;
    }
    case 'binaryCrossentropy': {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const p = clip(out[j]!);
        s += target[j]! * detLog(p) + (1 - target[j]!) * detLog(1 - p);
      }
      return -s / n;
    }
  }
}

function clip(p: number): number {
  return p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
}

/** round(loss × 1e6) with halves away from zero; the product is one float64 multiplication. */
export function toLossMicro(loss: number): bigint {
  if (!Number.isFinite(loss)) throw new Error(`loss ${loss} is not finite and has no fixed-point value`);
  const scaled = loss * 1e6;
  const a = scaled < 0 ? -scaled : scaled;
  const floor = Math.floor(a);
  const rounded = a - floor >= 0.5 ? floor + 1 : floor; // a - floor(a) is exact in float64
  return BigInt(scaled < 0 ? -rounded : rounded);
}

function checkLoss(loss: string): asserts loss is LossName {
  if (!(LOSS_NAMES as readonly string[]).includes(loss)) throw new Error(`unsupported loss '${loss}' (supported: ${LOSS_NAMES.join(', ')})`);
}

/** Mean loss over `examples`, summed in their order, then divided by their count. */
export function evaluateLoss(model: DeterministicModel, examples: readonly Example[], loss: LossName): LossResult {
  checkLoss(loss);
  if (examples.length === 0) throw new Error('evaluation set is empty');
  let sum = 0;
  examples.forEach((ex, i) => {
    if (ex.features.length !== model.inputSize) {
      throw new Error(`example ${i} has ${ex.features.length} features, the model's input ${shapeText(model.inputShape)} takes ${model.inputSize}`);
    }
    if (ex.target.length !== model.outputSize) {
      throw new Error(`example ${i} has a target of ${ex.target.length} values, the model outputs ${model.outputSize}`);
    }
    sum += exampleLoss(loss, model.predict(ex.features), ex.target);
  });
  const mean = sum / examples.length;
  return { loss: mean, lossMicro: toLossMicro(mean), count: examples.length };
}

/**
 * Loads a checkpoint and evaluates it: the verifier's one call.
 * @example evaluateCheckpoint({ modelJson, weightFiles: { 'weights.bin': bytes }, examples, loss: 'categoricalCrossentropy' })
 */
export function evaluateCheckpoint(args: { modelJson: ModelJson | string; weightFiles: WeightFiles; examples: readonly Example[]; loss: LossName }): LossResult {
  checkLoss(args.loss);
  return evaluateLoss(loadDeterministicModel(args.modelJson, args.weightFiles), args.examples, args.loss);
}
