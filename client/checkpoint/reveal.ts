// MsgRevealCheckpoint: opens a commitment made in an earlier block of the same round.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { checkpointMsgTypes } from './types.ts';

export interface RevealParameters {
  trainer: string; groupId: number; cid: string; saltHex: string;
  claimedLossMicro: bigint; trainingSetVersion: string; parentCid: string;
}

/**
 * @example await revealCheckpoint(client, { trainer, groupId: 1, cid, saltHex, claimedLossMicro: 412345n, trainingSetVersion, parentCid: '' });
 */
export async function revealCheckpoint(client: SigningStargateClient, p: RevealParameters, o: TxOptions = {}): Promise<TxResult<{ round: number }>> {
  const value = {
    trainer: p.trainer, group_id: p.groupId, cid: p.cid, salt: p.saltHex, claimed_loss_micro: p.claimedLossMicro.toString(),
    training_set_version: p.trainingSetVersion, parent_cid: p.parentCid,
  };
  return broadcastMsg(client, p.trainer, checkpointMsgTypes.reveal, value, (b) => ({ round: nrn.checkpoint.v1.MsgRevealCheckpointResponse.decode(b).round }), o);
}
