// MsgStake: bond NRN to a group; a delta or params vote weighs by this bond.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type StakeParameters = { staker: string; groupId: number; amount: bigint };
export type StakeReturnType = TxResult<{ bond: bigint }>;
export type StakeErrorType = BroadcastMsgErrorType;

/**
 * Bonds `amount` unrn to a group; returns the staker's bond after it.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response, txhash } = await stake(client, { staker: address, groupId: 1, amount: 1_000_000n });
 * // response: { bond: 1000000n } (plus any earlier bond)
 */
export function stake(client: SigningStargateClient, p: StakeParameters, o?: TxOptions): Promise<StakeReturnType> {
  return broadcastMsg(client, p.staker, trainingsetMsgTypes.stake, { staker: p.staker, group_id: p.groupId, amount: p.amount.toString() },
    (b) => ({ bond: BigInt(pb.MsgStakeResponse.decode(b).bond || '0') }), o);
}
