// What bridge needs of other modules, declared here and adapted from staking in chain/wiring.ts.
import type { KVReader } from '../../chain/store/kv.ts';

/** A bonded validator as the bridge sees it: its operator account (nrn1…) and the power CometBFT last heard. */
export interface BondedSigner {
  operator: string;
  power: bigint;
}

export interface SignerSetView {
  /** Every bonded validator, any order. */
  bondedValidators(kv: KVReader): Promise<BondedSigner[]>;
  /** Whether `operator` runs a bonded validator (sync: fee checks ask it). */
  isBonded(kv: KVReader, operator: string): boolean;
}
