// What trainingset offers other modules: the facts of a group that training rounds depend on.
import type { KVReader } from '../../chain/store/kv.ts';
import { readGroup } from './state.ts';

export interface TrainingGroupFacts {
  id: number;
  /** Hex sha256 of the group's current training-set version. */
  currentVersion: string;
  roundLengthSeconds: number;
  /** A checkpoint must beat the best loss by this much (loss × 1e6). */
  marginMicro: bigint;
}

export interface TrainingsetView {
  group(kv: KVReader, id: number): TrainingGroupFacts | undefined;
}

export const trainingsetView: TrainingsetView = {
  group(kv, id) {
    const g = readGroup(kv, id);
    if (!g) return undefined;
    return { id: g.id, currentVersion: g.version, roundLengthSeconds: g.training_round_seconds, marginMicro: BigInt(g.training_config?.margin_micro ?? 0) };
  },
};
