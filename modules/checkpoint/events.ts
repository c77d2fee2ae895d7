// Named constructors for checkpoint's events: one typed event per state change.
import { event } from '../../chain/events.ts';
import type { BestCheckpoint, Checkpoint, Commit, LossReport } from './state.ts';

const s = (n: number | bigint) => n.toString();

export const events = {
  committed: (c: Commit, roundEndMs: number) => event('checkpoint_committed', {
    trainer: c.trainer, group_id: s(c.group_id), round: s(c.round), commitment: c.commitment, seq: s(c.seq),
    deposit: `${c.deposit}unrn`, round_end_ms: s(roundEndMs),
  }),
  revealed: (c: Checkpoint) => event('checkpoint_revealed', {
    cid: c.cid, trainer: c.trainer, group_id: s(c.group_id), round: s(c.round), claimed_loss_micro: c.claimed_loss_micro,
    training_set_version: c.training_set_version, parent_cid: c.parent_cid, commitment: c.commitment,
  }),
  seedRecorded: (c: Checkpoint) => event('checkpoint_seed', {
    cid: c.cid, group_id: s(c.group_id), round: s(c.round), seed_block_hash: c.seed_block_hash, seed_height: s(c.seed_height),
  }),
  lossReported: (r: LossReport, groupId: number, round: number) => event('loss_reported', {
    cid: r.cid, validator: r.validator, loss_micro: r.loss_micro, group_id: s(groupId), round: s(round),
  }),
  judged: (c: Checkpoint) => event('checkpoint_judged', {
    cid: c.cid, trainer: c.trainer, group_id: s(c.group_id), round: s(c.round), status: c.status,
    median_loss_micro: c.median_loss_micro, claimed_loss_micro: c.claimed_loss_micro, reported_power: c.reported_power, total_power: c.total_power,
  }),
  trainerMarked: (c: Checkpoint, toleranceMicro: bigint) => event('trainer_marked', {
    trainer: c.trainer, cid: c.cid, group_id: s(c.group_id), round: s(c.round), claimed_loss_micro: c.claimed_loss_micro,
    median_loss_micro: c.median_loss_micro, tolerance_micro: s(toleranceMicro), deposit_burned: `${c.deposit}unrn`,
  }),
  depositReturned: (trainer: string, cid: string, amount: string) => event('reveal_deposit_returned', { trainer, cid, amount: `${amount}unrn` }),
  commitForfeited: (c: Commit) => event('commit_forfeited', {
    trainer: c.trainer, group_id: s(c.group_id), round: s(c.round), commitment: c.commitment, deposit_burned: `${c.deposit}unrn`,
  }),
  roundSettled: (group: number, round: number, winner: string, checkpoints: number) => event('round_settled', {
    group_id: s(group), round: s(round), winner_cid: winner, checkpoints: s(checkpoints),
  }),
  won: (b: BestCheckpoint, previousLoss: string) => event('checkpoint_won', {
    group_id: s(b.group_id), round: s(b.round), cid: b.cid, trainer: b.trainer, loss_micro: b.loss_micro,
    previous_loss_micro: previousLoss, reward: `${b.reward}unrn`,
  }),
};
