// MsgVoteParams: a staker's yes or no on an epoch-length proposal, weighed by its whole bond in the group.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes, VOTE_NO, VOTE_YES } from './types.ts';

const pb = nrn.trainingset.v1;

export type VoteParamsParameters = { voter: string; proposalId: number; /** Default yes. */ yes?: boolean };
export type VoteParamsReturnType = TxResult<{ weight: bigint }>;
export type VoteParamsErrorType = BroadcastMsgErrorType;

/**
 * Votes on an epoch-length proposal with the voter's whole bond; a later vote replaces this one. Returns the weight counted.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await voteParams(client, { voter: address, proposalId: 1, yes: false });
 * // response: { weight: 1000000n }
 */
export function voteParams(client: SigningStargateClient, p: VoteParamsParameters, o?: TxOptions): Promise<VoteParamsReturnType> {
  return broadcastMsg(client, p.voter, trainingsetMsgTypes.voteParams, { voter: p.voter, proposal_id: p.proposalId, option: p.yes === false ? VOTE_NO : VOTE_YES },
    (b) => ({ weight: BigInt(pb.MsgVoteParamsResponse.decode(b).weight || '0') }), o);
}
