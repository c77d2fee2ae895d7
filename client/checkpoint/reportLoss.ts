// MsgReportLoss: a bonded validator's evaluation of a revealed checkpoint; sent without a fee.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxResult } from '../tx.ts';
import { checkpointMsgTypes } from './types.ts';

/** Gas a report needs with room to spare; the chain charges no fee for it to a bonded validator. */
export const REPORT_GAS = '400000';

export type ReportLossParameters = { validator: string; cid: string; lossMicro: bigint };
export type ReportLossReturnType = TxResult<Record<string, never>>;
/** TxFailedError with codespace `checkpoint` when the chain will never take this report (already reported, round settled, not bonded). */
export type ReportLossErrorType = BroadcastMsgErrorType;

/**
 * Reports the loss a validator measured on a revealed checkpoint, feeless, with a fixed gas limit (no simulation).
 * @example
 * const { wallet, address } = await mnemonicWallet(operatorMnemonic); // <home>/config/operator_key.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { txhash, height } = await reportLoss(client, { validator: address, cid, lossMicro: 412345n });
 * // { txhash: 'C0FF…', height: 88, gasUsed: 71234n, response: {} }
 */
export async function reportLoss(client: SigningStargateClient, p: ReportLossParameters): Promise<ReportLossReturnType> {
  return broadcastMsg(client, p.validator, checkpointMsgTypes.reportLoss, { validator: p.validator, cid: p.cid, loss_micro: p.lossMicro.toString() },
    () => ({}), { fee: { amount: [], gas: REPORT_GAS } });
}
