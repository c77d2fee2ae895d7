// MsgForkGroup: a new group (a new model) that starts from the parent group's current training set.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { toTrainingConfig } from './createGroup.ts';
import type { CreateGroupParameters } from './createGroup.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type ForkGroupParameters = Omit<CreateGroupParameters, 'initialDatasetCid'> & { parentGroupId: number };
export type ForkGroupReturnType = TxResult<{ groupId: number; version: string }>;
export type ForkGroupErrorType = BroadcastMsgErrorType;

/**
 * A new group (a new model) on the parent group's current training set; returns its id and first version (the parent's).
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await forkGroup(client, {
 *   creator: address, parentGroupId: 1, name: 'iris-wide', modelSpecCid, trainingRoundSeconds: 3600, deposit: 10_000_000n,
 *   trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 32, evalSampleSize: 64, marginMicro: 1000 },
 * });
 * // response: { groupId: 3, version: <group 1's current version> }
 */
export function forkGroup(client: SigningStargateClient, p: ForkGroupParameters, o?: TxOptions): Promise<ForkGroupReturnType> {
  return broadcastMsg(client, p.creator, trainingsetMsgTypes.forkGroup, {
    creator: p.creator, parent_group_id: p.parentGroupId, name: p.name, model_spec_cid: p.modelSpecCid,
    training_config: toTrainingConfig(p.trainingConfig), epoch_length_seconds: p.epochLengthSeconds ?? 0,
    training_round_seconds: p.trainingRoundSeconds, deposit: p.deposit.toString(),
  }, (b) => {
    const r = pb.MsgForkGroupResponse.decode(b);
    return { groupId: r.group_id, version: r.version };
  }, o);
}
