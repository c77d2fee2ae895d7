// Stateless checks of checkpoint's messages (ValidateBasic): addresses, CIDs, hex fields, fixed-point losses.
import { cidProblem } from '../../chain/cid.ts';
import { assertAddress } from '../../chain/address.ts';
import { parseUint } from '../../chain/amount.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';

const pb = nrn.checkpoint.v1;
export type MsgCommitCheckpoint = InstanceType<typeof pb.MsgCommitCheckpoint>;
export type MsgRevealCheckpoint = InstanceType<typeof pb.MsgRevealCheckpoint>;
export type MsgReportLoss = InstanceType<typeof pb.MsgReportLoss>;

const U64_MAX = (1n << 64n) - 1n;
const HEX64 = /^[0-9a-f]{64}$/;

/** A canonical base32 CIDv1 of UnixFS content: one spelling per checkpoint, so "accepted once" cannot be dodged. */
export function assertCid(value: string, field: string): void {
  const problem = cidProblem(value, field);
  if (problem) throw errors.invalidCid.wrap(problem);
}

/** An unsigned 64-bit fixed-point loss (loss × 1e6) written in decimal. */
export function parseLossMicro(value: string, field: string): bigint {
  return parseUint(value, {
    max: U64_MAX, allowZero: true, maxDigits: 20,
    refuse: (problem) => errors.invalidLoss.wrap(problem === 'malformed' ? `${field} "${value}" must be an unsigned decimal integer (loss × 1e6)` : `${field} ${value} overflows uint64`),
  });
}

function assertGroupId(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) throw errors.unknownGroup.wrap(`group_id must be a positive id, got ${id}`);
}

export function validateCommit(m: MsgCommitCheckpoint) {
  assertAddress(m.trainer, 'trainer');
  assertGroupId(m.group_id);
  if (!HEX64.test(m.commitment)) throw errors.invalidCommitment.wrap(`commitment "${m.commitment}" must be 64 lower-case hex characters (sha256(cid ‖ trainer ‖ salt))`);
}

export function validateReveal(m: MsgRevealCheckpoint) {
  assertAddress(m.trainer, 'trainer');
  assertGroupId(m.group_id);
  assertCid(m.cid, 'cid');
  if (!/^([0-9a-f]{2}){16,64}$/.test(m.salt)) throw errors.invalidSalt.wrap(`salt must be 16 to 64 bytes in lower-case hex, got ${m.salt.length} characters`);
  parseLossMicro(m.claimed_loss_micro, 'claimed_loss_micro');
  if (!HEX64.test(m.training_set_version)) throw errors.invalidVersion.wrap(`training_set_version "${m.training_set_version}" must be 64 lower-case hex characters`);
  if (m.parent_cid !== '') assertCid(m.parent_cid, 'parent_cid');
  if (m.parent_cid === m.cid) throw errors.unknownParent.wrap('a checkpoint cannot be its own parent');
}

export function validateReport(m: MsgReportLoss) {
  assertAddress(m.validator, 'validator');
  assertCid(m.cid, 'cid');
  parseLossMicro(m.loss_micro, 'loss_micro');
}
