/** The delta is not a unified diff this tool can read; `line` is 1-based in the delta text. */
export class InvalidDeltaError extends Error {
  readonly line: number;

  constructor(line: number, reason: string) {
    super(`invalid unified diff at line ${line}: ${reason}`);
    this.name = 'InvalidDeltaError';
    this.line = line;
  }
}

/** A hunk's context or removed lines do not match the dataset; `line` is 1-based in the dataset being patched. */
export class DeltaConflictError extends Error {
  readonly hunk: number;
  readonly header: string;
  readonly line: number;
  readonly expected: string;
  readonly actual: string | undefined;

  constructor(hunk: number, header: string, line: number, expected: string, actual: string | undefined) {
    const found = actual === undefined ? 'the dataset ends before it' : `it is ${JSON.stringify(actual)}`;
    super(`delta does not apply: hunk ${hunk} (${header}) expects line ${line} to be ${expected}, but ${found}`);
    this.name = 'DeltaConflictError';
    this.hunk = hunk;
    this.header = header;
    this.line = line;
    this.expected = expected;
    this.actual = actual;
  }
}
