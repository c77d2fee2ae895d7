/**
 * Applying a delta to a dataset as a stream of bytes, for sets larger than memory: unchanged lines are copied as
 * bytes without decoding, only the lines a hunk touches are compared, so memory is bounded by the delta and the
 * longest line, not by the dataset. Same checks and the same errors as `applyDelta`.
 *
 * @example
 * const out = createWriteStream('v2.csv');
 * for await (const chunk of applyDeltaStream(createReadStream('v1.csv'), deltaText)) out.write(chunk);
 */
import { isUtf8 } from 'node:buffer';
import { DeltaConflictError, InvalidDeltaError } from './errors.ts';
import { parseDelta } from './delta.ts';
import type { Hunk, ParsedDelta } from './delta.ts';

/** The bytes are not UTF-8; `line` is 1-based in the dataset. */
export class InvalidDatasetEncodingError extends Error {
  readonly line: number;

  constructor(line: number) {
    super(`dataset line ${line} is not valid UTF-8`);
    this.name = 'InvalidDatasetEncodingError';
    this.line = line;
  }
}

const NEWLINE = 10;
/** Output is coalesced to about this size so that each consumer call (file write, hashing) moves a useful amount. */
const OUTPUT_CHUNK = 1 << 20;

interface Line {
  text: string;
  newline: boolean;
}

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

let skipped = 0;

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The index just past the `count`th newline of `b[from, stop)`, or `stop`; sets `skipped` to the newlines passed.
 * Counts newlines four bytes at a time (SWAR), the copy of unchanged lines being where replay spends its time.
 */
function skipLines(b: Uint8Array, from: number, stop: number, count: number): number {
  let p = from;
  let n = 0;
  while (p < stop && n < count && ((b.byteOffset + p) & 3) !== 0) {
    if (b[p++] === NEWLINE) n++;
  }
  // The loop above stops at an aligned byte unless the count or the input ran out first.
  const aligned = p < stop && n < count;
  const words = aligned ? new Int32Array(b.buffer, b.byteOffset + p, (stop - p) >> 2) : new Int32Array(0);
  let w = 0;
  for (; w < words.length; w++) {
    const v = words[w]! ^ 0x0a0a0a0a;
    // 0x80 in each byte of v that is zero, i.e. each newline byte of the word.
    const zeros = ~(((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v | 0x7f7f7f7f);
    if (zeros !== 0) {
      const c = popcount32(zeros);
      if (n + c >= count) break;
      n += c;
    }
  }
  p += w << 2;
  while (p < stop && n < count) {
    if (b[p++] === NEWLINE) n++;
  }
  skipped = n;
  return p;
}

/** Lines of a byte stream, each checked to be UTF-8; holds one input chunk plus the line it cuts. */
class LineReader {
  private readonly source: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  private buf: Buffer = Buffer.alloc(0);
  private at = 0;
  /** Bytes of `buf` before this index are checked UTF-8. */
  private checkedTo = 0;
  private ended = false;
  /** Lines consumed so far, i.e. the 0-based index of the next line. */
  consumed = 0;

  constructor(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    this.source = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  }

  /** Reads on until a newline follows `at` or the input ends; false when no byte is left. */
  private async fill(): Promise<boolean> {
    while (!this.ended && this.buf.indexOf(NEWLINE, this.at) < 0) {
      const next = await this.source.next();
      if (next.done) {
        this.ended = true;
        this.check(this.buf.length);
        break;
      }
      const rest = this.buf.subarray(this.at);
      this.buf = rest.length === 0 ? asBuffer(next.value) : Buffer.concat([rest, next.value]);
      this.checkedTo -= this.at;
      if (this.checkedTo < 0) this.checkedTo = 0;
      this.at = 0;
      this.check(this.buf.lastIndexOf(NEWLINE) + 1);
    }
    return this.at < this.buf.length;
  }

  /** Checks the complete lines up to `end`; a multi-byte character is never cut there, since it ends at a newline. */
  private check(end: number): void {
    if (end <= this.checkedTo) return;
    if (!isUtf8(this.buf.subarray(this.checkedTo, end))) {
      let line = this.consumed;
      for (let p = this.at; p < end; line++) {
        const nl = this.buf.indexOf(NEWLINE, p);
        const stop = nl < 0 || nl >= end ? end : nl + 1;
        if (p >= this.checkedTo && !isUtf8(this.buf.subarray(p, stop))) break;
        p = stop;
      }
      throw new InvalidDatasetEncodingError(line + 1);
    }
    this.checkedTo = end;
  }

  private lineAt(): { end: number; next: number; newline: boolean } {
    const nl = this.buf.indexOf(NEWLINE, this.at);
    return nl < 0 ? { end: this.buf.length, next: this.buf.length, newline: false } : { end: nl, next: nl + 1, newline: true };
  }

  async peek(): Promise<Line | undefined> {
    if (!(await this.fill())) return undefined;
    const { end, newline } = this.lineAt();
    return { text: this.buf.toString('utf8', this.at, end), newline };
  }

  async read(): Promise<Line | undefined> {
    if (!(await this.fill())) return undefined;
    const { end, next, newline } = this.lineAt();
    const line = { text: this.buf.toString('utf8', this.at, end), newline };
    this.at = next;
    this.consumed++;
    return line;
  }

  /**
   * Yields the next `count` lines as raw bytes; returns how many there were and whether the last one lacked its
   * newline (only the dataset's last line can).
   */
  async *copy(count: number): AsyncGenerator<Uint8Array, { copied: number; missingNewline: boolean }, undefined> {
    let copied = 0;
    let missingNewline = false;
    while (copied < count && (await this.fill())) {
      const b = this.buf;
      const from = this.at;
      const stop = this.ended ? b.length : b.lastIndexOf(NEWLINE) + 1;
      const before = copied;
      let p = skipLines(b, from, stop, count - copied);
      copied += skipped;
      if (p === b.length && this.ended && p > from && b[p - 1] !== NEWLINE) {
        copied++;
        missingNewline = true;
      }
      this.at = p;
      this.consumed += copied - before;
      yield b.subarray(from, p);
    }
    return { copied, missingNewline };
  }
}

/** Collects output pieces and hands them on in chunks of about OUTPUT_CHUNK bytes. */
class Output {
  private pieces: Uint8Array[] = [];
  private size = 0;
  /** Lines written; the index of the last one that lacks its newline, or -1. */
  missingNewlineAt = -1;
  lines = 0;

  add(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.size += piece.length;
  }

  full(): boolean {
    return this.size >= OUTPUT_CHUNK;
  }

  take(): Uint8Array | undefined {
    if (this.size === 0) return undefined;
    const chunk = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces, this.size);
    this.pieces = [];
    this.size = 0;
    return chunk;
  }
}

const describe = (text: string, newline: boolean) => JSON.stringify(text) + (newline ? '' : ' without a final newline');
const NO_NEWLINE_AFTER = 'absent after a line marked "No newline at end of file"';

function conflict(hunk: Hunk, index: number, line: number, expected: string, actual: string | undefined): DeltaConflictError {
  return new DeltaConflictError(index + 1, hunk.header, line + 1, expected, actual);
}

function contextAround(hunk: Hunk): { before: number; after: number } {
  let before = 0;
  while (before < hunk.lines.length && hunk.lines[before]!.op === ' ') before++;
  let after = 0;
  while (after < hunk.lines.length - before && hunk.lines[hunk.lines.length - 1 - after]!.op === ' ') after++;
  return { before, after };
}

/**
 * Applies a unified diff to a dataset given as a stream of bytes, yielding the result's bytes. Throws what
 * `applyDelta` throws for the same inputs (`DeltaConflictError` with hunk and line, `InvalidDeltaError`), plus
 * `InvalidDatasetEncodingError` for bytes that are not UTF-8; what was yielded before an error is not a dataset.
 */
export async function* applyDeltaStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  delta: string | ParsedDelta,
): AsyncGenerator<Uint8Array, void, undefined> {
  const { hunks } = typeof delta === 'string' ? parseDelta(delta) : delta;
  const input = new LineReader(source);
  const out = new Output();
  let outMissingNewline = false;

  /** Copies old lines through until `count` are copied or the input ends; returns how many were. */
  async function* copyOld(count: number): AsyncGenerator<Uint8Array, number, undefined> {
    const it = input.copy(count);
    for (;;) {
      const step = await it.next();
      if (step.done) {
        if (step.value.missingNewline) outMissingNewline = true;
        return step.value.copied;
      }
      out.add(step.value);
      if (out.full()) yield out.take()!;
    }
  }

  const pushNew = (text: string, newline: boolean) => {
    out.add(Buffer.from(newline ? text + '\n' : text, 'utf8'));
    if (!newline) outMissingNewline = true;
  };

  let shift = 0;
  for (let h = 0; h < hunks.length; h++) {
    const hunk = hunks[h]!;
    const pos = input.consumed;
    const start = hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (start < 0) throw new InvalidDeltaError(hunk.deltaLine, `hunk ${h + 1} (${hunk.header}) removes or keeps line 0`);
    if (start < pos) {
      throw new InvalidDeltaError(hunk.deltaLine, `hunk ${h + 1} (${hunk.header}) starts before the end of hunk ${h} (line ${pos})`);
    }
    const expectedNewStart = start + shift + (hunk.newCount === 0 ? 0 : 1);
    if (hunk.newStart !== expectedNewStart) {
      throw new InvalidDeltaError(hunk.deltaLine, `hunk ${h + 1} (${hunk.header}) should start at +${expectedNewStart} on the new side`);
    }
    if (start > pos && outMissingNewline) {
      // Either error ends the run; which one applyDelta reports depends on whether the dataset reaches `start`.
      const first = await input.peek();
      let skipped = 0;
      while (skipped < start - pos && (await input.read()) !== undefined) skipped++;
      if (skipped < start - pos) throw conflict(hunk, h, start - 1, 'present', undefined);
      throw conflict(hunk, h, pos, NO_NEWLINE_AFTER, first?.text);
    }
    const copied = yield* copyOld(start - pos);
    if (copied < start - pos) throw conflict(hunk, h, start - 1, 'present', undefined);

    let firstOld: string | undefined;
    let readOld = false;
    for (const line of hunk.lines) {
      if (line.op !== '+') {
        const i = input.consumed;
        const actual = await input.read();
        if (actual === undefined) throw conflict(hunk, h, i, describe(line.text, line.newline), undefined);
        if (actual.text !== line.text || actual.newline !== line.newline) {
          throw conflict(hunk, h, i, describe(line.text, line.newline), actual.text + (actual.newline ? '' : ' (no final newline)'));
        }
        if (!readOld) firstOld = actual.text;
        readOld = true;
      }
      if (line.op !== '-') {
        if (outMissingNewline) throw conflict(hunk, h, input.consumed, NO_NEWLINE_AFTER, line.text);
        pushNew(line.text, line.newline);
      }
    }
    const { before, after } = contextAround(hunk);
    if (before < after && start > 0) {
      const atStart = readOld ? firstOld : (await input.peek())?.text;
      throw conflict(hunk, h, start, 'the first line of the dataset (the hunk has less context before than after)', atStart);
    }
    if (after < before) {
      const next = await input.peek();
      if (next !== undefined) throw conflict(hunk, h, input.consumed, 'past the end of the dataset (the hunk has less context after than before)', next.text);
    }
    shift += hunk.newCount - hunk.oldCount;
    if (out.full()) yield out.take()!;
  }
  if (outMissingNewline && hunks.length > 0) {
    const next = await input.peek();
    if (next !== undefined) throw conflict(hunks.at(-1)!, hunks.length - 1, input.consumed, NO_NEWLINE_AFTER, next.text);
  }
  yield* copyOld(Infinity);
  const rest = out.take();
  if (rest !== undefined) yield rest;
}
