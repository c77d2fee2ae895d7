// Signing and broadcasting NRN messages, and the one error every failed tx becomes: TxFailedError, whichever stage
// refused it (simulation, CheckTx, the block), with the chain's code, codespace and log and the original error as cause.
import type { EncodeObject } from '@cosmjs/proto-signing';
import type { DeliverTxResponse, SigningStargateClient, StdFee } from '@cosmjs/stargate';

/** Where a tx was refused: gas simulation ("auto" fees), the node's CheckTx, or execution in a block. */
export type TxStage = 'simulate' | 'checkTx' | 'deliverTx';

export interface TxFailure {
  stage: TxStage;
  code: number;
  /** The module's codespace (`trainingset`, `sdk`, …); empty when the client could not learn it. */
  codespace: string;
  log: string;
  /** Empty unless the tx reached a block. */
  txhash?: string;
  height?: number;
}

/**
 * A tx the chain refused. `shortMessage` names the stage and the code, `details` is the chain's log, `message` is
 * both on one line (what a CLI prints), and `cause` is what CosmJS threw, when it threw.
 */
export class TxFailedError extends Error {
  override name = 'TxFailedError' as const;
  readonly stage: TxStage;
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  readonly txhash: string;
  readonly height: number | undefined;
  readonly shortMessage: string;
  readonly details: string;

  constructor(f: TxFailure, options: { cause?: unknown } = {}) {
    const code = `${f.codespace ? `${f.codespace} ` : ''}code ${f.code}`;
    const shortMessage = f.stage === 'deliverTx' ? `tx ${f.txhash} failed in block ${f.height} with ${code}`
      : f.stage === 'checkTx' ? `tx refused by CheckTx with ${code}` : `tx refused in simulation with ${code}`;
    super(`${shortMessage}: ${f.log}`, options);
    this.stage = f.stage;
    this.code = f.code;
    this.codespace = f.codespace;
    this.log = f.log;
    this.txhash = f.txhash ?? '';
    this.height = f.height;
    this.shortMessage = shortMessage;
    this.details = f.log;
  }
}

/**
 * The app refused a simulated tx. CosmJS's QueryClient reports a failed query as "Query failed with (code): log" and
 * drops the codespace; connectSigner's clients throw this instead (same message), so the codespace survives.
 */
export class SimulateTxError extends Error {
  override name = 'SimulateTxError';
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  constructor(code: number, codespace: string, log: string) {
    super(`Query failed with (${code}): ${log}`);
    this.code = code;
    this.codespace = codespace;
    this.log = log;
  }
}

/**
 * `e` as a TxFailedError when it is the chain refusing a tx (simulation or CheckTx), else `e` unchanged (network
 * errors, timeouts, signing errors).
 */
export function toTxFailedError(e: unknown): unknown {
  if (e instanceof TxFailedError) return e;
  if (e instanceof SimulateTxError) return new TxFailedError({ stage: 'simulate', code: e.code, codespace: e.codespace, log: e.log }, { cause: e });
  // A client not made by connectSigner: the app's refusal comes only as CosmJS's text, without its codespace.
  const m = e instanceof Error ? /^Query failed with \((\d+)\): ([\s\S]*)$/.exec(e.message) : null;
  if (m) return new TxFailedError({ stage: 'simulate', code: Number(m[1]), codespace: '', log: m[2]! }, { cause: e });
  // CosmJS's BroadcastTxError: CheckTx refused the tx.
  const b = e as { code?: unknown; codespace?: unknown; log?: unknown };
  if (e instanceof Error && typeof b.code === 'number' && typeof b.codespace === 'string') {
    return new TxFailedError({ stage: 'checkTx', code: b.code, codespace: b.codespace, log: String(b.log ?? '') }, { cause: e });
  }
  return e;
}

export interface TxOptions {
  /**
   * A fixed fee; "auto" (the default: simulate, pay the gas price); a multiplier for the simulated gas; or
   * "feeless": simulate and pay nothing, for the messages the chain exempts (a bonded validator's bridge duties).
   */
  fee?: StdFee | 'auto' | number | 'feeless';
  memo?: string;
}

export interface TxResult<R> {
  txhash: string;
  height: number;
  gasUsed: bigint;
  response: R;
}

/** A tx's result in its block: CosmJS's DeliverTxResponse, with the codespace of a failed tx (from connectSigner's clients). */
export type TxReceipt = DeliverTxResponse & { codespace?: string };

export type SignAndBroadcastErrorType = TxFailedError | Error;

/**
 * CosmJS's signAndBroadcast with refusals (simulation, CheckTx) thrown as TxFailedError. A tx that fails in its
 * block is returned, code and all, as CosmJS returns it.
 */
export async function signAndBroadcast(
  client: SigningStargateClient, signer: string, msgs: readonly EncodeObject[], o: TxOptions = {},
): Promise<TxReceipt> {
  const memo = o.memo ?? '';
  try {
    // Feeless: the chain moves between simulation and inclusion (other validators' confirms land), so a wide margin.
    const fee = o.fee === 'feeless' ? { amount: [], gas: String(Math.ceil((await client.simulate(signer, msgs, memo)) * 1.5) + 50_000) } : o.fee ?? 'auto';
    return await client.signAndBroadcast(signer, [...msgs], fee, memo);
  } catch (e) {
    throw toTxFailedError(e);
  }
}

/** The TxFailedError for a tx that failed in its block. */
export function deliverTxError(res: TxReceipt): TxFailedError {
  return new TxFailedError({ stage: 'deliverTx', code: res.code, codespace: res.codespace ?? '', log: res.rawLog ?? '', txhash: res.transactionHash, height: res.height });
}

export type BroadcastMsgErrorType = TxFailedError | Error;

/**
 * Broadcasts `{typeUrl, value}` from `signer` and waits for its block; `decode` reads the Msg's response. Any
 * refusal, including failing in the block, throws TxFailedError.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await broadcastMsg(client, address, trainingsetMsgTypes.stake, { staker: address, group_id: 1, amount: '1000' }, () => ({}));
 * // r: { txhash: 'A1B2…', height: 42, gasUsed: 61234n, response: {} }
 */
export async function broadcastMsg<R>(
  client: SigningStargateClient, signer: string, typeUrl: string, value: object,
  decode: (bytes: Uint8Array) => R, o: TxOptions = {},
): Promise<TxResult<R>> {
  const res = await signAndBroadcast(client, signer, [{ typeUrl, value }], o);
  if (res.code !== 0) throw deliverTxError(res);
  const bytes = res.msgResponses[0]?.value ?? new Uint8Array(0);
  return { txhash: res.transactionHash, height: res.height, gasUsed: res.gasUsed, response: decode(bytes) };
}
