// Named constructors for trainingset's events: one typed event per state change.
import { event } from '../../chain/events.ts';
import type { DeltaProposal, Group, ParamsProposal } from './state.ts';

const s = (n: number | bigint) => n.toString();

export const events = {
  groupCreated: (g: Group) => event('group_created', {
    group_id: s(g.id), name: g.name, creator: g.creator, version: g.version, dataset_cid: g.dataset_cid,
    epoch_length_seconds: s(g.epoch_length_seconds), deposit: `${g.deposit}unrn`, forked_from: s(g.forked_from),
  }),
  stake: (group: number, staker: string, amount: bigint, bond: bigint) =>
    event('group_stake', { group_id: s(group), staker, amount: `${amount}unrn`, bond: s(bond) }),
  unstake: (group: number, staker: string, amount: bigint, bond: bigint, completionMs: number) =>
    event('group_unstake', { group_id: s(group), staker, amount: `${amount}unrn`, bond: s(bond), completion_ms: s(completionMs) }),
  unbondingCompleted: (group: number, staker: string, amount: bigint) =>
    event('group_unbonding_completed', { group_id: s(group), staker, amount: `${amount}unrn` }),
  deltaProposed: (p: DeltaProposal) => event('delta_proposed', {
    proposal_id: s(p.id), group_id: s(p.group_id), proposer: p.proposer, parent_version: p.parent_version,
    delta_cid: p.delta_cid, result_cid: p.result_cid,
  }),
  deltaVote: (proposal: number, voter: string, option: string, weight: bigint) =>
    event('delta_vote', { proposal_id: s(proposal), voter, option, weight: s(weight) }),
  deltaApplied: (p: DeltaProposal, version: string, number: number, reward: bigint) => event('delta_applied', {
    proposal_id: s(p.id), group_id: s(p.group_id), proposer: p.proposer, parent_version: p.parent_version,
    version, version_number: s(number), delta_cid: p.delta_cid, result_cid: p.result_cid, yes_weight: p.yes_weight, reward: `${reward}unrn`,
  }),
  deltaDropped: (p: DeltaProposal, reason: string) => event('delta_dropped', {
    proposal_id: s(p.id), group_id: s(p.group_id), delta_cid: p.delta_cid, parent_version: p.parent_version, reason,
  }),
  paramsProposed: (p: ParamsProposal) => event('group_params_proposed', {
    proposal_id: s(p.id), group_id: s(p.group_id), proposer: p.proposer, epoch_length_seconds: s(p.epoch_length_seconds),
  }),
  paramsVote: (proposal: number, voter: string, option: string, weight: bigint) =>
    event('group_params_vote', { proposal_id: s(proposal), voter, option, weight: s(weight) }),
  paramsClosed: (p: ParamsProposal, passed: boolean, totalBond: bigint) => event(passed ? 'group_params_changed' : 'group_params_rejected', {
    proposal_id: s(p.id), group_id: s(p.group_id), epoch_length_seconds: s(p.epoch_length_seconds),
    yes_weight: p.yes_weight, total_bond: s(totalBond),
  }),
  epochStarted: (g: Group) => event('group_epoch_started', {
    group_id: s(g.id), epoch: s(g.epoch), start_ms: s(g.epoch_start_ms), epoch_length_seconds: s(g.epoch_length_seconds), version: g.version,
  }),
};
