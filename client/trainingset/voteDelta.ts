// MsgVoteDelta: a staker's yes or no on a delta proposal, weighed by its whole bond in the group.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes, VOTE_NO, VOTE_YES } from './types.ts';

const pb = nrn.trainingset.v1;

export type VoteDeltaParameters = { voter: string; proposalId: number; /** Default yes. */ yes?: boolean };
export type VoteDeltaReturnType = TxResult<{ weight: bigint }>;
export type VoteDeltaErrorType = BroadcastMsgErrorType;

/**
 * Votes on a delta with the voter's whole bond; a later vote replaces this one. Returns the weight counted.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await voteDelta(client, { voter: address, proposalId: 1, yes: true });
 * // response: { weight: 1000000n } (the voter's bond in the proposal's group)
 */
export function voteDelta(client: SigningStargateClient, p: VoteDeltaParameters, o?: TxOptions): Promise<VoteDeltaReturnType> {
  return broadcastMsg(client, p.voter, trainingsetMsgTypes.voteDelta, { voter: p.voter, proposal_id: p.proposalId, option: p.yes === false ? VOTE_NO : VOTE_YES },
    (b) => ({ weight: BigInt(pb.MsgVoteDeltaResponse.decode(b).weight || '0') }), o);
}
