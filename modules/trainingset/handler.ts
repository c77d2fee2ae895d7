// trainingset's message handlers: check the signer's state with named guards, write, emit.
import type { Context, MsgHandler } from '../../chain/module.ts';
import { msgResponder, pbjsCodec } from '../../chain/module.ts';
import type { KV } from '../../chain/store/kv.ts';
import { DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import {
  keys, takeId, readGroup, writeGroup, readParams, readBond, writeBond, readProposal, writeProposal,
  readParamsProposal, writeParamsProposal, readVote, writeVote, writeVersion, idsUnder, encodeText, decodeText,
} from './state.ts';
import type { Group, Params } from './state.ts';
import {
  validateCreateGroup, validateForkGroup, validateStake, validateProposeDelta, validateVote, validateProposeParams,
  parseAmount, voteOptionName,
} from './msgs.ts';
import type {
  MsgCreateGroup, MsgForkGroup, MsgStake, MsgUnstake, MsgProposeDelta, MsgVoteDelta, MsgProposeParams, MsgVoteParams,
} from './msgs.ts';
import { genesisVersion } from '../../dataset/version.ts';

const pb = nrn.trainingset.v1;
/** Holds bonds and unbonding stake. */
export const BOND_POOL = 'trainingset';
/** Holds creation deposits, kept per group so a later close-group message can return them. */
export const DEPOSIT_POOL = 'trainingset_deposits';

const response = msgResponder('nrn.trainingset.v1');

// ---- guards ----------------------------------------------------------------------------------------

export function assertGroup(kv: KV, id: number): Group {
  const g = readGroup(kv, id);
  if (!g) throw errors.unknownGroup.wrap(`group ${id} does not exist (list groups with \`nrn group list\`)`);
  return g;
}

function assertEpochLength(params: Params, seconds: number) {
  if (seconds < params.min_epoch_length_seconds || seconds > params.max_epoch_length_seconds) {
    throw errors.invalidEpochLength.wrap(`epoch length ${seconds} s is outside [${params.min_epoch_length_seconds}, ${params.max_epoch_length_seconds}] s`);
  }
}

function assertDeposit(params: Params, deposit: bigint) {
  const min = BigInt(params.min_creation_deposit);
  if (deposit < min) throw errors.depositTooSmall.wrap(`deposit ${deposit}unrn is below the minimum of ${min}unrn`);
}

function assertBonded(kv: KV, group: number, voter: string): bigint {
  const bond = readBond(kv, group, voter);
  if (bond === 0n) throw errors.noBond.wrap(`${voter} has no bond in group ${group}; stake first (\`nrn group stake ${group} <amount>\`)`);
  return bond;
}

// ---- shared writes ---------------------------------------------------------------------------------

/** Starts epoch `g.epoch` at `startMs` and queues its end. */
export function scheduleEpoch(kv: KV, g: Group, startMs: number) {
  g.epoch_start_ms = startMs;
  kv.set(keys.epochEnd(startMs + g.epoch_length_seconds * 1000, g.id), new Uint8Array(0));
}

interface NewGroup {
  creator: string; name: string; modelSpecCid: string; config: MsgCreateGroup['training_config'];
  epochLengthSeconds: number; trainingRoundSeconds: number; deposit: bigint;
  datasetCid: string; version: string; forkedFrom: number;
}

function createGroup(ctx: Context, bank: BankView, n: NewGroup): Group {
  const params = readParams(ctx.kv);
  const epochLength = n.epochLengthSeconds === 0 ? params.default_epoch_length_seconds : n.epochLengthSeconds;
  assertEpochLength(params, epochLength);
  assertDeposit(params, n.deposit);
  bank.send(ctx, n.creator, bank.moduleAddress(DEPOSIT_POOL), [{ denom: DENOM, amount: n.deposit }]);
  const g = pb.Group.create({
    id: takeId(ctx.kv, keys.nextGroupId), name: n.name, creator: n.creator, model_spec_cid: n.modelSpecCid,
    training_config: n.config, initial_dataset_cid: n.datasetCid, epoch_length_seconds: epochLength,
    training_round_seconds: n.trainingRoundSeconds, deposit: n.deposit.toString(), epoch: 1, version_number: 0,
    version: n.version, dataset_cid: n.datasetCid, total_bond: '0', forked_from: n.forkedFrom, created_height: ctx.block.height,
  });
  scheduleEpoch(ctx.kv, g, ctx.block.timeMs);
  writeGroup(ctx.kv, g);
  writeVersion(ctx.kv, pb.VersionRecord.create({
    group_id: g.id, number: 0, version: g.version, dataset_cid: g.dataset_cid, epoch: 1, height: ctx.block.height, time_ms: ctx.block.timeMs,
  }));
  ctx.events.emit(events.groupCreated(g));
  return g;
}

/** After an unstake, no standing vote may weigh more than the bond left, so moved coins never vote twice. */
async function capVotes(kv: KV, group: number, voter: string, bond: bigint) {
  for (const id of await idsUnder(kv, keys.openProposalsOf(group))) {
    const key = keys.vote(id, voter);
    const v = readVote(kv, key);
    if (!v || BigInt(v.weight) <= bond) continue;
    const p = readProposal(kv, id)!;
    const cut = BigInt(v.weight) - bond;
    if (v.option === pb.VoteOption.VOTE_OPTION_YES) p.yes_weight = (BigInt(p.yes_weight) - cut).toString();
    else p.no_weight = (BigInt(p.no_weight) - cut).toString();
    v.weight = bond.toString();
    writeVote(kv, key, v);
    writeProposal(kv, p);
  }
  for (const id of await idsUnder(kv, keys.openParamsProposalsOf(group))) {
    const key = keys.paramsVote(id, voter);
    const v = readVote(kv, key);
    if (!v || BigInt(v.weight) <= bond) continue;
    const p = readParamsProposal(kv, id)!;
    const cut = BigInt(v.weight) - bond;
    if (v.option === pb.VoteOption.VOTE_OPTION_YES) p.yes_weight = (BigInt(p.yes_weight) - cut).toString();
    else p.no_weight = (BigInt(p.no_weight) - cut).toString();
    v.weight = bond.toString();
    writeVote(kv, key, v);
    writeParamsProposal(kv, p);
  }
}

/**
 * Records `voter`'s vote on an open proposal (delta or params) under `voteKey`, with its bond in the group as
 * weight, replacing (never adding to) an earlier vote in the tally; the caller writes the proposal back.
 */
function recordVote(kv: KV, proposal: { id: number; group_id: number; yes_weight: string; no_weight: string }, voteKey: string, voter: string, option: number): bigint {
  const weight = assertBonded(kv, proposal.group_id, voter);
  const previous = readVote(kv, voteKey);
  if (previous) {
    const field = previous.option === pb.VoteOption.VOTE_OPTION_YES ? 'yes_weight' : 'no_weight';
    proposal[field] = (BigInt(proposal[field]) - BigInt(previous.weight)).toString();
  }
  const field = option === pb.VoteOption.VOTE_OPTION_YES ? 'yes_weight' : 'no_weight';
  proposal[field] = (BigInt(proposal[field]) + weight).toString();
  writeVote(kv, voteKey, pb.Vote.create({ proposal_id: proposal.id, voter, option, weight: weight.toString() }));
  return weight;
}

// ---- handlers --------------------------------------------------------------------------------------

export function trainingsetHandlers(bank: BankView): MsgHandler[] {
  const createGroupHandler: MsgHandler<MsgCreateGroup> = {
    typeUrl: '/nrn.trainingset.v1.MsgCreateGroup',
    codec: pbjsCodec<MsgCreateGroup>(pb.MsgCreateGroup),
    signers: (m) => [m.creator],
    validate: validateCreateGroup,
    execute(ctx, m) {
      const g = createGroup(ctx, bank, {
        creator: m.creator, name: m.name, modelSpecCid: m.model_spec_cid, config: m.training_config,
        epochLengthSeconds: m.epoch_length_seconds, trainingRoundSeconds: m.training_round_seconds,
        deposit: parseAmount(m.deposit, 'deposit'), datasetCid: m.initial_dataset_cid,
        version: genesisVersion(m.initial_dataset_cid), forkedFrom: 0,
      });
      return response('MsgCreateGroupResponse', pb.MsgCreateGroupResponse, { group_id: g.id, version: g.version });
    },
  };

  const forkGroupHandler: MsgHandler<MsgForkGroup> = {
    typeUrl: '/nrn.trainingset.v1.MsgForkGroup',
    codec: pbjsCodec<MsgForkGroup>(pb.MsgForkGroup),
    signers: (m) => [m.creator],
    validate: validateForkGroup,
    execute(ctx, m) {
      const parent = assertGroup(ctx.kv, m.parent_group_id);
      const g = createGroup(ctx, bank, {
        creator: m.creator, name: m.name, modelSpecCid: m.model_spec_cid, config: m.training_config,
        epochLengthSeconds: m.epoch_length_seconds, trainingRoundSeconds: m.training_round_seconds,
        deposit: parseAmount(m.deposit, 'deposit'), datasetCid: parent.dataset_cid, version: parent.version, forkedFrom: parent.id,
      });
      return response('MsgForkGroupResponse', pb.MsgForkGroupResponse, { group_id: g.id, version: g.version });
    },
  };

  const stakeHandler: MsgHandler<MsgStake, bigint> = {
    typeUrl: '/nrn.trainingset.v1.MsgStake',
    codec: pbjsCodec<MsgStake>(pb.MsgStake),
    signers: (m) => [m.staker],
    validate: validateStake,
    execute(ctx, m, amount) {
      const g = assertGroup(ctx.kv, m.group_id);
      bank.send(ctx, m.staker, bank.moduleAddress(BOND_POOL), [{ denom: DENOM, amount }]);
      const bond = readBond(ctx.kv, g.id, m.staker) + amount;
      writeBond(ctx.kv, g.id, m.staker, bond);
      g.total_bond = (BigInt(g.total_bond) + amount).toString();
      writeGroup(ctx.kv, g);
      ctx.events.emit(events.stake(g.id, m.staker, amount, bond));
      return response('MsgStakeResponse', pb.MsgStakeResponse, { bond: bond.toString() });
    },
  };

  const unstakeHandler: MsgHandler<MsgUnstake, bigint> = {
    typeUrl: '/nrn.trainingset.v1.MsgUnstake',
    codec: pbjsCodec<MsgUnstake>(pb.MsgUnstake),
    signers: (m) => [m.staker],
    validate: validateStake,
    async execute(ctx, m, amount) {
      const g = assertGroup(ctx.kv, m.group_id);
      const have = readBond(ctx.kv, g.id, m.staker);
      if (amount > have) throw errors.insufficientBond.wrap(`cannot unstake ${amount}unrn from group ${g.id}: ${m.staker} has ${have}unrn bonded`);
      const bond = have - amount;
      writeBond(ctx.kv, g.id, m.staker, bond);
      g.total_bond = (BigInt(g.total_bond) - amount).toString();
      writeGroup(ctx.kv, g);
      await capVotes(ctx.kv, g.id, m.staker, bond);
      const completionMs = ctx.block.timeMs + g.epoch_length_seconds * 1000;
      const seq = takeId(ctx.kv, keys.nextUnbondingSeq);
      const queueKey = keys.unbonding(completionMs, seq);
      ctx.kv.set(queueKey, pb.Unbonding.encode({ group_id: g.id, staker: m.staker, amount: amount.toString(), completion_ms: completionMs }).finish());
      ctx.kv.set(keys.unbondingOf(g.id, m.staker, seq), encodeText(queueKey));
      ctx.events.emit(events.unstake(g.id, m.staker, amount, bond, completionMs));
      return response('MsgUnstakeResponse', pb.MsgUnstakeResponse, { completion_ms: completionMs });
    },
  };

  const proposeDeltaHandler: MsgHandler<MsgProposeDelta> = {
    typeUrl: '/nrn.trainingset.v1.MsgProposeDelta',
    codec: pbjsCodec<MsgProposeDelta>(pb.MsgProposeDelta),
    signers: (m) => [m.proposer],
    validate: validateProposeDelta,
    execute(ctx, m) {
      const g = assertGroup(ctx.kv, m.group_id);
      if (m.parent_version !== g.version) {
        throw errors.staleParent.wrap(`parent ${m.parent_version} is not group ${g.id}'s current version ${g.version} (version ${g.version_number}); rebase the delta on it`);
      }
      const used = ctx.kv.get(keys.usedDeltaCid(m.delta_cid));
      if (used) throw errors.duplicateDelta.wrap(`delta ${m.delta_cid} was proposed before (proposal ${decodeText(used)}); a delta CID is accepted once, ever`);
      const p = pb.DeltaProposal.create({
        id: takeId(ctx.kv, keys.nextProposalId), group_id: g.id, proposer: m.proposer, parent_version: m.parent_version,
        delta_cid: m.delta_cid, result_cid: m.result_cid, epoch: g.epoch, height: ctx.block.height,
        yes_weight: '0', no_weight: '0', status: 'open',
      });
      writeProposal(ctx.kv, p);
      ctx.kv.set(keys.openProposal(g.id, p.id), new Uint8Array(0));
      ctx.kv.set(keys.usedDeltaCid(m.delta_cid), encodeText(String(p.id)));
      ctx.events.emit(events.deltaProposed(p));
      return response('MsgProposeDeltaResponse', pb.MsgProposeDeltaResponse, { proposal_id: p.id });
    },
  };

  const voteDeltaHandler: MsgHandler<MsgVoteDelta> = {
    typeUrl: '/nrn.trainingset.v1.MsgVoteDelta',
    codec: pbjsCodec<MsgVoteDelta>(pb.MsgVoteDelta),
    signers: (m) => [m.voter],
    validate: validateVote,
    execute(ctx, m) {
      const p = readProposal(ctx.kv, m.proposal_id);
      if (!p) throw errors.unknownProposal.wrap(`delta proposal ${m.proposal_id} does not exist`);
      if (p.status !== 'open') throw errors.proposalClosed.wrap(`delta proposal ${p.id} was ${p.status} at the end of epoch ${p.epoch}`);
      const weight = recordVote(ctx.kv, p, keys.vote(p.id, m.voter), m.voter, m.option);
      writeProposal(ctx.kv, p);
      ctx.events.emit(events.deltaVote(p.id, m.voter, voteOptionName(m.option), weight));
      return response('MsgVoteDeltaResponse', pb.MsgVoteDeltaResponse, { weight: weight.toString() });
    },
  };

  const proposeParamsHandler: MsgHandler<MsgProposeParams> = {
    typeUrl: '/nrn.trainingset.v1.MsgProposeParams',
    codec: pbjsCodec<MsgProposeParams>(pb.MsgProposeParams),
    signers: (m) => [m.proposer],
    validate: validateProposeParams,
    execute(ctx, m) {
      const g = assertGroup(ctx.kv, m.group_id);
      assertEpochLength(readParams(ctx.kv), m.epoch_length_seconds);
      const p = pb.ParamsProposal.create({
        id: takeId(ctx.kv, keys.nextParamsProposalId), group_id: g.id, proposer: m.proposer,
        epoch_length_seconds: m.epoch_length_seconds, epoch: g.epoch, height: ctx.block.height, yes_weight: '0', no_weight: '0',
      });
      writeParamsProposal(ctx.kv, p);
      ctx.kv.set(keys.openParamsProposal(g.id, p.id), new Uint8Array(0));
      ctx.events.emit(events.paramsProposed(p));
      return response('MsgProposeParamsResponse', pb.MsgProposeParamsResponse, { proposal_id: p.id });
    },
  };

  const voteParamsHandler: MsgHandler<MsgVoteParams> = {
    typeUrl: '/nrn.trainingset.v1.MsgVoteParams',
    codec: pbjsCodec<MsgVoteParams>(pb.MsgVoteParams),
    signers: (m) => [m.voter],
    validate: validateVote,
    execute(ctx, m) {
      const p = readParamsProposal(ctx.kv, m.proposal_id);
      if (!p) throw errors.unknownProposal.wrap(`params proposal ${m.proposal_id} does not exist`);
      if (!ctx.kv.get(keys.openParamsProposal(p.group_id, p.id))) throw errors.proposalClosed.wrap(`params proposal ${p.id} closed at the end of epoch ${p.epoch}`);
      const weight = recordVote(ctx.kv, p, keys.paramsVote(p.id, m.voter), m.voter, m.option);
      writeParamsProposal(ctx.kv, p);
      ctx.events.emit(events.paramsVote(p.id, m.voter, voteOptionName(m.option), weight));
      return response('MsgVoteParamsResponse', pb.MsgVoteParamsResponse, { weight: weight.toString() });
    },
  };

  return [
    createGroupHandler, stakeHandler, unstakeHandler, proposeDeltaHandler, voteDeltaHandler,
    proposeParamsHandler, voteParamsHandler, forkGroupHandler,
  ] as MsgHandler[];
}
