/**
 * Structured, levelled logs for the node: a line per event, either for people (text, in the
 * shape CometBFT prints) or for log shippers (one JSON object per line).
 *
 * @example
 * const log = createLogger({ level: 'info', format: 'text' }).child({ module: 'abci' });
 * log.info('committed block', { height: 42n, txs: 3 });
 * // 2026-11-25T02:47:13.123Z INF committed block height=42 txs=3 module=abci
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export const LOG_FORMATS = ['text', 'json'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = (typeof LOG_FORMATS)[number];
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line, after the line's own fields (e.g. `{ module: 'abci' }`). */
  child(fields: LogFields): Logger;
  /** Whether a line at `level` would be written; lets a caller skip building costly fields. */
  enabled(level: LogLevel): boolean;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where lines go; stderr by default so a command's stdout stays clean for scripts. */
  stream?: { write(chunk: string): unknown };
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const TEXT_LABEL: Record<LogLevel, string> = { debug: 'DBG', info: 'INF', warn: 'WRN', error: 'ERR' };
const JSON_RESERVED = new Set(['time', 'level', 'msg']);

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  const format = options.format ?? 'text';
  if (!(level in RANK)) throw new Error(`unknown log level ${JSON.stringify(level)}; use one of: ${LOG_LEVELS.join(', ')}`);
  if (!LOG_FORMATS.includes(format)) throw new Error(`unknown log format ${JSON.stringify(format)}; use one of: ${LOG_FORMATS.join(', ')}`);
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => new Date());
  const render = format === 'json' ? renderJson : renderText;

  function make(context: LogFields): Logger {
    const emit = (at: LogLevel) => (msg: string, fields?: LogFields) => {
      if (RANK[at] < RANK[level]) return;
      // Line fields print first and win over the context's on a shared key.
      stream.write(render(now(), at, msg, { ...fields, ...withoutKeys(context, fields) }) + '\n');
    };
    return {
      debug: emit('debug'),
      info: emit('info'),
      warn: emit('warn'),
      error: emit('error'),
      child: (fields) => make({ ...context, ...fields }),
      enabled: (at) => RANK[at] >= RANK[level],
    };
  }
  return make({});
}

/** A logger that drops everything, for code paths and tests that take a logger but need no output. */
export function silentLogger(): Logger {
  const drop = () => {};
  const self: Logger = { debug: drop, info: drop, warn: drop, error: drop, child: () => self, enabled: () => false };
  return self;
}

function withoutKeys(context: LogFields, fields: LogFields | undefined): LogFields {
  if (!fields) return context;
  return Object.fromEntries(Object.entries(context).filter(([key]) => !(key in fields)));
}

function renderText(time: Date, level: LogLevel, msg: string, fields: LogFields): string {
  let line = `${time.toISOString()} ${TEXT_LABEL[level]} ${msg.replace(/\r?\n/g, '\\n')}`;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    line += ` ${key}=${quoteIfNeeded(textValue(value))}`;
  }
  return line;
}

function renderJson(time: Date, level: LogLevel, msg: string, fields: LogFields): string {
  const entry: Record<string, unknown> = { time: time.toISOString(), level, msg };
  for (const [key, value] of Object.entries(fields)) {
    // A field may not overwrite the envelope; it keeps its value under a prefixed key.
    entry[JSON_RESERVED.has(key) ? `field.${key}` : key] = jsonValue(value);
  }
  return safeStringify(entry);
}

function textValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return toHexUpper(value);
  if (value instanceof Error) return value.message;
  if (value instanceof Date) return value.toISOString();
  return safeStringify(value);
}

function quoteIfNeeded(text: string): string {
  return /^[^\s"=\\]+$/.test(text) ? text : JSON.stringify(text);
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Error) return value.message;
  return value;
}

// Hashes print as upper-case hex, the way CometBFT prints them, so lines from both can be grepped alike.
function toHexUpper(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex').toUpperCase();
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Uint8Array) return toHexUpper(v);
      if (v instanceof Error) return v.message;
      return v;
    }) ?? String(value);
  } catch {
    return String(value);
  }
}
