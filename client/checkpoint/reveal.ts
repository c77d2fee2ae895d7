// MsgRevealCheckpoint: opens a commitment made in an earlier block of the same round.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { checkpointMsgTypes } from './types.ts';

export type RevealParameters = {
  trainer: string; groupId: number; cid: string; saltHex: string;
  claimedLossMicro: bigint; trainingSetVersion: string; parentCid: string;
};
export type RevealReturnType = TxResult<{ round: number }>;
/** TxFailedError with codespace `checkpoint`, code 5 when the commit's round has ended (the deposit is lost). */
export type RevealErrorType = BroadcastMsgErrorType;

/**
 * Reveals a committed checkpoint with its claimed loss; verifiers then evaluate it. Returns the round.
 * @example
 * const { wallet, address } = await mnemonicWallet(trainerMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await revealCheckpoint(client, {
 *   trainer: address, groupId: 1, cid, saltHex, claimedLossMicro: 412345n, trainingSetVersion: group.version, parentCid: '',
 * });
 * // response: { round: 12 } (the round of the commit)
 */
export async function revealCheckpoint(client: SigningStargateClient, p: RevealParameters, o: TxOptions = {}): Promise<RevealReturnType> {
  const value = {
    trainer: p.trainer, group_id: p.groupId, cid: p.cid, salt: p.saltHex, claimed_loss_micro: p.claimedLossMicro.toString(),
    training_set_version: p.trainingSetVersion, parent_cid: p.parentCid,
  };
  return broadcastMsg(client, p.trainer, checkpointMsgTypes.reveal, value, (b) => ({ round: nrn.checkpoint.v1.MsgRevealCheckpointResponse.decode(b).round }), o);
}
