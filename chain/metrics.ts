/**
 * A small Prometheus registry (text exposition format 0.0.4) and the HTTP endpoint that serves it,
 * so the app's metrics sit beside CometBFT's own without a client library.
 *
 * @example
 * const registry = new MetricsRegistry();
 * const m = appMetrics(registry);
 * m.height.set(42);
 * const server = await serveMetrics(registry, 'tcp://127.0.0.1:26661'); // GET /metrics
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
/** client_golang's default buckets, in seconds. */
export const DEFAULT_BUCKETS: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type Labels = Record<string, string | number>;

export interface Counter {
  /** Adds n (default 1, never negative): `inc()`, `inc(5)`, `inc({ code: 5 })`, `inc({ code: 5 }, 2)`. */
  inc(labelsOrAmount?: Labels | number, amount?: number): void;
  get(labels?: Labels): number;
}

export interface Gauge {
  /** `set(v)` or `set(labels, v)`. */
  set(labelsOrValue: Labels | number, value?: number): void;
  inc(labelsOrAmount?: Labels | number, amount?: number): void;
  get(labels?: Labels): number;
}

export interface Histogram {
  /** `observe(v)` or `observe(labels, v)`. */
  observe(labelsOrValue: Labels | number, value?: number): void;
  /** Starts a clock; the returned function observes the seconds elapsed and returns them. */
  startTimer(labels?: Labels): () => number;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  labelNames: readonly string[];
  render(): string[];
}

interface HistogramSeries {
  counts: number[];
  sum: number;
  count: number;
}

export class MetricsRegistry {
  private readonly families = new Map<string, Family>();

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    const series = new SeriesMap<number>(name, labelNames);
    this.register({ name, help, type: 'counter', labelNames, render: () => renderScalars(name, labelNames, series) });
    return {
      inc(labelsOrAmount, amount) {
        const [labels, n] = splitArgs(labelsOrAmount, amount, 1, `counter ${name}.inc`);
        if (!(Number.isFinite(n) && n >= 0)) throw new Error(`counter ${name} can only increase by a finite amount >= 0, got ${n}`);
        series.update(labels, 0, (v) => v + n);
      },
      get: (labels) => series.get(labels) ?? 0,
    };
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    const series = new SeriesMap<number>(name, labelNames);
    this.register({ name, help, type: 'gauge', labelNames, render: () => renderScalars(name, labelNames, series) });
    return {
      set(labelsOrValue, value) {
        const [labels, v] = splitArgs(labelsOrValue, value, undefined, `gauge ${name}.set`);
        series.update(labels, 0, () => v);
      },
      inc(labelsOrAmount, amount) {
        const [labels, n] = splitArgs(labelsOrAmount, amount, 1, `gauge ${name}.inc`);
        series.update(labels, 0, (v) => v + n);
      },
      get: (labels) => series.get(labels) ?? 0,
    };
  }

  histogram(name: string, help: string, buckets: readonly number[] = DEFAULT_BUCKETS, labelNames: readonly string[] = []): Histogram {
    if (labelNames.includes('le')) throw new Error(`histogram ${name} cannot use the label name "le": Prometheus reserves it for buckets`);
    const bounds = buckets.filter((b) => b !== Infinity);
    if (bounds.length === 0 || bounds.some((b, i) => !Number.isFinite(b) || (i > 0 && b <= bounds[i - 1]!))) {
      throw new Error(`histogram ${name} needs finite buckets in strictly increasing order, got [${buckets.join(', ')}]`);
    }
    const series = new SeriesMap<HistogramSeries>(name, labelNames);
    const empty = (): HistogramSeries => ({ counts: bounds.map(() => 0), sum: 0, count: 0 });
    this.register({ name, help, type: 'histogram', labelNames, render: () => renderHistogram(name, labelNames, bounds, series, empty) });
    const observe = (labels: Labels, v: number) => {
      series.update(labels, empty(), (h) => {
        // Stored per bucket, made cumulative at render time.
        const i = bounds.findIndex((b) => v <= b);
        if (i >= 0) h.counts[i]! += 1;
        h.sum += v;
        h.count += 1;
        return h;
      });
    };
    return {
      observe(labelsOrValue, value) {
        const [labels, v] = splitArgs(labelsOrValue, value, undefined, `histogram ${name}.observe`);
        observe(labels, v);
      },
      startTimer(labels = {}) {
        const start = process.hrtime.bigint();
        return () => {
          const seconds = Number(process.hrtime.bigint() - start) / 1e9;
          observe(labels, seconds);
          return seconds;
        };
      },
    };
  }

  /** The whole registry in the Prometheus text exposition format 0.0.4. */
  render(): string {
    const lines: string[] = [];
    for (const f of this.families.values()) {
      lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`, ...f.render());
    }
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
  }

  private register(family: Family): void {
    if (!METRIC_NAME.test(family.name)) throw new Error(`invalid metric name ${JSON.stringify(family.name)}: use [a-zA-Z_:][a-zA-Z0-9_:]*`);
    if (this.families.has(family.name)) throw new Error(`metric ${family.name} is already registered`);
    const seen = new Set<string>();
    for (const l of family.labelNames) {
      if (!LABEL_NAME.test(l) || l.startsWith('__')) throw new Error(`metric ${family.name} has invalid label name ${JSON.stringify(l)}: use [a-zA-Z_][a-zA-Z0-9_]*, not starting with __`);
      if (seen.has(l)) throw new Error(`metric ${family.name} lists label ${l} twice`);
      seen.add(l);
    }
    this.families.set(family.name, family);
  }
}

/** One value per distinct set of label values, in first-seen order. */
class SeriesMap<V> {
  readonly name: string;
  readonly labelNames: readonly string[];
  readonly entries = new Map<string, { values: string[]; value: V }>();
  constructor(name: string, labelNames: readonly string[]) {
    this.name = name;
    this.labelNames = labelNames;
  }

  get(labels: Labels = {}): V | undefined {
    return this.entries.get(JSON.stringify(this.valuesOf(labels)))?.value;
  }

  update(labels: Labels, initial: V, next: (current: V) => V): void {
    const values = this.valuesOf(labels);
    const key = JSON.stringify(values);
    const entry = this.entries.get(key);
    if (entry) entry.value = next(entry.value);
    else this.entries.set(key, { values, value: next(initial) });
  }

  private valuesOf(labels: Labels): string[] {
    const given = Object.keys(labels);
    const missing = this.labelNames.filter((l) => !(l in labels));
    const extra = given.filter((l) => !this.labelNames.includes(l));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(`metric ${this.name} takes labels {${this.labelNames.join(', ')}}, got {${given.join(', ')}}`);
    }
    return this.labelNames.map((l) => String(labels[l]));
  }
}

function splitArgs(first: Labels | number | undefined, second: number | undefined, fallback: number | undefined, what: string): [Labels, number] {
  if (typeof first === 'number') return [{}, first];
  const value = second ?? fallback;
  if (typeof value !== 'number') throw new Error(`${what} needs a number, got ${String(value)}`);
  return [first ?? {}, value];
}

function renderScalars(name: string, labelNames: readonly string[], series: SeriesMap<number>): string[] {
  // An unlabelled metric exists from registration, as client_golang exposes it at 0.
  if (labelNames.length === 0 && series.entries.size === 0) return [`${name} 0`];
  return [...series.entries.values()].map((e) => `${name}${labelSet(labelNames, e.values)} ${formatValue(e.value)}`);
}

function renderHistogram(
  name: string, labelNames: readonly string[], bounds: readonly number[], series: SeriesMap<HistogramSeries>, empty: () => HistogramSeries,
): string[] {
  const all = [...series.entries.values()];
  if (labelNames.length === 0 && all.length === 0) all.push({ values: [], value: empty() });
  const lines: string[] = [];
  for (const { values, value } of all) {
    let cumulative = 0;
    bounds.forEach((b, i) => {
      cumulative += value.counts[i]!;
      lines.push(`${name}_bucket${labelSet([...labelNames, 'le'], [...values, formatValue(b)])} ${cumulative}`);
    });
    lines.push(`${name}_bucket${labelSet([...labelNames, 'le'], [...values, '+Inf'])} ${value.count}`);
    lines.push(`${name}_sum${labelSet(labelNames, values)} ${formatValue(value.sum)}`);
    lines.push(`${name}_count${labelSet(labelNames, values)} ${value.count}`);
  }
  return lines;
}

function labelSet(names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return '';
  return `{${names.map((n, i) => `${n}="${escapeLabelValue(values[i]!)}"`).join(',')}}`;
}

export function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

export function formatValue(v: number): string {
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Number.isNaN(v)) return 'NaN';
  return String(v);
}

/** The app's own metrics (CometBFT exports consensus, p2p and mempool ones itself). */
export interface AppMetrics {
  height: Gauge;
  txs: Counter;
  checkTxRejections: Counter;
  finalizeBlockSeconds: Histogram;
  commitSeconds: Histogram;
}

const BLOCK_PHASE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function appMetrics(registry: MetricsRegistry): AppMetrics {
  return {
    height: registry.gauge('nrn_block_height', 'Height of the last block the app committed.'),
    txs: registry.counter('nrn_txs_total', 'Transactions executed in finalized blocks.'),
    checkTxRejections: registry.counter('nrn_checktx_rejections_total', 'Transactions refused by CheckTx, by codespace and code.', ['codespace', 'code']),
    finalizeBlockSeconds: registry.histogram('nrn_finalize_block_duration_seconds', 'Time to execute a block in FinalizeBlock.', BLOCK_PHASE_BUCKETS),
    commitSeconds: registry.histogram('nrn_commit_duration_seconds', 'Time to persist a block in Commit.', BLOCK_PHASE_BUCKETS),
  };
}

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Parses "tcp://host:port", "host:port" or ":port" (all interfaces) into a listen target. */
export function parseListenAddress(laddr: string): { host: string | undefined; port: number } {
  const m = /^(?:tcp:\/\/)?(\[[0-9a-fA-F:.]+\]|[^\s:/[\]]*):(\d{1,5})$/.exec(laddr);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port > 65535) throw new Error(`metrics listen address ${JSON.stringify(laddr)} is invalid; write it as "tcp://host:port", e.g. "tcp://127.0.0.1:26661"`);
  const host = m[1]!.replace(/^\[|\]$/g, '');
  return { host: host === '' ? undefined : host, port };
}

/** Serves `GET /metrics` on laddr (port 0 picks a free one); resolves once listening. */
export function serveMetrics(registry: MetricsRegistry, laddr: string): Promise<MetricsServer> {
  const { host, port } = parseListenAddress(laddr);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found; metrics are at /metrics\n');
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('use GET /metrics\n');
    } else {
      const body = registry.render();
      res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const hint = err.code === 'EADDRINUSE' ? 'is already in use; pick another port with [metrics] laddr in app.toml' : `cannot be listened on: ${err.message}`;
      reject(new Error(`metrics listen address ${laddr} ${hint}`, { cause: err }));
    });
    server.listen({ host, port }, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
