// What checkpoint needs of other modules, declared here and adapted from the real ones in app/wiring.ts.
import type { KVReader } from '../../chain/store/kv.ts';

/** Validator power as CometBFT last heard it; addresses are operator *account* addresses (nrn1…), the reports' signers. */
export interface ValidatorPowerView {
  bondedPower(kv: KVReader, operatorAccount: string): bigint;
  totalBondedPower(kv: KVReader): Promise<bigint>;
  isBonded(kv: KVReader, operatorAccount: string): boolean;
}

/** The facts of a training group checkpoint rounds depend on. */
export interface GroupFacts {
  id: number;
  /** Hex sha256 of the group's current training-set version. */
  currentVersion: string;
  roundLengthSeconds: number;
  /** A checkpoint must beat the best loss by this much (loss × 1e6). */
  marginMicro: bigint;
}

export interface GroupView {
  group(kv: KVReader, id: number): GroupFacts | undefined;
}
