// The commitment binds the trainer's address, so a commitment or CID seen by someone else is useless to them.
import { createHash } from 'node:crypto';

const enc = new TextEncoder();

/** hex sha256(cid UTF-8 ‖ trainer address UTF-8 ‖ salt bytes). */
export function checkpointCommitment(cid: string, trainer: string, saltHex: string): string {
  return createHash('sha256').update(enc.encode(cid)).update(enc.encode(trainer)).update(Buffer.from(saltHex, 'hex')).digest('hex');
}
