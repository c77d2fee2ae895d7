// One committed tx by hash: its position, what the app answered, and its decoded body.
import { fromHex, fromBase64, toBase64 } from '@cosmjs/encoding';
import { rpcCall, RpcError } from './rpc.ts';
import { toOutcome } from './types.ts';
import type { TxOutcome } from './types.ts';
import { decodeTx } from './decodeTx.ts';
import type { DecodedTx } from './decodeTx.ts';

export interface TxDetail {
  hash: string;
  height: number;
  index: number;
  outcome: TxOutcome;
  tx: DecodedTx;
}

export function toTxDetail(r: any): TxDetail {
  return { hash: r.hash, height: Number(r.height), index: r.index, outcome: toOutcome(r.tx_result), tx: decodeTx(fromBase64(r.tx)) };
}

/** @returns undefined when no committed tx has this hash. @example const tx = await getTx('9F86…'); */
export async function getTx(hash: string): Promise<TxDetail | undefined> {
  try {
    // JSON-RPC takes []byte params as base64 (the URI form takes 0x-hex).
    return toTxDetail(await rpcCall<any>('tx', { hash: toBase64(fromHex(hash)), prove: false }));
  } catch (e) {
    if (e instanceof RpcError && /not found/i.test(e.data)) return undefined;
    throw e;
  }
}
