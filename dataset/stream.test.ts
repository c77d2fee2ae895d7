import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDelta, diffDatasets, DeltaConflictError } from './diff.ts';
import { applyDeltaStream, InvalidDatasetEncodingError } from './stream.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cuts bytes into pieces of 1..maxPiece bytes, so lines and multi-byte characters straddle chunk boundaries. */
function* pieces(bytes: Uint8Array, rand: () => number, maxPiece: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length;) {
    const n = 1 + Math.floor(rand() * maxPiece);
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

async function streamed(text: string | Uint8Array, delta: string, rand = prng(1), maxPiece = 7): Promise<string> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const out: Buffer[] = [];
  for await (const chunk of applyDeltaStream(pieces(bytes, rand, maxPiece), delta)) out.push(Buffer.from(chunk));
  return Buffer.concat(out).toString('utf8');
}

/** The outcome of a call as comparable data: the result, or the error's class, message and fields. */
async function outcome(run: () => Promise<string> | string): Promise<unknown> {
  try {
    return { ok: await run() };
  } catch (e) {
    return { error: (e as Error).name, message: (e as Error).message, fields: { ...(e as object) } };
  }
}

const vocab = ['1,a', '2,b', '3,c', 'é,ü', '日本,語', '4,d', ''];
function randomLines(rand: () => number, n: number): string[] {
  return Array.from({ length: n }, () => vocab[Math.floor(rand() * vocab.length)]!);
}
const join = (lines: string[], finalNewline: boolean) => (lines.length === 0 ? '' : lines.join('\n') + (finalNewline ? '\n' : ''));

test('streaming gives the same bytes and the same errors as applyDelta, on good, stale and corrupted deltas', async () => {
  const rand = prng(42);
  let compared = 0;
  let conflicts = 0;
  for (let round = 0; round < 400; round++) {
    const a = randomLines(rand, Math.floor(rand() * 40));
    const b = [...a];
    for (let e = Math.floor(rand() * 5); e >= 0; e--) {
      const at = Math.floor(rand() * (b.length + 1));
      if (rand() < 0.5) b.splice(at, 0, ...randomLines(rand, 1 + Math.floor(rand() * 3)));
      else b.splice(at, 1 + Math.floor(rand() * 2));
    }
    const aText = join(a, rand() < 0.85);
    const bText = join(b, rand() < 0.85);
    let delta = diffDatasets(aText, bText, { context: Math.floor(rand() * 4) });
    // Applying to another text than the delta's base, or a hand-damaged delta, must fail the same way in both.
    let base = aText;
    const twist = rand();
    if (twist < 0.25) base = join(randomLines(rand, Math.floor(rand() * 40)), rand() < 0.5);
    else if (twist < 0.35) delta = delta.replace(/\n[ -]([^\n]*)/, '\n x$1');
    else if (twist < 0.4) delta = delta.replace(/@@ -(\d+)/, (_, n) => `@@ -${Number(n) + 1}`);
    else if (twist < 0.45) delta = delta.replace(/\\ No newline at end of file\n/, '');
    const expected = await outcome(() => applyDelta(base, delta));
    const actual = await outcome(() => streamed(base, delta, rand, 1 + Math.floor(rand() * 12)));
    assert.deepEqual(actual, expected, `round ${round}\n--- base\n${base}\n--- delta\n${delta}`);
    compared++;
    if ((expected as { error?: string }).error === 'DeltaConflictError') conflicts++;
  }
  assert.equal(compared, 400);
  assert.ok(conflicts > 40, `only ${conflicts} conflicts exercised`);
});

test('a conflict names the hunk and the dataset line, as applyDelta does', async () => {
  const v1 = 'x,y\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n7,g\n';
  const delta = diffDatasets(v1, v1.replace('6,f', '6,F'));
  const stale = v1.replace('7,g', '7,G');
  await assert.rejects(streamed(stale, delta), (e) => e instanceof DeltaConflictError && e.hunk === 1 && e.line === 8 && e.actual === '7,G');
  assert.equal(await streamed(v1, delta), v1.replace('6,f', '6,F'));
});

test('bytes that are not UTF-8 are refused with the dataset line they are on', async () => {
  const bytes = Buffer.concat([Buffer.from('x,y\n1,a\n'), Buffer.from([0x32, 0x2c, 0xc3, 0x28, 0x0a]), Buffer.from('3,c\n')]);
  for (const maxPiece of [1, 3, 100]) {
    await assert.rejects(streamed(bytes, '', prng(maxPiece), maxPiece), (e) => e instanceof InvalidDatasetEncodingError && e.line === 3);
  }
});

test('unchanged stretches pass through in large chunks whatever the input chunking', async () => {
  const lines = Array.from({ length: 200_000 }, (_, i) => `${i},c${i % 3}`);
  const text = join(lines, true);
  const changed = [...lines];
  changed[150_000] = 'new,c9';
  const delta = diffDatasets(join(lines.slice(149_990, 150_010), true), join(changed.slice(149_990, 150_010), true))
    .replace(/@@ -(\d+),(\d+) \+(\d+),(\d+) @@/, (_, a, b, c, d) => `@@ -${Number(a) + 149_990},${b} +${Number(c) + 149_990},${d} @@`);
  const bytes = Buffer.from(text);
  const chunks: number[] = [];
  const out: Buffer[] = [];
  for await (const c of applyDeltaStream(pieces(bytes, prng(3), 65_536), delta)) {
    chunks.push(c.length);
    out.push(Buffer.from(c));
  }
  assert.equal(Buffer.concat(out).toString(), join(changed, true));
  assert.ok(chunks.length < 10, `${chunks.length} output chunks`);
});
