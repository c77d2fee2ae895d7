import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes, VOTE_NO, VOTE_YES } from './types.ts';

const pb = nrn.trainingset.v1;

export function voteParams(client: SigningStargateClient, p: { voter: string; proposalId: number; yes?: boolean }, o?: TxOptions): Promise<TxResult<{ weight: bigint }>> {
  return broadcastMsg(client, p.voter, trainingsetMsgTypes.voteParams, { voter: p.voter, proposal_id: p.proposalId, option: p.yes === false ? VOTE_NO : VOTE_YES },
    (b) => ({ weight: BigInt(pb.MsgVoteParamsResponse.decode(b).weight || '0') }), o);
}
