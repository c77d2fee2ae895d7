// MsgCommitCheckpoint: pays the reveal deposit and binds the trainer to a checkpoint it has not shown yet.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { checkpointCommitment } from '../../modules/checkpoint/commitment.ts';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { checkpointMsgTypes } from './types.ts';

export { checkpointCommitment };

export type CommitParameters = { trainer: string; groupId: number; cid: string; saltHex: string };
export type CommitReturnType = TxResult<{ round: number; roundEndMs: number }>;
export type CommitErrorType = BroadcastMsgErrorType;

/**
 * Commits to checkpoint `cid` with a secret salt (sha256(cid ‖ trainer ‖ salt) goes on chain); reveal it in a
 * later block of the same round. Returns the round and when it ends.
 * @example
 * const { wallet, address } = await mnemonicWallet(trainerMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const saltHex = randomBytes(32).toString('hex');
 * const { response } = await commitCheckpoint(client, { trainer: address, groupId: 1, cid, saltHex });
 * // response: { round: 12, roundEndMs: 1767225600000 }
 */
export async function commitCheckpoint(client: SigningStargateClient, p: CommitParameters, o: TxOptions = {}): Promise<CommitReturnType> {
  const value = { trainer: p.trainer, group_id: p.groupId, commitment: checkpointCommitment(p.cid, p.trainer, p.saltHex) };
  return broadcastMsg(client, p.trainer, checkpointMsgTypes.commit, value, (b) => {
    const r = nrn.checkpoint.v1.MsgCommitCheckpointResponse.decode(b);
    return { round: r.round, roundEndMs: r.round_end_ms };
  }, o);
}
