import { createHash } from 'node:crypto';

const TWO_64 = 1n << 64n;

/** An endless stream of 64-bit words: sha256(seed ‖ counter as 8-byte big-endian), 4 words per digest. */
function wordStream(seed: Uint8Array): () => bigint {
  let counter = 0n;
  let words: bigint[] = [];
  return () => {
    if (words.length === 0) {
      const block = new Uint8Array(seed.length + 8);
      block.set(seed);
      new DataView(block.buffer).setBigUint64(seed.length, counter++);
      const digest = createHash('sha256').update(block).digest();
      words = [0, 8, 16, 24].map((o) => digest.readBigUInt64BE(o));
    }
    return words.shift()!;
  };
}

/** Uniform integer in [0, bound) by rejection, so no index is favoured. */
function uniformBelow(next: () => bigint, bound: number): number {
  const m = BigInt(bound);
  const limit = TWO_64 - (TWO_64 % m);
  for (;;) {
    const w = next();
    if (w < limit) return Number(w % m);
  }
}

function hexToBytes(hex: string): Uint8Array {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) {
    throw new Error(`block hash "${hex}" is not an even-length hex string`);
  }
  return Uint8Array.from(Buffer.from(hex.toLowerCase(), 'hex'));
}

/**
 * Evaluation sample: partial Fisher–Yates over [0, datasetSize), the i-th swap taking j = i + uniform(n − i) from the
 * sha256(blockHash bytes ‖ u64be counter) word stream (rejection-sampled), first sampleSize positions, sorted ascending;
 * the whole set when sampleSize >= datasetSize.
 */
export function sampleEvaluationIndices(blockHashHex: string, datasetSize: number, sampleSize: number): number[] {
  if (!Number.isSafeInteger(datasetSize) || datasetSize < 0) throw new Error(`dataset size ${datasetSize} is not a non-negative integer`);
  if (!Number.isSafeInteger(sampleSize) || sampleSize < 0) throw new Error(`sample size ${sampleSize} is not a non-negative integer`);
  const seed = hexToBytes(blockHashHex);
  if (sampleSize >= datasetSize) return Array.from({ length: datasetSize }, (_, i) => i);
  const next = wordStream(seed);
  // Sparse permutation: only swapped positions are stored, so memory is O(sampleSize) for any dataset size.
  const moved = new Map<number, number>();
  const picked: number[] = [];
  for (let i = 0; i < sampleSize; i++) {
    const j = i + uniformBelow(next, datasetSize - i);
    const atJ = moved.get(j) ?? j;
    moved.set(j, moved.get(i) ?? i);
    picked.push(atJ);
  }
  return picked.sort((a, b) => a - b);
}
