// Every staking, distribution and slashing storage key, in one place; records are JSON with bigints as strings.
import { padNumber as pad } from '../../chain/store/codec.ts';


export const keys = {
  params: 'staking/params',
  validator: (valoper: string) => `staking/val/${valoper}`,
  validatorsPrefix: 'staking/val/',
  byConsAddr: (consHex: string) => `staking/cons/${consHex}`,
  delegation: (delegator: string, valoper: string) => `staking/del/${delegator}/${valoper}`,
  delegationsOf: (delegator: string) => `staking/del/${delegator}/`,
  delegationsPrefix: 'staking/del/',
  unbonding: (delegator: string, valoper: string) => `staking/ubd/${delegator}/${valoper}`,
  /** Matured in endBlock in key order, i.e. by completion time. */
  unbondingQueue: (completionMs: number, delegator: string, valoper: string) => `staking/ubdq/${pad(completionMs, 15)}/${delegator}/${valoper}`,
  unbondingQueuePrefix: 'staking/ubdq/',
  /** Index of unbonding delegations by the validator they leave, so a slash finds them. */
  unbondingFromValidator: (valoper: string, delegator: string) => `staking/ubdval/${valoper}/${delegator}`,
  unbondingFromValidatorPrefix: (valoper: string) => `staking/ubdval/${valoper}/`,
  redelegation: (delegator: string, src: string, dst: string) => `staking/red/${delegator}/${src}/${dst}`,
  redelegationsOf: (delegator: string) => `staking/red/${delegator}/`,
  /** Index of redelegations by source validator, so a slash of the source reaches the moved stake. */
  redelegationFromSrc: (src: string, delegator: string, dst: string) => `staking/redsrc/${src}/${delegator}/${dst}`,
  redelegationFromSrcPrefix: (src: string) => `staking/redsrc/${src}/`,
  /** Matured in endBlock in key order, i.e. by completion time. */
  redelegationQueue: (completionMs: number, delegator: string, src: string, dst: string) => `staking/redq/${pad(completionMs, 15)}/${delegator}/${src}/${dst}`,
  redelegationQueuePrefix: 'staking/redq/',
  /** Power last sent to CometBFT, so endBlock sends only changes. */
  lastPower: (valoper: string) => `staking/lastpower/${valoper}`,
  lastPowerPrefix: 'staking/lastpower/',
  // distribution
  rewardPerShare: (valoper: string) => `distr/acc/${valoper}`,
  rewardStart: (valoper: string, delegator: string) => `distr/start/${valoper}/${delegator}`,
  commission: (valoper: string) => `distr/commission/${valoper}`,
  communityPool: 'distr/community_pool',
  // slashing
  signingInfo: (consHex: string) => `slashing/info/${consHex}`,
  missedBit: (consHex: string, index: number) => `slashing/miss/${consHex}/${pad(index, 10)}`,
  missedPrefix: (consHex: string) => `slashing/miss/${consHex}/`,
  evidenceSeen: (consHex: string, height: bigint) => `slashing/evidence/${consHex}/${pad(height, 20)}`,
  /** Block height at which a validator was last slashed for double-signing. */
  doubleSignSlashedAt: (consHex: string) => `slashing/double_sign_slashed_at/${consHex}`,
};

export { readJson, writeJson, readDecimal as readInt, writeDecimal as writeInt, decodeText, encodeText } from '../../chain/store/codec.ts';
