// MsgCreateGroup: a training group with its model spec, training config and initial dataset, paid by a deposit.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { trainingsetMsgTypes } from './types.ts';

const pb = nrn.trainingset.v1;

export type CreateGroupParameters = {
  creator: string;
  name: string;
  modelSpecCid: string;
  trainingConfig: { loss: string; optimizer: string; batchSize: number; evalSampleSize: number; marginMicro: number };
  initialDatasetCid: string;
  /** 0 or absent: the chain's default (one week). */
  epochLengthSeconds?: number;
  trainingRoundSeconds: number;
  /** unrn, at least the chain's minimum creation deposit. */
  deposit: bigint;
};
export type CreateGroupReturnType = TxResult<{ groupId: number; version: string }>;
export type CreateGroupErrorType = BroadcastMsgErrorType;

export const toTrainingConfig = (c: CreateGroupParameters['trainingConfig']) => ({
  loss: c.loss, optimizer: c.optimizer, batch_size: c.batchSize, eval_sample_size: c.evalSampleSize, margin_micro: c.marginMicro,
});

/**
 * Creates a training group; returns its id and first training-set version.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic); // .devnet/faucet.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await createGroup(client, {
 *   creator: address, name: 'iris', modelSpecCid, initialDatasetCid, trainingRoundSeconds: 3600, deposit: 10_000_000n,
 *   trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: 64, marginMicro: 1000 },
 * });
 * // response: { groupId: 2, version: '9f86d0…' }
 */
export function createGroup(client: SigningStargateClient, p: CreateGroupParameters, o?: TxOptions): Promise<CreateGroupReturnType> {
  return broadcastMsg(client, p.creator, trainingsetMsgTypes.createGroup, {
    creator: p.creator, name: p.name, model_spec_cid: p.modelSpecCid, training_config: toTrainingConfig(p.trainingConfig),
    initial_dataset_cid: p.initialDatasetCid, epoch_length_seconds: p.epochLengthSeconds ?? 0,
    training_round_seconds: p.trainingRoundSeconds, deposit: p.deposit.toString(),
  }, (b) => {
    const r = pb.MsgCreateGroupResponse.decode(b);
    return { groupId: r.group_id, version: r.version };
  }, o);
}
