// A seeded synthetic classification set of any size: Gaussian-like clusters, one per class, in canonical CSV.
// Integer arithmetic only (a 32-bit PRNG, fixed-point features), so every machine produces the same bytes.

export interface SyntheticOptions {
  /** Number of examples (data lines, header excluded). */
  examples: number;
  features?: number;
  classes?: number;
  seed?: number;
  /** Cluster spread relative to the distance between centres, in thousandths; larger overlaps classes more. */
  spreadMilli?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Four decimal places from a value in ten-thousandths, e.g. -12345 → "-1.2345". */
function fixed4(v: number): string {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${sign}${Math.floor(a / 10_000)}.${String(a % 10_000).padStart(4, '0')}`;
}

export function syntheticHeader(features: number): string {
  return [...Array.from({ length: features }, (_, i) => `x${i}`), 'label'].join(',');
}

/** The lines of the set, header first, without newlines; streams, so any size fits in memory. */
export function* syntheticLines(o: SyntheticOptions): Generator<string, void, undefined> {
  const features = o.features ?? 4;
  const classes = o.classes ?? 3;
  const spread = o.spreadMilli ?? 350;
  if (!Number.isSafeInteger(o.examples) || o.examples < 0) throw new RangeError(`examples must be a non-negative integer, got ${o.examples}`);
  if (!Number.isInteger(features) || features < 1 || features > 1000) throw new RangeError(`features must be 1..1000, got ${features}`);
  if (!Number.isInteger(classes) || classes < 2 || classes > 1000) throw new RangeError(`classes must be 2..1000, got ${classes}`);
  const next = mulberry32(o.seed ?? 1);
  // Class centres in ten-thousandths, uniform in [-3, 3) per feature.
  const centres = Array.from({ length: classes }, () => Array.from({ length: features }, () => (next() % 60_000) - 30_000));
  yield syntheticHeader(features);
  for (let i = 0; i < o.examples; i++) {
    const label = next() % classes;
    const centre = centres[label]!;
    const row: string[] = [];
    for (let f = 0; f < features; f++) {
      // Sum of four uniforms (Irwin–Hall): bell-shaped noise without floating-point transcendentals.
      let noise = 0;
      for (let k = 0; k < 4; k++) noise += (next() % 20_001) - 10_000;
      row.push(fixed4(centre[f]! + Math.trunc((noise * spread) / 1000 / 2)));
    }
    row.push(`c${label}`);
    yield row.join(',');
  }
}

/** The whole set as one canonical CSV string. */
export function syntheticClassification(o: SyntheticOptions): string {
  let out = '';
  for (const line of syntheticLines(o)) out += line + '\n';
  return out;
}
