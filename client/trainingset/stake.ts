import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

/** Bonds `amount` unrn to a group; returns the staker's bond after it. */
export function stake(client: SigningStargateClient, p: { staker: string; groupId: number; amount: bigint }, o?: TxOptions): Promise<TxResult<{ bond: bigint }>> {
  return broadcastMsg(client, p.staker, trainingsetMsgTypes.stake, { staker: p.staker, group_id: p.groupId, amount: p.amount.toString() },
    (b) => ({ bond: BigInt(pb.MsgStakeResponse.decode(b).bond || '0') }), o);
}
