// Transcendental functions built from +, -, *, / and exact bit operations only, so every JS engine on every
// platform returns the same bits (ECMAScript leaves Math.exp/log/tanh implementation-approximated).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Float64Array shares the platform's byte order; pick the word that holds sign and exponent.
const HI = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

const LN2_HI = 6.93147180369123816490e-1; // low 32 bits zero, so k * LN2_HI is exact for |k| < 2^20
const LN2_LO = 1.90821492927058770002e-10;
const LN2 = 6.93147180559945286227e-1;
const INV_LN2 = 1.44269504088896338700;
const EXP_OVERFLOW = 709.782712893383973096;
const EXP_UNDERFLOW = -745.13321910194110842;

/** 2^k for integer k in [-1022, 1023], assembled from its exponent bits. */
function pow2(k: number): number {
  u32[HI] = (k + 1023) << 20;
  u32[LO] = 0;
  return f64[0];
}

/** exp(r) - 1 for |r| <= 0.35 by its Taylor series (degree 16, truncation far below one ulp). */
function expm1Reduced(r: number): number {
  let p = 1 / 20922789888000; // 1/16!
  p = p * r + 1 / 1307674368000;
  p = p * r + 1 / 87178291200;
  p = p * r + 1 / 6227020800;
  p = p * r + 1 / 479001600;
  p = p * r + 1 / 39916800;
  p = p * r + 1 / 3628800;
  p = p * r + 1 / 362880;
  p = p * r + 1 / 40320;
  p = p * r + 1 / 5040;
  p = p * r + 1 / 720;
  p = p * r + 1 / 120;
  p = p * r + 1 / 24;
  p = p * r + 1 / 6;
  p = p * r + 0.5;
  return r + r * r * p;
}

/** Deterministic e^x: x = k ln2 + r (Cody–Waite), e^r by series, times 2^k. */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = (x - k * LN2_HI) - k * LN2_LO;
  const er = 1 + expm1Reduced(r);
  // Two exact power-of-two steps keep the exponent in range at both ends.
  if (k > 1000) return er * pow2(1000) * pow2(k - 1000);
  if (k < -1000) return er * pow2(-1000) * pow2(k + 1000);
  return er * pow2(k);
}

/** Deterministic e^x - 1, accurate near zero. */
export function detExpm1(x: number): number {
  if (x > -0.35 && x < 0.35) return expm1Reduced(x);
  return detExp(x) - 1;
}

/** Deterministic natural log: x = m 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh((m-1)/(m+1)). */
export function detLog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; e = -54; } // subnormal: scale by 2^54 first
  f64[0] = x;
  e += ((u32[HI] >>> 20) & 0x7ff) - 1023;
  u32[HI] = (u32[HI] & 0x000fffff) | 0x3ff00000; // mantissa in [1, 2)
  let m = f64[0];
  if (m > 1.4142135623730951) { m *= 0.5; e += 1; }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  // |s| <= 0.1716: atanh series to s^25 leaves a relative error below 1e-19.
  let p = 1 / 25;
  p = p * s2 + 1 / 23;
  p = p * s2 + 1 / 21;
  p = p * s2 + 1 / 19;
  p = p * s2 + 1 / 17;
  p = p * s2 + 1 / 15;
  p = p * s2 + 1 / 13;
  p = p * s2 + 1 / 11;
  p = p * s2 + 1 / 9;
  p = p * s2 + 1 / 7;
  p = p * s2 + 1 / 5;
  p = p * s2 + 1 / 3;
  const lnM = 2 * s + 2 * s * s2 * p;
  return (e * LN2_HI + lnM) + e * LN2_LO;
}

/** Deterministic ln(1 + x), accurate for small x (Goldberg's correction). */
export function detLog1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Infinity) return Infinity;
  return detLog(u) * (x / (u - 1));
}

/** Deterministic hyperbolic tangent. */
export function detTanh(x: number): number {
  if (x !== x) return NaN;
  const a = x < 0 ? -x : x;
  if (a > 22) return x < 0 ? -1 : 1;
  const t = detExpm1(2 * a);
  const y = t / (t + 2);
  return x < 0 ? -y : y;
}

/** Deterministic logistic sigmoid 1 / (1 + e^-x), evaluated on the side that does not overflow. */
export function detSigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + detExp(-x));
  const e = detExp(x);
  return e / (1 + e);
}

export { LN2 };
