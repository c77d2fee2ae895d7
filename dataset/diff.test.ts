import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeltaConflictError,
  InvalidDeltaError,
  applyDelta,
  canonicalizeDataset,
  diffDatasets,
  isCanonicalDataset,
  parseDelta,
} from './diff.ts';

/** mulberry32: a tiny seeded PRNG so random cases are the same on every run. */
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

function randomDataset(rand: () => number, lines: number, vocabulary: number): string[] {
  return Array.from({ length: lines }, () => `${Math.floor(rand() * vocabulary)},${rand() < 0.5 ? 'setosa' : 'virginica'}`);
}

function mutate(rand: () => number, lines: string[], edits: number, vocabulary: number): string[] {
  const out = [...lines];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    const kind = rand();
    const fresh = () => `${Math.floor(rand() * vocabulary)},versicolor`;
    if (kind < 0.4 || out.length === 0) out.splice(at, 0, ...Array.from({ length: 1 + Math.floor(rand() * 3) }, fresh));
    else if (kind < 0.75) out.splice(Math.min(at, out.length - 1), 1 + Math.floor(rand() * 3));
    else out[Math.min(at, out.length - 1)] = fresh();
  }
  return out;
}

const asText = (lines: string[], finalNewline = true) =>
  lines.length === 0 ? '' : lines.join('\n') + (finalNewline ? '\n' : '');

/** Runs `fn` in a fresh temporary directory that is removed afterwards. */
function inTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'nrn-diff-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GNU_PATCH = '/usr/bin/patch';
const GNU_DIFF = '/usr/bin/diff';

/** Applies `delta` to `oldText` with GNU patch (no fuzz) when installed, else with `git apply`. */
function applyWithReferenceTool(oldText: string, delta: string): string {
  return inTempDir((dir) => {
    const target = join(dir, 'dataset.csv');
    writeFileSync(target, oldText);
    writeFileSync(join(dir, 'delta.diff'), delta);
    if (existsSync(GNU_PATCH)) {
      execFileSync(GNU_PATCH, ['--batch', '--fuzz=0', '--no-backup-if-mismatch', '-s', '-o', join(dir, 'out'), target, join(dir, 'delta.diff')]);
      return readFileSync(join(dir, 'out'), 'utf8');
    }
    const renamed = delta.replace(/^--- .*\n\+\+\+ .*\n/m, '--- dataset.csv\n+++ dataset.csv\n');
    writeFileSync(join(dir, 'delta.diff'), renamed);
    execFileSync('git', ['apply', '--unidiff-zero', '-p0', join(dir, 'delta.diff')], { cwd: dir });
    return readFileSync(target, 'utf8');
  });
}

/** The reference `diff -u` (GNU diff when installed, else `git diff --no-index`) between two texts. */
function referenceDiff(oldText: string, newText: string, minimal = false): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, 'old'), oldText);
    writeFileSync(join(dir, 'new'), newText);
    const [tool, args] = existsSync(GNU_DIFF)
      ? [GNU_DIFF, ['-u', ...(minimal ? ['--minimal'] : []), 'old', 'new']]
      : ['git', ['diff', '--no-index', ...(minimal ? ['--minimal'] : []), 'old', 'new']];
    const run = spawnSync(tool, args, { cwd: dir, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, `${tool} failed: ${run.stderr}`);
    return run.stdout;
  });
}

const changedLines = (delta: string) => {
  const counts = { removed: 0, added: 0 };
  for (const hunk of parseDelta(delta).hunks) {
    for (const line of hunk.lines) {
      if (line.op === '-') counts.removed++;
      if (line.op === '+') counts.added++;
    }
  }
  return counts;
};

test('canonical form: LF line ends, no BOM, no trailing blanks, no blank lines, one final newline', () => {
  assert.equal(canonicalizeDataset('\uFEFFx,y\r\n1,2  \r\n\r\n3,4\t\r5,6'), 'x,y\n1,2\n3,4\n5,6\n');
  assert.equal(canonicalizeDataset('{"a":1}\n{"a":2}\n'), '{"a":1}\n{"a":2}\n');
  assert.equal(canonicalizeDataset(''), '');
  assert.equal(canonicalizeDataset('\n \n\t\n'), '');
  assert.equal(canonicalizeDataset('  leading,kept\n'), '  leading,kept\n');
  assert.ok(isCanonicalDataset('a\nb\n'));
  assert.ok(!isCanonicalDataset('a\nb'));
  assert.ok(!isCanonicalDataset('a\r\nb\n'));
});

test('diff output has the diff -u shape and matches GNU diff on a simple edit', () => {
  const oldText = asText(['h', 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
  const newText = asText(['h', 'a', 'b', 'c', 'D', 'e', 'f', 'g']);
  const delta = diffDatasets(oldText, newText, { oldLabel: 'old', newLabel: 'new' });
  assert.equal(delta, '--- old\n+++ new\n@@ -2,7 +2,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n');
  const gnu = referenceDiff(oldText, newText).split('\n').slice(2).join('\n');
  assert.equal(delta.split('\n').slice(2).join('\n'), gnu);
});

test('equal texts give an empty diff, and an empty delta changes nothing', () => {
  assert.equal(diffDatasets('a\nb\n', 'a\nb\n'), '');
  assert.equal(applyDelta('a\nb\n', ''), 'a\nb\n');
  assert.equal(diffDatasets('', ''), '');
});

test('edge cases round-trip and GNU patch applies them: empty files, start/end additions, deletions, final newline', () => {
  const lines = Array.from({ length: 12 }, (_, i) => `${i},row`);
  const cases: Array<[string, string, string]> = [
    ['empty to some', '', asText(['x', 'y'])],
    ['some to empty', asText(['x', 'y']), ''],
    ['addition at start', asText(lines), asText(['header', ...lines])],
    ['addition at end', asText(lines), asText([...lines, 'tail1', 'tail2'])],
    ['deletion at start', asText(lines), asText(lines.slice(2))],
    ['deletion at end', asText(lines), asText(lines.slice(0, -1))],
    ['deletion in the middle, two hunks', asText(lines), asText([...lines.slice(0, 2), ...lines.slice(3, 10), ...lines.slice(11)])],
    ['everything replaced', asText(lines), asText(lines.map((l) => l + '!'))],
    ['final newline added', asText(lines, false), asText(lines)],
    ['final newline removed', asText(lines), asText(lines, false)],
    ['no final newline on either side, last line changed', asText(['a', 'b'], false), asText(['a', 'c'], false)],
    ['no final newline, lines appended', asText(['a', 'b'], false), asText(['a', 'b', 'c'], false)],
    ['single line without newline to empty', 'only', ''],
  ];
  for (const [name, oldText, newText] of cases) {
    const delta = diffDatasets(oldText, newText, { oldLabel: 'a/dataset.csv', newLabel: 'b/dataset.csv' });
    assert.equal(applyDelta(oldText, delta), newText, `${name}: ours`);
    assert.equal(applyWithReferenceTool(oldText, delta), newText, `${name}: GNU patch`);
    assert.equal(applyDelta(oldText, referenceDiff(oldText, newText)), newText, `${name}: GNU diff accepted`);
  }
});

test('random datasets: diff then apply round-trips, GNU patch agrees, and the script is as short as GNU diff --minimal', () => {
  const rand = prng(20240611);
  for (let round = 0; round < 40; round++) {
    const vocabulary = 2 + Math.floor(rand() * 30);
    const oldLines = randomDataset(rand, Math.floor(rand() * 60), vocabulary);
    const newLines = mutate(rand, oldLines, Math.floor(rand() * 8), vocabulary);
    const oldText = asText(oldLines, rand() < 0.9);
    const newText = asText(newLines, rand() < 0.9);
    const delta = diffDatasets(oldText, newText, { context: round % 4 });
    assert.equal(applyDelta(oldText, delta), newText, `round ${round}`);
    if (delta === '') {
      assert.equal(oldText, newText);
      continue;
    }
    assert.equal(applyWithReferenceTool(oldText, delta), newText, `round ${round}: GNU patch`);
    const gnu = referenceDiff(oldText, newText, true);
    assert.equal(applyDelta(oldText, gnu), newText, `round ${round}: GNU diff accepted`);
    assert.deepEqual(changedLines(delta), changedLines(gnu), `round ${round}: edit script length`);
  }
});

test('a larger random dataset round-trips quickly (linear-space Myers)', () => {
  const rand = prng(7);
  const oldLines = randomDataset(rand, 20_000, 1_000);
  const newLines = mutate(rand, oldLines, 300, 1_000);
  const started = Date.now();
  const delta = diffDatasets(asText(oldLines), asText(newLines));
  assert.equal(applyDelta(asText(oldLines), delta), asText(newLines));
  assert.ok(Date.now() - started < 10_000);
});

test('a delta written by hand in diff -u form, with a section heading and git headers, is accepted', () => {
  const handMade = [
    'diff --git a/iris.csv b/iris.csv',
    'index 83db48f..bf269f4 100644',
    '--- a/iris.csv\t2024-06-11 10:00:00.000000000 +0200',
    '+++ b/iris.csv\t2024-06-11 10:05:00.000000000 +0200',
    '@@ -2,2 +2,3 @@ sepal_length,label',
    ' 5.1,setosa',
    '+6.3,virginica',
    ' 4.9,setosa',
    '@@ -5 +6 @@',
    '-7.0,versicolor',
    '+7.0,virginica',
    '',
  ].join('\n');
  const oldText = 'sepal_length,label\n5.1,setosa\n4.9,setosa\n4.7,setosa\n7.0,versicolor\n';
  const expected = 'sepal_length,label\n5.1,setosa\n6.3,virginica\n4.9,setosa\n4.7,setosa\n7.0,virginica\n';
  assert.equal(applyDelta(oldText, handMade), expected);
  assert.equal(applyWithReferenceTool(oldText, handMade), expected);
  const cutShort = handMade.replace('@@ -2,2 +2,3 @@', '@@ -1,3 +1,4 @@').replace(' 5.1,setosa', ' sepal_length,label\n 5.1,setosa');
  assert.throws(() => applyDelta(oldText, cutShort), (err: unknown) =>
    err instanceof DeltaConflictError && err.hunk === 1 && err.line === 4 && /less context after than before/.test(err.message));
});

test('conflicts name the hunk and the dataset line: changed context, changed removed line, short file, newline', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `${i},row`);
  const newLines = [...lines];
  newLines[4] = '4,changed';
  newLines[15] = '15,changed';
  const delta = diffDatasets(asText(lines), asText(newLines));

  const contextChanged = [...lines];
  contextChanged[13] = '13,edited';
  assert.throws(() => applyDelta(asText(contextChanged), delta), (err: unknown) => {
    assert.ok(err instanceof DeltaConflictError);
    assert.equal(err.hunk, 2);
    assert.equal(err.header, '@@ -13,7 +13,7 @@');
    assert.equal(err.line, 14);
    assert.equal(err.expected, '"13,row"');
    assert.equal(err.actual, '13,edited');
    assert.match(err.message, /hunk 2 \(@@ -13,7 \+13,7 @@\) expects line 14 to be "13,row", but it is "13,edited"/);
    return true;
  });

  const removedChanged = [...lines];
  removedChanged[4] = '4,other';
  assert.throws(() => applyDelta(asText(removedChanged), delta), (err: unknown) =>
    err instanceof DeltaConflictError && err.hunk === 1 && err.line === 5 && err.actual === '4,other');

  assert.throws(() => applyDelta(asText(lines.slice(0, 14)), delta), (err: unknown) =>
    err instanceof DeltaConflictError && err.hunk === 2 && err.line === 15 && err.actual === undefined);

  const lastLineChanged = diffDatasets('a\nb\n', 'a\nc\n');
  assert.throws(() => applyDelta('a\nb', lastLineChanged), (err: unknown) =>
    err instanceof DeltaConflictError && err.hunk === 1 && err.line === 2 && err.actual === 'b (no final newline)');

  const appendAtEnd = diffDatasets('a\nb\n', 'a\nb\nc\n');
  assert.throws(() => applyDelta('a\nb\nz\n', appendAtEnd), DeltaConflictError);
  assert.equal(applyDelta('a\nb\n', appendAtEnd), 'a\nb\nc\n');
});

test('malformed deltas fail with InvalidDeltaError and the delta line number', () => {
  const expectInvalid = (delta: string, line: number, pattern: RegExp) =>
    assert.throws(() => applyDelta('a\nb\nc\n', delta), (err: unknown) => {
      assert.ok(err instanceof InvalidDeltaError, String(err));
      assert.equal(err.line, line);
      assert.match(err.message, pattern);
      return true;
    });
  expectInvalid('this is not a diff\n', 1, /not a unified diff/);
  expectInvalid('--- a\nb\n', 2, /"\+\+\+ new"/);
  expectInvalid('--- a\n+++ b\n', 2, /no hunk/);
  expectInvalid('--- a\n+++ b\n@@ bad @@\n', 3, /hunk header/);
  expectInvalid('--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n*b\n', 5, /must start with ' ', '-' or '\+'/);
  expectInvalid('--- a\n+++ b\n@@ -1,2 +1,3 @@\n a\n+x\n', 5, /truncated/);
  expectInvalid('--- a\n+++ b\n@@ -1 +1 @@\n-a\n-b\n+x\n', 5, /more lines than its header counts/);
  expectInvalid('--- a\n+++ b\n@@ -1 +1 @@\n-a\n+x\n+y\n', 6, /expected a hunk header/);
  expectInvalid('--- a\n+++ b\n@@ -1 +1 @@\n-a\n+x\n--- c\n+++ d\n', 6, /one file only/);
  expectInvalid('--- a\n+++ b\n@@ -3 +3 @@\n-c\n+z\n@@ -1 +1 @@\n-a\n+x\n', 6, /starts before the end of hunk 1/);
  expectInvalid('--- a\n+++ b\n@@ -2 +5 @@\n-b\n+z\n', 3, /should start at \+2/);
});

test('applying is strict: no offset or fuzz even where GNU patch would find the hunk elsewhere', () => {
  const delta = diffDatasets('a\nb\nc\nd\n', 'a\nb\nX\nd\n');
  assert.equal(applyDelta('a\nb\nc\nd\n', delta), 'a\nb\nX\nd\n');
  assert.throws(() => applyDelta('new first\na\nb\nc\nd\n', delta), DeltaConflictError);
});
