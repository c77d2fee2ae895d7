import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

/** Starts unbonding `amount` unrn; the coins return one epoch later (block time `completionMs`). */
export function unstake(client: SigningStargateClient, p: { staker: string; groupId: number; amount: bigint }, o?: TxOptions): Promise<TxResult<{ completionMs: number }>> {
  return broadcastMsg(client, p.staker, trainingsetMsgTypes.unstake, { staker: p.staker, group_id: p.groupId, amount: p.amount.toString() },
    (b) => ({ completionMs: pb.MsgUnstakeResponse.decode(b).completion_ms }), o);
}
