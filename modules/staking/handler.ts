// Staking's message handlers: stateful checks with named guards, then writes, then events.
import {
  MsgCreateValidator, MsgCreateValidatorResponse, MsgEditValidator, MsgEditValidatorResponse, MsgDelegate, MsgDelegateResponse,
  MsgUndelegate, MsgUndelegateResponse, MsgBeginRedelegate, MsgBeginRedelegateResponse,
} from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import type { MsgHandler } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { assertAddress } from '../../chain/address.ts';
import { keys } from './state.ts';
import { DEC_ONE } from './params.ts';
import type { Params } from './params.ts';
import {
  readParams, readValidator, writeValidator, consAddrOf, accountFromValoper,
  BONDED_POOL, NOT_BONDED_POOL,
} from './keeper.ts';
import type { StakingKeeper, ValidatorRecord } from './keeper.ts';
import {
  assertValoper, parsePositiveCoin, parseConsPubkey, parseCommission, decField, assertDelegatorAndValidator, assertDescription,
} from './msgs.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { toTimestamp } from '../../chain/time.ts';

const DO_NOT_MODIFY = '[do-not-modify]';
const COMMISSION_UPDATE_MS = 24 * 3600 * 1000;

const response = (typeUrl: string, value: Uint8Array) => ({ typeUrl, value });

function assertBondDenom(p: Params, denom: string, field: string) {
  if (denom !== p.bondDenom) throw errors.badDenom.wrap(`${field} is in ${denom}, the bond denom is ${p.bondDenom}`);
}

/** The params and a delegation msg's `amount`, which must be a positive amount of the bond denom. */
function bondAmount(kv: KVReader, m: { amount?: { denom: string; amount: string } }) {
  const p = readParams(kv);
  const { denom, amount } = parsePositiveCoin(m.amount, 'amount');
  assertBondDenom(p, denom, 'amount');
  return { p, denom, amount };
}

/** What MsgDelegate and MsgUndelegate both must be: well-formed addresses and a positive coin. */
function validateDelegation(m: { delegatorAddress: string; validatorAddress: string; amount?: { denom: string; amount: string } }) {
  assertDelegatorAndValidator(m.delegatorAddress, m.validatorAddress);
  parsePositiveCoin(m.amount, 'amount');
}

function assertNoValidator(kv: KVReader, valoper: string) {
  if (readValidator(kv, valoper)) throw errors.validatorExists.wrap(`operator ${valoper}`);
}

function assertConsKeyFree(kv: KVReader, consAddr: string) {
  if (kv.get(keys.byConsAddr(consAddr))) throw errors.pubkeyExists.wrap(`consensus address ${consAddr}`);
}

/** Stake that arrived by redelegation must finish its period before moving on, or a slash of its source could not follow it. */
async function assertNoIncomingRedelegation(kv: KVReader, delegator: string, src: string) {
  const prefix = keys.redelegationsOf(delegator);
  for await (const [k] of kv.iterate(prefix)) {
    const [from, to] = k.slice(prefix.length).split('/');
    if (to === src) throw errors.transitiveRedelegation.wrap(`${delegator} redelegated from ${from} to ${src}`);
  }
}

export function stakingHandlers(keeper: StakingKeeper): MsgHandler[] {
  const createValidator: MsgHandler<MsgCreateValidator> = {
    typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
    codec: MsgCreateValidator,
    signers: (m) => [accountFromValoper(m.validatorAddress)],
    validate(m) {
      assertValoper(m.validatorAddress, 'validator_address');
      if (m.delegatorAddress && m.delegatorAddress !== accountFromValoper(m.validatorAddress)) {
        throw errors.invalidAddress.wrap(`delegator_address ${m.delegatorAddress} is not the operator's account ${accountFromValoper(m.validatorAddress)}`);
      }
      parseConsPubkey(m.pubkey);
      parsePositiveCoin(m.value, 'value');
      parseCommission(m.commission);
      assertDescription(m.description, true);
      const minSelf = m.minSelfDelegation ? decField(m.minSelfDelegation, 'min_self_delegation') : 1n;
      if (minSelf <= 0n) throw errors.invalidRequest.wrap('min_self_delegation must be positive');
      if (minSelf > parsePositiveCoin(m.value, 'value').amount) throw errors.selfBondBelowMinimum.wrap(`self-bond ${m.value.amount} is below min_self_delegation ${m.minSelfDelegation}`);
    },
    execute(ctx, m) {
      const p = readParams(ctx.kv);
      const value = parsePositiveCoin(m.value, 'value');
      assertBondDenom(p, value.denom, 'value');
      if (value.amount < p.minSelfBond) throw errors.selfBondBelowMinimum.wrap(`self-bond ${value.amount}${value.denom} is below the chain minimum ${p.minSelfBond}${p.bondDenom}`);
      assertNoValidator(ctx.kv, m.validatorAddress);
      const pubkey = parseConsPubkey(m.pubkey);
      const consAddr = consAddrOf(pubkey);
      assertConsKeyFree(ctx.kv, consAddr);
      const rates = parseCommission(m.commission);
      const d = m.description;
      const v: ValidatorRecord = {
        operator: m.validatorAddress,
        consPubkey: Buffer.from(pubkey).toString('base64'),
        consAddr,
        description: { moniker: d.moniker, identity: d.identity, website: d.website, securityContact: d.securityContact, details: d.details },
        tokens: '0', shares: '0', jailed: false, jailedUntilMs: 0,
        commission: { rate: rates.rate.toString(), maxRate: rates.maxRate.toString(), maxChangeRate: rates.maxChangeRate.toString(), updateTimeMs: ctx.block.timeMs },
        minSelfDelegation: (m.minSelfDelegation ? decField(m.minSelfDelegation, 'min_self_delegation') : 1n).toString(),
      };
      writeValidator(ctx.kv, v);
      ctx.kv.set(keys.byConsAddr(consAddr), new TextEncoder().encode(m.validatorAddress));
      keeper.delegate(ctx, accountFromValoper(m.validatorAddress), m.validatorAddress, value.amount);
      ctx.events.emit(events.createValidator(m.validatorAddress, value.amount, value.denom));
      return response('/cosmos.staking.v1beta1.MsgCreateValidatorResponse', MsgCreateValidatorResponse.encode({}).finish());
    },
  };

  const editValidator: MsgHandler<MsgEditValidator> = {
    typeUrl: '/cosmos.staking.v1beta1.MsgEditValidator',
    codec: MsgEditValidator,
    signers: (m) => [accountFromValoper(m.validatorAddress)],
    validate(m) {
      assertValoper(m.validatorAddress, 'validator_address');
      if (m.description) assertDescription(m.description, false);
      if (m.commissionRate) {
        const r = decField(m.commissionRate, 'commission_rate', errors.commissionNegative);
        if (r > DEC_ONE) throw errors.commissionHuge.wrap(`commission_rate ${m.commissionRate}`);
      }
      if (m.minSelfDelegation && decField(m.minSelfDelegation, 'min_self_delegation') <= 0n) throw errors.invalidRequest.wrap('min_self_delegation must be positive');
    },
    execute(ctx, m) {
      const v = keeper.getValidator(ctx.kv, m.validatorAddress);
      if (m.commissionRate) {
        const next = decField(m.commissionRate, 'commission_rate');
        const cur = BigInt(v.commission.rate);
        if (ctx.block.timeMs - v.commission.updateTimeMs < COMMISSION_UPDATE_MS) throw errors.commissionUpdateTime.wrap(`last change at ${new Date(v.commission.updateTimeMs).toISOString()}`);
        if (next > BigInt(v.commission.maxRate)) throw errors.commissionGTMaxRate.wrap(`rate ${m.commissionRate} is above max_rate ${v.commission.maxRate}`);
        const delta = next > cur ? next - cur : cur - next;
        if (delta > BigInt(v.commission.maxChangeRate)) throw errors.commissionGTMaxChangeRate.wrap(`change from ${cur} to ${next} is more than max_change_rate ${v.commission.maxChangeRate}`);
        v.commission.rate = next.toString();
        v.commission.updateTimeMs = ctx.block.timeMs;
      }
      if (m.minSelfDelegation) {
        const next = decField(m.minSelfDelegation, 'min_self_delegation');
        if (next < BigInt(v.minSelfDelegation)) throw errors.selfBondBelowMinimum.wrap(`min_self_delegation may only increase (from ${v.minSelfDelegation} to ${next})`);
        if (next > BigInt(v.tokens)) throw errors.selfBondBelowMinimum.wrap(`min_self_delegation ${next} is above the validator's tokens ${v.tokens}`);
        v.minSelfDelegation = next.toString();
      }
      // An all-empty description (what a client sends when it edits only the commission) changes nothing.
      if (m.description && Object.values(m.description).some((x) => x !== '')) {
        for (const k of ['moniker', 'identity', 'website', 'securityContact', 'details'] as const) {
          if (m.description[k] !== DO_NOT_MODIFY) v.description[k] = m.description[k];
        }
        if (!v.description.moniker.trim()) throw errors.invalidRequest.wrap('description moniker cannot be blank');
      }
      writeValidator(ctx.kv, v);
      ctx.events.emit(events.editValidator(m.validatorAddress, v.commission.rate));
      return response('/cosmos.staking.v1beta1.MsgEditValidatorResponse', MsgEditValidatorResponse.encode({}).finish());
    },
  };

  const delegate: MsgHandler<MsgDelegate> = {
    typeUrl: '/cosmos.staking.v1beta1.MsgDelegate',
    codec: MsgDelegate,
    signers: (m) => [m.delegatorAddress],
    validate: validateDelegation,
    execute(ctx, m) {
      const { denom, amount } = bondAmount(ctx.kv, m);
      const shares = keeper.delegate(ctx, m.delegatorAddress, m.validatorAddress, amount);
      ctx.events.emit(events.delegate(m.validatorAddress, m.delegatorAddress, amount, denom, shares.toString()));
      return response('/cosmos.staking.v1beta1.MsgDelegateResponse', MsgDelegateResponse.encode({}).finish());
    },
  };

  const undelegate: MsgHandler<MsgUndelegate> = {
    typeUrl: '/cosmos.staking.v1beta1.MsgUndelegate',
    codec: MsgUndelegate,
    signers: (m) => [m.delegatorAddress],
    validate: validateDelegation,
    execute(ctx, m) {
      const { p, denom, amount } = bondAmount(ctx.kv, m);
      keeper.getValidator(ctx.kv, m.validatorAddress);
      keeper.unbond(ctx, m.delegatorAddress, m.validatorAddress, amount);
      const bank = keeper.bank;
      bank.send(ctx, bank.moduleAddress(BONDED_POOL), bank.moduleAddress(NOT_BONDED_POOL), [{ denom, amount }]);
      const completionMs = ctx.block.timeMs + p.unbondingMs;
      keeper.addUnbondingEntry(ctx, m.delegatorAddress, m.validatorAddress, amount, completionMs);
      ctx.events.emit(events.unbond(m.validatorAddress, m.delegatorAddress, amount, denom, completionMs));
      return response('/cosmos.staking.v1beta1.MsgUndelegateResponse', MsgUndelegateResponse.encode({ completionTime: toTimestamp(completionMs), amount: { denom, amount: amount.toString() } }).finish());
    },
  };

  const redelegate: MsgHandler<MsgBeginRedelegate> = {
    typeUrl: '/cosmos.staking.v1beta1.MsgBeginRedelegate',
    codec: MsgBeginRedelegate,
    signers: (m) => [m.delegatorAddress],
    validate(m) {
      assertAddress(m.delegatorAddress, 'delegator_address');
      assertValoper(m.validatorSrcAddress, 'validator_src_address');
      assertValoper(m.validatorDstAddress, 'validator_dst_address');
      if (m.validatorSrcAddress === m.validatorDstAddress) throw errors.selfRedelegation.wrap(`source and destination are both ${m.validatorSrcAddress}`);
      parsePositiveCoin(m.amount, 'amount');
    },
    async execute(ctx, m) {
      const { p, denom, amount } = bondAmount(ctx.kv, m);
      keeper.getValidator(ctx.kv, m.validatorSrcAddress);
      keeper.getValidator(ctx.kv, m.validatorDstAddress);
      await assertNoIncomingRedelegation(ctx.kv, m.delegatorAddress, m.validatorSrcAddress);
      // Delegated tokens sit in the bonded pool whatever the validator's status, so a redelegation moves no coins.
      keeper.unbond(ctx, m.delegatorAddress, m.validatorSrcAddress, amount);
      const shares = keeper.delegate(ctx, m.delegatorAddress, m.validatorDstAddress, amount, true);
      const completionMs = ctx.block.timeMs + p.unbondingMs;
      keeper.addRedelegationEntry(ctx, m.delegatorAddress, m.validatorSrcAddress, m.validatorDstAddress, amount, shares, completionMs);
      ctx.events.emit(events.redelegate(m.validatorSrcAddress, m.validatorDstAddress, m.delegatorAddress, amount, denom, completionMs));
      return response('/cosmos.staking.v1beta1.MsgBeginRedelegateResponse', MsgBeginRedelegateResponse.encode({ completionTime: toTimestamp(completionMs) }).finish());
    },
  };

  return [createValidator, editValidator, delegate, undelegate, redelegate] as MsgHandler[];
}

