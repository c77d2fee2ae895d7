// What a module declares in its manifest (modules/<name>/index.ts) and what its handlers receive.
import type { KV, KVReader, GasMeter } from './store/kv.ts';
import type { EventSink } from './events.ts';
import type { ErrorKind } from './errors.ts';
import type { CommitInfo, Misbehavior, ValidatorUpdate } from 'cosmjs-types/tendermint/abci/types';
import type { DecodedTx } from './tx/decode.ts';
import type { SignatureCache } from './tx/sigcache.ts';
import type { GasPrice } from './config.ts';

export type { CommitInfo, Misbehavior, ValidatorUpdate };

/** Header facts a handler may depend on; consensus code never reads the wall clock. */
export interface BlockInfo {
  height: number;
  /** Block header time, in milliseconds since the epoch. */
  timeMs: number;
  chainId: string;
  /** FinalizeBlock's hash of this block (absent in CheckTx, simulation and InitChain); seeds verifiers' samples. */
  hash?: Uint8Array;
}

export interface Context {
  kv: KV;
  gas: GasMeter;
  events: EventSink;
  block: BlockInfo;
  /** 'check' runs in the mempool against check state; 'deliver' inside a block; 'simulate' for gas estimates. */
  mode: 'check' | 'deliver' | 'simulate';
}

export interface ProtoCodec<T> {
  decode(input: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
  fromPartial(object: any): T;
}

export interface MsgHandler<T = any, C = any> {
  typeUrl: string;
  codec: ProtoCodec<T>;
  /** Bech32 addresses that must have signed the tx. */
  signers(msg: T): string[];
  /**
   * Stateless checks (ValidateBasic): shape, ranges, addresses. What it returns (amounts parsed, say) is what
   * execute receives as `checked`, so nothing is parsed twice; it runs once per tx bytes, cached with the decode.
   */
  validate(msg: T): C;
  /** Stateful checks, then writes, then events. Returns the Msg's response (encoded) and its type URL. */
  execute(ctx: Context, msg: T, checked: C): Promise<{ typeUrl: string; value: Uint8Array }> | { typeUrl: string; value: Uint8Array };
  /** When true for a tx's only message, the tx may carry no fee (e.g. a bonded validator's loss report). */
  feeless?(ctx: Context, msg: T): boolean;
}

/** What CometBFT tells the app about the block being finalized, for begin-block hooks. */
export interface BlockEvidence {
  misbehavior: Misbehavior[];
  decidedLastCommit: CommitInfo;
  proposerAddress: Uint8Array;
}

export interface QueryContext {
  kv: KVReader;
  height: number;
}

export interface QueryHandler {
  path: string;
  handle(ctx: QueryContext, request: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

export interface GenesisHandlers<G> {
  default(): G;
  validate(g: G): void;
  /** Loads genesis; the staking module returns the initial validator set for InitChain. */
  init(ctx: Context, g: G): void | ValidatorUpdate[] | Promise<void | ValidatorUpdate[]>;
  export(ctx: QueryContext): G | Promise<G>;
}

/** What the app runs of a module. Any genesis type fits a list of modules, so composing them needs no casts. */
export interface Module<G = any> {
  name: string;
  msgs: MsgHandler[];
  queries: QueryHandler[];
  genesis: GenesisHandlers<G>;
  beginBlock?(ctx: Context, evidence: BlockEvidence): void | Promise<void>;
  /** End-of-block work; a module that owns the validator set returns CometBFT validator updates. */
  endBlock?(ctx: Context): void | ValidatorUpdate[] | Promise<void | ValidatorUpdate[]>;
}

/**
 * A module's whole declaration, in one place (FRAME's pallet, the SDK's module manifest): its name, storage keys,
 * errors and events (declared so tools and tests can list them), messages, queries, genesis, block hooks, and the
 * typed view it offers other modules. What it needs of others comes in as the factory's typed parameter.
 */
export interface ModuleDefinition<G, V> {
  name: string;
  /** Every storage key of the module, as functions (its state.ts `keys`). */
  state: Record<string, unknown>;
  /** The module's registered errors (its errors.ts), one codespace. */
  errors: Record<string, ErrorKind>;
  /** Named constructors of the module's typed events (its events.ts). */
  events: Record<string, (...args: any[]) => unknown>;
  msgs?: MsgHandler[];
  queries?: QueryHandler[];
  genesis: GenesisHandlers<G>;
  beginBlock?: Module<G>['beginBlock'];
  endBlock?: Module<G>['endBlock'];
  /** What other modules may read or do here; the composition hands it to them. */
  view: V;
}

/** A defined module: what the app runs, plus its declarations and its view for other modules. */
export interface DefinedModule<G = any, V = unknown> extends Module<G> {
  state: Record<string, unknown>;
  errors: Record<string, ErrorKind>;
  events: Record<string, (...args: any[]) => unknown>;
  view: V;
}

/**
 * Declares a module.
 * @example
 * export const createMintModule = (bank: BankView) => defineModule({
 *   name: 'mint', state: keys, errors, events, genesis: mintGenesis, queries: mintQueries(bank), view: { mintReward },
 * });
 */
export function defineModule<G, V>(def: ModuleDefinition<G, V>): DefinedModule<G, V> {
  return { ...def, msgs: def.msgs ?? [], queries: def.queries ?? [] };
}

/** Query handlers of one proto package's Query service: `const q = queryService('nrn.bridge.v1'); q('Params', handle)`. */
export const queryService = (pkg: string) => (name: string, handle: QueryHandler['handle']): QueryHandler => ({ path: `/${pkg}.Query/${name}`, handle });

/**
 * Msg responses of one proto package: `const response = msgResponder('nrn.checkpoint.v1');
 * response('MsgRevealCheckpointResponse', pb.MsgRevealCheckpointResponse, { … })`; with no type, an empty response.
 */
export const msgResponder = (pkg: string) => (name: string, type?: { encode(m: any): { finish(): Uint8Array } }, value: object = {}) =>
  ({ typeUrl: `/${pkg}.${name}`, value: type ? type.encode(value).finish() : new Uint8Array(0) });

/** Adapts a protobufjs static message class (proto/gen/nrn.js) to the codec a MsgHandler declares. */
export function pbjsCodec<T>(type: { decode(b: Uint8Array): T; encode(m: T): { finish(): Uint8Array }; create(o?: any): T }): ProtoCodec<T> {
  return { decode: (b) => type.decode(b), encode: (m) => type.encode(m), fromPartial: (o) => type.create(o) };
}

/** What the app gives the ante handler besides the tx: the node's settings and its signature verdicts. */
export interface AnteEnv {
  sigCache: SignatureCache;
  /** This node's mempool minimum, applied to new txs in CheckTx only. */
  minGasPrice: GasPrice;
  chainId: string;
}

export interface AnteInput {
  tx: DecodedTx;
  txHash: string;
  signer: string;
  recheck: boolean;
  /** Every message is one its module lets through without a fee (gas is still metered). */
  feeless?: boolean;
}

/**
 * What every tx passes before its messages run (fees, signer account, signature, sequence). The core runs it but
 * does not know accounts: the auth module provides it, as the Cosmos SDK's app.go sets x/auth's AnteHandler.
 */
export interface AnteHandler {
  run(ctx: Context, env: AnteEnv, input: AnteInput): void;
  /**
   * The account number and public key a signer's next signature must verify under (the key on record, else the
   * one the tx carries), so CheckTx can verify signatures on worker threads ahead of order; undefined if unknown.
   */
  signingKey(kv: KVReader, signer: string, txPubkey: Uint8Array | undefined): { accountNumber: bigint; pubkey: Uint8Array } | undefined;
}
