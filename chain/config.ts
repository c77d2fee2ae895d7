/**
 * The node's `<home>/config/app.toml`, the app-side twin of CometBFT's `config.toml` (as in the Cosmos SDK):
 * minimum gas prices, state pruning, the ABCI listen address, metrics, logging and tx size.
 *
 * @example
 * const cfg = await loadAppConfig('/home/op/.nrnd');
 * cfg.minimumGasPrices // { amount: '0.025', denom: 'unrn' }
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { LOG_FORMATS, LOG_LEVELS } from './log.ts';
import type { LogFormat, LogLevel } from './log.ts';

export const FEE_DENOM = 'unrn';
// Cosmos SDK's sdk.Dec carries 18 fractional digits; a finer price could not be represented there.
const MAX_PRICE_DECIMALS = 18;

/** A gas price in unrn per unit of gas, kept as a canonical decimal string so no float touches fees. */
export interface GasPrice {
  amount: string;
  denom: typeof FEE_DENOM;
}

export interface AppConfig {
  /** Lowest fee per gas this node's mempool accepts (CheckTx); blocks from others are not held to it. */
  minimumGasPrices: GasPrice;
  /** keepRecent = 0 keeps every height; otherwise heights older than the last keepRecent are pruned every interval blocks. */
  pruning: { keepRecent: number; interval: number };
  /** Where the app listens for CometBFT's four ABCI connections (CometBFT's `proxy_app`). */
  abci: { address: string };
  /** The app's Prometheus endpoint; CometBFT's own stays on its `prometheus_listen_addr` (default :26660). */
  metrics: { enabled: boolean; laddr: string };
  log: { level: LogLevel; format: LogFormat };
  api: { maxTxBytes: number };
  /** State-sync snapshots this node serves: one every snapshotInterval heights (0 = none), newest snapshotKeepRecent kept. */
  stateSync: { snapshotInterval: number; snapshotKeepRecent: number };
}

export class AppConfigError extends Error {
  override name = 'AppConfigError';
}

export function defaultAppConfig(): AppConfig {
  return {
    minimumGasPrices: { amount: '0.025', denom: FEE_DENOM },
    // The Cosmos SDK's "default" pruning: about three weeks of 5 s blocks; 0 makes an archive node.
    pruning: { keepRecent: 362_880, interval: 10 },
    abci: { address: 'tcp://127.0.0.1:26658' },
    metrics: { enabled: false, laddr: 'tcp://127.0.0.1:26661' },
    log: { level: 'info', format: 'text' },
    api: { maxTxBytes: 1048576 },
    stateSync: { snapshotInterval: 0, snapshotKeepRecent: 2 },
  };
}

export function appConfigPath(home: string): string {
  return join(home, 'config', 'app.toml');
}

/** Reads `<home>/config/app.toml`; keys it leaves out take their defaults, and a missing file means all defaults. */
export async function loadAppConfig(home: string): Promise<AppConfig> {
  const path = appConfigPath(home);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return defaultAppConfig();
    throw err;
  }
  return parseAppConfig(text, path);
}

/** Parses and validates app.toml text; `source` names the file in error messages. */
export function parseAppConfig(text: string, source = 'app.toml'): AppConfig {
  let raw: Record<string, unknown>;
  try {
    raw = parse(text) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) throw new AppConfigError(`${source} is not valid TOML (line ${err.line}, column ${err.column}): ${err.message.split('\n')[0]}`);
    throw err;
  }
  const d = defaultAppConfig();
  const r = new Reader(raw, source);
  const cfg: AppConfig = {
    minimumGasPrices: r.field('minimum-gas-prices', d.minimumGasPrices, (v, key) => parseMinGasPrice(expectString(v, key, source), key, source)),
    pruning: {
      keepRecent: r.field('pruning.keep-recent', d.pruning.keepRecent, (v, key) => expectInt(v, key, source, 0, 'a whole number of heights, 0 to keep all')),
      interval: r.field('pruning.interval', d.pruning.interval, (v, key) => expectInt(v, key, source, 1, 'a whole number of blocks, at least 1')),
    },
    abci: { address: r.field('abci.address', d.abci.address, (v, key) => expectListenAddress(v, key, source, true)) },
    metrics: {
      enabled: r.field('metrics.enabled', d.metrics.enabled, (v, key) => expectBool(v, key, source)),
      laddr: r.field('metrics.laddr', d.metrics.laddr, (v, key) => expectListenAddress(v, key, source, false)),
    },
    log: {
      level: r.field('log.level', d.log.level, (v, key) => expectOneOf(v, key, source, LOG_LEVELS)),
      format: r.field('log.format', d.log.format, (v, key) => expectOneOf(v, key, source, LOG_FORMATS)),
    },
    api: { maxTxBytes: r.field('api.max-tx-bytes', d.api.maxTxBytes, (v, key) => expectInt(v, key, source, 1, 'a whole number of bytes, at least 1')) },
    stateSync: {
      snapshotInterval: r.field('state-sync.snapshot-interval', d.stateSync.snapshotInterval, (v, key) => expectInt(v, key, source, 0, 'a whole number of blocks, 0 for no snapshots')),
      snapshotKeepRecent: r.field('state-sync.snapshot-keep-recent', d.stateSync.snapshotKeepRecent, (v, key) => expectInt(v, key, source, 1, 'a whole number of snapshots, at least 1')),
    },
  };
  r.rejectUnknown();
  return cfg;
}

/** Writes `<home>/config/app.toml` with a comment on every key, replacing any file atomically. */
export async function writeAppConfig(home: string, cfg: AppConfig): Promise<void> {
  const text = renderAppConfig(cfg);
  parseAppConfig(text, 'the config about to be written'); // refuse to write what would not load back
  const path = appConfigPath(home);
  await mkdir(join(home, 'config'), { recursive: true });
  await writeFile(path + '.tmp', text, { mode: 0o644 });
  await rename(path + '.tmp', path);
}

export function renderAppConfig(cfg: AppConfig): string {
  const s = (v: string) => JSON.stringify(v);
  return `# NRN app configuration (read by nrnd at start; CometBFT's own settings are in config.toml).

# The lowest fee per unit of gas this node's mempool accepts, e.g. "0.025${FEE_DENOM}".
# A tx must pay fee >= ceil(gas_limit * price). Flag: --minimum-gas-prices.
minimum-gas-prices = ${s(formatGasPrice(cfg.minimumGasPrices))}

[pruning]
# How many recent heights of state to keep; 0 keeps every height (an archive node).
keep-recent = ${cfg.pruning.keepRecent}
# Delete the state only pruned heights used every this many blocks.
interval = ${cfg.pruning.interval}

[abci]
# Where the app listens for CometBFT (tcp://host:port or unix:///path); must equal CometBFT's proxy_app.
address = ${s(cfg.abci.address)}

[metrics]
# Serve the app's Prometheus metrics at http://<laddr>/metrics.
enabled = ${cfg.metrics.enabled}
# CometBFT's own prometheus_listen_addr defaults to :26660, so the app uses the next port.
laddr = ${s(cfg.metrics.laddr)}

[log]
# One of: ${LOG_LEVELS.join(', ')}.
level = ${s(cfg.log.level)}
# text (one line per event, for people) or json (one object per line, for log shippers).
format = ${s(cfg.log.format)}

[api]
# Largest tx in bytes that CheckTx accepts.
max-tx-bytes = ${cfg.api.maxTxBytes}

[state-sync]
# Write a state-sync snapshot every this many heights, for new nodes to join from (0 = none).
snapshot-interval = ${cfg.stateSync.snapshotInterval}
# How many snapshots to keep on disk.
snapshot-keep-recent = ${cfg.stateSync.snapshotKeepRecent}
`;
}

/**
 * Parses a minimum gas price such as "0.025unrn" into a canonical decimal and its denom.
 * @param key the config key or flag being parsed, for the error message.
 */
export function parseMinGasPrice(text: string, key = 'minimum-gas-prices', source = 'app.toml'): GasPrice {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*([a-zA-Z][a-zA-Z0-9/:._-]{1,127})\s*$/.exec(text);
  const fix = `write it like "0.025${FEE_DENOM}" (a decimal amount directly followed by the denom ${FEE_DENOM})`;
  if (!m) throw new AppConfigError(`${key} = ${JSON.stringify(text)} in ${source} is not a gas price; ${fix}`);
  const [, whole, fraction = '', denom] = m;
  if (denom !== FEE_DENOM) {
    throw new AppConfigError(`${key} = ${JSON.stringify(text)} in ${source} uses denom "${denom}", but fees are paid only in ${FEE_DENOM}; ${fix}`);
  }
  const frac = fraction.replace(/0+$/, '');
  if (frac.length > MAX_PRICE_DECIMALS) {
    throw new AppConfigError(`${key} = ${JSON.stringify(text)} in ${source} has more than ${MAX_PRICE_DECIMALS} decimal places; round it`);
  }
  const int = whole!.replace(/^0+(?=\d)/, '');
  return { amount: frac ? `${int}.${frac}` : int, denom: FEE_DENOM };
}

export function formatGasPrice(price: GasPrice): string {
  return `${price.amount}${price.denom}`;
}

/** The smallest fee in unrn a tx with this gas limit must pay: ceil(gasLimit × price), in integers only. */
export function requiredFee(price: GasPrice, gasLimit: bigint): bigint {
  const [int, frac = ''] = price.amount.split('.');
  const scale = 10n ** BigInt(frac.length);
  const numerator = BigInt(int! + frac) * gasLimit;
  return (numerator + scale - 1n) / scale;
}

/** Walks the parsed TOML by dotted key, remembering which keys were read so leftovers can be reported. */
class Reader {
  readonly raw: Record<string, unknown>;
  readonly source: string;
  readonly seen = new Set<string>();
  constructor(raw: Record<string, unknown>, source: string) {
    this.raw = raw;
    this.source = source;
  }

  field<T>(key: string, fallback: T, convert: (value: unknown, key: string) => T): T {
    this.seen.add(key);
    const parts = key.split('.');
    let node: unknown = this.raw;
    for (const part of parts) {
      if (!isTable(node) || !(part in node)) return fallback;
      node = node[part];
    }
    return convert(node, key);
  }

  rejectUnknown(): void {
    const tables = new Set([...this.seen].filter((k) => k.includes('.')).map((k) => k.split('.')[0]!));
    const known = [...this.seen].sort();
    for (const [top, value] of Object.entries(this.raw)) {
      if (tables.has(top)) {
        if (!isTable(value)) throw new AppConfigError(`${top} in ${this.source} must be a table ([${top}]), got ${describe(value)}`);
        for (const sub of Object.keys(value)) this.assertKnown(`${top}.${sub}`, known);
      } else {
        this.assertKnown(top, known);
      }
    }
  }

  private assertKnown(key: string, known: string[]): void {
    if (!this.seen.has(key)) {
      throw new AppConfigError(`unknown key ${key} in ${this.source}; remove it or use one of: ${known.join(', ')}`);
    }
  }
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v.toString();
  if (isTable(v)) return 'a table';
  return JSON.stringify(v) ?? String(v);
}

function expectString(v: unknown, key: string, source: string): string {
  if (typeof v !== 'string') throw new AppConfigError(`${key} = ${describe(v)} in ${source} must be a quoted string`);
  return v;
}

function expectBool(v: unknown, key: string, source: string): boolean {
  if (typeof v !== 'boolean') throw new AppConfigError(`${key} = ${describe(v)} in ${source} must be true or false (unquoted)`);
  return v;
}

function expectInt(v: unknown, key: string, source: string, min: number, what: string): number {
  // Cosmos writes numbers in app.toml as strings ("100"), so accept both forms.
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) {
    throw new AppConfigError(`${key} = ${describe(v)} in ${source} is invalid; it must be ${what}`);
  }
  return n;
}

function expectOneOf<T extends string>(v: unknown, key: string, source: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
    throw new AppConfigError(`${key} = ${describe(v)} in ${source} is invalid; use one of: ${options.map((o) => JSON.stringify(o)).join(', ')}`);
  }
  return v as T;
}

function expectListenAddress(v: unknown, key: string, source: string, allowUnix: boolean): string {
  const text = expectString(v, key, source);
  if (allowUnix && /^unix:\/\/\/?.+/.test(text)) return text;
  const m = /^tcp:\/\/([^\s:/]*|\[[0-9a-fA-F:.]+\]):(\d{1,5})$/.exec(text);
  if (!m || Number(m[2]) > 65535) {
    const forms = allowUnix ? '"tcp://host:port" or "unix:///path/to.sock"' : '"tcp://host:port"';
    throw new AppConfigError(`${key} = ${JSON.stringify(text)} in ${source} is not a listen address; write it as ${forms}, e.g. "tcp://127.0.0.1:26661"`);
  }
  return text;
}
