// Staking's queries on the Cosmos SDK's gRPC paths, so CosmJS's staking extension and StargateClient answer unchanged.
import {
  QueryValidatorsRequest, QueryValidatorsResponse, QueryValidatorRequest, QueryValidatorResponse, QueryDelegationRequest, QueryDelegationResponse,
  QueryDelegatorDelegationsRequest, QueryDelegatorDelegationsResponse, QueryUnbondingDelegationRequest, QueryUnbondingDelegationResponse,
  QueryDelegatorUnbondingDelegationsRequest, QueryDelegatorUnbondingDelegationsResponse, QueryParamsResponse, QueryPoolResponse,
  QueryRedelegationsRequest, QueryRedelegationsResponse,
} from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { BondStatus, bondStatusFromJSON } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import type { Validator } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import type { QueryContext, QueryHandler } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { assertAddress } from '../../chain/address.ts';
import type { BankView } from '../bank/index.ts';
import { keys, readJson, decodeText } from './state.ts';
import { readParams, readValidator, readShares, tokensOf, isBonded, readRedelegationEntries, BONDED_POOL, NOT_BONDED_POOL, MAX_ENTRIES } from './keeper.ts';
import type { ValidatorRecord, UnbondingEntry } from './keeper.ts';
import { assertValoper, ED25519_PUBKEY_TYPE } from './msgs.ts';
import { errors } from './errors.ts';
import { toTimestamp } from '../../chain/time.ts';

const emptyPage = { nextKey: new Uint8Array(0), total: 0n };

export function statusOf(kv: KVReader, v: ValidatorRecord): BondStatus {
  return isBonded(kv, v.operator) ? BondStatus.BOND_STATUS_BONDED : BondStatus.BOND_STATUS_UNBONDED;
}

export function toProtoValidator(kv: KVReader, v: ValidatorRecord): Validator {
  return {
    operatorAddress: v.operator,
    consensusPubkey: { typeUrl: ED25519_PUBKEY_TYPE, value: Ed25519PubKey.encode({ key: Buffer.from(v.consPubkey, 'base64') }).finish() },
    jailed: v.jailed,
    status: statusOf(kv, v),
    tokens: v.tokens,
    delegatorShares: v.shares,
    description: v.description,
    unbondingHeight: 0n,
    unbondingTime: toTimestamp(v.jailed ? v.jailedUntilMs : 0),
    commission: {
      commissionRates: { rate: v.commission.rate, maxRate: v.commission.maxRate, maxChangeRate: v.commission.maxChangeRate },
      updateTime: toTimestamp(v.commission.updateTimeMs),
    },
    minSelfDelegation: v.minSelfDelegation,
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

function delegationResponse(kv: KVReader, delegator: string, valoper: string, shares: bigint) {
  const v = readValidator(kv, valoper);
  const denom = readParams(kv).bondDenom;
  return {
    delegation: { delegatorAddress: delegator, validatorAddress: valoper, shares: shares.toString() },
    balance: { denom, amount: (v ? tokensOf(v, shares) : 0n).toString() },
  };
}

function unbondingResponse(delegator: string, valoper: string, entries: UnbondingEntry[]) {
  return {
    delegatorAddress: delegator,
    validatorAddress: valoper,
    entries: entries.map((e) => ({
      creationHeight: BigInt(e.creationHeight), completionTime: toTimestamp(e.completionMs), initialBalance: e.initialBalance, balance: e.balance,
      unbondingId: 0n, unbondingOnHoldRefCount: 0n,
    })),
  };
}

/** Each entry with what its destination shares are worth now (less after a slash of the destination). */
function redelegationResponse(kv: KVReader, delegator: string, src: string, dst: string) {
  const entries = readRedelegationEntries(kv, delegator, src, dst) ?? [];
  const dstValidator = readValidator(kv, dst);
  const protoEntries = entries.map((e) => ({
    creationHeight: BigInt(e.creationHeight), completionTime: toTimestamp(e.completionMs), initialBalance: e.initialBalance, sharesDst: e.sharesDst,
    unbondingId: 0n, unbondingOnHoldRefCount: 0n,
  }));
  return {
    redelegation: { delegatorAddress: delegator, validatorSrcAddress: src, validatorDstAddress: dst, entries: protoEntries },
    entries: protoEntries.map((redelegationEntry) => ({ redelegationEntry, balance: (dstValidator ? tokensOf(dstValidator, BigInt(redelegationEntry.sharesDst)) : 0n).toString() })),
  };
}

/** Redelegations of a delegator (optionally from one source, to one destination), or all from a source validator. */
async function findRedelegations(kv: KVReader, req: QueryRedelegationsRequest): Promise<[string, string, string][]> {
  const found: [string, string, string][] = [];
  if (req.delegatorAddr) {
    const prefix = keys.redelegationsOf(req.delegatorAddr);
    for await (const [k] of kv.iterate(prefix)) {
      const [src, dst] = k.slice(prefix.length).split('/') as [string, string];
      if ((!req.srcValidatorAddr || src === req.srcValidatorAddr) && (!req.dstValidatorAddr || dst === req.dstValidatorAddr)) found.push([req.delegatorAddr, src, dst]);
    }
  } else {
    const prefix = keys.redelegationFromSrcPrefix(req.srcValidatorAddr);
    for await (const [k] of kv.iterate(prefix)) {
      const [delegator, dst] = k.slice(prefix.length).split('/') as [string, string];
      if (!req.dstValidatorAddr || dst === req.dstValidatorAddr) found.push([delegator, req.srcValidatorAddr, dst]);
    }
  }
  return found;
}

export function stakingQueries(bank: BankView): QueryHandler[] {
  return [
    {
      path: '/cosmos.staking.v1beta1.Query/Validators',
      async handle(ctx: QueryContext, data) {
        const req = QueryValidatorsRequest.decode(data);
        const want = req.status ? bondStatusFromJSON(req.status) : undefined;
        if (want === BondStatus.UNRECOGNIZED) throw errors.invalidRequest.wrap(`unknown validator status "${req.status}"`);
        const validators: Validator[] = [];
        for await (const [, raw] of ctx.kv.iterate(keys.validatorsPrefix)) {
          const v = JSON.parse(decodeText(raw)) as ValidatorRecord;
          if (want === undefined || statusOf(ctx.kv, v) === want) validators.push(toProtoValidator(ctx.kv, v));
        }
        return QueryValidatorsResponse.encode({ validators, pagination: { ...emptyPage, total: BigInt(validators.length) } }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/Validator',
      handle(ctx, data) {
        const req = QueryValidatorRequest.decode(data);
        assertValoper(req.validatorAddr, 'validator_addr');
        const v = readValidator(ctx.kv, req.validatorAddr);
        if (!v) throw errors.noValidator.wrap(`rpc error: code = NotFound desc = validator ${req.validatorAddr} not found`);
        return QueryValidatorResponse.encode({ validator: toProtoValidator(ctx.kv, v) }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/Delegation',
      handle(ctx, data) {
        const req = QueryDelegationRequest.decode(data);
        assertAddress(req.delegatorAddr, 'delegator_addr');
        assertValoper(req.validatorAddr, 'validator_addr');
        const shares = readShares(ctx.kv, req.delegatorAddr, req.validatorAddr);
        // CosmJS's getDelegation reads "key not found" as "no delegation" and returns null.
        if (shares === 0n) throw errors.noDelegation.wrap(`rpc error: code = NotFound desc = delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}: key not found`);
        return QueryDelegationResponse.encode({ delegationResponse: delegationResponse(ctx.kv, req.delegatorAddr, req.validatorAddr, shares) }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/DelegatorDelegations',
      async handle(ctx, data) {
        const req = QueryDelegatorDelegationsRequest.decode(data);
        assertAddress(req.delegatorAddr, 'delegator_addr');
        const prefix = keys.delegationsOf(req.delegatorAddr);
        const delegationResponses = [];
        for await (const [k, raw] of ctx.kv.iterate(prefix)) delegationResponses.push(delegationResponse(ctx.kv, req.delegatorAddr, k.slice(prefix.length), BigInt(decodeText(raw))));
        return QueryDelegatorDelegationsResponse.encode({ delegationResponses, pagination: { ...emptyPage, total: BigInt(delegationResponses.length) } }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/UnbondingDelegation',
      handle(ctx, data) {
        const req = QueryUnbondingDelegationRequest.decode(data);
        assertAddress(req.delegatorAddr, 'delegator_addr');
        assertValoper(req.validatorAddr, 'validator_addr');
        const entries = readJson<UnbondingEntry[]>(ctx.kv, keys.unbonding(req.delegatorAddr, req.validatorAddr));
        if (!entries) throw errors.noUnbonding.wrap(`rpc error: code = NotFound desc = unbonding delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
        return QueryUnbondingDelegationResponse.encode({ unbond: unbondingResponse(req.delegatorAddr, req.validatorAddr, entries) }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations',
      async handle(ctx, data) {
        const req = QueryDelegatorUnbondingDelegationsRequest.decode(data);
        assertAddress(req.delegatorAddr, 'delegator_addr');
        const prefix = `staking/ubd/${req.delegatorAddr}/`;
        const unbondingResponses = [];
        for await (const [k, raw] of ctx.kv.iterate(prefix)) unbondingResponses.push(unbondingResponse(req.delegatorAddr, k.slice(prefix.length), JSON.parse(decodeText(raw))));
        return QueryDelegatorUnbondingDelegationsResponse.encode({ unbondingResponses, pagination: { ...emptyPage, total: BigInt(unbondingResponses.length) } }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/Redelegations',
      async handle(ctx, data) {
        const req = QueryRedelegationsRequest.decode(data);
        if (req.delegatorAddr) assertAddress(req.delegatorAddr, 'delegator_addr');
        if (req.srcValidatorAddr) assertValoper(req.srcValidatorAddr, 'src_validator_addr');
        if (req.dstValidatorAddr) assertValoper(req.dstValidatorAddr, 'dst_validator_addr');
        if (!req.delegatorAddr && !req.srcValidatorAddr) throw errors.invalidRequest.wrap('name a delegator_addr or a src_validator_addr');
        const found = await findRedelegations(ctx.kv, req);
        if (found.length === 0 && req.delegatorAddr && req.srcValidatorAddr && req.dstValidatorAddr) {
          throw errors.noRedelegation.wrap(`rpc error: code = NotFound desc = redelegation not found for delegator address ${req.delegatorAddr} from validator address ${req.srcValidatorAddr}`);
        }
        const redelegationResponses = found.map(([d, src, dst]) => redelegationResponse(ctx.kv, d, src, dst));
        return QueryRedelegationsResponse.encode({ redelegationResponses, pagination: { ...emptyPage, total: BigInt(redelegationResponses.length) } }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/Params',
      handle(ctx) {
        const p = readParams(ctx.kv);
        return QueryParamsResponse.encode({
          params: {
            unbondingTime: { seconds: BigInt(p.unbondingMs / 1000), nanos: 0 }, maxValidators: p.maxValidators, maxEntries: MAX_ENTRIES,
            historicalEntries: 0, bondDenom: p.bondDenom, minCommissionRate: '0',
          },
        }).finish();
      },
    },
    {
      path: '/cosmos.staking.v1beta1.Query/Pool',
      handle(ctx) {
        const denom = readParams(ctx.kv).bondDenom;
        return QueryPoolResponse.encode({
          pool: {
            bondedTokens: bank.balance(ctx.kv, bank.moduleAddress(BONDED_POOL), denom).toString(),
            notBondedTokens: bank.balance(ctx.kv, bank.moduleAddress(NOT_BONDED_POOL), denom).toString(),
          },
        }).finish();
      },
    },
  ];
}
