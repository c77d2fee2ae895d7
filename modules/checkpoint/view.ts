// What checkpoint offers other modules: the groups whose winning checkpoint changed, each handed out once.
import type { KV } from '../../chain/store/kv.ts';
import { takeNewWinners } from './state.ts';

export interface NewWinner {
  groupId: number;
  checkpointCid: string;
  /** The training-set version the checkpoint was trained on; empty for records written before versions were kept. */
  trainingSetVersion: string;
}

export interface CheckpointView {
  /** Groups whose winning checkpoint changed since the last call, in group-id order. */
  takeNewWinners(kv: KV): Promise<NewWinner[]>;
}

export const checkpointView: CheckpointView = {
  async takeNewWinners(kv) {
    return (await takeNewWinners(kv)).map((best) => ({ groupId: best.group_id, checkpointCid: best.cid, trainingSetVersion: best.training_set_version }));
  },
};
