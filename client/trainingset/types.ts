// trainingset's message types for CosmJS's registry: [type URL, protobufjs class] pairs.
import type { GeneratedType } from '@cosmjs/proto-signing';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.trainingset.v1;

export const trainingsetMsgTypes = {
  createGroup: '/nrn.trainingset.v1.MsgCreateGroup',
  stake: '/nrn.trainingset.v1.MsgStake',
  unstake: '/nrn.trainingset.v1.MsgUnstake',
  proposeDelta: '/nrn.trainingset.v1.MsgProposeDelta',
  voteDelta: '/nrn.trainingset.v1.MsgVoteDelta',
  proposeParams: '/nrn.trainingset.v1.MsgProposeParams',
  voteParams: '/nrn.trainingset.v1.MsgVoteParams',
  forkGroup: '/nrn.trainingset.v1.MsgForkGroup',
} as const;

export const trainingsetTypes: ReadonlyArray<[string, GeneratedType]> = [
  [trainingsetMsgTypes.createGroup, pb.MsgCreateGroup as unknown as GeneratedType],
  [trainingsetMsgTypes.stake, pb.MsgStake as unknown as GeneratedType],
  [trainingsetMsgTypes.unstake, pb.MsgUnstake as unknown as GeneratedType],
  [trainingsetMsgTypes.proposeDelta, pb.MsgProposeDelta as unknown as GeneratedType],
  [trainingsetMsgTypes.voteDelta, pb.MsgVoteDelta as unknown as GeneratedType],
  [trainingsetMsgTypes.proposeParams, pb.MsgProposeParams as unknown as GeneratedType],
  [trainingsetMsgTypes.voteParams, pb.MsgVoteParams as unknown as GeneratedType],
  [trainingsetMsgTypes.forkGroup, pb.MsgForkGroup as unknown as GeneratedType],
];

export const VOTE_YES = pb.VoteOption.VOTE_OPTION_YES;
export const VOTE_NO = pb.VoteOption.VOTE_OPTION_NO;
