import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { MetricsRegistry, appMetrics, serveMetrics, parseListenAddress, METRICS_CONTENT_TYPE } from './metrics.ts';

/** Parses exposition-format samples into `name{labels}` → value, unescaping label values. */
function parseSamples(text: string): Map<string, { name: string; labels: Record<string, string>; value: number }> {
  const out = new Map<string, { name: string; labels: Record<string, string>; value: number }>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    assert.ok(m, `malformed sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[k!] = v!.replace(/\\(.)/g, (_s, c: string) => (c === 'n' ? '\n' : c));
    }
    const value = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    out.set(line.slice(0, line.lastIndexOf(' ')), { name: m[1]!, labels, value });
  }
  return out;
}

test('render gives the exact 0.0.4 text: HELP/TYPE, labels, cumulative buckets, +Inf, _sum, _count', () => {
  const r = new MetricsRegistry();
  const txs = r.counter('nrn_txs_total', 'Transactions executed.');
  const rejected = r.counter('nrn_rejected_total', 'Rejections by code.', ['codespace', 'code']);
  const height = r.gauge('nrn_height', 'Last height.\nSecond line with a \\ backslash.');
  const h = r.histogram('nrn_commit_seconds', 'Commit time.', [0.1, 1, 5]);
  txs.inc();
  txs.inc(4);
  rejected.inc({ codespace: 'sdk', code: 5 });
  rejected.inc({ codespace: 'sdk', code: 5 }, 2);
  rejected.inc({ codespace: 'we"ird\\', code: '1\n2' });
  height.set(42);
  for (const v of [0.05, 0.1, 0.5, 3, 7]) h.observe(v);
  assert.equal(r.render(), [
    '# HELP nrn_txs_total Transactions executed.',
    '# TYPE nrn_txs_total counter',
    'nrn_txs_total 5',
    '# HELP nrn_rejected_total Rejections by code.',
    '# TYPE nrn_rejected_total counter',
    'nrn_rejected_total{codespace="sdk",code="5"} 3',
    'nrn_rejected_total{codespace="we\\"ird\\\\",code="1\\n2"} 1',
    '# HELP nrn_height Last height.\\nSecond line with a \\\\ backslash.',
    '# TYPE nrn_height gauge',
    'nrn_height 42',
    '# HELP nrn_commit_seconds Commit time.',
    '# TYPE nrn_commit_seconds histogram',
    'nrn_commit_seconds_bucket{le="0.1"} 2',
    'nrn_commit_seconds_bucket{le="1"} 3',
    'nrn_commit_seconds_bucket{le="5"} 4',
    'nrn_commit_seconds_bucket{le="+Inf"} 5',
    'nrn_commit_seconds_sum 10.65',
    'nrn_commit_seconds_count 5',
    '',
  ].join('\n'));
  const samples = parseSamples(r.render());
  assert.equal(samples.get('nrn_rejected_total{codespace="we\\"ird\\\\",code="1\\n2"}')!.labels.code, '1\n2');
  assert.equal(samples.get('nrn_rejected_total{codespace="we\\"ird\\\\",code="1\\n2"}')!.labels.codespace, 'we"ird\\');
});

test('fresh metrics: unlabelled ones show 0, labelled ones only their header; labelled histograms carry le last', () => {
  const r = new MetricsRegistry();
  r.counter('a_total', 'a');
  r.counter('b_total', 'b', ['code']);
  r.histogram('c_seconds', 'c', [1]);
  const d = r.histogram('d_seconds', 'd', [1, Infinity], ['phase']);
  d.observe({ phase: 'commit' }, 2);
  r.gauge('e', 'e').set(-Infinity);
  assert.equal(r.render(), [
    '# HELP a_total a', '# TYPE a_total counter', 'a_total 0',
    '# HELP b_total b', '# TYPE b_total counter',
    '# HELP c_seconds c', '# TYPE c_seconds histogram',
    'c_seconds_bucket{le="1"} 0', 'c_seconds_bucket{le="+Inf"} 0', 'c_seconds_sum 0', 'c_seconds_count 0',
    '# HELP d_seconds d', '# TYPE d_seconds histogram',
    'd_seconds_bucket{phase="commit",le="1"} 0', 'd_seconds_bucket{phase="commit",le="+Inf"} 1',
    'd_seconds_sum{phase="commit"} 2', 'd_seconds_count{phase="commit"} 1',
    '# HELP e e', '# TYPE e gauge', 'e -Inf', '',
  ].join('\n'));
  assert.equal(new MetricsRegistry().render(), '');
});

test('gauges set and move; counters and gauges report their value', () => {
  const r = new MetricsRegistry();
  const g = r.gauge('peers', 'p', ['dir']);
  g.set({ dir: 'in' }, 3);
  g.inc({ dir: 'in' });
  g.inc({ dir: 'in' }, -2);
  assert.equal(g.get({ dir: 'in' }), 2);
  assert.equal(g.get({ dir: 'out' }), 0);
  const c = r.counter('c_total', 'c');
  c.inc(2.5);
  assert.equal(c.get(), 2.5);
});

test('misuse is refused with the metric name', () => {
  const r = new MetricsRegistry();
  const c = r.counter('x_total', 'x', ['code']);
  assert.throws(() => c.inc({ code: 1 }, -1), /counter x_total can only increase by a finite amount >= 0, got -1/);
  assert.throws(() => c.inc({}), /metric x_total takes labels \{code\}, got \{\}/);
  assert.throws(() => c.inc({ code: 1, extra: 2 }), /takes labels \{code\}, got \{code, extra\}/);
  assert.throws(() => r.counter('x_total', 'again'), /metric x_total is already registered/);
  assert.throws(() => r.counter('bad-name', 'x'), /invalid metric name "bad-name"/);
  assert.throws(() => r.counter('y_total', 'y', ['__reserved']), /invalid label name "__reserved"/);
  assert.throws(() => r.counter('y_total', 'y', ['a', 'a']), /lists label a twice/);
  assert.throws(() => r.histogram('h', 'h', [1], ['le']), /cannot use the label name "le"/);
  assert.throws(() => r.histogram('h', 'h', [1, 1]), /strictly increasing/);
  assert.throws(() => r.histogram('h', 'h', []), /strictly increasing/);
  assert.throws(() => r.gauge('g', 'g', ['a']).set({ a: 1 }), /gauge g\.set needs a number/);
});

test('startTimer observes the elapsed seconds', () => {
  const r = new MetricsRegistry();
  const h = r.histogram('t_seconds', 't', [1000]);
  const seconds = h.startTimer()();
  assert.ok(seconds >= 0 && seconds < 1000);
  const samples = parseSamples(r.render());
  assert.equal(samples.get('t_seconds_count')!.value, 1);
  assert.equal(samples.get('t_seconds_sum')!.value, seconds);
  assert.equal(samples.get('t_seconds_bucket{le="1000"}')!.value, 1);
});

test('appMetrics declares height, txs, CheckTx rejections by code, FinalizeBlock and Commit durations', () => {
  const r = new MetricsRegistry();
  const m = appMetrics(r);
  m.height.set(7);
  m.txs.inc(3);
  m.checkTxRejections.inc({ codespace: 'sdk', code: 13 });
  m.finalizeBlockSeconds.observe(0.002);
  m.commitSeconds.observe(0.02);
  const s = parseSamples(r.render());
  assert.equal(s.get('nrn_block_height')!.value, 7);
  assert.equal(s.get('nrn_txs_total')!.value, 3);
  assert.equal(s.get('nrn_checktx_rejections_total{codespace="sdk",code="13"}')!.value, 1);
  assert.equal(s.get('nrn_finalize_block_duration_seconds_bucket{le="0.0025"}')!.value, 1);
  assert.equal(s.get('nrn_commit_duration_seconds_bucket{le="0.01"}')!.value, 0);
  assert.equal(s.get('nrn_commit_duration_seconds_bucket{le="0.025"}')!.value, 1);
});

test('serveMetrics answers GET /metrics with the registry and refuses other paths and methods', async () => {
  const r = new MetricsRegistry();
  const m = appMetrics(r);
  const server = await serveMetrics(r, 'tcp://127.0.0.1:0');
  try {
    assert.ok(server.port > 0);
    const base = `http://127.0.0.1:${server.port}`;
    m.height.set(12);
    let res = await fetch(`${base}/metrics`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), METRICS_CONTENT_TYPE);
    let samples = parseSamples(await res.text());
    assert.equal(samples.get('nrn_block_height')!.value, 12);
    m.height.set(13);
    m.checkTxRejections.inc({ codespace: 'sdk', code: 5 });
    res = await fetch(`${base}/metrics?x=1`);
    samples = parseSamples(await res.text());
    assert.equal(samples.get('nrn_block_height')!.value, 13);
    assert.equal(samples.get('nrn_checktx_rejections_total{codespace="sdk",code="5"}')!.labels.code, '5');
    res = await fetch(`${base}/`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /metrics are at \/metrics/);
    res = await fetch(`${base}/metrics`, { method: 'POST', body: 'x' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
    await res.text();
  } finally {
    await server.close();
  }
  await assert.rejects(fetch(`http://127.0.0.1:${server.port}/metrics`));
});

test('serveMetrics reports a port in use in operator terms', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    await assert.rejects(serveMetrics(new MetricsRegistry(), `tcp://127.0.0.1:${port}`), {
      message: `metrics listen address tcp://127.0.0.1:${port} is already in use; pick another port with [metrics] laddr in app.toml`,
    });
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

test('listen addresses: tcp://host:port, host:port, :port, [ipv6]:port', () => {
  assert.deepEqual(parseListenAddress('tcp://127.0.0.1:26661'), { host: '127.0.0.1', port: 26661 });
  assert.deepEqual(parseListenAddress('0.0.0.0:9100'), { host: '0.0.0.0', port: 9100 });
  assert.deepEqual(parseListenAddress(':26661'), { host: undefined, port: 26661 });
  assert.deepEqual(parseListenAddress('tcp://[::1]:1'), { host: '::1', port: 1 });
  for (const bad of ['', 'tcp://host', 'http://h:1', 'h:65536', 'unix:///x']) {
    assert.throws(() => parseListenAddress(bad), /is invalid; write it as "tcp:\/\/host:port"/, bad);
  }
});
