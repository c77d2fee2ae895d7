import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export interface ProposeDeltaParameters {
  proposer: string;
  groupId: number;
  parentVersion: string;
  deltaCid: string;
  resultCid: string;
}

/** Proposes a delta (already on IPFS) on the group's current version; returns the proposal id. */
export function proposeDelta(client: SigningStargateClient, p: ProposeDeltaParameters, o?: TxOptions): Promise<TxResult<{ proposalId: number }>> {
  return broadcastMsg(client, p.proposer, trainingsetMsgTypes.proposeDelta, {
    proposer: p.proposer, group_id: p.groupId, parent_version: p.parentVersion, delta_cid: p.deltaCid, result_cid: p.resultCid,
  }, (b) => ({ proposalId: pb.MsgProposeDeltaResponse.decode(b).proposal_id }), o);
}
