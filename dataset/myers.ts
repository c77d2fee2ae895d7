/**
 * Myers' O(ND) difference algorithm in linear space (the middle-snake recursion of Myers 1986, as GNU diff uses):
 * marks which lines of `a` are deleted and which lines of `b` are inserted in a shortest edit script.
 */
export interface LineChanges {
  deleted: Uint8Array;
  inserted: Uint8Array;
}

export function shortestEdit(a: Int32Array, b: Int32Array): LineChanges {
  const deleted = new Uint8Array(a.length);
  const inserted = new Uint8Array(b.length);
  const size = a.length + b.length + 2;
  const forward = new Int32Array(2 * size + 1);
  const backward = new Int32Array(2 * size + 1);
  const ctx = { a, b, deleted, inserted, forward, backward, offset: size };
  // An explicit stack keeps deep recursion off the call stack on long inputs.
  const stack: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (stack.length > 0) {
    let [aLo, aHi, bLo, bHi] = stack.pop()!;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) { aLo++; bLo++; }
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) { aHi--; bHi--; }
    if (aLo === aHi) {
      inserted.fill(1, bLo, bHi);
      continue;
    }
    if (bLo === bHi) {
      deleted.fill(1, aLo, aHi);
      continue;
    }
    const [x0, y0, x1, y1] = middleSnake(ctx, aLo, aHi, bLo, bHi);
    stack.push([x1, aHi, y1, bHi], [aLo, x0, bLo, y0]);
  }
  return { deleted, inserted };
}

interface SnakeContext {
  a: Int32Array;
  b: Int32Array;
  forward: Int32Array;
  backward: Int32Array;
  offset: number;
}

/** The snake (run of equal lines) in the middle of a shortest path, as absolute [x0, y0, x1, y1]. */
function middleSnake(ctx: SnakeContext, aLo: number, aHi: number, bLo: number, bHi: number): [number, number, number, number] {
  const { a, b, forward: vf, backward: vb, offset: o } = ctx;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  vf[o + 1] = 0;
  vb[o + 1] = 0;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && vf[o + k - 1]! < vf[o + k + 1]!) ? vf[o + k + 1]! : vf[o + k - 1]! + 1;
      let y = x - k;
      const sx = x;
      const sy = y;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) { x++; y++; }
      vf[o + k] = x;
      const c = delta - k;
      if (odd && c >= -(d - 1) && c <= d - 1 && x + vb[o + c]! >= n) {
        return [aLo + sx, bLo + sy, aLo + x, bLo + y];
      }
    }
    for (let c = -d; c <= d; c += 2) {
      let x = c === -d || (c !== d && vb[o + c - 1]! < vb[o + c + 1]!) ? vb[o + c + 1]! : vb[o + c - 1]! + 1;
      let y = x - c;
      const sx = x;
      const sy = y;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) { x++; y++; }
      vb[o + c] = x;
      const k = delta - c;
      if (!odd && k >= -d && k <= d && x + vf[o + k]! >= n) {
        return [aHi - x, bHi - y, aHi - sx, bHi - sy];
      }
    }
  }
  throw new Error('middle snake not found: unreachable for finite inputs');
}
