// MsgProposeParams: a new epoch length for a group, put to its stakers' vote.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type ProposeParamsParameters = { proposer: string; groupId: number; epochLengthSeconds: number };
export type ProposeParamsReturnType = TxResult<{ proposalId: number }>;
export type ProposeParamsErrorType = BroadcastMsgErrorType;

/**
 * Proposes a new epoch length; it takes effect at the next epoch if more than half the group's bond votes yes.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await proposeParams(client, { proposer: address, groupId: 1, epochLengthSeconds: 120 });
 * // response: { proposalId: 1 }; vote on it with voteParams
 */
export function proposeParams(client: SigningStargateClient, p: ProposeParamsParameters, o?: TxOptions): Promise<ProposeParamsReturnType> {
  return broadcastMsg(client, p.proposer, trainingsetMsgTypes.proposeParams, { proposer: p.proposer, group_id: p.groupId, epoch_length_seconds: p.epochLengthSeconds },
    (b) => ({ proposalId: pb.MsgProposeParamsResponse.decode(b).proposal_id }), o);
}
