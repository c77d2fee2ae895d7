// The NRN application as CometBFT sees it: one object answering every ABCI 2.0 request.
// CheckTx runs against a check state that advances with each accepted tx and is reset at Commit;
// FinalizeBlock runs a block on a branch of state and stages it; Commit writes it atomically.
import type * as abci from 'cosmjs-types/tendermint/abci/types';
import {
  ResponseOfferSnapshot_Result, ResponseApplySnapshotChunk_Result, CheckTxType,
} from 'cosmjs-types/tendermint/abci/types';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { createHash } from 'node:crypto';
import { AppStore } from './store/store.ts';
import { CacheKV, GasKV, GasMeter } from './store/kv.ts';
import type { KV } from './store/kv.ts';
import { EventSink } from './events.ts';
import type { AppEvent } from './events.ts';
import { event } from './events.ts';
import { AppError, sdk, toAppError } from './errors.ts';
import type { AnteHandler, BlockInfo, Context, Module, MsgHandler, QueryHandler } from './module.ts';
import { decodeTx } from './tx/decode.ts';
import { parseMinGasPrice } from './config.ts';
import type { GasPrice } from './config.ts';
import { SignatureCache } from './tx/sigcache.ts';
import { SignatureVerifierPool } from './tx/sigpool.ts';
import { encodeTxMsgData } from './tx/wire.ts';
import type { SignatureBatch, SignatureCheck } from './tx/sigpool.ts';
import { signDocDigest } from './tx/signdoc.ts';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { availableParallelism } from 'node:os';
import { assertAddress } from './address.ts';
import { fromTimestamp } from './time.ts';
import { BaseApplication } from './abci/server.ts';
import type { SnapshotManager } from './snapshot.ts';

export const APP_VERSION = 1n;
export const SOFTWARE_VERSION = '0.1.0';
const CHAIN_ID_KEY = 'app/chain_id';
const MAX_SIMULATE_GAS = 100_000_000;
const enc = new TextEncoder();
const dec = new TextDecoder();

export interface AppOptions {
  minimumGasPrices?: string;
  maxTxBytes?: number;
  logger?: { info(msg: string, f?: object): void; error(msg: string, f?: object): void; debug(msg: string, f?: object): void };
  /** Called after each block with figures for metrics. */
  onBlock?(info: { height: number; txs: number; finalizeMs: number }): void;
  onCommit?(info: { height: number; commitMs: number }): void;
  onCheckTx?(info: { code: number; codespace: string }): void;
  /** State-sync snapshots: made every `interval` heights after Commit and served to joining nodes. */
  snapshots?: SnapshotManager;
  /** Worker threads that verify CheckTx signatures ahead of in-order processing (default: spare cores, at most 2; 0 = none). */
  signatureWorkers?: number;
}

export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  gasWanted: bigint;
  gasUsed: bigint;
  events: AppEvent[];
  data: Uint8Array;
}

interface PreparedTx {
  tx: ReturnType<typeof decodeTx>;
  msgs: { route: { module: string; handler: MsgHandler }; msg: unknown; checked: unknown; typeUrl: string }[];
  signer: string;
}
const PREPARED_CACHE_SIZE = 50_000;

/** Genesis app_state: one entry per module, keyed by module name. */
export type AppGenesis = Record<string, unknown>;

/** Every module's default genesis, keyed by module name: the app_state `nrnd init` writes. */
export function defaultAppGenesis(modules: Module[]): AppGenesis {
  return Object.fromEntries(modules.map((m) => [m.name, m.genesis.default()]));
}

/** What an application is made of: its modules (in hook order) and the ante handler every tx passes first. */
export interface AppModules {
  modules: Module[];
  ante: AnteHandler;
}

/**
 * The application over `store` with these modules; the core knows none of them.
 * @example const app = createApp({ store, ...nrnModules(), minimumGasPrices: '0.025unrn' });
 */
export function createApp(o: { store: AppStore } & AppModules & AppOptions): NrnApp {
  const { store, modules, ante, ...opts } = o;
  return new NrnApp(store, { modules, ante }, opts);
}

/** CometBFT's proposal and vote-extension calls keep BaseApplication's defaults: take the mempool's order, accept, no extensions. */
export class NrnApp extends BaseApplication {
  readonly store: AppStore;
  readonly modules: Module[];
  readonly ante: AnteHandler;
  readonly sigCache = new SignatureCache();
  #router = new Map<string, { module: string; handler: MsgHandler }>();
  #queries = new Map<string, QueryHandler>();
  #checkState: CacheKV;
  #minGasPrice: GasPrice;
  #maxTxBytes: number;
  #chainId: string;
  #opts: AppOptions;
  #lastBlockTimeMs = 0;
  #prepared = new Map<string, PreparedTx>();
  #prechecked = new WeakMap<Uint8Array, string>();
  #sigPool: SignatureVerifierPool | null | undefined;
  /** Prechecked txs whose verdict is still in a worker batch, by tx hash. */
  #pendingSigs = new Map<string, { batch: SignatureBatch; index: number; binding: string }>();

  constructor(store: AppStore, composition: AppModules, opts: AppOptions = {}) {
    super();
    this.store = store;
    this.#opts = opts;
    this.#minGasPrice = parseMinGasPrice(opts.minimumGasPrices ?? '0.025unrn', 'minimumGasPrices', 'the app options');
    this.#maxTxBytes = opts.maxTxBytes ?? 1_048_576;
    this.ante = composition.ante;
    this.modules = composition.modules;
    for (const m of this.modules) {
      for (const h of m.msgs) this.#router.set(h.typeUrl, { module: m.name, handler: h });
      for (const q of m.queries) this.#queries.set(q.path, q);
    }
    this.#checkState = new CacheKV(store.committed);
    const chainId = store.committed.get(CHAIN_ID_KEY);
    this.#chainId = chainId ? dec.decode(chainId) : '';
  }

  get chainId() { return this.#chainId; }

  // ---- Info / InitChain ---------------------------------------------------------------------------

  /** Reports the last committed height and app hash; CometBFT replays any blocks after it. */
  info(_req: abci.RequestInfo): abci.ResponseInfo {
    return {
      data: 'nrn',
      version: SOFTWARE_VERSION,
      appVersion: APP_VERSION,
      lastBlockHeight: BigInt(this.store.height),
      lastBlockAppHash: this.store.height > 0 ? this.store.appHash : new Uint8Array(0),
    };
  }

  /** Loads genesis into state (staged, committed with the first block) and returns its app hash. */
  async initChain(req: abci.RequestInitChain): Promise<abci.ResponseInitChain> {
    this.store.discardPending();
    const genesis: AppGenesis = req.appStateBytes.length ? JSON.parse(dec.decode(req.appStateBytes)) : {};
    for (const name of Object.keys(genesis)) {
      if (!this.modules.some((m) => m.name === name)) throw new Error(`genesis app_state has unknown module "${name}"`);
    }
    const kv = new CacheKV(this.store.latest);
    const block: BlockInfo = { height: 0, timeMs: fromTimestamp(req.time), chainId: req.chainId };
    const ctx = this.#context(kv, new GasMeter(Number.MAX_SAFE_INTEGER), 'deliver', block);
    const validators: abci.ValidatorUpdate[] = [];
    for (const m of this.modules) {
      const g = (genesis[m.name] ?? m.genesis.default()) as never;
      m.genesis.validate(g);
      const v = await m.genesis.init(ctx, g);
      if (v) validators.push(...v);
    }
    kv.set(CHAIN_ID_KEY, enc.encode(req.chainId));
    this.#chainId = req.chainId;
    const appHash = this.store.finalize(Number(req.initialHeight) - 1, kv.writes);
    this.opts.logger?.info('genesis loaded', { chainId: req.chainId, appHash: hex(appHash) });
    // Empty validators keep genesis.json's set; a staking module returns its bonded set instead.
    return { validators, appHash };
  }

  // ---- Mempool ------------------------------------------------------------------------------------

  /**
   * A hint from the ABCI server that these CheckTx txs are queued: their signatures are verified on worker threads
   * against the signer's current account number and public key, and the verdicts land in the signature cache.
   * the ante handler uses a verdict only when the binding it sees is the same, so this changes timing, never results.
   */
  precheck(txs: Uint8Array[]): void {
    const pool = this.#verifierPool();
    if (!pool) return;
    const checks: SignatureCheck[] = [];
    const meta: { hash: string; binding: string }[] = [];
    for (const bytes of txs) {
      if (bytes.length > this.#maxTxBytes) continue;
      const hash = createHash('sha256').update(bytes).digest('hex');
      // CheckTx reads the hash back for these very bytes instead of hashing them again.
      this.#prechecked.set(bytes, hash);
      if (this.#pendingSigs.has(hash) || this.sigCache.has(hash)) continue;
      // A hint only: anything odd (malformed tx, unknown signer, state mid-Commit) leaves the tx to CheckTx as usual.
      try {
        const { tx, signer } = this.#prepare(hash, bytes);
        const signature = tx.raw.signatures[0];
        if (tx.signMode !== SignMode.SIGN_MODE_DIRECT || signature?.length !== 64) continue;
        const key = this.ante.signingKey(this.#checkState, signer, tx.pubkey ?? undefined);
        if (!key || key.pubkey.length !== 33) continue;
        const { accountNumber, pubkey } = key;
        checks.push({ signature, pubkey, digest: signDocDigest(tx.raw.bodyBytes, tx.raw.authInfoBytes, this.#chainId, accountNumber) });
        meta.push({ hash, binding: SignatureCache.binding(accountNumber, pubkey) });
      } catch {
        continue;
      }
    }
    if (!checks.length) return;
    const batch = pool.submit(checks);
    for (const [index, m] of meta.entries()) {
      if (this.#pendingSigs.size >= PREPARED_CACHE_SIZE) this.#pendingSigs.delete(this.#pendingSigs.keys().next().value!);
      this.#pendingSigs.set(m.hash, { batch, index, binding: m.binding });
    }
  }

  /** Moves a worker's verdict for a prechecked tx into the signature cache (or leaves the tx to the ante handler to verify). */
  #collectPrecheck(txBytes: Uint8Array) {
    // Identity lookup only: an entry records what was verified for the bytes hashed at precheck, which stays true.
    const hash = this.#prechecked.get(txBytes);
    const pending = hash === undefined ? undefined : this.#pendingSigs.get(hash);
    if (!pending) return;
    this.#pendingSigs.delete(hash!);
    if (pending.batch.take(pending.index) === true) this.sigCache.remember(hash!, pending.binding);
  }

  #verifierPool(): SignatureVerifierPool | null {
    if (this.#sigPool === undefined) {
      const n = this.#opts.signatureWorkers ?? Math.min(2, availableParallelism() - 1);
      try {
        this.#sigPool = n > 0 ? new SignatureVerifierPool(n) : null;
      } catch (e) {
        this.#opts.logger?.error('signature workers unavailable; CheckTx verifies on the main thread', { error: String(e) });
        this.#sigPool = null;
      }
    }
    return this.#sigPool?.usable ? this.#sigPool : null;
  }

  /** Stops the signature workers, if any were started. */
  async close() {
    await this.#sigPool?.close();
    this.#sigPool = null;
  }

  async checkTx(req: abci.RequestCheckTx): Promise<abci.ResponseCheckTx> {
    const recheck = req.type === CheckTxType.RECHECK;
    if (this.#pendingSigs.size && !recheck) this.#collectPrecheck(req.tx);
    // runTx writes into the check state only when the tx passes, so it needs no branch of its own here.
    const out = await this.runTx('check', req.tx, this.#checkState, { height: this.store.height + 1, timeMs: this.#lastBlockTimeMs, chainId: this.#chainId }, recheck, this.#prechecked.get(req.tx));
    this.#opts.onCheckTx?.({ code: out.code, codespace: out.codespace });
    return { code: out.code, data: new Uint8Array(0), log: out.log, info: '', gasWanted: out.gasWanted, gasUsed: out.gasUsed, events: [], codespace: out.codespace };
  }

  // ---- Block --------------------------------------------------------------------------------------

  async finalizeBlock(req: abci.RequestFinalizeBlock): Promise<abci.ResponseFinalizeBlock> {
    const started = performance.now();
    const height = Number(req.height);
    const block: BlockInfo = { height, timeMs: fromTimestamp(req.time), chainId: this.#chainId, hash: req.hash };
    const blockKV = new CacheKV(this.store.latest);
    const sink = new EventSink();
    const hookCtx = this.#context(blockKV, new GasMeter(Number.MAX_SAFE_INTEGER), 'deliver', block, sink);
    const evidence = { misbehavior: req.misbehavior, decidedLastCommit: req.decidedLastCommit, proposerAddress: req.proposerAddress };
    for (const m of this.modules) if (m.beginBlock) await m.beginBlock(hookCtx, evidence);
    const txResults: abci.ExecTxResult[] = [];
    for (const tx of req.txs) {
      const out = await this.runTx('deliver', tx, blockKV, block, false);
      txResults.push({ code: out.code, data: out.data, log: out.log, info: '', gasWanted: out.gasWanted, gasUsed: out.gasUsed, events: out.events, codespace: out.codespace });
    }
    const validatorUpdates: abci.ValidatorUpdate[] = [];
    for (const m of this.modules) {
      if (!m.endBlock) continue;
      const v = await m.endBlock(hookCtx);
      if (v) validatorUpdates.push(...v);
    }
    const appHash = this.store.finalize(height, blockKV.writes);
    this.#lastBlockTimeMs = block.timeMs;
    this.#opts.onBlock?.({ height, txs: req.txs.length, finalizeMs: performance.now() - started });
    return { events: sink.events, txResults, validatorUpdates, appHash };
  }

  async commit(_req: abci.RequestCommit): Promise<abci.ResponseCommit> {
    const started = performance.now();
    await this.store.commit();
    this.#checkState = new CacheKV(this.store.committed);
    this.#opts.onCommit?.({ height: this.store.height, commitMs: performance.now() - started });
    // A snapshot that cannot be written is this node's loss only; consensus goes on.
    try { await this.#opts.snapshots?.afterCommit(this.store); } catch (e) { this.#opts.logger?.error('state-sync snapshot failed', { height: this.store.height, error: String(e) }); }
    return { retainHeight: 0n };
  }

  // ---- Snapshots (state sync, chain/snapshot.ts) -------------------------------------------------

  async listSnapshots(_req: abci.RequestListSnapshots): Promise<abci.ResponseListSnapshots> {
    return { snapshots: (await this.#opts.snapshots?.list()) ?? [] };
  }
  offerSnapshot(req: abci.RequestOfferSnapshot): abci.ResponseOfferSnapshot {
    if (!this.#opts.snapshots) return { result: ResponseOfferSnapshot_Result.REJECT };
    return this.#opts.snapshots.offer(req, this.store);
  }
  async loadSnapshotChunk(req: abci.RequestLoadSnapshotChunk): Promise<abci.ResponseLoadSnapshotChunk> {
    return { chunk: (await this.#opts.snapshots?.loadChunk(req)) ?? new Uint8Array(0) };
  }
  async applySnapshotChunk(req: abci.RequestApplySnapshotChunk): Promise<abci.ResponseApplySnapshotChunk> {
    if (!this.#opts.snapshots) return { result: ResponseApplySnapshotChunk_Result.ABORT, refetchChunks: [], rejectSenders: [] };
    const res = await this.#opts.snapshots.applyChunk(req, this.store);
    // A restored store carries the chain id and is the new base for CheckTx.
    const chainId = this.store.committed.get(CHAIN_ID_KEY);
    if (chainId) this.#chainId = dec.decode(chainId);
    this.#checkState = new CacheKV(this.store.committed);
    return res;
  }

  // ---- Query --------------------------------------------------------------------------------------

  async query(req: abci.RequestQuery): Promise<abci.ResponseQuery> {
    const height = req.height > 0n ? Number(req.height) : this.store.height;
    const base = { index: 0n, key: new Uint8Array(0), info: '', proofOps: undefined, height: BigInt(height) };
    try {
      if (req.path === '/cosmos.tx.v1beta1.Service/Simulate') {
        return { ...base, code: 0, codespace: '', log: '', value: await this.#simulate(req.data) };
      }
      if (req.path === '/store' || req.path === '/store/key') {
        const key = dec.decode(req.data);
        const r = this.store.query(key, height, req.prove);
        return {
          ...base, code: 0, codespace: '', log: '', key: req.data, value: r.value ?? new Uint8Array(0),
          proofOps: r.proof ? { ops: [{ type: 'nrn:hashtrie', key: req.data, data: encodeProof(r.proof) }] } : undefined,
        };
      }
      const handler = this.#queries.get(req.path);
      if (!handler) throw sdk.unknownRequest.wrap(`unknown query path ${req.path}`);
      if (height > this.store.height) throw sdk.invalidRequest.wrap(`height ${height} is not committed yet (latest is ${this.store.height})`);
      const value = await handler.handle({ kv: this.store.readerAt(height), height }, req.data);
      return { ...base, code: 0, codespace: '', log: '', value };
    } catch (e) {
      const err = e instanceof AppError ? e : e instanceof Error && !(e instanceof TypeError) ? new AppError('sdk', 18, e.message) : toAppError(e);
      return { ...base, code: err.code, codespace: err.codespace, log: err.message, value: new Uint8Array(0) };
    }
  }

  async #simulate(data: Uint8Array): Promise<Uint8Array> {
    const { txBytes } = SimulateRequest.decode(data);
    if (!txBytes.length) throw sdk.invalidRequest.wrap('simulate needs tx_bytes (the deprecated tx field is not supported)');
    const branch = this.#checkState.branch();
    const out = await this.runTx('simulate', txBytes, branch, { height: this.store.height + 1, timeMs: this.#lastBlockTimeMs, chainId: this.#chainId }, false);
    if (out.code !== 0) throw new AppError(out.codespace, out.code, out.log);
    return SimulateResponse.encode({
      gasInfo: { gasWanted: out.gasWanted, gasUsed: out.gasUsed },
      result: { data: out.data, log: '', events: out.events, msgResponses: TxMsgData.decode(out.data).msgResponses },
    }).finish();
  }

  // ---- Transactions -------------------------------------------------------------------------------

  /**
   * Runs one tx against `base`. In a block the ante handler's writes (fee, sequence) stay even when a
   * message fails; in CheckTx and simulation nothing is kept unless everything passes.
   */
  async runTx(mode: Context['mode'], txBytes: Uint8Array, base: CacheKV, block: BlockInfo, recheck: boolean, knownHash?: string): Promise<TxOutcome> {
    let meter = new GasMeter(0);
    let gasWanted = 0n;
    const sink = new EventSink(mode !== 'check');
    try {
      if (txBytes.length > this.#maxTxBytes) throw sdk.txTooLarge.wrap(`tx is ${txBytes.length} bytes, the maximum is ${this.#maxTxBytes}`);
      const txHash = knownHash ?? createHash('sha256').update(txBytes).digest('hex');
      const { tx, msgs, signer } = this.#prepare(txHash, txBytes);
      gasWanted = tx.authInfo.fee?.gasLimit ?? 0n;
      if (mode !== 'simulate' && gasWanted > BigInt(Number.MAX_SAFE_INTEGER)) throw sdk.invalidGasLimit.wrap(`gas limit ${gasWanted} is too large`);
      meter = new GasMeter(mode === 'simulate' ? MAX_SIMULATE_GAS : Number(gasWanted));

      const ante = base.branch();
      const anteCtx = this.#context(ante, meter, mode, block, sink);
      // Only a new tx in CheckTx is held to the minimum gas price, so only there is it asked whether it is exempt
      // (the exemption's reads cost gas, which blocks and simulations must not pay for nothing).
      const feeless = mode === 'check' && !recheck && msgs.every(({ route, msg }) => route.handler.feeless?.(anteCtx, msg) === true);
      this.ante.run(anteCtx, { sigCache: this.sigCache, minGasPrice: this.#minGasPrice, chainId: this.#chainId }, { tx, txHash, signer, recheck, feeless });
      if (mode === 'deliver') ante.writeTo(base);
      if (recheck) {
        // Recheck only asks whether the tx can still pay and sequence (as the SDK's recheck runs the ante handler only).
        ante.writeTo(base);
        return { code: 0, codespace: '', log: '', gasWanted, gasUsed: BigInt(meter.used), events: [], data: new Uint8Array(0) };
      }

      const run = mode === 'deliver' ? base.branch() : ante;
      const msgSink = new EventSink(mode !== 'check');
      const responses = [];
      // A failing message throws past here: its events stay in msgSink, which is dropped with it.
      for (const [i, { route, msg, checked, typeUrl }] of msgs.entries()) {
        if (msgSink.keep) msgSink.emit(event('message', { action: typeUrl, sender: signer, module: route.module, msg_index: String(i) }));
        responses.push(await route.handler.execute(this.#context(run, meter, mode, block, msgSink), msg, checked));
      }
      if (mode === 'deliver') run.writeTo(base);
      else ante.writeTo(base);
      return {
        code: 0, codespace: '', log: '', gasWanted, gasUsed: BigInt(meter.used),
        events: [...sink.events, ...msgSink.events],
        // CheckTx answers carry no data.
        data: mode === 'check' ? new Uint8Array(0) : encodeTxMsgData(responses),
      };
    } catch (e) {
      const err = toAppError(e);
      if (err.codespace === 'undefined') this.#opts.logger?.error('tx failed with an internal error', { error: String((e as Error)?.stack ?? e) });
      return { code: err.code, codespace: err.codespace, log: err.message, gasWanted, gasUsed: BigInt(meter.used), events: sink.events, data: new Uint8Array(0) };
    }
  }

  /**
   * The stateless part of a tx (decode, message routing and ValidateBasic, signer), done once per tx bytes
   * and reused by CheckTx, recheck and FinalizeBlock: none of it depends on state.
   */
  #prepare(txHash: string, txBytes: Uint8Array): PreparedTx {
    const cached = this.#prepared.get(txHash);
    if (cached) return cached;
    const tx = decodeTx(txBytes);
    const msgs = tx.body.messages.map((any, i) => {
      const route = this.#router.get(any.typeUrl);
      if (!route) throw sdk.unknownRequest.wrap(`message ${i} has unknown type ${any.typeUrl || '(empty)'}`);
      let msg: unknown;
      try {
        msg = route.handler.codec.decode(any.value);
      } catch (e) {
        throw sdk.txDecode.wrap(`message ${i} (${any.typeUrl}) is malformed: ${(e as Error).message}`);
      }
      const checked = route.handler.validate(msg);
      return { route, msg, checked, typeUrl: any.typeUrl };
    });
    const signers = new Set(msgs.flatMap(({ route, msg }) => route.handler.signers(msg)));
    if (signers.size !== 1) throw sdk.invalidSigner.wrap(`all messages must have the same single signer, got ${[...signers].join(', ')}`);
    const signer = [...signers][0]!;
    assertAddress(signer, 'signer');
    const prepared = { tx, msgs, signer };
    if (this.#prepared.size >= PREPARED_CACHE_SIZE) this.#prepared.delete(this.#prepared.keys().next().value!);
    this.#prepared.set(txHash, prepared);
    return prepared;
  }

  #context(kv: KV, gas: GasMeter, mode: Context['mode'], block: BlockInfo, events = new EventSink()): Context {
    return { kv: new GasKV(kv, gas), gas, events, block, mode };
  }

  get opts() { return this.#opts; }
}

function hex(b: Uint8Array) {
  return Buffer.from(b).toString('hex').toUpperCase();
}

/** Proof steps, each length-prefixed (uint32 BE), for ProofOp.data. */
export function encodeProof(steps: Uint8Array[]): Uint8Array {
  const total = steps.reduce((n, s) => n + 4 + s.length, 0);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  let o = 0;
  for (const s of steps) { dv.setUint32(o, s.length); out.set(s, o + 4); o += 4 + s.length; }
  return out;
}

export function decodeProof(data: Uint8Array): Uint8Array[] {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const steps: Uint8Array[] = [];
  for (let o = 0; o < data.length;) { const n = dv.getUint32(o); steps.push(data.slice(o + 4, o + 4 + n)); o += 4 + n; }
  return steps;
}
