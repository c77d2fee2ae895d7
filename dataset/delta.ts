import { InvalidDeltaError } from './errors.ts';

export interface HunkLine {
  op: ' ' | '-' | '+';
  text: string;
  /** False when a '\ No newline at end of file' marker follows the line. */
  newline: boolean;
}

export interface Hunk {
  /** 1-based position in the delta of the `@@` line, for messages. */
  deltaLine: number;
  header: string;
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: HunkLine[];
}

export interface ParsedDelta {
  oldLabel: string;
  newLabel: string;
  hunks: Hunk[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(?: .*)?$/;

/** `--- name<TAB>timestamp` → `name` (GNU diff appends a timestamp after a tab). */
function fileLabel(line: string): string {
  return line.slice(4).split('\t')[0]!;
}

/**
 * Reads a single-file unified diff (`diff -u`, `git diff`): lines before `---` (e.g. `diff --git`, `index`) are
 * ignored; an empty or blank delta means "no change".
 */
export function parseDelta(delta: string): ParsedDelta {
  const lines = delta.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.every((l) => l.trim() === '')) return { oldLabel: '', newLabel: '', hunks: [] };
  let i = 0;
  while (i < lines.length && !lines[i]!.startsWith('--- ')) {
    if (lines[i]!.startsWith('@@') || lines[i]!.startsWith('+++ ')) throw new InvalidDeltaError(i + 1, 'hunk or "+++" before the "--- old" header');
    i++;
  }
  if (i === lines.length) throw new InvalidDeltaError(1, 'no "--- old" / "+++ new" header: not a unified diff');
  const oldLabel = fileLabel(lines[i]!);
  if (!(lines[i + 1] ?? '').startsWith('+++ ')) throw new InvalidDeltaError(i + 2, 'expected "+++ new" after "--- old"');
  const newLabel = fileLabel(lines[i + 1]!);
  i += 2;
  const hunks: Hunk[] = [];
  while (i < lines.length) {
    const header = lines[i]!;
    if (header.startsWith('--- ') || header.startsWith('diff ')) throw new InvalidDeltaError(i + 1, 'a dataset delta changes one file only');
    const match = HUNK_HEADER.exec(header);
    if (match === null) throw new InvalidDeltaError(i + 1, `expected a hunk header "@@ -l,s +l,s @@", found ${JSON.stringify(header)}`);
    const hunk: Hunk = {
      deltaLine: i + 1,
      header: header.replace(/^(@@ [^@]* @@).*$/, '$1'),
      oldStart: Number(match[1]),
      oldCount: match[2] === undefined ? 1 : Number(match[2]),
      newStart: Number(match[3]),
      newCount: match[4] === undefined ? 1 : Number(match[4]),
      lines: [],
    };
    i++;
    let oldSeen = 0;
    let newSeen = 0;
    while (oldSeen < hunk.oldCount || newSeen < hunk.newCount) {
      if (i >= lines.length) throw new InvalidDeltaError(i, `hunk ${hunks.length + 1} (${hunk.header}) ends early: the delta is truncated`);
      const line = lines[i]!;
      // An empty body line is a context line whose single space was stripped (by mail or an editor).
      const op = line === '' ? ' ' : line[0];
      if (op !== ' ' && op !== '-' && op !== '+') {
        throw new InvalidDeltaError(i + 1, `hunk ${hunks.length + 1} (${hunk.header}) has ${oldSeen}/${hunk.oldCount} old and ${newSeen}/${hunk.newCount} new lines; a line must start with ' ', '-' or '+'`);
      }
      if (op !== '+') oldSeen++;
      if (op !== '-') newSeen++;
      if (oldSeen > hunk.oldCount || newSeen > hunk.newCount) {
        throw new InvalidDeltaError(i + 1, `hunk ${hunks.length + 1} (${hunk.header}) has more lines than its header counts`);
      }
      hunk.lines.push({ op, text: line.slice(1), newline: true });
      i++;
      // Any '\' line is the no-newline marker: GNU diff translates its text into the user's locale.
      if (lines[i]?.startsWith('\\')) {
        hunk.lines.at(-1)!.newline = false;
        i++;
      }
    }
    if (hunk.lines.length === 0) throw new InvalidDeltaError(hunk.deltaLine, `hunk ${hunks.length + 1} (${hunk.header}) is empty`);
    hunks.push(hunk);
  }
  if (hunks.length === 0) throw new InvalidDeltaError(i, 'the delta has headers but no hunk');
  return { oldLabel, newLabel, hunks };
}
