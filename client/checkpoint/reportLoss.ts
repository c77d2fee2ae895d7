// MsgReportLoss: a bonded validator's evaluation of a revealed checkpoint; sent without a fee.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { broadcastMsg } from '../tx.ts';
import type { TxResult } from '../tx.ts';
import { checkpointMsgTypes } from './types.ts';

/** Gas a report needs with room to spare; the chain charges no fee for it to a bonded validator. */
export const REPORT_GAS = '400000';

/**
 * @example await reportLoss(client, { validator, cid, lossMicro: 412345n });
 */
export async function reportLoss(client: SigningStargateClient, p: { validator: string; cid: string; lossMicro: bigint }): Promise<TxResult<Record<string, never>>> {
  return broadcastMsg(client, p.validator, checkpointMsgTypes.reportLoss, { validator: p.validator, cid: p.cid, loss_micro: p.lossMicro.toString() },
    () => ({}), { fee: { amount: [], gas: REPORT_GAS } });
}
