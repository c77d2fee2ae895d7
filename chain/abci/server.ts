/**
 * ABCI 2.0 socket server for CometBFT v0.38: the node dials four connections (consensus, mempool, query,
 * snapshot); each runs its requests strictly in order and answers in order, buffered until Flush.
 */
import { rm, lstat } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { BinaryWriter } from 'cosmjs-types/binary';
import {
  Request,
  Response,
  ResponseApplySnapshotChunk,
  ResponseApplySnapshotChunk_Result,
  ResponseCheckTx,
  ResponseCommit,
  ResponseExtendVote,
  ResponseFinalizeBlock,
  ResponseInfo,
  ResponseInitChain,
  ResponseListSnapshots,
  ResponseLoadSnapshotChunk,
  ResponseOfferSnapshot,
  ResponseOfferSnapshot_Result,
  ResponsePrepareProposal,
  ResponseProcessProposal,
  ResponseProcessProposal_ProposalStatus,
  ResponseQuery,
  ResponseVerifyVoteExtension,
  ResponseVerifyVoteExtension_VerifyStatus,
  ExecTxResult,
  CheckTxType,
} from 'cosmjs-types/tendermint/abci/types';
import type {
  RequestApplySnapshotChunk,
  RequestCheckTx,
  RequestCommit,
  RequestExtendVote,
  RequestFinalizeBlock,
  RequestInfo,
  RequestInitChain,
  RequestListSnapshots,
  RequestLoadSnapshotChunk,
  RequestOfferSnapshot,
  RequestPrepareProposal,
  RequestProcessProposal,
  RequestQuery,
  RequestVerifyVoteExtension,
} from 'cosmjs-types/tendermint/abci/types';
import { encodeResponseFast, decodeCheckTxFast } from './fastencode.ts';
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder } from './framing.ts';

export type Awaitable<T> = T | Promise<T>;

/**
 * The application behind the socket, one method per ABCI request (Echo and Flush are answered by the server).
 * A method that throws becomes `Response.exception`, which makes CometBFT stop: throw only on broken invariants.
 */
export interface Application {
  /** Query connection, at startup: last committed height and app hash, so CometBFT can replay blocks. */
  info(request: RequestInfo): Awaitable<ResponseInfo>;
  /** Once, at genesis: empty validators keep genesis.json's set. */
  initChain(request: RequestInitChain): Awaitable<ResponseInitChain>;
  query(request: RequestQuery): Awaitable<ResponseQuery>;
  /** Mempool admission: keep it fast, stateless checks first. */
  checkTx(request: RequestCheckTx): Awaitable<ResponseCheckTx>;
  /** Persist what FinalizeBlock staged. */
  commit(request: RequestCommit): Awaitable<ResponseCommit>;
  listSnapshots(request: RequestListSnapshots): Awaitable<ResponseListSnapshots>;
  offerSnapshot(request: RequestOfferSnapshot): Awaitable<ResponseOfferSnapshot>;
  loadSnapshotChunk(request: RequestLoadSnapshotChunk): Awaitable<ResponseLoadSnapshotChunk>;
  applySnapshotChunk(request: RequestApplySnapshotChunk): Awaitable<ResponseApplySnapshotChunk>;
  /** Returned txs must total at most `maxTxBytes`, or CometBFT panics. */
  prepareProposal(request: RequestPrepareProposal): Awaitable<ResponsePrepareProposal>;
  /** Must answer ACCEPT or REJECT: UNKNOWN makes CometBFT panic. */
  processProposal(request: RequestProcessProposal): Awaitable<ResponseProcessProposal>;
  extendVote(request: RequestExtendVote): Awaitable<ResponseExtendVote>;
  /** Must answer ACCEPT or REJECT: UNKNOWN makes CometBFT panic. */
  verifyVoteExtension(request: RequestVerifyVoteExtension): Awaitable<ResponseVerifyVoteExtension>;
  /** Execute the block: exactly one tx result per tx, and the app hash after it. */
  finalizeBlock(request: RequestFinalizeBlock): Awaitable<ResponseFinalizeBlock>;
  /**
   * Optional hint, called as soon as new CheckTx requests are read off the socket and before any of them is
   * processed: the app may start work that does not depend on order (signature checks). Must not throw.
   */
  precheck?(txs: Uint8Array[]): void;
}

type AppMethod = Exclude<keyof Application, 'precheck'>;

/** Hot requests first: the lookup walks this list. */
const APP_METHODS: readonly AppMethod[] = [
  'checkTx',
  'finalizeBlock',
  'commit',
  'query',
  'prepareProposal',
  'processProposal',
  'extendVote',
  'verifyVoteExtension',
  'info',
  'initChain',
  'listSnapshots',
  'offerSnapshot',
  'loadSnapshotChunk',
  'applySnapshotChunk',
];

/** Answers that keep a chain running with no app logic, like Go's abci/types.BaseApplication; extend and override. */
export class BaseApplication implements Application {
  info(_request: RequestInfo): Awaitable<ResponseInfo> {
    return ResponseInfo.fromPartial({});
  }
  initChain(_request: RequestInitChain): Awaitable<ResponseInitChain> {
    return ResponseInitChain.fromPartial({});
  }
  query(request: RequestQuery): Awaitable<ResponseQuery> {
    return ResponseQuery.fromPartial({ height: request.height });
  }
  checkTx(_request: RequestCheckTx): Awaitable<ResponseCheckTx> {
    return ResponseCheckTx.fromPartial({ code: 0 });
  }
  commit(_request: RequestCommit): Awaitable<ResponseCommit> {
    return ResponseCommit.fromPartial({});
  }
  listSnapshots(_request: RequestListSnapshots): Awaitable<ResponseListSnapshots> {
    return ResponseListSnapshots.fromPartial({});
  }
  offerSnapshot(_request: RequestOfferSnapshot): Awaitable<ResponseOfferSnapshot> {
    return ResponseOfferSnapshot.fromPartial({ result: ResponseOfferSnapshot_Result.REJECT });
  }
  loadSnapshotChunk(_request: RequestLoadSnapshotChunk): Awaitable<ResponseLoadSnapshotChunk> {
    return ResponseLoadSnapshotChunk.fromPartial({});
  }
  applySnapshotChunk(_request: RequestApplySnapshotChunk): Awaitable<ResponseApplySnapshotChunk> {
    return ResponseApplySnapshotChunk.fromPartial({ result: ResponseApplySnapshotChunk_Result.ABORT });
  }
  prepareProposal(request: RequestPrepareProposal): Awaitable<ResponsePrepareProposal> {
    const txs: Uint8Array[] = [];
    let total = 0n;
    for (const tx of request.txs) {
      total += BigInt(tx.length);
      if (total > request.maxTxBytes) break;
      txs.push(tx);
    }
    return { txs };
  }
  processProposal(_request: RequestProcessProposal): Awaitable<ResponseProcessProposal> {
    return { status: ResponseProcessProposal_ProposalStatus.ACCEPT };
  }
  extendVote(_request: RequestExtendVote): Awaitable<ResponseExtendVote> {
    return { voteExtension: new Uint8Array() };
  }
  verifyVoteExtension(_request: RequestVerifyVoteExtension): Awaitable<ResponseVerifyVoteExtension> {
    return { status: ResponseVerifyVoteExtension_VerifyStatus.ACCEPT };
  }
  finalizeBlock(request: RequestFinalizeBlock): Awaitable<ResponseFinalizeBlock> {
    return ResponseFinalizeBlock.fromPartial({
      txResults: request.txs.map(() => ExecTxResult.fromPartial({ code: 0 })),
    });
  }
}

export const defaultApplication: Application = new BaseApplication();

/** A full Application from the methods given, the rest from {@link BaseApplication}; methods keep `app` as `this`. */
export function withDefaults(app: Partial<Application>): Application {
  const full: Record<string, unknown> = {};
  for (const method of APP_METHODS) {
    const own = app[method] as ((request: never) => unknown) | undefined;
    const base = defaultApplication[method] as (request: never) => unknown;
    full[method] = own === undefined ? base.bind(defaultApplication) : own.bind(app);
  }
  if (app.precheck) full.precheck = app.precheck.bind(app);
  return full as unknown as Application;
}

export type LogFn = (message: string, ...details: unknown[]) => void;
/** `console` fits. */
export interface AbciLogger {
  info: LogFn;
  error: LogFn;
  debug: LogFn;
}

export interface AbciServerOptions {
  /** Defaults to errors on console.error, info and debug silent. */
  logger?: AbciLogger;
  /**
   * One queue for all four connections (default true): handlers that await (LevelDB) would otherwise interleave,
   * e.g. a CheckTx reading state halfway through Commit; CometBFT's Go server holds one app mutex for the same reason.
   */
  serialize?: boolean;
  /** Frames above this are refused and the connection dropped (default 64 MiB). */
  maxFrameBytes?: number;
  /** Buffered responses are written once they reach this size even without a Flush (default 256 KiB). */
  flushThresholdBytes?: number;
}

const noop: LogFn = () => {};
const DEFAULT_LOGGER: AbciLogger = { info: noop, debug: noop, error: (...args) => console.error(...args) };
const DEFAULT_FLUSH_THRESHOLD_BYTES = 256 * 1024;

/** FIFO lock that is taken synchronously when free, so the common uncontended case costs no promise. */
class TurnLock {
  #held = false;
  #waiters: Array<() => void> = [];

  acquire(): Promise<void> | undefined {
    if (!this.#held) {
      this.#held = true;
      return undefined;
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    const next = this.#waiters.shift();
    if (next === undefined) this.#held = false;
    else next();
  }
}

interface ConnectionContext {
  readonly app: Application;
  readonly logger: AbciLogger;
  readonly lock: TurnLock | null;
  readonly maxFrameBytes: number;
  readonly flushThresholdBytes: number;
}

function requestMethod(request: Request): AppMethod | undefined {
  for (const method of APP_METHODS) if (request[method] !== undefined) return method;
  return undefined;
}

function isPromise<T>(value: Awaitable<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** One socket from CometBFT: requests in order, responses in the same order. */
class AbciConnection {
  readonly #socket: Socket;
  readonly #context: ConnectionContext;
  readonly #decoder: FrameDecoder;
  #queue: Request[] = [];
  #queueHead = 0;
  #draining = false;
  #out: BinaryWriter = BinaryWriter.create();
  #awaitingDrain = false;

  constructor(socket: Socket, context: ConnectionContext) {
    this.#socket = socket;
    this.#context = context;
    this.#decoder = new FrameDecoder({ maxFrameBytes: context.maxFrameBytes });
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (err) => context.logger.debug(`abci: connection error: ${err.message}`));
  }

  destroy(): void {
    this.#socket.destroy();
  }

  #onData(chunk: Buffer): void {
    let frames: Uint8Array[];
    try {
      frames = this.#decoder.push(chunk);
    } catch (err) {
      this.#context.logger.error(`abci: dropping connection: ${errorMessage(err)}`);
      this.#socket.destroy();
      return;
    }
    if (frames.length === 0) return;
    let requests: Request[];
    try {
      requests = frames.map((frame) => decodeCheckTxFast(frame) ?? Request.decode(frame));
    } catch (err) {
      this.#context.logger.error(`abci: connection failed: ${errorMessage(err)}`);
      this.#socket.destroy();
      return;
    }
    this.#hintCheckTxs(requests);
    if (this.#queueHead === this.#queue.length) {
      this.#queue = requests;
      this.#queueHead = 0;
    } else {
      for (const request of requests) this.#queue.push(request);
    }
    if (!this.#draining) {
      this.#drain().catch((err: unknown) => {
        this.#context.logger.error(`abci: connection failed: ${errorMessage(err)}`);
        this.#socket.destroy();
      });
    }
  }

  /** New (not re-) CheckTx txs in this read, handed to the app's precheck hint. */
  #hintCheckTxs(requests: Request[]): void {
    const precheck = this.#context.app.precheck;
    if (precheck === undefined) return;
    const txs: Uint8Array[] = [];
    for (const r of requests) if (r.checkTx !== undefined && r.checkTx.type !== CheckTxType.RECHECK) txs.push(r.checkTx.tx);
    if (txs.length === 0) return;
    try {
      precheck.call(this.#context.app, txs);
    } catch (err) {
      this.#context.logger.error(`abci: precheck hint failed: ${errorMessage(err)}`, err);
    }
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queueHead < this.#queue.length && !this.#socket.destroyed) {
        const request = this.#queue[this.#queueHead++]!;
        if (request.flush !== undefined) {
          this.#buffer({ flush: {} });
          this.#flush();
          continue;
        }
        if (request.echo !== undefined) {
          this.#buffer({ echo: { message: request.echo.message } });
          continue;
        }
        const method = requestMethod(request);
        if (method === undefined) {
          this.#buffer({ exception: { error: 'abci: unknown request type' } });
          continue;
        }
        const lock = this.#context.lock;
        if (lock !== null) {
          const turn = lock.acquire();
          if (turn !== undefined) await turn;
        }
        let response: Response;
        try {
          let result = this.#invoke(method, request);
          if (isPromise(result)) result = await result;
          response = { [method]: result };
        } catch (err) {
          this.#context.logger.error(`abci: ${method} failed: ${errorMessage(err)}`, err);
          response = { exception: { error: `${method}: ${errorMessage(err)}` } };
        } finally {
          lock?.release();
        }
        this.#buffer(response);
      }
    } finally {
      this.#draining = false;
    }
  }

  #invoke(method: AppMethod, request: Request): Awaitable<unknown> {
    const handler = this.#context.app[method] as (this: Application, request: unknown) => Awaitable<unknown>;
    return handler.call(this.#context.app, request[method]);
  }

  #buffer(response: Response): void {
    try {
      const fast = encodeResponseFast(response);
      // bytes() writes the same varint length prefix that fork()/ldelim() would.
      if (fast !== undefined) this.#out.bytes(fast);
      else Response.encode(response, this.#out.fork()).ldelim();
    } catch (err) {
      this.#out.reset(); // drop the half-written fork
      const kind = Object.keys(response)[0] ?? 'response';
      this.#context.logger.error(`abci: cannot encode ${kind}: ${errorMessage(err)}`, err);
      Response.encode({ exception: { error: `${kind}: malformed response: ${errorMessage(err)}` } }, this.#out.fork()).ldelim();
    }
    if (this.#out.len >= this.#context.flushThresholdBytes) this.#flush();
  }

  #flush(): void {
    if (this.#out.len === 0 || this.#socket.destroyed) return;
    const bytes = this.#out.finish();
    this.#out = BinaryWriter.create();
    if (!this.#socket.write(bytes) && !this.#awaitingDrain) {
      // CometBFT is not reading: stop taking requests until it catches up.
      this.#awaitingDrain = true;
      this.#socket.pause();
      this.#socket.once('drain', () => {
        this.#awaitingDrain = false;
        this.#socket.resume();
      });
    }
  }
}

interface ListenTarget {
  path?: string;
  host?: string;
  port?: number;
}

function parseAddress(addr: string): ListenTarget {
  if (addr.startsWith('unix://')) {
    const path = addr.slice('unix://'.length);
    if (path === '') throw new Error(`abci: no socket path in ${addr}`);
    return { path };
  }
  const tcp = /^tcp:\/\/(\[[^\]]+\]|[^:/]+):(\d+)$/.exec(addr);
  if (tcp === null) throw new Error(`abci: address must be tcp://host:port or unix:///path, got ${addr}`);
  const port = Number(tcp[2]);
  if (port > 65535) throw new Error(`abci: port out of range in ${addr}`);
  return { host: tcp[1]!.replace(/^\[|\]$/g, ''), port };
}

/** Removes a socket file left by a process that died without closing; refuses to remove anything else. */
async function removeStaleSocket(path: string): Promise<void> {
  const stat = await lstat(path).catch(() => undefined);
  if (stat === undefined) return;
  if (!stat.isSocket()) throw new Error(`abci: ${path} exists and is not a socket`);
  await rm(path);
}

/**
 * @example
 * const server = new AbciServer(withDefaults({ info: () => ({ ...myInfo }) }), { logger: console });
 * await server.listen('tcp://127.0.0.1:26658'); // then: cometbft start --proxy_app tcp://127.0.0.1:26658
 * await server.close();
 */
export class AbciServer {
  readonly #context: ConnectionContext;
  readonly #connections = new Set<AbciConnection>();
  #server: Server | null = null;
  #address: string | null = null;

  constructor(app: Application, options: AbciServerOptions = {}) {
    this.#context = {
      app,
      logger: options.logger ?? DEFAULT_LOGGER,
      lock: options.serialize === false ? null : new TurnLock(),
      maxFrameBytes: options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
      flushThresholdBytes: options.flushThresholdBytes ?? DEFAULT_FLUSH_THRESHOLD_BYTES,
    };
  }

  /** The bound address (with the real port when listening on port 0); null before listen. */
  get address(): string | null {
    return this.#address;
  }

  /** Starts accepting CometBFT's connections; resolves with the bound address. */
  async listen(addr: string): Promise<string> {
    if (this.#server !== null) throw new Error('abci: already listening');
    const target = parseAddress(addr);
    if (target.path !== undefined) await removeStaleSocket(target.path);
    const server = createServer((socket) => this.#accept(socket));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      const ready = (): void => {
        server.off('error', reject);
        resolve();
      };
      if (target.path !== undefined) server.listen(target.path, ready);
      else server.listen(target.port, target.host, ready);
    }).catch((err: unknown) => {
      this.#server = null;
      throw err;
    });
    server.on('error', (err) => this.#context.logger.error(`abci: server error: ${err.message}`));
    const bound = server.address();
    this.#address =
      typeof bound === 'string' || bound === null
        ? `unix://${target.path}`
        : `tcp://${formatHost(bound)}:${bound.port}`;
    this.#context.logger.info(`abci: listening on ${this.#address}`);
    return this.#address;
  }

  /** Stops listening and drops CometBFT's connections. */
  async close(): Promise<void> {
    const server = this.#server;
    if (server === null) return;
    this.#server = null;
    for (const connection of this.#connections) connection.destroy();
    this.#connections.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.#context.logger.info(`abci: closed ${this.#address}`);
  }

  #accept(socket: Socket): void {
    const connection = new AbciConnection(socket, this.#context);
    this.#connections.add(connection);
    this.#context.logger.info(`abci: connection opened (${this.#connections.size} open)`);
    socket.once('close', () => {
      this.#connections.delete(connection);
      this.#context.logger.info(`abci: connection closed (${this.#connections.size} open)`);
    });
  }
}

function formatHost(bound: AddressInfo): string {
  return bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
}
