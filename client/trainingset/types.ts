// trainingset's message types for CosmJS's registry: [type URL, protobufjs class] pairs.
import { nrn } from '../../proto/gen/nrn.js';
import { msgTypesOf } from '../msg-types.ts';

const pb = nrn.trainingset.v1;

const { urls, types } = msgTypesOf('nrn.trainingset.v1', pb, {
  createGroup: 'MsgCreateGroup',
  stake: 'MsgStake',
  unstake: 'MsgUnstake',
  proposeDelta: 'MsgProposeDelta',
  voteDelta: 'MsgVoteDelta',
  proposeParams: 'MsgProposeParams',
  voteParams: 'MsgVoteParams',
  forkGroup: 'MsgForkGroup',
});

export const trainingsetMsgTypes = urls;
export const trainingsetTypes = types;

export const VOTE_YES = pb.VoteOption.VOTE_OPTION_YES;
export const VOTE_NO = pb.VoteOption.VOTE_OPTION_NO;
