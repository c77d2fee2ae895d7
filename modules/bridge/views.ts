// What bridge needs of other modules, declared here and adapted from staking in app/wiring.ts.
import type { KV, KVReader } from '../../chain/store/kv.ts';

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

/** A group's winning checkpoint as the settlement record carries it. */
export interface GroupSettlement {
  groupId: number;
  checkpointCid: string;
  /** The training-set version the checkpoint was trained on: 64 hex characters (sha256), with or without 0x. */
  trainingSetVersion: string;
}

/** What bridge needs of checkpoint + trainingset: the groups whose winning checkpoint changed. */
export interface SettlementSourceView {
  /** Groups whose winning checkpoint changed since the last call, in group-id order; each change is handed out once. */
  takeNewWinners(kv: KV): Promise<GroupSettlement[]>;
}
