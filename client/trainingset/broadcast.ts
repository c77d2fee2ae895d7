// Signs and broadcasts one trainingset message and decodes its response; a failed tx throws with code, codespace and log.
import type { SigningStargateClient, StdFee } from '@cosmjs/stargate';

export class TxFailedError extends Error {
  readonly code: number;
  readonly codespace: string;
  readonly txhash: string;
  constructor(code: number, codespace: string, log: string, txhash: string) {
    super(txhash ? `tx ${txhash} failed with ${codespace}/${code}: ${log}` : `tx refused before reaching a block (${codespace ? `${codespace}/` : 'code '}${code}): ${log}`);
    this.name = 'TxFailedError';
    this.code = code;
    this.codespace = codespace;
    this.txhash = txhash;
  }
}

export interface TxOptions {
  fee?: StdFee | 'auto' | number;
  memo?: string;
}

export interface TxResult<R> {
  txhash: string;
  height: number;
  gasUsed: bigint;
  response: R;
}

/** Broadcasts `{typeUrl, value}` from `signer` and waits for its block; `decode` reads the Msg's response. */
export async function broadcastMsg<R>(
  client: SigningStargateClient, signer: string, typeUrl: string, value: object,
  decode: (bytes: Uint8Array) => R, o: TxOptions = {},
): Promise<TxResult<R>> {
  let res;
  try {
    res = await client.signAndBroadcast(signer, [{ typeUrl, value }], o.fee ?? 'auto', o.memo ?? '');
  } catch (e) {
    // With "auto" fees a refused message surfaces from simulation as CosmJS's "Query failed with (code): log".
    const m = /Query failed with \((\d+)\): ([\s\S]*)$/.exec((e as Error).message);
    if (m) throw new TxFailedError(Number(m[1]), '', m[2]!, '');
    // A tx refused by CheckTx: CosmJS's BroadcastTxError carries code and codespace.
    const b = e as { code?: unknown; codespace?: unknown; log?: unknown };
    if (typeof b.code === 'number' && typeof b.codespace === 'string') throw new TxFailedError(b.code, b.codespace, String(b.log ?? ''), '');
    throw e;
  }
  if (res.code !== 0) throw new TxFailedError(res.code, (res as { codespace?: string }).codespace ?? '', res.rawLog ?? '', res.transactionHash);
  const bytes = res.msgResponses[0]?.value ?? new Uint8Array(0);
  return { txhash: res.transactionHash, height: res.height, gasUsed: res.gasUsed, response: decode(bytes) };
}
