// What staking offers other modules: validator power as CometBFT last heard it, by operator *account* (nrn1…).
import type { KVReader } from '../../chain/store/kv.ts';
import { keys, readInt, decodeText } from './state.ts';
import { valoperFromAccount, accountFromValoper } from './keeper.ts';

export interface ValidatorPower {
  /** The account (nrn1…) that operates the validator. */
  operator: string;
  power: bigint;
}

export interface StakingView {
  /** The power staking last sent to CometBFT for the validator `operatorAccount` runs; 0 when not bonded. */
  bondedPower(kv: KVReader, operatorAccount: string): bigint;
  /** Whether `operatorAccount` runs a bonded validator (sync: fee checks ask it). */
  isBonded(kv: KVReader, operatorAccount: string): boolean;
  totalBondedPower(kv: KVReader): Promise<bigint>;
  /** Every bonded validator, in key order. */
  bondedValidators(kv: KVReader): Promise<ValidatorPower[]>;
}

export const stakingView: StakingView = {
  bondedPower: (kv, operator) => readInt(kv, keys.lastPower(valoperFromAccount(operator))),
  isBonded: (kv, operator) => kv.get(keys.lastPower(valoperFromAccount(operator))) !== undefined,
  async totalBondedPower(kv) {
    // Settlement asks this in end block: sum the stored powers without decoding each key back to an address.
    let total = 0n;
    for await (const [, v] of kv.iterate(keys.lastPowerPrefix)) total += BigInt(decodeText(v));
    return total;
  },
  async bondedValidators(kv) {
    const out: ValidatorPower[] = [];
    for await (const [k, v] of kv.iterate(keys.lastPowerPrefix)) {
      out.push({ operator: accountFromValoper(k.slice(keys.lastPowerPrefix.length)), power: BigInt(decodeText(v)) });
    }
    return out;
  },
};
