// Fee rewards, F1-style: each validator keeps a cumulative reward per share; a delegation is owed
// shares × (current − at its last settlement). Integer math, floor everywhere; see allocateFees for where remainders go.
import { MsgWithdrawDelegatorReward, MsgWithdrawDelegatorRewardResponse, MsgWithdrawValidatorCommission, MsgWithdrawValidatorCommissionResponse } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import {
  QueryDelegationRewardsRequest, QueryDelegationRewardsResponse, QueryDelegationTotalRewardsRequest, QueryDelegationTotalRewardsResponse,
  QueryCommunityPoolResponse, QueryValidatorCommissionRequest, QueryValidatorCommissionResponse, QueryParamsResponse,
  QueryValidatorOutstandingRewardsRequest, QueryValidatorOutstandingRewardsResponse, QueryDelegatorValidatorsRequest, QueryDelegatorValidatorsResponse,
  QueryDelegatorWithdrawAddressRequest, QueryDelegatorWithdrawAddressResponse,
} from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { BlockEvidence, Context, MsgHandler, QueryHandler } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { assertAddress } from '../../chain/address.ts';
import { FEE_COLLECTOR } from '../auth/index.ts';
import type { BankView } from '../bank/index.ts';
import { keys, readInt, writeInt, decodeText } from './state.ts';
import { DEC_ONE } from './params.ts';
import { DISTRIBUTION, readParams, readShares, readValidator, accountFromValoper } from './keeper.ts';
import type { DelegationHooks } from './keeper.ts';
import { assertValoper } from './msgs.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';

/** Precision of the reward-per-share accumulator: rewards per share atomic, times 10^36. */
export const REWARD_SCALE = 10n ** 36n;

export function pendingReward(kv: KVReader, delegator: string, valoper: string): bigint {
  const shares = readShares(kv, delegator, valoper);
  if (shares === 0n) return 0n;
  const acc = readInt(kv, keys.rewardPerShare(valoper));
  return (shares * (acc - readInt(kv, keys.rewardStart(valoper, delegator)))) / REWARD_SCALE;
}

function assertValidatorKnown(kv: KVReader, valoper: string) {
  if (!readValidator(kv, valoper)) throw errors.noValidatorExists.wrap(`rpc error: code = NotFound desc = validator ${valoper}`);
}

/** Commission plus every delegation's withdrawable reward: what the validator's delegators and operator could withdraw now. */
async function outstandingRewards(kv: KVReader, valoper: string): Promise<bigint> {
  let total = readInt(kv, keys.commission(valoper));
  const suffix = `/${valoper}`;
  for await (const [k] of kv.iterate(keys.delegationsPrefix)) {
    if (!k.endsWith(suffix)) continue;
    total += pendingReward(kv, k.slice(keys.delegationsPrefix.length, -suffix.length), valoper);
  }
  return total;
}

export function createDistribution(bank: BankView) {
  function withdraw(ctx: Context, delegator: string, valoper: string): bigint {
    const p = readParams(ctx.kv);
    const amount = pendingReward(ctx.kv, delegator, valoper);
    writeInt(ctx.kv, keys.rewardStart(valoper, delegator), readInt(ctx.kv, keys.rewardPerShare(valoper)));
    if (amount > 0n) bank.send(ctx, bank.moduleAddress(DISTRIBUTION), delegator, [{ denom: p.bondDenom, amount }]);
    ctx.events.emit(events.withdrawRewards(valoper, delegator, amount, p.bondDenom));
    return amount;
  }

  const hooks: DelegationHooks = {
    beforeSharesChange(ctx, delegator, valoper) {
      if (readShares(ctx.kv, delegator, valoper) > 0n) withdraw(ctx, delegator, valoper);
    },
    afterSharesChange(ctx, delegator, valoper) {
      writeInt(ctx.kv, keys.rewardStart(valoper, delegator), readInt(ctx.kv, keys.rewardPerShare(valoper)));
    },
  };

  /**
   * Moves the fee collector's balance to the distribution account and splits it over the validators of the
   * last commit by power (CometBFT's figures; bonded power when the commit is empty, as at height 1).
   * Rounding: each validator gets floor(fees × power / total); commission floor(reward × rate); delegators'
   * per-share increment floor(rest × 10^36 / shares). The split remainder and validators without shares feed
   * the community pool; per-share dust stays in the distribution account, never paid twice.
   */
  async function allocateFees(ctx: Context, evidence: BlockEvidence): Promise<void> {
    const p = readParams(ctx.kv);
    const collector = bank.moduleAddress(FEE_COLLECTOR);
    const fees = bank.balance(ctx.kv, collector, p.bondDenom);
    if (fees === 0n) return;
    bank.send(ctx, collector, bank.moduleAddress(DISTRIBUTION), [{ denom: p.bondDenom, amount: fees }]);
    const recipients: { valoper: string; power: bigint }[] = [];
    for (const vote of evidence.decidedLastCommit?.votes ?? []) {
      if (vote.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_UNKNOWN || vote.validator.power <= 0n) continue;
      const raw = ctx.kv.get(keys.byConsAddr(Buffer.from(vote.validator.address).toString('hex').toUpperCase()));
      recipients.push({ valoper: raw ? decodeText(raw) : '', power: vote.validator.power });
    }
    if (recipients.length === 0) {
      for await (const [k, raw] of ctx.kv.iterate(keys.lastPowerPrefix)) recipients.push({ valoper: k.slice(keys.lastPowerPrefix.length), power: BigInt(decodeText(raw)) });
    }
    const total = recipients.reduce((s, r) => s + r.power, 0n);
    let paid = 0n;
    for (const r of recipients) {
      const v = r.valoper ? readValidator(ctx.kv, r.valoper) : undefined;
      const shares = v ? BigInt(v.shares) : 0n;
      if (!v || shares === 0n) continue;
      const reward = (fees * r.power) / total;
      const commission = (reward * BigInt(v.commission.rate)) / DEC_ONE;
      const rest = reward - commission;
      writeInt(ctx.kv, keys.commission(r.valoper), readInt(ctx.kv, keys.commission(r.valoper)) + commission);
      writeInt(ctx.kv, keys.rewardPerShare(r.valoper), readInt(ctx.kv, keys.rewardPerShare(r.valoper)) + (rest * REWARD_SCALE) / shares);
      paid += reward;
      ctx.events.emit(events.commission(r.valoper, commission, p.bondDenom));
      ctx.events.emit(events.rewards(r.valoper, rest, p.bondDenom));
    }
    writeInt(ctx.kv, keys.communityPool, readInt(ctx.kv, keys.communityPool) + fees - paid);
  }

  const withdrawRewardHandler: MsgHandler<MsgWithdrawDelegatorReward> = {
    typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward',
    codec: MsgWithdrawDelegatorReward,
    signers: (m) => [m.delegatorAddress],
    validate(m) {
      assertAddress(m.delegatorAddress, 'delegator_address');
      assertValoper(m.validatorAddress, 'validator_address');
    },
    execute(ctx, m) {
      if (!readValidator(ctx.kv, m.validatorAddress)) throw errors.noValidator.wrap(`validator ${m.validatorAddress}`);
      if (readShares(ctx.kv, m.delegatorAddress, m.validatorAddress) === 0n) throw errors.noDelegationRewards.wrap(`${m.delegatorAddress} has no delegation to ${m.validatorAddress}`);
      const amount = withdraw(ctx, m.delegatorAddress, m.validatorAddress);
      const denom = readParams(ctx.kv).bondDenom;
      return { typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorRewardResponse', value: MsgWithdrawDelegatorRewardResponse.encode({ amount: amount > 0n ? [{ denom, amount: amount.toString() }] : [] }).finish() };
    },
  };

  const withdrawCommissionHandler: MsgHandler<MsgWithdrawValidatorCommission> = {
    typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission',
    codec: MsgWithdrawValidatorCommission,
    signers: (m) => [accountFromValoper(m.validatorAddress)],
    validate: (m) => assertValoper(m.validatorAddress, 'validator_address'),
    execute(ctx, m) {
      if (!readValidator(ctx.kv, m.validatorAddress)) throw errors.noValidator.wrap(`validator ${m.validatorAddress}`);
      const denom = readParams(ctx.kv).bondDenom;
      const amount = readInt(ctx.kv, keys.commission(m.validatorAddress));
      if (amount === 0n) throw errors.noDelegationRewards.wrap(`validator ${m.validatorAddress} has no accumulated commission`);
      writeInt(ctx.kv, keys.commission(m.validatorAddress), 0n);
      bank.send(ctx, bank.moduleAddress(DISTRIBUTION), accountFromValoper(m.validatorAddress), [{ denom, amount }]);
      ctx.events.emit(events.withdrawCommission(m.validatorAddress, amount, denom));
      return { typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommissionResponse', value: MsgWithdrawValidatorCommissionResponse.encode({ amount: [{ denom, amount: amount.toString() }] }).finish() };
    },
  };

  // DecCoin amounts on the wire are 18-decimal atomics.
  const decCoins = (denom: string, amount: bigint) => (amount > 0n ? [{ denom, amount: (amount * DEC_ONE).toString() }] : []);

  const queries: QueryHandler[] = [
    {
      path: '/cosmos.distribution.v1beta1.Query/DelegationRewards',
      handle(ctx, data) {
        const req = QueryDelegationRewardsRequest.decode(data);
        assertAddress(req.delegatorAddress, 'delegator_address');
        assertValoper(req.validatorAddress, 'validator_address');
        assertValidatorKnown(ctx.kv, req.validatorAddress);
        if (readShares(ctx.kv, req.delegatorAddress, req.validatorAddress) === 0n) throw errors.noDelegationRewards.wrap(`${req.delegatorAddress} has no delegation to ${req.validatorAddress}`);
        const denom = readParams(ctx.kv).bondDenom;
        return QueryDelegationRewardsResponse.encode({ rewards: decCoins(denom, pendingReward(ctx.kv, req.delegatorAddress, req.validatorAddress)) }).finish();
      },
    },
    {
      path: '/cosmos.distribution.v1beta1.Query/DelegationTotalRewards',
      async handle(ctx, data) {
        const req = QueryDelegationTotalRewardsRequest.decode(data);
        assertAddress(req.delegatorAddress, 'delegator_address');
        const denom = readParams(ctx.kv).bondDenom;
        const prefix = keys.delegationsOf(req.delegatorAddress);
        const rewards = [];
        let total = 0n;
        for await (const [k] of ctx.kv.iterate(prefix)) {
          const valoper = k.slice(prefix.length);
          const r = pendingReward(ctx.kv, req.delegatorAddress, valoper);
          total += r;
          rewards.push({ validatorAddress: valoper, reward: decCoins(denom, r) });
        }
        return QueryDelegationTotalRewardsResponse.encode({ rewards, total: decCoins(denom, total) }).finish();
      },
    },
    {
      path: '/cosmos.distribution.v1beta1.Query/ValidatorCommission',
      handle(ctx, data) {
        const req = QueryValidatorCommissionRequest.decode(data);
        assertValoper(req.validatorAddress, 'validator_address');
        assertValidatorKnown(ctx.kv, req.validatorAddress);
        const denom = readParams(ctx.kv).bondDenom;
        return QueryValidatorCommissionResponse.encode({ commission: { commission: decCoins(denom, readInt(ctx.kv, keys.commission(req.validatorAddress))) } }).finish();
      },
    },
    {
      path: '/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards',
      async handle(ctx, data) {
        const req = QueryValidatorOutstandingRewardsRequest.decode(data);
        assertValoper(req.validatorAddress, 'validator_address');
        assertValidatorKnown(ctx.kv, req.validatorAddress);
        const denom = readParams(ctx.kv).bondDenom;
        return QueryValidatorOutstandingRewardsResponse.encode({ rewards: { rewards: decCoins(denom, await outstandingRewards(ctx.kv, req.validatorAddress)) } }).finish();
      },
    },
    {
      path: '/cosmos.distribution.v1beta1.Query/DelegatorValidators',
      async handle(ctx, data) {
        const req = QueryDelegatorValidatorsRequest.decode(data);
        assertAddress(req.delegatorAddress, 'delegator_address');
        const prefix = keys.delegationsOf(req.delegatorAddress);
        const validators: string[] = [];
        for await (const [k] of ctx.kv.iterate(prefix)) validators.push(k.slice(prefix.length));
        return QueryDelegatorValidatorsResponse.encode({ validators }).finish();
      },
    },
    {
      // Withdraw addresses cannot be set here (withdraw_addr_enabled is false): rewards go to the delegator.
      path: '/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress',
      handle(_ctx, data) {
        const req = QueryDelegatorWithdrawAddressRequest.decode(data);
        assertAddress(req.delegatorAddress, 'delegator_address');
        return QueryDelegatorWithdrawAddressResponse.encode({ withdrawAddress: req.delegatorAddress }).finish();
      },
    },
    {
      // No community tax: the pool receives only rounding remainders and the shares of validators without delegators.
      path: '/cosmos.distribution.v1beta1.Query/Params',
      handle() {
        return QueryParamsResponse.encode({ params: { communityTax: '0', baseProposerReward: '0', bonusProposerReward: '0', withdrawAddrEnabled: false } }).finish();
      },
    },
    {
      path: '/cosmos.distribution.v1beta1.Query/CommunityPool',
      handle(ctx) {
        const denom = readParams(ctx.kv).bondDenom;
        return QueryCommunityPoolResponse.encode({ pool: decCoins(denom, readInt(ctx.kv, keys.communityPool)) }).finish();
      },
    },
  ];

  return { hooks, allocateFees, withdraw, msgs: [withdrawRewardHandler, withdrawCommissionHandler] as MsgHandler[], queries };
}

