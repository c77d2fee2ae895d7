// MsgUnstake: the bond stops voting at once; its coins return one epoch later.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type UnstakeParameters = { staker: string; groupId: number; amount: bigint };
export type UnstakeReturnType = TxResult<{ completionMs: number }>;
export type UnstakeErrorType = BroadcastMsgErrorType;

/**
 * Starts unbonding `amount` unrn; the coins return one epoch later (block time `completionMs`).
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await unstake(client, { staker: address, groupId: 1, amount: 500_000n });
 * console.log(new Date(response.completionMs)); // one epoch from now
 * // More than the bond: TxFailedError, stage 'simulate', codespace 'trainingset', code 4.
 */
export function unstake(client: SigningStargateClient, p: UnstakeParameters, o?: TxOptions): Promise<UnstakeReturnType> {
  return broadcastMsg(client, p.staker, trainingsetMsgTypes.unstake, { staker: p.staker, group_id: p.groupId, amount: p.amount.toString() },
    (b) => ({ completionMs: pb.MsgUnstakeResponse.decode(b).completion_ms }), o);
}
