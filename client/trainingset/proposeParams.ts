import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

/** Proposes a new epoch length; it takes effect at the next epoch if more than half the group's bond votes yes. */
export function proposeParams(client: SigningStargateClient, p: { proposer: string; groupId: number; epochLengthSeconds: number }, o?: TxOptions): Promise<TxResult<{ proposalId: number }>> {
  return broadcastMsg(client, p.proposer, trainingsetMsgTypes.proposeParams, { proposer: p.proposer, group_id: p.groupId, epoch_length_seconds: p.epochLengthSeconds },
    (b) => ({ proposalId: pb.MsgProposeParamsResponse.decode(b).proposal_id }), o);
}
