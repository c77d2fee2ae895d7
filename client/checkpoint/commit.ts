// MsgCommitCheckpoint: pays the reveal deposit and binds the trainer to a checkpoint it has not shown yet.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { checkpointCommitment } from '../../modules/checkpoint/commitment.ts';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { checkpointMsgTypes } from './types.ts';

export { checkpointCommitment };

export interface CommitParameters { trainer: string; groupId: number; cid: string; saltHex: string }
export type CommitReturnType = TxResult<{ round: number; roundEndMs: number }>;

/**
 * @example const r = await commitCheckpoint(client, { trainer, groupId: 1, cid, saltHex });
 */
export async function commitCheckpoint(client: SigningStargateClient, p: CommitParameters, o: TxOptions = {}): Promise<CommitReturnType> {
  const value = { trainer: p.trainer, group_id: p.groupId, commitment: checkpointCommitment(p.cid, p.trainer, p.saltHex) };
  return broadcastMsg(client, p.trainer, checkpointMsgTypes.commit, value, (b) => {
    const r = nrn.checkpoint.v1.MsgCommitCheckpointResponse.decode(b);
    return { round: r.round, roundEndMs: r.round_end_ms };
  }, o);
}
