import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { toTrainingConfig } from './createGroup.ts';
import type { CreateGroupParameters } from './createGroup.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type ForkGroupParameters = Omit<CreateGroupParameters, 'initialDatasetCid'> & { parentGroupId: number };

/** A new group (a new model) on the parent group's current training set. */
export function forkGroup(client: SigningStargateClient, p: ForkGroupParameters, o?: TxOptions): Promise<TxResult<{ groupId: number; version: string }>> {
  return broadcastMsg(client, p.creator, trainingsetMsgTypes.forkGroup, {
    creator: p.creator, parent_group_id: p.parentGroupId, name: p.name, model_spec_cid: p.modelSpecCid,
    training_config: toTrainingConfig(p.trainingConfig), epoch_length_seconds: p.epochLengthSeconds ?? 0,
    training_round_seconds: p.trainingRoundSeconds, deposit: p.deposit.toString(),
  }, (b) => {
    const r = pb.MsgForkGroupResponse.decode(b);
    return { groupId: r.group_id, version: r.version };
  }, o);
}
