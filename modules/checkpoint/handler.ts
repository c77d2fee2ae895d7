// checkpoint's message handlers: named guards on state, then writes, then one event per change.
import type { Context, MsgHandler } from '../../chain/module.ts';
import type { KV } from '../../chain/store/kv.ts';
import { msgResponder, pbjsCodec } from '../../chain/module.ts';
import { DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { checkpointCommitment } from './commitment.ts';
import { openRound, roundAt } from './rounds.ts';
import {
  keys, readParams, readCommit, writeCommit, readCheckpoint, writeCheckpoint, readRound, readReport, writeReport,
  takeSeq, encodeText, decodeText,
} from './state.ts';
import type { Checkpoint, Commit, Round } from './state.ts';
import { validateCommit, validateReveal, validateReport, parseLossMicro } from './msgs.ts';
import type { MsgCommitCheckpoint, MsgRevealCheckpoint, MsgReportLoss } from './msgs.ts';
import type { GroupFacts, GroupView, ValidatorPowerView } from './views.ts';

const pb = nrn.checkpoint.v1;
/** Module account that escrows reveal deposits (and burns forfeited ones). */
export const CHECKPOINT_MODULE = 'checkpoint';

export interface CheckpointDeps {
  bank: BankView;
  groups: GroupView;
  validators: ValidatorPowerView;
}

const response = msgResponder('nrn.checkpoint.v1');

// ---- guards ----------------------------------------------------------------------------------------

function assertGroup(kv: KV, groups: GroupView, id: number): GroupFacts {
  const g = groups.group(kv, id);
  if (!g) throw errors.unknownGroup.wrap(`group ${id} does not exist (list groups with \`nrn group list\`)`);
  return g;
}

/** The trainer's commit that this reveal opens, or the reason it opens none. */
async function assertOpenedCommit(ctx: Context, g: GroupFacts, m: MsgRevealCheckpoint): Promise<{ commit: Commit; key: string; round: Round }> {
  const commitment = checkpointCommitment(m.cid, m.trainer, m.salt);
  const commitKeyRaw = ctx.kv.get(keys.commitBy(m.trainer, commitment));
  const commit = commitKeyRaw ? readCommit(ctx.kv, decodeText(commitKeyRaw)) : undefined;
  if (commit && commit.group_id === g.id) {
    const round = readRound(ctx.kv, g.id, commit.round)!;
    if (round.settled || ctx.block.timeMs >= round.end_ms) {
      throw errors.revealAfterRound.wrap(`commitment ${commitment} was made in round ${commit.round}, which ended at ${round.end_ms} ms; block time is ${ctx.block.timeMs} ms`);
    }
    if (commit.revealed_cid !== '') throw errors.duplicateCid.wrap(`commitment ${commitment} was already revealed as ${commit.revealed_cid}`);
    if (commit.height >= ctx.block.height) throw errors.revealTooEarly.wrap(`committed at height ${commit.height}, revealing at height ${ctx.block.height}`);
    return { commit, key: decodeText(commitKeyRaw!), round };
  }
  const now = roundAt(ctx.block.timeMs, g.roundLengthSeconds);
  if (await hasUnrevealed(ctx.kv, g.id, now.round, m.trainer)) {
    throw errors.wrongSalt.wrap(`sha256(cid ‖ ${m.trainer} ‖ salt) = ${commitment} matches none of the trainer's commitments in group ${g.id} round ${now.round}`);
  }
  throw errors.revealWithoutCommit.wrap(`${m.trainer} has no open commitment in group ${g.id} round ${now.round}; commit first with MsgCommitCheckpoint`);
}

async function hasUnrevealed(kv: KV, group: number, round: number, trainer: string): Promise<boolean> {
  for await (const [, v] of kv.iterate(keys.commitsOfTrainer(group, round, trainer))) {
    if (pb.Commit.decode(v).revealed_cid === '') return true;
  }
  return false;
}

function assertCidUnused(kv: KV, cid: string) {
  const prior = readCheckpoint(kv, cid);
  if (prior) throw errors.duplicateCid.wrap(`${cid} was revealed by ${prior.trainer} in group ${prior.group_id} round ${prior.round}; a checkpoint CID is accepted once, ever`);
}

function assertParent(kv: KV, g: GroupFacts, parent: string) {
  if (parent === '') return;
  const p = readCheckpoint(kv, parent);
  if (!p || p.group_id !== g.id) throw errors.unknownParent.wrap(`parent ${parent} is not a checkpoint revealed in group ${g.id}`);
}

function assertCurrentVersion(g: GroupFacts, version: string) {
  if (version !== g.currentVersion) throw errors.staleVersion.wrap(`reveal names version ${version}, group ${g.id} is at ${g.currentVersion}; train on the current set (\`nrn dataset sync ${g.id}\`)`);
}

function assertBondedOperator(ctx: Context, validators: ValidatorPowerView, addr: string) {
  if (!validators.isBonded(ctx.kv, addr)) throw errors.notValidator.wrap(`${addr} operates no bonded validator`);
}

function assertReportable(ctx: Context, cid: string): Checkpoint {
  const c = readCheckpoint(ctx.kv, cid);
  if (!c) throw errors.unknownCheckpoint.wrap(`no checkpoint ${cid} was revealed`);
  const round = readRound(ctx.kv, c.group_id, c.round)!;
  if (round.settled) throw errors.roundSettled.wrap(`group ${c.group_id} round ${c.round} settled at ${round.end_ms} ms`);
  if (c.seed_block_hash === '') throw errors.seedPending.wrap(`checkpoint ${cid} was revealed at height ${c.reveal_height}; report after height ${c.reveal_height + 1}`);
  return c;
}

// ---- handlers --------------------------------------------------------------------------------------

export function checkpointHandlers(deps: CheckpointDeps): MsgHandler[] {
  const { bank, groups, validators } = deps;
  const escrow = () => bank.moduleAddress(CHECKPOINT_MODULE);

  const commitHandler: MsgHandler<MsgCommitCheckpoint> = {
    typeUrl: '/nrn.checkpoint.v1.MsgCommitCheckpoint',
    codec: pbjsCodec<MsgCommitCheckpoint>(pb.MsgCommitCheckpoint),
    signers: (m) => [m.trainer],
    validate: validateCommit,
    execute(ctx, m) {
      const g = assertGroup(ctx.kv, groups, m.group_id);
      if (ctx.kv.get(keys.commitBy(m.trainer, m.commitment))) throw errors.duplicateCommit.wrap(`${m.trainer} already committed ${m.commitment}; use a fresh salt`);
      const deposit = BigInt(readParams(ctx.kv).reveal_deposit);
      const round = openRound(ctx.kv, g.id, ctx.block.timeMs, g.roundLengthSeconds);
      if (deposit > 0n) bank.send(ctx, m.trainer, escrow(), [{ denom: DENOM, amount: deposit }]);
      const commit = pb.Commit.create({
        trainer: m.trainer, group_id: g.id, round: round.round, commitment: m.commitment, height: ctx.block.height,
        seq: takeSeq(ctx.kv), deposit: deposit.toString(), revealed_cid: '',
      });
      const key = keys.commit(g.id, round.round, m.trainer, m.commitment);
      writeCommit(ctx.kv, key, commit);
      ctx.kv.set(keys.commitBy(m.trainer, m.commitment), encodeText(key));
      ctx.events.emit(events.committed(commit, round.end_ms));
      return response('MsgCommitCheckpointResponse', pb.MsgCommitCheckpointResponse, { round: round.round, round_end_ms: round.end_ms });
    },
  };

  const revealHandler: MsgHandler<MsgRevealCheckpoint> = {
    typeUrl: '/nrn.checkpoint.v1.MsgRevealCheckpoint',
    codec: pbjsCodec<MsgRevealCheckpoint>(pb.MsgRevealCheckpoint),
    signers: (m) => [m.trainer],
    validate: validateReveal,
    async execute(ctx, m) {
      const g = assertGroup(ctx.kv, groups, m.group_id);
      assertCidUnused(ctx.kv, m.cid);
      const { commit, key } = await assertOpenedCommit(ctx, g, m);
      assertCurrentVersion(g, m.training_set_version);
      assertParent(ctx.kv, g, m.parent_cid);
      const c = pb.Checkpoint.create({
        cid: m.cid, group_id: g.id, round: commit.round, trainer: m.trainer, commitment: commit.commitment,
        commit_height: commit.height, commit_seq: commit.seq, reveal_height: ctx.block.height,
        claimed_loss_micro: parseLossMicro(m.claimed_loss_micro, 'claimed_loss_micro').toString(),
        training_set_version: m.training_set_version, parent_cid: m.parent_cid, deposit: commit.deposit,
        seed_block_hash: '', seed_height: 0, status: 'revealed', median_loss_micro: '', reported_power: '0', total_power: '0',
      });
      writeCheckpoint(ctx.kv, c);
      commit.revealed_cid = m.cid;
      writeCommit(ctx.kv, key, commit);
      ctx.kv.set(keys.roundCheckpoint(g.id, commit.round, commit.seq), encodeText(m.cid));
      ctx.kv.set(keys.awaitingSeed(m.cid), new Uint8Array(0));
      ctx.events.emit(events.revealed(c));
      return response('MsgRevealCheckpointResponse', pb.MsgRevealCheckpointResponse, { round: commit.round });
    },
  };

  const reportHandler: MsgHandler<MsgReportLoss> = {
    typeUrl: '/nrn.checkpoint.v1.MsgReportLoss',
    codec: pbjsCodec<MsgReportLoss>(pb.MsgReportLoss),
    signers: (m) => [m.validator],
    validate: validateReport,
    // Verifying is the validators' duty, so a bonded validator's report carries no fee; anyone else pays and fails.
    feeless: (ctx, m) => validators.isBonded(ctx.kv, m.validator),
    execute(ctx, m) {
      assertBondedOperator(ctx, validators, m.validator);
      const c = assertReportable(ctx, m.cid);
      if (readReport(ctx.kv, keys.report(m.cid, m.validator))) throw errors.duplicateReport.wrap(`${m.validator} already reported on ${m.cid}`);
      const r = pb.LossReport.create({ cid: m.cid, validator: m.validator, loss_micro: parseLossMicro(m.loss_micro, 'loss_micro').toString(), height: ctx.block.height });
      writeReport(ctx.kv, r);
      ctx.events.emit(events.lossReported(r, c.group_id, c.round));
      return response('MsgReportLossResponse', pb.MsgReportLossResponse, {});
    },
  };

  return [commitHandler, revealHandler, reportHandler];
}
