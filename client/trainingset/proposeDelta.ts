// MsgProposeDelta: a change to a group's training set, already on IPFS (see prepareDelta), put to its stakers' vote.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type ProposeDeltaParameters = {
  proposer: string;
  groupId: number;
  parentVersion: string;
  deltaCid: string;
  resultCid: string;
};
export type ProposeDeltaReturnType = TxResult<{ proposalId: number }>;
export type ProposeDeltaErrorType = BroadcastMsgErrorType;

/**
 * Proposes a delta (already on IPFS) on the group's current version; returns the proposal id.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const prepared = await prepareDelta(store, { group: await q.group(1), delta }); // uploads delta and result
 * const { response } = await proposeDelta(client, { proposer: address, ...prepared });
 * // response: { proposalId: 1 }
 */
export function proposeDelta(client: SigningStargateClient, p: ProposeDeltaParameters, o?: TxOptions): Promise<ProposeDeltaReturnType> {
  return broadcastMsg(client, p.proposer, trainingsetMsgTypes.proposeDelta, {
    proposer: p.proposer, group_id: p.groupId, parent_version: p.parentVersion, delta_cid: p.deltaCid, result_cid: p.resultCid,
  }, (b) => ({ proposalId: pb.MsgProposeDeltaResponse.decode(b).proposal_id }), o);
}
