import { detExp, detExpm1, detLog1p, detSigmoid, detTanh } from './detmath.ts';

// Forward passes of the supported Keras/TensorFlow.js layers over Float64 data, one example at a time, each sum
// accumulated from 0 in ascending index order (input index for dense; ky, kx, channel for conv) before the bias.

/** One example's activations: row-major data of `shape` (no batch axis; images are [height, width, channels]). */
export interface Activations {
  shape: number[];
  data: Float64Array;
}

/** A layer ready to run: its output shape is fixed at load time. */
export interface LayerOp {
  name: string;
  outputShape: number[];
  forward(input: Float64Array): Float64Array;
}

export type ActivationName =
  | 'linear' | 'relu' | 'relu6' | 'sigmoid' | 'hard_sigmoid' | 'tanh' | 'softmax' | 'elu' | 'selu' | 'softplus' | 'softsign';

const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;

/** Applies an activation in place; softmax normalises each run of `lastDim` values. */
export function applyActivation(name: ActivationName, data: Float64Array, lastDim: number): void {
  const n = data.length;
  switch (name) {
    case 'linear': return;
    case 'relu': for (let i = 0; i < n; i++) data[i] = data[i]! > 0 ? data[i]! : 0; return;
    case 'relu6': for (let i = 0; i < n; i++) { const v = data[i]!; data[i] = v > 6 ? 6 : v > 0 ? v : 0; } return;
    case 'sigmoid': for (let i = 0; i < n; i++) data[i] = detSigmoid(data[i]!); return;
    case 'hard_sigmoid': for (let i = 0; i < n; i++) { const v = 0.2 * data[i]! + 0.5; data[i] = v > 1 ? 1 : v > 0 ? v : 0; } return;
    case 'tanh': for (let i = 0; i < n; i++) data[i] = detTanh(data[i]!); return;
    case 'elu': for (let i = 0; i < n; i++) { const v = data[i]!; data[i] = v > 0 ? v : detExpm1(v); } return;
    case 'selu': for (let i = 0; i < n; i++) { const v = data[i]!; data[i] = v > 0 ? SELU_SCALE * v : SELU_SCALE * SELU_ALPHA * detExpm1(v); } return;
    case 'softplus': for (let i = 0; i < n; i++) { const v = data[i]!; data[i] = v > 0 ? v + detLog1p(detExp(-v)) : detLog1p(detExp(v)); } return;
    case 'softsign': for (let i = 0; i < n; i++) { const v = data[i]!; data[i] = v / (1 + (v < 0 ? -v : v)); } return;
    case 'softmax': softmax(data, lastDim); return;
  }
}

function softmax(data: Float64Array, lastDim: number): void {
  for (let start = 0; start < data.length; start += lastDim) {
    let max = -Infinity;
    for (let j = 0; j < lastDim; j++) if (data[start + j]! > max) max = data[start + j]!;
    let sum = 0;
    for (let j = 0; j < lastDim; j++) { const e = detExp(data[start + j]! - max); data[start + j] = e; sum += e; }
    for (let j = 0; j < lastDim; j++) data[start + j] = data[start + j]! / sum;
  }
}

export function activationOp(name: string, activation: ActivationName, inputShape: number[]): LayerOp {
  const lastDim = inputShape[inputShape.length - 1]!;
  return {
    name,
    outputShape: inputShape,
    forward(input) { const out = Float64Array.from(input); applyActivation(activation, out, lastDim); return out; },
  };
}

export function leakyReluOp(name: string, alpha: number, inputShape: number[]): LayerOp {
  return {
    name,
    outputShape: inputShape,
    forward(input) { return input.map((v) => (v < 0 ? alpha * v : v)); },
  };
}

export function identityOp(name: string, outputShape: number[]): LayerOp {
  return { name, outputShape, forward: (input) => input };
}

/** Dense over the last axis: out[r, j] = (Σ_i in[r, i] · kernel[i, j]) + bias[j]. */
export function denseOp(name: string, inputShape: number[], units: number, kernel: Float64Array, bias: Float64Array | null, activation: ActivationName): LayerOp {
  const inDim = inputShape[inputShape.length - 1]!;
  const outputShape = [...inputShape.slice(0, -1), units];
  return {
    name,
    outputShape,
    forward(input) {
      const rows = input.length / inDim;
      const out = new Float64Array(rows * units);
      for (let r = 0; r < rows; r++) {
        const o = r * units;
        for (let i = 0; i < inDim; i++) {
          const x = input[r * inDim + i]!;
          const k = i * units;
          for (let j = 0; j < units; j++) out[o + j] = out[o + j]! + x * kernel[k + j]!;
        }
        if (bias) for (let j = 0; j < units; j++) out[o + j] = out[o + j]! + bias[j]!;
      }
      applyActivation(activation, out, units);
      return out;
    },
  };
}

export interface Window2D {
  kernel: [number, number];
  strides: [number, number];
  padding: 'valid' | 'same';
}

/** Output size and leading pad of one spatial axis, as TensorFlow computes them. */
function axisGeometry(size: number, k: number, stride: number, padding: 'valid' | 'same'): { out: number; pad: number } {
  if (padding === 'same') {
    const out = Math.ceil(size / stride);
    const total = Math.max((out - 1) * stride + k - size, 0);
    return { out, pad: Math.floor(total / 2) };
  }
  return { out: Math.floor((size - k) / stride) + 1, pad: 0 };
}

export function windowGeometry(layer: string, inputShape: number[], w: Window2D): { outH: number; outW: number; padTop: number; padLeft: number } {
  if (inputShape.length !== 3) throw new Error(`layer '${layer}': expects input [height, width, channels], got [${inputShape.join(', ')}]`);
  const h = axisGeometry(inputShape[0]!, w.kernel[0], w.strides[0], w.padding);
  const v = axisGeometry(inputShape[1]!, w.kernel[1], w.strides[1], w.padding);
  if (h.out < 1 || v.out < 1) throw new Error(`layer '${layer}': window ${w.kernel.join('x')} does not fit input [${inputShape.join(', ')}]`);
  return { outH: h.out, outW: v.out, padTop: h.pad, padLeft: v.pad };
}

/** Conv2D, channels last: kernel [kh, kw, inC, filters]; padded taps are skipped, never multiplied. */
export function conv2dOp(name: string, inputShape: number[], filters: number, w: Window2D, kernel: Float64Array, bias: Float64Array | null, activation: ActivationName): LayerOp {
  const { outH, outW, padTop, padLeft } = windowGeometry(name, inputShape, w);
  const [inH, inW, inC] = inputShape as [number, number, number];
  const [kh, kw] = w.kernel;
  const [sh, sw] = w.strides;
  return {
    name,
    outputShape: [outH, outW, filters],
    forward(input) {
      const out = new Float64Array(outH * outW * filters);
      for (let oy = 0; oy < outH; oy++) {
        for (let ox = 0; ox < outW; ox++) {
          const o = (oy * outW + ox) * filters;
          for (let ky = 0; ky < kh; ky++) {
            const iy = oy * sh + ky - padTop;
            if (iy < 0 || iy >= inH) continue;
            for (let kx = 0; kx < kw; kx++) {
              const ix = ox * sw + kx - padLeft;
              if (ix < 0 || ix >= inW) continue;
              const inBase = (iy * inW + ix) * inC;
              const kBase = (ky * kw + kx) * inC * filters;
              for (let c = 0; c < inC; c++) {
                const x = input[inBase + c]!;
                const kc = kBase + c * filters;
                for (let f = 0; f < filters; f++) out[o + f] = out[o + f]! + x * kernel[kc + f]!;
              }
            }
          }
          if (bias) for (let f = 0; f < filters; f++) out[o + f] = out[o + f]! + bias[f]!;
        }
      }
      applyActivation(activation, out, filters);
      return out;
    },
  };
}

/** Max or average pooling, channels last; 'same' padding leaves padded cells out of the max and the average's count. */
export function pool2dOp(name: string, inputShape: number[], w: Window2D, mode: 'max' | 'avg'): LayerOp {
  const { outH, outW, padTop, padLeft } = windowGeometry(name, inputShape, w);
  const [inH, inW, c] = inputShape as [number, number, number];
  return {
    name,
    outputShape: [outH, outW, c],
    forward(input) {
      const out = new Float64Array(outH * outW * c);
      for (let oy = 0; oy < outH; oy++) {
        const y0 = Math.max(oy * w.strides[0] - padTop, 0);
        const y1 = Math.min(oy * w.strides[0] - padTop + w.kernel[0], inH);
        for (let ox = 0; ox < outW; ox++) {
          const x0 = Math.max(ox * w.strides[1] - padLeft, 0);
          const x1 = Math.min(ox * w.strides[1] - padLeft + w.kernel[1], inW);
          const o = (oy * outW + ox) * c;
          for (let ch = 0; ch < c; ch++) {
            let acc = mode === 'max' ? -Infinity : 0;
            for (let y = y0; y < y1; y++) {
              for (let x = x0; x < x1; x++) {
                const v = input[(y * inW + x) * c + ch]!;
                acc = mode === 'max' ? (v > acc ? v : acc) : acc + v;
              }
            }
            out[o + ch] = mode === 'max' ? acc : acc / ((y1 - y0) * (x1 - x0));
          }
        }
      }
      return out;
    },
  };
}
