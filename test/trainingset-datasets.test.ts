// The shipped datasets (Iris, seeded synthetic) are canonical and deterministic, and the `nrn dataset` file commands
// agree with GNU diff/patch semantics and refuse bad input with the line to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { irisCsv, IRIS_HEADER, syntheticClassification, syntheticLines } from '../datasets/index.ts';
import { isCanonicalDataset } from '../dataset/diff.ts';

const run = promisify(execFile);
const NRN_BIN = resolve(import.meta.dirname, '..', 'bin', 'nrn.js');

async function nrn(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [NRN_BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('Iris is 150 canonical CSV rows under a header, 50 per species, values as in the original table', () => {
  const text = irisCsv();
  assert.ok(isCanonicalDataset(text));
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[0], IRIS_HEADER);
  assert.equal(lines.length, 151);
  assert.equal(lines[1], '5.1,3.5,1.4,0.2,setosa');
  assert.equal(lines[150], '5.9,3.0,5.1,1.8,virginica');
  const counts = new Map<string, number>();
  for (const l of lines.slice(1)) counts.set(l.split(',')[4]!, (counts.get(l.split(',')[4]!) ?? 0) + 1);
  assert.deepEqual([...counts], [['setosa', 50], ['versicolor', 50], ['virginica', 50]]);
  assert.ok(lines.slice(1).every((l) => /^\d\.\d,\d\.\d,\d\.\d,\d\.\d,[a-z]+$/.test(l)));
});

test('the synthetic set is seeded: same seed same bytes, another seed other bytes, any size, canonical', () => {
  const a = syntheticClassification({ examples: 1000, seed: 7 });
  assert.equal(a, syntheticClassification({ examples: 1000, seed: 7 }));
  assert.notEqual(a, syntheticClassification({ examples: 1000, seed: 8 }));
  assert.ok(isCanonicalDataset(a));
  const lines = a.trimEnd().split('\n');
  assert.equal(lines[0], 'x0,x1,x2,x3,label');
  assert.equal(lines.length, 1001);
  assert.ok(lines.slice(1).every((l) => /^(-?\d+\.\d{4},){4}c[0-2]$/.test(l)));
  // A prefix of a larger set is the smaller set: the stream does not depend on the requested size.
  assert.ok(syntheticClassification({ examples: 5000, seed: 7 }).startsWith(a));
  // Pinned bytes: a change to the generator changes every dataset built from it.
  assert.equal(createHash('sha256').update(a).digest('hex'), 'df0dfffd0d32c1432982e527acf30df0984c07c8cc326d3bbb55b04766a51407');
  const wide = [...syntheticLines({ examples: 3, features: 10, classes: 5, seed: 1 })];
  assert.equal(wide.length, 4);
  assert.equal(wide[0]!.split(',').length, 11);
  assert.throws(() => syntheticClassification({ examples: -1 }), /examples must be a non-negative integer/);
  assert.throws(() => syntheticClassification({ examples: 1, classes: 1 }), /classes must be 2\.\.1000/);
});

test('nrn dataset diff / apply round-trip; non-canonical input, malformed and non-applying deltas are refused with where and how to fix', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-dataset-cli-'));
  try {
    const oldPath = join(dir, 'old.csv');
    const newPath = join(dir, 'new.csv');
    const deltaPath = join(dir, 'd.diff');
    const old = irisCsv();
    const edited = old.replace('4.9,3.0,1.4,0.2,setosa\n', '') + '7.7,3.8,6.7,2.2,virginica\n';
    await writeFile(oldPath, old);
    await writeFile(newPath, edited);
    const diff = await nrn(['dataset', 'diff', oldPath, newPath, '-o', deltaPath]);
    assert.equal(diff.code, 0, diff.stderr);
    assert.match(await readFile(deltaPath, 'utf8'), /^--- .*old\.csv\n\+\+\+ .*new\.csv\n@@ -1,6 \+1,5 @@\n/);
    const applied = await nrn(['dataset', 'apply', oldPath, deltaPath]);
    assert.equal(applied.code, 0, applied.stderr);
    assert.equal(applied.stdout, edited);

    const conflict = await nrn(['dataset', 'apply', newPath, deltaPath]);
    assert.equal(conflict.code, 1);
    assert.match(conflict.stderr, /delta does not apply: hunk 1 .* expects line 3 to be .*; the delta was made against another version/);
    await writeFile(join(dir, 'bad.diff'), '--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n');
    const malformed = await nrn(['dataset', 'apply', oldPath, join(dir, 'bad.diff')]);
    assert.equal(malformed.code, 1);
    assert.match(malformed.stderr, /invalid unified diff at line 4: hunk 1 .* ends early/);
    await writeFile(join(dir, 'crlf.csv'), 'a,b\r\n1,2\r\n');
    const crlf = await nrn(['dataset', 'diff', join(dir, 'crlf.csv'), newPath]);
    assert.equal(crlf.code, 1);
    assert.match(crlf.stderr, /crlf\.csv is not in canonical form \(line 1: .*\); fix it with `nrn dataset canonicalize/);
    const fixed = await nrn(['dataset', 'canonicalize', join(dir, 'crlf.csv')]);
    assert.equal(fixed.stdout, 'a,b\n1,2\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
