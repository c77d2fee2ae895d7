import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, silentLogger } from './log.ts';
import type { LoggerOptions } from './log.ts';

const T = new Date('2026-11-25T02:47:13.123Z');

function capture(options: LoggerOptions) {
  const chunks: string[] = [];
  const log = createLogger({ now: () => T, ...options, stream: { write: (c: string) => chunks.push(c) } });
  return { log, lines: () => chunks.join('').split('\n').slice(0, -1), chunks };
}

test('text format: time, three-letter level, message, line fields then context fields', () => {
  const { log, lines } = capture({ level: 'debug', format: 'text' });
  log.child({ module: 'abci' }).info('msg', { key: 'value' });
  log.debug('d');
  log.warn('w', { n: 1 });
  log.error('e', { err: new Error('boom here') });
  assert.deepEqual(lines(), [
    '2026-11-25T02:47:13.123Z INF msg key=value module=abci',
    '2026-11-25T02:47:13.123Z DBG d',
    '2026-11-25T02:47:13.123Z WRN w n=1',
    '2026-11-25T02:47:13.123Z ERR e err="boom here"',
  ]);
});

test('text format renders bigint, bytes as upper hex, objects as JSON, and quotes what would break parsing', () => {
  const { log, lines } = capture({ format: 'text' });
  log.info('committed block', {
    height: 42n, hash: new Uint8Array([0xab, 0x01]), ok: true, none: null, skipped: undefined,
    empty: '', spaced: 'a b', eq: 'a=b', quote: 'say "hi"', obj: { amount: 5n }, when: new Date(0),
  });
  log.info('two\nlines');
  assert.deepEqual(lines(), [
    '2026-11-25T02:47:13.123Z INF committed block height=42 hash=AB01 ok=true none=null empty="" spaced="a b" eq="a=b" ' +
      'quote="say \\"hi\\"" obj="{\\"amount\\":\\"5\\"}" when=1970-01-01T00:00:00.000Z',
    '2026-11-25T02:47:13.123Z INF two\\nlines',
  ]);
});

test('json format: one object per line, envelope first, fields cannot overwrite it', () => {
  const { log, lines } = capture({ format: 'json' });
  log.child({ module: 'bank' }).warn('insufficient funds', { code: 5, amount: 10n, hash: new Uint8Array([1]), msg: 'shadow' });
  log.error('failed', { err: new Error('x') });
  const [first, second] = lines().map((l) => JSON.parse(l));
  assert.deepEqual(first, {
    time: '2026-11-25T02:47:13.123Z', level: 'warn', msg: 'insufficient funds',
    code: 5, amount: '10', hash: '01', 'field.msg': 'shadow', module: 'bank',
  });
  assert.deepEqual(Object.keys(first).slice(0, 3), ['time', 'level', 'msg']);
  assert.deepEqual(second, { time: '2026-11-25T02:47:13.123Z', level: 'error', msg: 'failed', err: 'x' });
  assert.equal(lines().length, 2);
});

test('level filtering drops lines below the configured level', () => {
  const { log, lines } = capture({ level: 'warn' });
  log.debug('a');
  log.info('b');
  log.warn('c');
  log.error('d');
  assert.deepEqual(lines().map((l) => l.split(' ').slice(1).join(' ')), ['WRN c', 'ERR d']);
  assert.equal(log.enabled('info'), false);
  assert.equal(log.enabled('error'), true);
  const info = capture({});
  info.log.debug('hidden');
  info.log.info('shown');
  assert.deepEqual(info.lines(), ['2026-11-25T02:47:13.123Z INF shown']);
});

test('child contexts stack, the nearer one wins, and the parent is unchanged', () => {
  const { log, lines } = capture({});
  const abci = log.child({ module: 'abci', conn: 'consensus' });
  abci.child({ conn: 'mempool' }).info('x');
  abci.info('y');
  abci.info('w', { conn: 'query', height: 3 });
  log.info('z');
  assert.deepEqual(lines().map((l) => l.slice(25)), [
    'INF x module=abci conn=mempool', 'INF y module=abci conn=consensus', 'INF w conn=query height=3 module=abci', 'INF z',
  ]);
});

test('each event is written in a single write call', () => {
  const { log, chunks } = capture({ format: 'json' });
  log.info('a', { x: 1 });
  log.info('b');
  assert.equal(chunks.length, 2);
  assert.ok(chunks.every((c) => c.endsWith('\n') && c.indexOf('\n') === c.length - 1));
});

test('bad options are refused; the silent logger writes nothing', () => {
  assert.throws(() => createLogger({ level: 'verbose' as never }), /unknown log level "verbose"; use one of: debug, info, warn, error/);
  assert.throws(() => createLogger({ format: 'xml' as never }), /unknown log format "xml"; use one of: text, json/);
  const quiet = silentLogger();
  quiet.child({ module: 'x' }).error('nothing');
  assert.equal(quiet.enabled('error'), false);
});
