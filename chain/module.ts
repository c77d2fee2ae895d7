// What a module declares in its manifest (modules/<name>/index.ts) and what its handlers receive.
import type { KV, KVReader, GasMeter } from './store/kv.ts';
import type { EventSink } from './events.ts';

/** Header facts a handler may depend on; consensus code never reads the wall clock. */
export interface BlockInfo {
  height: number;
  /** Block header time, in milliseconds since the epoch. */
  timeMs: number;
  chainId: string;
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

export interface MsgHandler<T = any> {
  typeUrl: string;
  codec: ProtoCodec<T>;
  /** Bech32 addresses that must have signed the tx. */
  signers(msg: T): string[];
  /** Stateless checks (ValidateBasic): shape, ranges, addresses. */
  validate(msg: T): void;
  /** Stateful checks, then writes, then events. Returns the Msg's response (encoded) and its type URL. */
  execute(ctx: Context, msg: T): Promise<{ typeUrl: string; value: Uint8Array }> | { typeUrl: string; value: Uint8Array };
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
  init(ctx: Context, g: G): void | Promise<void>;
  export(ctx: QueryContext): G | Promise<G>;
}

export interface Module<G = unknown> {
  name: string;
  msgs: MsgHandler[];
  queries: QueryHandler[];
  genesis: GenesisHandlers<G>;
  endBlock?(ctx: Context): void | Promise<void>;
}
