// The bridge on the real 4-validator localnet and a real Hardhat node: NRNBridge deployed for the chain's first
// signer set with all four keys, one Orchestrator per validator and a Relayer in-process, and a watcher that checks
// the escrow invariant at every committed height.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { QueryClient } from '@cosmjs/stargate';
import type { SigningStargateClient, StdFee } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { JsonRpcProvider, Wallet, id as keccakId } from 'ethers';
import type { Contract, EventLog } from 'ethers';
import { createLocalnet } from '../scripts/localnet.ts';
import type { Localnet } from '../scripts/localnet.ts';
import { blockResults, broadcastTxSync, latestHeight, rpcCall, waitForHeight, waitForTx } from '../scripts/rpc.ts';
import { txHashHex } from '../scripts/dev-accounts.ts';
import { freeBasePort } from './netcheck.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import type { OperatorKeyFile } from '../cli/nrnd/home.ts';
import { moduleAddress } from '../chain/address.ts';
import { connectSigner } from '../client/connect.ts';
import { bridgeQueries } from '../client/bridge/queries.ts';
import type { BridgeQueries, BridgeParams, Valset } from '../client/bridge/queries.ts';
import { bridgeMsgTypes } from '../client/bridge/types.ts';
import { ethKeyProof } from '../client/bridge/registerEthKey.ts';
import { startHardhatNode } from '../contracts/devchain.ts';
import type { HardhatNode } from '../contracts/devchain.ts';
import { bridgeAt, deployBridge, tokenAt } from '../contracts/deploy.ts';
import { loadArtifact } from '../contracts/compile.ts';
import type { BridgeDeployment } from '../contracts/deploy.ts';
import type { BridgeDomain } from '../contracts/hash.ts';
import { Orchestrator, ethValsetOf } from '../bridge/orchestrator.ts';
import type { OrchestratorConfig, TickReport } from '../bridge/orchestrator.ts';
import { Relayer } from '../bridge/relayer.ts';
import type { RelayReport, RelayerConfig } from '../bridge/relayer.ts';
import { nrn } from '../proto/gen/nrn.js';
import { keys as bridgeKeys } from '../modules/bridge/state.ts';

const pb = nrn.bridge.v1;
export type Attestation = InstanceType<typeof pb.Attestation>;

/** How often each orchestrator and the relayer make a pass (their daemons' poll interval, as `run` would). */
const TICK_MS = 400;
/** Generous: other heavy tests share these 2 cores. */
export const WAIT_MS = 120_000;
/** A bonded validator's bridge duties are feeless: no fee, just a gas limit. */
export const FEELESS: StdFee = { amount: [], gas: '400000' };
const LOG_LINES = 300;

const pause = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const t = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
});

/** A daemon's pass loop: runs `tick` every TICK_MS until stopped, keeping each pass's report or error. */
export class Ticker<R> {
  readonly name: string;
  readonly reports: R[] = [];
  readonly errors: string[] = [];
  #started = 0;
  #finished = 0;
  #abort: AbortController | undefined;
  #loop: Promise<void> | undefined;
  readonly #waiters = new Set<{ target: number; resolve: () => void }>();

  constructor(name: string) {
    this.name = name;
  }

  get running(): boolean {
    return this.#loop !== undefined;
  }

  start(tick: () => Promise<R>) {
    if (this.#loop) throw new Error(`${this.name} is already running`);
    const abort = (this.#abort = new AbortController());
    this.#loop = (async () => {
      while (!abort.signal.aborted) {
        this.#started++;
        try {
          this.reports.push(await tick());
        } catch (e) {
          this.errors.push(`${this.name}: ${(e as Error).message}`);
        }
        this.#finished++;
        for (const w of this.#waiters) if (this.#finished >= w.target) { this.#waiters.delete(w); w.resolve(); }
        await pause(TICK_MS, abort.signal);
      }
    })();
  }

  /** Stops after the pass in progress, if any, has finished. */
  async stop() {
    this.#abort?.abort();
    await this.#loop;
    this.#loop = undefined;
  }

  /** Resolves once a pass that began after this call has finished. */
  freshPass(timeoutMs = WAIT_MS): Promise<void> {
    const target = this.#started + 1;
    if (this.#finished >= target) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => { this.#waiters.delete(w); reject(new Error(`${this.name} made no pass within ${timeoutMs} ms`)); }, timeoutMs);
      const w = { target, resolve: () => { clearTimeout(t); resolve(); } };
      this.#waiters.add(w);
    });
  }
}

/** A bridge process the test takes down (stop) and brings back from its state file (start), ticking meanwhile. */
class BridgeProcess<I extends { tick(): Promise<R>; close(): void }, R> {
  readonly ticker: Ticker<R>;
  readonly #create: () => Promise<I>;
  #instance: I | undefined;

  constructor(name: string, create: () => Promise<I>) {
    this.ticker = new Ticker<R>(name);
    this.#create = create;
  }

  async start() {
    const instance = await this.#create();
    this.#instance = instance;
    this.ticker.start(() => instance.tick());
  }

  async stop() {
    await this.ticker.stop();
    this.#instance?.close();
    this.#instance = undefined;
  }
}

/** One validator's orchestrator. */
export class OrchestratorProcess extends BridgeProcess<Orchestrator, TickReport> {
  readonly index: number;
  readonly cfg: OrchestratorConfig;
  constructor(index: number, cfg: OrchestratorConfig) {
    super(`orchestrator ${index}`, () => Orchestrator.create(cfg));
    this.index = index;
    this.cfg = cfg;
  }
}

export class RelayerProcess extends BridgeProcess<Relayer, RelayReport> {
  readonly cfg: RelayerConfig;
  constructor(cfg: RelayerConfig) {
    super('relayer', () => Relayer.create(cfg));
    this.cfg = cfg;
  }
}

/** The chain's bridge state at one committed height. */
export interface ChainBridgeState {
  height: number;
  /** unrn held by the bridge module account. */
  escrowed: bigint;
  /** amount + bridge fee of every unbatched transfer (the pool). */
  pool: bigint;
  /** amount + bridge fee of every transfer in a batch the chain has not seen executed. */
  batched: bigint;
  /** Pending batches with the operators that confirmed each. */
  batches: { nonce: number; confirmedBy: string[] }[];
  lastObservedNonce: number;
  /** The module's own Escrow query, when the height was still the latest as it was asked (listing queries serve only that). */
  escrowQuery?: { escrowed: bigint; outgoingInFlight: bigint };
}

interface AbciAnswer { code: number; log: string; value: Uint8Array }

/** Several abci_query calls at one height in one JSON-RPC batch request. */
async function abciAt(rpc: string, height: number, calls: { path: string; data: Uint8Array }[]): Promise<AbciAnswer[]> {
  if (calls.length === 0) return [];
  const body = JSON.stringify(calls.map((c, id) => ({
    jsonrpc: '2.0', id, method: 'abci_query', params: { path: c.path, data: Buffer.from(c.data).toString('hex'), height: String(height), prove: false },
  })));
  let replies: { id: number; result?: { response: { code?: number; log?: string; value?: string | null } }; error?: { message: string; data?: string } }[];
  for (let attempt = 0; ; attempt++) {
    try {
      replies = await (await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
      break;
    } catch (e) {
      // A kept-alive connection the node closed just as it was reused: safe to send again.
      if (attempt >= 2) throw e;
    }
  }
  return [...replies].sort((a, b) => a.id - b.id).map((r) => {
    if (r.error) throw new Error(`abci_query: ${r.error.message} ${r.error.data ?? ''}`);
    const res = r.result!.response;
    return { code: res.code ?? 0, log: res.log ?? '', value: res.value ? Buffer.from(res.value, 'base64') : new Uint8Array(0) };
  });
}

const storeKey = (key: string) => ({ path: '/store/key', data: new TextEncoder().encode(key) });
const valueOf = (a: AbciAnswer, what: string) => {
  if (a.code !== 0) throw new Error(`${what}: code ${a.code}: ${a.log}`);
  return a.value;
};
const numberOf = (a: AbciAnswer, what: string) => Number(new TextDecoder().decode(valueOf(a, what)) || '0');

/**
 * Past heights answer only point reads (listing queries are served at the latest height only), so the pool and the
 * pending batches are read key by key: every transfer id and batch nonce the chain has issued by that height.
 */
export async function chainBridgeStateAt(rpc: string, height: number, validators: string[]): Promise<ChainBridgeState> {
  const [balance, nextTransfer, nextBatch, observed, escrow] = await abciAt(rpc, height, [
    { path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: moduleAddress('bridge'), denom: 'unrn' }).finish() },
    storeKey(bridgeKeys.nextTransferId), storeKey(bridgeKeys.nextBatchNonce), storeKey(bridgeKeys.lastObservedNonce),
    { path: '/nrn.bridge.v1.Query/Escrow', data: new Uint8Array(0) },
  ]);
  const ids = Array.from({ length: numberOf(nextTransfer!, 'next transfer id') }, (_, i) => i + 1);
  const nonces = Array.from({ length: numberOf(nextBatch!, 'next batch nonce') }, (_, i) => i + 1);
  const items = await abciAt(rpc, height, [...ids.map((id) => storeKey(bridgeKeys.pool(id))), ...nonces.map((n) => storeKey(bridgeKeys.batch(n)))]);
  const total = (ts: { amount?: string | null; bridge_fee?: string | null }[]) => ts.reduce((s, t) => s + BigInt(t.amount!) + BigInt(t.bridge_fee!), 0n);
  const pool = items.slice(0, ids.length).map((a) => valueOf(a, 'pool')).filter((v) => v.length).map((v) => pb.OutgoingTransfer.decode(v));
  const batches = items.slice(ids.length).map((a) => valueOf(a, 'batch')).filter((v) => v.length).map((v) => pb.OutgoingBatch.decode(v));
  const confirms = await abciAt(rpc, height, batches.flatMap((b) => validators.map((v) => storeKey(bridgeKeys.batchConfirm(Number(b.nonce), v)))));
  let e: InstanceType<typeof pb.QueryEscrowResponse> | undefined;
  if (escrow!.code === 0) e = pb.QueryEscrowResponse.decode(escrow!.value);
  else if (!/latest height only/.test(escrow!.log)) throw new Error(`Escrow query: ${escrow!.log}`);
  return {
    height,
    escrowed: BigInt(QueryBalanceResponse.decode(valueOf(balance!, 'bridge balance')).balance?.amount ?? '0'),
    pool: total(pool),
    batched: batches.reduce((s, b) => s + total(b.transfers ?? []), 0n),
    batches: batches.map((b, i) => ({
      nonce: Number(b.nonce),
      confirmedBy: validators.filter((_, j) => valueOf(confirms[i * validators.length + j]!, 'batch confirm').length > 0).sort(),
    })),
    lastObservedNonce: numberOf(observed!, 'last observed nonce'),
    escrowQuery: e && { escrowed: BigInt(e.escrowed), outgoingInFlight: BigInt(e.outgoing_in_flight) },
  };
}

/** One height's check: the chain at `height`, Ethereum at `ethBlock` (its latest block when the check ran). */
export interface EscrowCheck extends ChainBridgeState {
  ethBlock: number;
  wnrnSupply: bigint;
  /** amount + fees of batches NRNBridge executed (by ethBlock) whose BatchExecutedEvent the chain had not observed at `height`. */
  executedUnobserved: bigint;
  /** wNRN burnt by sendToChain (by ethBlock) whose deposit the chain had not observed (paid) at `height`. */
  depositsUnobserved: bigint;
}

interface EthSupplyEvent { eventNonce: number; minted: bigint; burnt: bigint }

/**
 * Checks after every block: escrowed unrn = wNRN supply + outgoing in flight − executed-but-unobserved + burnt-but-unobserved,
 * where "outgoing in flight" is the pool plus every batch pending on chain at that height (created, not yet seen executed),
 * and the two corrections are NRNBridge events newer than the chain's last observed event nonce at that height: a batch
 * already minted on Ethereum is still pending on chain until its BatchExecutedEvent is attested, and a deposit already
 * burnt on Ethereum is still in escrow until its claim is attested. Ethereum is read after the chain height committed,
 * so every event the chain observed is in the Ethereum state read.
 */
export class EscrowWatcher {
  readonly checks: EscrowCheck[] = [];
  readonly violations: string[] = [];
  readonly #rpc: string;
  readonly #provider: JsonRpcProvider;
  readonly #bridge: Contract;
  readonly #token: Contract;
  readonly #validators: string[];
  /** Heights at which the module's Escrow query could be compared too. */
  escrowQueryChecks = 0;
  #events: EthSupplyEvent[] = [];
  #scannedTo: number;
  #next = 0;
  #abort = new AbortController();
  #loop: Promise<void> | undefined;

  constructor(rpc: string, provider: JsonRpcProvider, d: BridgeDeployment, validators: string[]) {
    this.#rpc = rpc;
    this.#provider = provider;
    this.#bridge = bridgeAt(d.bridgeAddress, provider);
    this.#token = tokenAt(d.tokenAddress, provider);
    this.#scannedTo = d.deployBlock - 1;
    this.#validators = validators;
  }

  get firstHeight(): number {
    return this.checks[0]?.height ?? 0;
  }

  get lastChecked(): number {
    return this.#next - 1;
  }

  start(fromHeight: number) {
    this.#next = fromHeight;
    this.#loop = (async () => {
      while (!this.#abort.signal.aborted) {
        try {
          const latest = await latestHeight(this.#rpc);
          // CometBFT can list a height before the app committed it: that height is checked on the next poll.
          while (this.#next < latest && !this.#abort.signal.aborted) await this.#check(this.#next++);
        } catch (e) {
          if (!/not committed yet/.test((e as Error).message)) this.violations.push(`watcher failed at height ${this.#next}: ${(e as Error).message}`);
        }
        await pause(100, this.#abort.signal);
      }
    })();
  }

  async #ethEventsTo(block: number): Promise<EthSupplyEvent[]> {
    if (block > this.#scannedTo) {
      const from = this.#scannedTo + 1;
      const batches = await this.#bridge.queryFilter(this.#bridge.filters.BatchExecutedEvent!(), from, block) as EventLog[];
      const deposits = await this.#bridge.queryFilter(this.#bridge.filters.SendToChainEvent!(), from, block) as EventLog[];
      this.#events.push(
        ...batches.map((l) => ({ eventNonce: Number(l.args.eventNonce), minted: BigInt(l.args.totalAmount) + BigInt(l.args.totalFees), burnt: 0n })),
        ...deposits.map((l) => ({ eventNonce: Number(l.args.eventNonce), minted: 0n, burnt: BigInt(l.args.amount) })),
      );
      this.#scannedTo = block;
    }
    return this.#events;
  }

  async #check(height: number) {
    const chain = await chainBridgeStateAt(this.#rpc, height, this.#validators);
    const ethBlock = await this.#provider.getBlockNumber();
    const wnrnSupply = BigInt(await this.#token.getFunction('totalSupply')({ blockTag: ethBlock }));
    const unobserved = (await this.#ethEventsTo(ethBlock)).filter((e) => e.eventNonce > chain.lastObservedNonce);
    const executedUnobserved = unobserved.reduce((s, e) => s + e.minted, 0n);
    const depositsUnobserved = unobserved.reduce((s, e) => s + e.burnt, 0n);
    const check: EscrowCheck = { ...chain, ethBlock, wnrnSupply, executedUnobserved, depositsUnobserved };
    this.checks.push(check);
    const expected = wnrnSupply + chain.pool + chain.batched - executedUnobserved + depositsUnobserved;
    if (chain.escrowed !== expected) {
      this.violations.push(`height ${height} / Ethereum block ${ethBlock}: escrowed ${chain.escrowed} ≠ wNRN supply ${wnrnSupply} + pool ${chain.pool} + batched ${chain.batched} − executed on Ethereum, unobserved ${executedUnobserved} + burnt on Ethereum, unobserved ${depositsUnobserved} (= ${expected})`);
    }
    if (!chain.escrowQuery) return;
    this.escrowQueryChecks++;
    if (chain.escrowQuery.escrowed !== chain.escrowed || chain.escrowQuery.outgoingInFlight !== chain.pool + chain.batched) {
      this.violations.push(`height ${height}: Escrow query says ${chain.escrowQuery.escrowed} escrowed, ${chain.escrowQuery.outgoingInFlight} in flight; bank and pool+batches say ${chain.escrowed}, ${chain.pool + chain.batched}`);
    }
  }

  /** Resolves once every height up to `h` was checked. */
  async through(h: number, timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.lastChecked < h) {
      if (Date.now() > deadline) throw new Error(`escrow watcher checked only up to height ${this.lastChecked}, not ${h}, within ${timeoutMs} ms`);
      await pause(100);
    }
  }

  async stop() {
    this.#abort.abort();
    await this.#loop;
  }
}

export interface TxOutcome {
  /** Where the verdict came from: CheckTx (never reached a block) or the block. */
  stage: 'check' | 'block';
  code: number;
  codespace: string;
  log: string;
  height?: number;
}

export interface BridgeNet {
  net: Localnet;
  hardhat: HardhatNode;
  provider: JsonRpcProvider;
  rpcs: string[];
  operators: OperatorKeyFile[];
  /** Orchestrator Ethereum keys, by validator index. */
  ethKeys: string[];
  /** Validator index by operator account. */
  indexOf: Map<string, number>;
  params: BridgeParams;
  domain: BridgeDomain;
  /** The signer set NRNBridge was deployed for. */
  firstValset: Valset;
  deployment: BridgeDeployment;
  /** Hardhat account #0 deployed, #1 relays; the rest are free for users. */
  deployer: Wallet;
  relayerAccount: Wallet;
  q: BridgeQueries;
  orchestrators: OrchestratorProcess[];
  relayer: RelayerProcess;
  watcher: EscrowWatcher;
  /** The last lines the orchestrators and the relayer logged, for failure messages. */
  logTail(): string;
  /** Polls `probe` until it returns something other than undefined/false; on timeout throws with `what` and the daemons' log. */
  until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs?: number): Promise<T>;
  /** Every daemon error so far (a pass that threw). */
  daemonErrors(): string[];
  /** The attestations (one per distinct claim) for an event nonce. */
  attestations(eventNonce: number): Promise<Attestation[]>;
  /** Signs `msgs` with validator i's operator key (feeless) and broadcasts them through its own node: CheckTx's or the block's verdict. */
  submitAs(i: number, msgs: EncodeObject[]): Promise<TxOutcome>;
  close(): Promise<void>;
}

/** Each operator signs its own MsgRegisterEthKey; all four are broadcast together so one block binds them and one valset follows. */
async function registerEthKeys(net: Localnet, operators: OperatorKeyFile[], ethKeys: string[]) {
  const signed = await Promise.all(operators.map(async (op, i) => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(op.mnemonic, { prefix: 'nrn' });
    const client = await connectSigner(net.nodes[i]!.rpc, wallet);
    try {
      const { accountNumber, sequence } = await client.getSequence(op.address);
      const proof = await ethKeyProof(ethKeys[i]!, op.address);
      const msg = { typeUrl: bridgeMsgTypes.registerEthKey, value: { validator: op.address, eth_address: proof.ethAddress, signature: proof.signature } };
      return TxRaw.encode(await client.sign(op.address, [msg], FEELESS, '', { accountNumber, sequence, chainId: net.chainId })).finish();
    } finally {
      client.disconnect();
    }
  }));
  const results = await Promise.all(signed.map((tx) => broadcastTxSync(net.nodes[0]!.rpc, tx)));
  for (const r of results) if (r.code !== 0) throw new Error(`MsgRegisterEthKey refused by CheckTx: ${r.codespace}/${r.code} ${r.log}`);
  for (const tx of signed) {
    const res = await waitForTx(net.nodes[0]!.rpc, txHashHex(tx), WAIT_MS);
    if (res.tx_result.code !== 0) throw new Error(`MsgRegisterEthKey failed: ${res.tx_result.log}`);
  }
}

/**
 * Every tx that failed in a block (none should: orchestrators claim in order from the nonce pinned when they
 * registered, attestations are applied at end block so a claim's gas is what simulation saw) and any confirm or
 * claim an orchestrator submitted twice.
 */
export async function auditFailures(bn: BridgeNet, toHeight: number): Promise<{ unexplained: string[] }> {
  const failures = [...bn.daemonErrors()];
  for (let h = 1; h <= toHeight; h++) {
    const results: { code: number; codespace: string; log: string }[] = (await blockResults(bn.rpcs[0]!, h)).txs_results ?? [];
    if (results.every((r) => r.code === 0)) continue;
    const txs: string[] = (await rpcCall(bn.rpcs[0]!, 'block', { height: String(h) })).block.data.txs ?? [];
    for (const [i, r] of results.entries()) {
      if (r.code === 0) continue;
      const msgs = TxBody.decode(TxRaw.decode(Buffer.from(txs[i]!, 'base64')).bodyBytes).messages.map((m) => m.typeUrl.split('.').at(-1)).join('+');
      failures.push(`height ${h}: tx [${msgs}] failed in the block with ${r.codespace}/${r.code}: ${r.log}`);
    }
  }
  const unexplained = [...failures];
  // Passes that succeeded, across restarts: each signs a valset or batch, or claims an event, at most once.
  for (const p of bn.orchestrators) {
    for (const [what, list] of [['valset', p.ticker.reports.flatMap((r) => r.valsetsSigned)], ['batch', p.ticker.reports.flatMap((r) => r.batchesSigned)], ['claim', p.ticker.reports.flatMap((r) => r.claimed)]] as const) {
      const twice = list.filter((n, i) => list.indexOf(n) !== i);
      if (twice.length) unexplained.push(`orchestrator ${p.index} submitted ${what} ${twice.join(', ')} twice`);
    }
  }
  return { unexplained };
}

export async function startBridgeNet(label: string, o: { accounts?: number } = {}): Promise<BridgeNet> {
  const dir = await mkdtemp(join(tmpdir(), `nrn-${label}-`));
  const closers: (() => Promise<void> | void)[] = [() => rm(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const c of closers.splice(0).reverse()) {
      try { await c(); } catch { /* keep closing the rest */ }
    }
  };
  try {
    const [netR, hardhatR] = await Promise.allSettled([
      createLocalnet({ dir, basePort: await freeBasePort(), timeoutCommit: '300ms', accounts: o.accounts ?? 4, configEdits: { 'consensus.timeout_propose': '"1s"' } }),
      startHardhatNode(),
    ]);
    if (netR.status === 'fulfilled') closers.push(() => netR.value.stop());
    if (hardhatR.status === 'fulfilled') closers.push(() => hardhatR.value.stop());
    if (netR.status === 'rejected') throw netR.reason;
    if (hardhatR.status === 'rejected') throw hardhatR.reason;
    const net = netR.value;
    const hardhat = hardhatR.value;
    const rpcs = net.nodes.map((n) => n.rpc);
    // CometBFT lists a height before the app committed it: from height 2 on, height 1 is queryable everywhere.
    await Promise.all(rpcs.map((rpc) => waitForHeight(rpc, 2, WAIT_MS)));

    const provider = new JsonRpcProvider(hardhat.url, Number(hardhat.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 100 });
    closers.push(() => provider.destroy());
    const q = await bridgeQueries(rpcs[0]!);
    closers.push(() => q.disconnect());
    const operators = await Promise.all(net.nodes.map(async (n) => JSON.parse(await readFile(operatorKeyPath(n.home), 'utf8')) as OperatorKeyFile));
    const ethKeys = operators.map((_, i) => keccakId(`${label} orchestrator ${i}`));
    const params = await q.params();
    if (BigInt(params.eth_chain_id) !== hardhat.chainId) throw new Error(`bridge params name Ethereum chain ${params.eth_chain_id}, Hardhat runs ${hardhat.chainId}`);
    const domain: BridgeDomain = { bridgeId: params.bridge_id, chainId: BigInt(params.eth_chain_id) };

    const log: string[] = [];
    const logLine = (line: string) => { log.push(line); if (log.length > LOG_LINES) log.shift(); };
    const logTail = () => log.slice(-40).join('\n');
    const until = async <T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = WAIT_MS): Promise<T> => {
      const deadline = Date.now() + timeoutMs;
      let lastError = '';
      for (;;) {
        try {
          const v = await probe();
          if (v !== undefined && v !== false) return v;
        } catch (e) {
          lastError = (e as Error).message;
        }
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}\n${logTail()}`);
        await pause(150);
      }
    };

    await registerEthKeys(net, operators, ethKeys);
    // Registrations that straddle a block boundary give smaller sets first: the bridge trusts the first set with all four.
    const firstValset = await until('a signer set with all four validators', async () => (await q.valsets(10)).find((v) => v.valset.members?.length === operators.length)?.valset);

    const [deployer, relayerAccount] = hardhat.accounts.map((a) => new Wallet(a.privateKey, provider));
    const deployment = await deployBridge(deployer!, params.bridge_id, ethValsetOf(firstValset));

    const watcher = new EscrowWatcher(rpcs[0]!, provider, deployment, operators.map((op) => op.address));
    watcher.start(await latestHeight(rpcs[0]!));
    closers.push(() => watcher.stop());

    const base = { ethRpc: hardhat.url, bridgeAddress: deployment.bridgeAddress, log: logLine };
    const orchestrators = operators.map((op, i) => new OrchestratorProcess(i, {
      ...base, rpc: rpcs[i]!, operatorMnemonic: op.mnemonic, ethPrivateKey: ethKeys[i]!, stateFile: join(dir, `orchestrator${i}.json`),
      // Hardhat mines one block per transaction and no others: an event would never get buried deeper than 0.
      confirmations: 0, startBlock: deployment.deployBlock,
    }));
    const relayer = new RelayerProcess({ ...base, rpc: rpcs[0]!, ethPrivateKey: relayerAccount!.privateKey, stateFile: join(dir, 'relayer.json') });
    closers.push(() => relayer.stop(), ...orchestrators.map((p) => () => p.stop()));
    await Promise.all([...orchestrators.map((p) => p.start()), relayer.start()]);

    const comet = await connectComet(rpcs[0]!);
    const qc = new QueryClient(comet);
    closers.push(() => comet.disconnect());
    const signers: SigningStargateClient[] = [];
    closers.push(() => { for (const c of signers) c?.disconnect(); });

    return {
      net, hardhat, provider, rpcs, operators, ethKeys, params, domain, firstValset, deployment, q, orchestrators, relayer, watcher,
      indexOf: new Map(operators.map((op, i) => [op.address, i])),
      deployer: deployer!, relayerAccount: relayerAccount!,
      logTail, until,
      daemonErrors: () => [...orchestrators.flatMap((p) => p.ticker.errors), ...relayer.ticker.errors],
      attestations: async (eventNonce) => pb.QueryAttestationsResponse.decode((await qc.queryAbci('/nrn.bridge.v1.Query/Attestations',
        pb.QueryAttestationsRequest.encode({ event_nonce: eventNonce }).finish())).value).attestations as Attestation[],
      async submitAs(i, msgs) {
        const client = (signers[i] ??= await connectSigner(rpcs[i]!, await DirectSecp256k1HdWallet.fromMnemonic(operators[i]!.mnemonic, { prefix: 'nrn' })));
        const from = operators[i]!.address;
        const { accountNumber, sequence } = await client.getSequence(from);
        const tx = TxRaw.encode(await client.sign(from, msgs, FEELESS, '', { accountNumber, sequence, chainId: net.chainId })).finish();
        // Broadcast by hand: CosmJS's broadcastTx leaves a 60 s timer behind when CheckTx refuses.
        const checked = await broadcastTxSync(rpcs[i]!, tx);
        if (checked.code !== 0) return { stage: 'check', code: checked.code, codespace: checked.codespace, log: checked.log };
        const r = await waitForTx(rpcs[i]!, txHashHex(tx), WAIT_MS);
        return { stage: 'block', code: r.tx_result.code, codespace: r.tx_result.codespace ?? '', log: r.tx_result.log ?? '', height: Number(r.height) };
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * A bridge localnet test's frame: starts the net (its phases timed as diagnostics), runs `body`, then checks what
 * every such test ends with — the escrow invariant held at every height, none skipped, and no tx failed in a block
 * or was sent twice — and closes the net and whatever `body` registered, pass or fail.
 */
export async function withBridgeNet(
  t: TestContext, label: string,
  body: (bn: BridgeNet, h: { phase(name: string): void; onClose(...close: (() => void)[]): void }) => Promise<void>,
): Promise<void> {
  loadArtifact('NRNBridge');
  const started = performance.now();
  const phase = (name: string) => t.diagnostic(`${name} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const bn = await startBridgeNet(label);
  const closers: (() => void)[] = [];
  try {
    phase(`4 validators, Hardhat, keys bound, NRNBridge deployed for valset ${bn.firstValset.nonce}`);
    await body(bn, { phase, onClose: (...close) => closers.push(...close) });

    const end = await latestHeight(bn.rpcs[0]!);
    await bn.watcher.through(end);
    assert.deepEqual(bn.watcher.violations, []);
    const heights = bn.watcher.checks.map((c) => c.height);
    assert.deepEqual(heights, Array.from({ length: heights.length }, (_, i) => bn.watcher.firstHeight + i), 'every height checked, none skipped');
    t.diagnostic(`escrow invariant held at all ${heights.length} heights ${bn.watcher.firstHeight}–${end} (module's Escrow query compared at ${bn.watcher.escrowQueryChecks})`);
    const audit = await auditFailures(bn, end);
    assert.deepEqual(audit.unexplained, [], 'no tx failed in a block and no confirm or claim was submitted twice');
  } finally {
    for (const close of closers) close();
    await bn.close();
  }
}
