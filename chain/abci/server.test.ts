import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { lstat, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import type { ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import { FrameDecoder, encodeFrame } from './framing.ts';
import { putVarint as writeUvarint } from '../tx/wire.ts';
import { AbciServer, BaseApplication, defaultApplication, withDefaults } from './server.ts';
import type { AbciLogger, Application } from './server.ts';

const COMETBFT = new URL('../../.tools/bin/cometbft', import.meta.url).pathname;

/** A raw ABCI client: writes request frames, hands back decoded responses in arrival order. */
class TestClient {
  readonly socket: Socket;
  readonly #decoder = new FrameDecoder();
  readonly #arrived: Response[] = [];
  readonly #waiters: Array<(response: Response) => void> = [];
  bytesReceived = 0;

  constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.bytesReceived += chunk.length;
      for (const frame of this.#decoder.push(chunk)) {
        const response = Response.decode(frame);
        const waiter = this.#waiters.shift();
        if (waiter) waiter(response);
        else this.#arrived.push(response);
      }
    });
  }

  static async open(address: string): Promise<TestClient> {
    const socket = address.startsWith('unix://')
      ? connect(address.slice('unix://'.length))
      : connect(Number(new URL(address).port), '127.0.0.1');
    await once(socket, 'connect');
    return new TestClient(socket);
  }

  send(...requests: Request[]): void {
    this.socket.write(Buffer.concat(requests.map((r) => encodeFrame(Request.encode(Request.fromPartial(r)).finish()))));
  }

  next(): Promise<Response> {
    const ready = this.#arrived.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  async take(count: number): Promise<Response[]> {
    const responses: Response[] = [];
    for (let i = 0; i < count; i++) responses.push(await this.next());
    return responses;
  }

  close(): void {
    this.socket.destroy();
  }
}

function recordingLogger(): AbciLogger & { errors: string[]; infos: string[] } {
  const errors: string[] = [];
  const infos: string[] = [];
  return { errors, infos, info: (m) => infos.push(m), error: (m) => errors.push(m), debug: () => {} };
}

/** A promise plus the function that settles it, for handlers the test holds open. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const tx = (text: string): Uint8Array => new TextEncoder().encode(text);
const checkTx = (text: string): Request => Request.fromPartial({ checkTx: { tx: tx(text) } });
const flush: Request = { flush: {} };

describe('AbciServer (in-process client)', () => {
  const servers: AbciServer[] = [];
  const clients: TestClient[] = [];
  after(async () => {
    for (const client of clients) client.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  async function start(app: Application, options: ConstructorParameters<typeof AbciServer>[1] = {}): Promise<AbciServer> {
    const server = new AbciServer(app, { logger: recordingLogger(), ...options });
    servers.push(server);
    await server.listen('tcp://127.0.0.1:0');
    return server;
  }

  async function client(server: AbciServer): Promise<TestClient> {
    const c = await TestClient.open(server.address!);
    clients.push(c);
    return c;
  }

  test('answers echo and flush, writing nothing before the flush', async () => {
    const handled = gate();
    const app = withDefaults({
      checkTx(request) {
        handled.open();
        return defaultApplication.checkTx(request);
      },
    });
    const server = await start(app);
    assert.match(server.address!, /^tcp:\/\/127\.0\.0\.1:\d+$/);
    const c = await client(server);
    c.send({ echo: { message: 'ping' } }, checkTx('a'));
    await handled.promise;
    // A round trip on a second connection gives any early write time to reach the first client.
    const probe = await client(server);
    probe.send({ echo: { message: 'probe' } }, flush);
    await probe.take(2);
    assert.equal(c.bytesReceived, 0, 'responses stay buffered until Flush');
    c.send(flush);
    const [echo, check, flushed] = await c.take(3);
    assert.deepEqual(echo!.echo, { message: 'ping' });
    assert.equal(check!.checkTx!.code, 0);
    assert.deepEqual(flushed!.flush, {});
  });

  test('responses come back in request order even when handlers finish out of order', async () => {
    const app = withDefaults({
      async checkTx(request) {
        const n = Number(new TextDecoder().decode(request.tx));
        // Later requests resolve sooner when handlers run concurrently; the server must not let them.
        for (let i = 0; i < 20 - n; i++) await Promise.resolve();
        return { ...(await defaultApplication.checkTx(request)), data: request.tx };
      },
    });
    const server = await start(app, { serialize: false });
    const c = await client(server);
    const requests = Array.from({ length: 20 }, (_, i) => checkTx(String(i)));
    c.send(...requests, flush);
    const responses = await c.take(21);
    assert.deepEqual(
      responses.slice(0, 20).map((r) => new TextDecoder().decode(r.checkTx!.data)),
      requests.map((_, i) => String(i)),
    );
    assert.ok(responses[20]!.flush);
  });

  test('a handler that throws becomes Response.exception and is logged', async () => {
    const logger = recordingLogger();
    const app = withDefaults({
      query() {
        throw new Error('store is gone');
      },
    });
    const server = await start(app, { logger });
    const c = await client(server);
    c.send({ query: { path: '/x', data: new Uint8Array(), height: 0n, prove: false } }, flush);
    const [failed] = await c.take(2);
    assert.match(failed!.exception!.error, /store is gone/);
    assert.ok(logger.errors.some((m) => m.includes('store is gone')));
  });

  test('serialize (default) keeps CheckTx out of an unfinished Commit on another connection', async () => {
    const commitHeld = gate();
    const commitEntered = gate();
    let committing = false;
    let checkTxSawCommitting: boolean | undefined;
    const app = withDefaults({
      async commit() {
        committing = true;
        commitEntered.open();
        await commitHeld.promise;
        committing = false;
        return { retainHeight: 0n };
      },
      checkTx(request) {
        checkTxSawCommitting = committing;
        return defaultApplication.checkTx(request);
      },
    });
    const server = await start(app);
    const consensus = await client(server);
    const mempool = await client(server);
    consensus.send({ commit: {} }, flush);
    await commitEntered.promise;
    mempool.send(checkTx('a'), flush);
    // Were CheckTx not queued behind Commit it would run now, while Commit is held open.
    const probe = await client(server);
    probe.send({ echo: { message: 'probe' } }, flush);
    await probe.take(2);
    assert.equal(checkTxSawCommitting, undefined);
    commitHeld.open();
    await consensus.take(2);
    const [check] = await mempool.take(2);
    assert.equal(check!.checkTx!.code, 0);
    assert.equal(checkTxSawCommitting, false);
  });

  test('serialize: false lets connections interleave', async () => {
    const commitHeld = gate();
    const commitEntered = gate();
    const checkTxEntered = gate();
    let committing = false;
    let checkTxSawCommitting: boolean | undefined;
    const app = withDefaults({
      async commit() {
        committing = true;
        commitEntered.open();
        await commitHeld.promise;
        committing = false;
        return { retainHeight: 0n };
      },
      checkTx(request): ResponseCheckTx | Promise<ResponseCheckTx> {
        checkTxSawCommitting = committing;
        checkTxEntered.open();
        return defaultApplication.checkTx(request);
      },
    });
    const server = await start(app, { serialize: false });
    const consensus = await client(server);
    const mempool = await client(server);
    consensus.send({ commit: {} }, flush);
    await commitEntered.promise;
    mempool.send(checkTx('a'), flush);
    await checkTxEntered.promise;
    assert.equal(checkTxSawCommitting, true);
    await mempool.take(2);
    commitHeld.open();
    await consensus.take(2);
  });

  test('large response batches are written without waiting for Flush', async () => {
    const big = new Uint8Array(64 * 1024);
    const app = withDefaults({ checkTx: () => ({ ...ResponseCheckTxOk(), data: big }) });
    const server = await start(app, { flushThresholdBytes: 100 * 1024 });
    const c = await client(server);
    c.send(checkTx('1'), checkTx('2'));
    const [first, second] = await c.take(2);
    assert.equal(first!.checkTx!.data.length, big.length);
    assert.equal(second!.checkTx!.data.length, big.length);
  });

  test('an oversized frame drops the connection', async () => {
    const logger = recordingLogger();
    const server = await start(defaultApplication, { logger, maxFrameBytes: 1024 });
    const c = await client(server);
    const prefix = new Uint8Array(10);
    c.socket.write(prefix.subarray(0, writeUvarint(prefix, 0, 4096)));
    await once(c.socket, 'close');
    assert.ok(logger.errors.some((m) => m.includes('limit')));
  });

  test('listens on a unix socket and replaces a stale one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'abci-unix-'));
    try {
      const path = join(dir, 'app.sock');
      const first = new AbciServer(defaultApplication, { logger: recordingLogger() });
      // A process killed while listening leaves its socket file behind (a clean close would unlink it).
      const crashed = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`]);
      await once(crashed, 'exit');
      assert.ok((await lstat(path)).isSocket());
      await writeFile(join(dir, 'plain'), 'not a socket');
      await assert.rejects(first.listen(`unix://${join(dir, 'plain')}`), /not a socket/);
      assert.equal(await first.listen(`unix://${path}`), `unix://${path}`);
      servers.push(first);
      const c = await TestClient.open(`unix://${path}`);
      clients.push(c);
      c.send({ echo: { message: 'over unix' } }, flush);
      assert.deepEqual((await c.next()).echo, { message: 'over unix' });
      await first.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('rejects addresses it cannot listen on', async () => {
    const server = new AbciServer(defaultApplication);
    await assert.rejects(server.listen('http://127.0.0.1:1'), /tcp:\/\/host:port or unix/);
    await assert.rejects(server.listen('127.0.0.1:26658'), /tcp:\/\/host:port or unix/);
  });

  test('default answers never say UNKNOWN where CometBFT panics', async () => {
    const app = new BaseApplication();
    assert.equal((await app.processProposal(Request.fromPartial({ processProposal: {} }).processProposal!)).status, 1);
    assert.equal((await app.verifyVoteExtension(Request.fromPartial({ verifyVoteExtension: {} }).verifyVoteExtension!)).status, 1);
    const prepared = await app.prepareProposal(
      Request.fromPartial({ prepareProposal: { maxTxBytes: 5n, txs: [tx('abc'), tx('de'), tx('f')] } }).prepareProposal!,
    );
    assert.deepEqual(prepared.txs, [tx('abc'), tx('de')]);
    const finalized = await app.finalizeBlock(Request.fromPartial({ finalizeBlock: { txs: [tx('a'), tx('b')] } }).finalizeBlock!);
    assert.deepEqual(finalized.txResults.map((r) => r.code), [0, 0]);
  });
});

function ResponseCheckTxOk(): ResponseCheckTx {
  return { code: 0, data: new Uint8Array(), log: '', info: '', gasWanted: 0n, gasUsed: 0n, events: [], codespace: '' };
}

/** The kvstore of CometBFT's examples, in memory: txs are `key=value`, the app hash counts applied txs. */
class KvStore extends BaseApplication {
  committed = new Map<string, string>();
  staged = new Map<string, string>();
  height = 0n;
  txCount = 0n;
  appHash = new Uint8Array(8);

  override info() {
    return { data: 'kvstore', version: '1', appVersion: 1n, lastBlockHeight: this.height, lastBlockAppHash: this.appHash };
  }

  override checkTx(request: { tx: Uint8Array }) {
    const ok = new TextDecoder().decode(request.tx).includes('=');
    return { ...ResponseCheckTxOk(), code: ok ? 0 : 1, log: ok ? '' : 'tx must be key=value' };
  }

  override async finalizeBlock(request: { txs: Uint8Array[]; height: bigint }) {
    this.staged = new Map(this.committed);
    const txResults = request.txs.map((raw) => {
      const [key, value] = new TextDecoder().decode(raw).split('=', 2) as [string, string];
      this.staged.set(key, value);
      this.txCount++;
      return { ...ResponseCheckTxOk(), events: [{ type: 'kv', attributes: [{ key: 'key', value: key, index: true }] }] };
    });
    const hash = new Uint8Array(8);
    new DataView(hash.buffer).setBigUint64(0, this.txCount);
    this.appHash = hash;
    this.height = request.height;
    await Promise.resolve(); // as a LevelDB-backed app would
    return { events: [], txResults, validatorUpdates: [], appHash: hash };
  }

  override commit() {
    this.committed = this.staged;
    return { retainHeight: 0n };
  }

  override query(request: { data: Uint8Array }) {
    const key = new TextDecoder().decode(request.data);
    const value = this.committed.get(key);
    return {
      code: value === undefined ? 1 : 0,
      log: value === undefined ? 'does not exist' : 'exists',
      info: '',
      index: 0n,
      key: request.data,
      value: tx(value ?? ''),
      height: this.height,
      codespace: '',
    };
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('AbciServer with a real CometBFT v0.38 node', () => {
  let node: ChildProcess | undefined;
  let home: string | undefined;
  let abci: AbciServer | undefined;
  let nodeOutput = '';

  after(async () => {
    if (node && node.exitCode === null && node.signalCode === null) {
      const exited = once(node, 'exit');
      node.kill('SIGKILL');
      await exited;
    }
    await abci?.close();
    if (home) await rm(home, { recursive: true, force: true });
  });

  async function rpc<T>(port: number, path: string): Promise<T> {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    const body = (await res.json()) as { result?: T; error?: unknown };
    if (body.result === undefined) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
    return body.result;
  }

  /** Polls until `probe` returns a value; the node offers no push channel over plain HTTP. */
  async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (node?.exitCode !== null && node?.exitCode !== undefined) throw new Error(`cometbft exited:\n${nodeOutput}`);
      const value = await probe().catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${nodeOutput.slice(-4000)}`);
      await delay(50);
    }
  }

  test('commits blocks, lands a tx and answers a query', async () => {
    const logger = recordingLogger();
    abci = new AbciServer(new KvStore(), { logger });
    const abciAddress = await abci.listen('tcp://127.0.0.1:0');
    home = await mkdtemp(join(tmpdir(), 'abci-cometbft-'));
    const init = spawn(COMETBFT, ['init', '--home', home], { stdio: 'ignore' });
    const [initCode] = (await once(init, 'exit')) as [number];
    assert.equal(initCode, 0);
    const configPath = join(home, 'config', 'config.toml');
    const config = (await readFile(configPath, 'utf8'))
      .replace(/^timeout_commit = .*$/m, 'timeout_commit = "200ms"')
      .replace(/^create_empty_blocks = .*$/m, 'create_empty_blocks = true');
    assert.match(config, /timeout_commit = "200ms"/);
    await writeFile(configPath, config);

    const rpcPort = await freePort();
    const p2pPort = await freePort();
    node = spawn(
      COMETBFT,
      [
        'start',
        '--home', home,
        '--proxy_app', abciAddress,
        '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`,
        '--p2p.laddr', `tcp://127.0.0.1:${p2pPort}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    node.stdout!.on('data', (b: Buffer) => (nodeOutput += b.toString()));
    node.stderr!.on('data', (b: Buffer) => (nodeOutput += b.toString()));

    type Status = { sync_info: { latest_block_height: string; latest_app_hash: string } };
    await until('block 2', async () => {
      const status = await rpc<Status>(rpcPort, '/status');
      return Number(status.sync_info.latest_block_height) >= 2 ? status : undefined;
    });
    assert.equal(logger.infos.filter((m) => m.startsWith('abci: connection opened')).length, 4);

    type Committed = { check_tx: { code: number }; tx_result: { code: number }; height: string };
    const hex = Buffer.from('greeting=hello').toString('hex');
    const committed = await rpc<Committed>(rpcPort, `/broadcast_tx_commit?tx=0x${hex}`);
    assert.equal(committed.check_tx.code, 0);
    assert.equal(committed.tx_result.code, 0);
    const txHeight = Number(committed.height);
    assert.ok(txHeight > 0);

    // The app hash of block h is reported in block h+1's header.
    const status = await until('the block after the tx', async () => {
      const s = await rpc<Status>(rpcPort, '/status');
      return Number(s.sync_info.latest_block_height) > txHeight ? s : undefined;
    });
    assert.equal(status.sync_info.latest_app_hash, '0000000000000001');

    const rejected = await rpc<{ code: number; log: string }>(rpcPort, `/broadcast_tx_sync?tx=0x${Buffer.from('no-equals').toString('hex')}`);
    assert.equal(rejected.code, 1);

    type Query = { response: { code: number; value: string; height: string } };
    const key = Buffer.from('greeting').toString('hex');
    const query = await rpc<Query>(rpcPort, `/abci_query?data=0x${key}`);
    assert.equal(query.response.code, 0);
    assert.equal(Buffer.from(query.response.value, 'base64').toString(), 'hello');
    assert.ok(Number(query.response.height) >= txHeight);

    const info = await rpc<{ response: { data: string; last_block_height: string } }>(rpcPort, '/abci_info');
    assert.equal(info.response.data, 'kvstore');
    assert.ok(Number(info.response.last_block_height) > txHeight);

    const exited = once(node, 'exit');
    node.kill('SIGTERM');
    await exited;
    assert.deepEqual(logger.errors, []);
  });
});
