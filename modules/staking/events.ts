// Named constructors for staking, distribution and slashing events (the Cosmos SDK's event types and keys).
import { event } from '../../chain/events.ts';

const coin = (amount: bigint, denom: string) => `${amount}${denom}`;

export const events = {
  createValidator: (validator: string, amount: bigint, denom: string) => event('create_validator', { validator, amount: coin(amount, denom) }),
  editValidator: (validator: string, commissionRate: string) => event('edit_validator', { validator, commission_rate: commissionRate }),
  delegate: (validator: string, delegator: string, amount: bigint, denom: string, newShares: string) =>
    event('delegate', { validator, delegator, amount: coin(amount, denom), new_shares: newShares }),
  unbond: (validator: string, delegator: string, amount: bigint, denom: string, completionMs: number) =>
    event('unbond', { validator, delegator, amount: coin(amount, denom), completion_time: new Date(completionMs).toISOString() }),
  redelegate: (src: string, dst: string, delegator: string, amount: bigint, denom: string, completionMs: number) =>
    event('redelegate', { source_validator: src, destination_validator: dst, delegator, amount: coin(amount, denom), completion_time: new Date(completionMs).toISOString() }),
  completeUnbonding: (validator: string, delegator: string, amount: bigint, denom: string) =>
    event('complete_unbonding', { validator, delegator, amount: coin(amount, denom) }),
  completeRedelegation: (src: string, dst: string, delegator: string) =>
    event('complete_redelegation', { source_validator: src, destination_validator: dst, delegator }),
  powerChange: (validator: string, power: bigint) => event('validator_power', { validator, power: power.toString() }),
  withdrawRewards: (validator: string, delegator: string, amount: bigint, denom: string) =>
    event('withdraw_rewards', { validator, delegator, amount: coin(amount, denom) }),
  withdrawCommission: (validator: string, amount: bigint, denom: string) => event('withdraw_commission', { validator, amount: coin(amount, denom) }),
  rewards: (validator: string, amount: bigint, denom: string) => event('rewards', { validator, amount: coin(amount, denom) }),
  commission: (validator: string, amount: bigint, denom: string) => event('commission', { validator, amount: coin(amount, denom) }),
  /** burned_coins counts every token burned for the infraction: the validator's and its departed stake's. */
  slash: (validator: string, reason: string, burned: bigint, power: bigint, infractionHeight: number) =>
    event('slash', { address: validator, reason, burned_coins: burned.toString(), power: power.toString(), infraction_height: String(infractionHeight) }),
  jail: (validator: string, untilMs: number) => event('jail', { validator, jailed_until: new Date(untilMs).toISOString() }),
  liveness: (consAddr: string, missed: number, height: number) => event('liveness', { address: consAddr, missed_blocks: String(missed), height: String(height) }),
  unjail: (validator: string) => event('unjail', { validator }),
};
