// Stateless checks of trainingset's messages (ValidateBasic): shapes, ranges, addresses, CIDs.
import { assertAddress } from '../../chain/address.ts';
import { MAX_UINT256, parseUint } from '../../chain/amount.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { assertCid } from './cid.ts';
import { errors } from './errors.ts';
import { VERSION_RE } from '../../dataset/version.ts';

const pb = nrn.trainingset.v1;
export type MsgCreateGroup = InstanceType<typeof pb.MsgCreateGroup>;
export type MsgStake = InstanceType<typeof pb.MsgStake>;
export type MsgUnstake = InstanceType<typeof pb.MsgUnstake>;
export type MsgProposeDelta = InstanceType<typeof pb.MsgProposeDelta>;
export type MsgVoteDelta = InstanceType<typeof pb.MsgVoteDelta>;
export type MsgProposeParams = InstanceType<typeof pb.MsgProposeParams>;
export type MsgVoteParams = InstanceType<typeof pb.MsgVoteParams>;
export type MsgForkGroup = InstanceType<typeof pb.MsgForkGroup>;
type TrainingConfig = nrn.trainingset.v1.ITrainingConfig;

const MAX_NAME = 64;
const MAX_CONFIG_WORD = 64;

/** A positive integer amount of unrn given as a decimal string. */
export function parseAmount(value: string, field: string): bigint {
  return parseUint(value, {
    max: MAX_UINT256,
    refuse: (problem) => errors.invalidAmount.wrap({
      malformed: `${field} "${value}" is not a positive integer amount of unrn`,
      zero: `${field} must be positive, got 0`,
      'too large': `${field} ${value} overflows 256 bits`,
    }[problem]),
  });
}

function assertId(id: number, field: string) {
  if (!Number.isSafeInteger(id) || id <= 0) throw errors.invalidGroupConfig.wrap(`${field} must be a positive id, got ${id}`);
}

export function assertVersion(v: string, field: string) {
  if (!VERSION_RE.test(v)) throw errors.invalidVersion.wrap(`${field} "${v}" must be 64 lower-case hex characters (a sha256)`);
}

export function voteOptionName(option: number): 'yes' | 'no' {
  if (option === pb.VoteOption.VOTE_OPTION_YES) return 'yes';
  if (option === pb.VoteOption.VOTE_OPTION_NO) return 'no';
  throw errors.invalidVoteOption.wrap(`option ${option} is neither VOTE_OPTION_YES (1) nor VOTE_OPTION_NO (2)`);
}

function assertName(name: string) {
  if (name.trim() === '' || name.length > MAX_NAME || /[\u0000-\u001f]/.test(name)) {
    throw errors.invalidGroupConfig.wrap(`name must be 1 to ${MAX_NAME} printable characters, got ${JSON.stringify(name)}`);
  }
}

function assertTrainingConfig(c: TrainingConfig | null | undefined) {
  if (!c) throw errors.invalidGroupConfig.wrap('training_config is required (loss, optimizer, batch size, evaluation sample size, margin)');
  for (const [field, value] of [['loss', c.loss ?? ''], ['optimizer', c.optimizer ?? '']] as const) {
    if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(value) || value.length > MAX_CONFIG_WORD) {
      throw errors.invalidGroupConfig.wrap(`training_config.${field} must be a name such as "categoricalCrossentropy" or "adam", got ${JSON.stringify(value)}`);
    }
  }
  if (!c.batch_size || c.batch_size <= 0) throw errors.invalidGroupConfig.wrap('training_config.batch_size must be positive');
  if (!c.eval_sample_size || c.eval_sample_size <= 0) throw errors.invalidGroupConfig.wrap('training_config.eval_sample_size must be positive');
}

function assertGroupShape(m: { name: string; model_spec_cid: string; training_config?: TrainingConfig | null; training_round_seconds: number; deposit: string }) {
  assertName(m.name);
  assertCid(m.model_spec_cid, 'model_spec_cid');
  assertTrainingConfig(m.training_config);
  if (m.training_round_seconds <= 0) throw errors.invalidGroupConfig.wrap('training_round_seconds must be positive');
  parseAmount(m.deposit, 'deposit');
}

export function validateCreateGroup(m: MsgCreateGroup) {
  assertAddress(m.creator, 'creator');
  assertGroupShape(m);
  assertCid(m.initial_dataset_cid, 'initial_dataset_cid');
}

export function validateForkGroup(m: MsgForkGroup) {
  assertAddress(m.creator, 'creator');
  assertId(m.parent_group_id, 'parent_group_id');
  assertGroupShape(m);
}

export function validateStake(m: MsgStake | MsgUnstake) {
  assertAddress(m.staker, 'staker');
  assertId(m.group_id, 'group_id');
  return parseAmount(m.amount, 'amount');
}

export function validateProposeDelta(m: MsgProposeDelta) {
  assertAddress(m.proposer, 'proposer');
  assertId(m.group_id, 'group_id');
  assertVersion(m.parent_version, 'parent_version');
  assertCid(m.delta_cid, 'delta_cid');
  assertCid(m.result_cid, 'result_cid');
  if (m.delta_cid === m.result_cid) throw errors.invalidCid.wrap('delta_cid and result_cid are the same content; the delta is the diff, the result the whole training set');
}

export function validateVote(m: MsgVoteDelta | MsgVoteParams) {
  assertAddress(m.voter, 'voter');
  if (!Number.isSafeInteger(m.proposal_id) || m.proposal_id <= 0) throw errors.unknownProposal.wrap(`proposal_id must be positive, got ${m.proposal_id}`);
  voteOptionName(m.option);
}

export function validateProposeParams(m: MsgProposeParams) {
  assertAddress(m.proposer, 'proposer');
  assertId(m.group_id, 'group_id');
  if (m.epoch_length_seconds <= 0) throw errors.invalidEpochLength.wrap('epoch_length_seconds must be positive');
}
