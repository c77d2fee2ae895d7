/**
 * Deltas between dataset versions: unified diffs (the format of `diff -u`) over the canonical dataset text, so GNU
 * `patch` applies ours and a hand-made `diff -u` applies here. Applying is strict: no offset, no fuzz, newline at
 * end of file included, because every trainer must rebuild the same bytes.
 */
import { DeltaConflictError, InvalidDeltaError } from './errors.ts';
import { parseDelta } from './delta.ts';
import type { Hunk } from './delta.ts';
import { shortestEdit } from './myers.ts';

export { canonicalizeDataset, isCanonicalDataset } from './canonical.ts';
export { DeltaConflictError, InvalidDeltaError } from './errors.ts';
export { parseDelta } from './delta.ts';
export type { Hunk, HunkLine, ParsedDelta } from './delta.ts';

export const NO_NEWLINE_MARKER = '\\ No newline at end of file';

export interface DiffOptions {
  oldLabel?: string;
  newLabel?: string;
  /** Unchanged lines shown around each change; `diff -u` uses 3. */
  context?: number;
}

interface SplitText {
  lines: string[];
  /** Whether the last line ends with '\n' (true for the empty text). */
  finalNewline: boolean;
}

function splitLines(text: string): SplitText {
  if (text === '') return { lines: [], finalNewline: true };
  const lines = text.split('\n');
  const finalNewline = lines.at(-1) === '';
  if (finalNewline) lines.pop();
  return { lines, finalNewline };
}

/** Numbers each distinct line; a last line without '\n' gets its own number since it differs from one with it. */
function internLines(a: SplitText, b: SplitText): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const encode = (t: SplitText) => {
    const out = new Int32Array(t.lines.length);
    t.lines.forEach((line, i) => {
      const key = !t.finalNewline && i === t.lines.length - 1 ? `${line}\n` : line;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  return [encode(a), encode(b)];
}

interface Change {
  oldAt: number;
  oldEnd: number;
  newAt: number;
  newEnd: number;
}

function changesOf(deleted: Uint8Array, inserted: Uint8Array): Change[] {
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < deleted.length || j < inserted.length) {
    if (i < deleted.length && j < inserted.length && deleted[i] === 0 && inserted[j] === 0) {
      i++;
      j++;
      continue;
    }
    const change = { oldAt: i, oldEnd: i, newAt: j, newEnd: j };
    while (i < deleted.length && deleted[i] === 1) i++;
    while (j < inserted.length && inserted[j] === 1) j++;
    change.oldEnd = i;
    change.newEnd = j;
    changes.push(change);
  }
  return changes;
}

/** GNU's range form: `start,count`, `start` alone when count is 1, and the line before when count is 0. */
function range(at: number, count: number): string {
  if (count === 1) return `${at + 1}`;
  return `${count === 0 ? at : at + 1},${count}`;
}

/**
 * The unified diff that turns `oldText` into `newText` (empty string when they are equal), from a shortest edit
 * script (Myers). Pass canonical texts (see `canonicalizeDataset`); other texts work too, final newline included.
 */
export function diffDatasets(oldText: string, newText: string, options: DiffOptions = {}): string {
  const context = options.context ?? 3;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const [aIds, bIds] = internLines(a, b);
  const { deleted, inserted } = shortestEdit(aIds, bIds);
  const changes = changesOf(deleted, inserted);
  if (changes.length === 0) return '';

  const out: string[] = [`--- ${options.oldLabel ?? 'a'}`, `+++ ${options.newLabel ?? 'b'}`];
  const emit = (prefix: string, line: string, missingNewline: boolean) => {
    out.push(prefix + line);
    if (missingNewline) out.push(NO_NEWLINE_MARKER);
  };
  const oldLast = (i: number) => !a.finalNewline && i === a.lines.length - 1;
  const newLast = (j: number) => !b.finalNewline && j === b.lines.length - 1;

  let first = 0;
  while (first < changes.length) {
    let last = first;
    while (last + 1 < changes.length && changes[last + 1]!.oldAt - changes[last]!.oldEnd <= 2 * context) last++;
    const head = changes[first]!;
    const tail = changes[last]!;
    const oldFrom = Math.max(0, head.oldAt - context);
    const oldTo = Math.min(a.lines.length, tail.oldEnd + context);
    const newFrom = head.newAt - (head.oldAt - oldFrom);
    const newTo = tail.newEnd + (oldTo - tail.oldEnd);
    out.push(`@@ -${range(oldFrom, oldTo - oldFrom)} +${range(newFrom, newTo - newFrom)} @@`);
    let i = oldFrom;
    let j = newFrom;
    for (let c = first; c <= last; c++) {
      const change = changes[c]!;
      for (; i < change.oldAt; i++, j++) emit(' ', a.lines[i]!, oldLast(i));
      for (; i < change.oldEnd; i++) emit('-', a.lines[i]!, oldLast(i));
      for (; j < change.newEnd; j++) emit('+', b.lines[j]!, newLast(j));
    }
    for (; i < oldTo; i++, j++) emit(' ', a.lines[i]!, oldLast(i));
    first = last + 1;
  }
  return out.join('\n') + '\n';
}

const describe = (text: string, newline: boolean) => JSON.stringify(text) + (newline ? '' : ' without a final newline');

function conflict(hunk: Hunk, index: number, line: number, expected: string, actual: string | undefined): DeltaConflictError {
  return new DeltaConflictError(index + 1, hunk.header, line + 1, expected, actual);
}

/**
 * As GNU patch reads it, a hunk with less context on one side than on the other was cut short by the start or the end
 * of the file, so it must sit there.
 */
function checkAnchors(hunk: Hunk, index: number, start: number, end: number, lines: string[]): void {
  let before = 0;
  while (before < hunk.lines.length && hunk.lines[before]!.op === ' ') before++;
  let after = 0;
  while (after < hunk.lines.length - before && hunk.lines[hunk.lines.length - 1 - after]!.op === ' ') after++;
  if (before < after && start > 0) {
    throw conflict(hunk, index, start, 'the first line of the dataset (the hunk has less context before than after)', lines[start]);
  }
  if (after < before && end < lines.length) {
    throw conflict(hunk, index, end, 'past the end of the dataset (the hunk has less context after than before)', lines[end]);
  }
}

/**
 * Applies a unified diff to `text` exactly where its hunks say: every context and removed line, the newline at the
 * end of the file, and a hunk's anchoring to the start or end of the file (shorter context on one side) must match, else `DeltaConflictError` names the hunk and the line; a malformed delta throws
 * `InvalidDeltaError` with its line number.
 */
export function applyDelta(text: string, delta: string): string {
  const { hunks } = parseDelta(delta);
  const old = splitLines(text);
  const out: string[] = [];
  let outFinalNewline = true;
  let missingNewlineAt = -1;
  let pos = 0;
  let shift = 0;
  const oldHasNewline = (i: number) => old.finalNewline || i < old.lines.length - 1;
  const pushOld = (from: number, to: number) => {
    for (let i = from; i < to; i++) pushLine(old.lines[i]!, oldHasNewline(i));
  };
  const pushLine = (line: string, newline: boolean) => {
    out.push(line);
    if (!newline) missingNewlineAt = out.length - 1;
  };

  hunks.forEach((hunk, h) => {
    const start = hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (start < 0) throw new InvalidDeltaError(hunk.deltaLine, `hunk ${h + 1} (${hunk.header}) removes or keeps line 0`);
    if (start < pos) {
      throw new InvalidDeltaError(hunk.deltaLine, `hunk ${h + 1} (${hunk.header}) starts before the end of hunk ${h} (line ${pos})`);
    }
    const expectedNewStart = start + shift + (hunk.newCount === 0 ? 0 : 1);
    if (hunk.newStart !== expectedNewStart) {
      throw new InvalidDeltaError(hunk.deltaLine, `hunk ${h + 1} (${hunk.header}) should start at +${expectedNewStart} on the new side`);
    }
    if (start > old.lines.length) throw conflict(hunk, h, start - 1, 'present', undefined);
    if (start > pos && missingNewlineAt >= 0) {
      throw conflict(hunk, h, pos, 'absent after a line marked "No newline at end of file"', old.lines[pos]);
    }
    pushOld(pos, start);
    let i = start;
    for (const line of hunk.lines) {
      if (line.op !== '+') {
        if (i >= old.lines.length) throw conflict(hunk, h, i, describe(line.text, line.newline), undefined);
        const actualNewline = oldHasNewline(i);
        if (old.lines[i] !== line.text || actualNewline !== line.newline) {
          throw conflict(hunk, h, i, describe(line.text, line.newline), old.lines[i] + (actualNewline ? '' : ' (no final newline)'));
        }
        i++;
      }
      if (line.op !== '-') {
        if (missingNewlineAt >= 0) {
          throw conflict(hunk, h, i, 'absent after a line marked "No newline at end of file"', line.text);
        }
        pushLine(line.text, line.newline);
      }
    }
    checkAnchors(hunk, h, start, i, old.lines);
    shift += hunk.newCount - hunk.oldCount;
    pos = i;
  });
  if (pos < old.lines.length && missingNewlineAt >= 0) {
    const last = hunks.at(-1)!;
    throw conflict(last, hunks.length - 1, pos, 'absent after a line marked "No newline at end of file"', old.lines[pos]);
  }
  pushOld(pos, old.lines.length);
  if (missingNewlineAt >= 0) outFinalNewline = false;
  if (out.length === 0) return '';
  return out.join('\n') + (outFinalNewline ? '\n' : '');
}
