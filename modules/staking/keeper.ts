// Validators, delegations, unbonding and the active set: the stateful core every staking handler goes through.
import { createHash } from 'node:crypto';
import { toBech32, fromBech32 } from '@cosmjs/encoding';
import type { Context } from '../../chain/module.ts';
import type { ValidatorUpdate } from '../../chain/module.ts';
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { BECH32_PREFIX } from '../../chain/address.ts';
import type { BankView } from '../bank/index.ts';
import type { AccountsView } from '../auth/index.ts';
import { keys, readJson, writeJson, readInt, writeInt, decodeText } from './state.ts';
import { DEC_ONE, defaultParams, toParams } from './params.ts';
import type { Params, StakingParams } from './params.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';

export const BONDED_POOL = 'bonded_tokens_pool';
export const NOT_BONDED_POOL = 'not_bonded_tokens_pool';
export const DISTRIBUTION = 'distribution';
export const VALOPER_PREFIX = `${BECH32_PREFIX}valoper`;
export const VALCONS_PREFIX = `${BECH32_PREFIX}valcons`;
/** Shares are 18-decimal atomics (the SDK's LegacyDec wire form): one token buys 10^18 at the start. */
export const SHARES_PER_TOKEN = DEC_ONE;

export interface Description { moniker: string; identity: string; website: string; securityContact: string; details: string }

export interface ValidatorRecord {
  operator: string;
  /** base64 of the 32-byte ed25519 consensus public key. */
  consPubkey: string;
  /** Upper-case hex of sha256(pubkey)[:20], as CometBFT names validators. */
  consAddr: string;
  description: Description;
  tokens: string;
  shares: string;
  jailed: boolean;
  jailedUntilMs: number;
  commission: { rate: string; maxRate: string; maxChangeRate: string; updateTimeMs: number };
  minSelfDelegation: string;
}

export const valoperFromAccount = (account: string) => toBech32(VALOPER_PREFIX, fromBech32(account, 90).data);
export const accountFromValoper = (valoper: string) => toBech32(BECH32_PREFIX, fromBech32(valoper, 90).data);

/** The bech32 form (nrnvalcons1…) of an upper-case hex consensus address, as the SDK's slashing queries name validators. */
export const valconsOf = (consHex: string) => toBech32(VALCONS_PREFIX, Buffer.from(consHex, 'hex'));

/** The validator whose consensus key has this (upper-case hex) address, if any. */
export function validatorByCons(kv: KVReader, consHex: string): ValidatorRecord | undefined {
  const raw = kv.get(keys.byConsAddr(consHex));
  return raw ? readValidator(kv, decodeText(raw)) : undefined;
}

export function consAddrOf(pubkey: Uint8Array): string {
  return createHash('sha256').update(pubkey).digest().subarray(0, 20).toString('hex').toUpperCase();
}

export function readParams(kv: KVReader): Params {
  return toParams(readJson<StakingParams>(kv, keys.params) ?? defaultParams());
}

export const readValidator = (kv: KVReader, valoper: string) => readJson<ValidatorRecord>(kv, keys.validator(valoper));
export const writeValidator = (kv: KV, v: ValidatorRecord) => writeJson(kv, keys.validator(v.operator), v);
export const readShares = (kv: KVReader, delegator: string, valoper: string) => readInt(kv, keys.delegation(delegator, valoper));

/** Tokens a number of shares is worth now (floor, so the validator never owes more than it holds). */
export function tokensOf(v: ValidatorRecord, shares: bigint): bigint {
  const total = BigInt(v.shares);
  return total === 0n ? 0n : (shares * BigInt(v.tokens)) / total;
}

export function powerOf(v: ValidatorRecord, p: Params): bigint {
  return BigInt(v.tokens) / p.powerReduction;
}

export interface UnbondingEntry { creationHeight: number; completionMs: number; initialBalance: string; balance: string }
/** One redelegation: the tokens moved and the destination shares they bought, kept until maturity so a slash of the source reaches them. */
export interface RedelegationEntry { creationHeight: number; completionMs: number; initialBalance: string; sharesDst: string }

export const MAX_ENTRIES = 7;

export const readUnbondingEntries = (kv: KVReader, delegator: string, valoper: string) => readJson<UnbondingEntry[]>(kv, keys.unbonding(delegator, valoper));
export const readRedelegationEntries = (kv: KVReader, delegator: string, src: string, dst: string) => readJson<RedelegationEntry[]>(kv, keys.redelegation(delegator, src, dst));

export function writeUnbondingEntries(kv: KV, delegator: string, valoper: string, entries: UnbondingEntry[]) {
  if (entries.length) {
    writeJson(kv, keys.unbonding(delegator, valoper), entries);
    kv.set(keys.unbondingFromValidator(valoper, delegator), new Uint8Array(0));
  } else {
    kv.delete(keys.unbonding(delegator, valoper));
    kv.delete(keys.unbondingFromValidator(valoper, delegator));
  }
}

export function writeRedelegationEntries(kv: KV, delegator: string, src: string, dst: string, entries: RedelegationEntry[]) {
  if (entries.length) {
    writeJson(kv, keys.redelegation(delegator, src, dst), entries);
    kv.set(keys.redelegationFromSrc(src, delegator, dst), new Uint8Array(0));
  } else {
    kv.delete(keys.redelegation(delegator, src, dst));
    kv.delete(keys.redelegationFromSrc(src, delegator, dst));
  }
}

/** Hooks the distribution side gives the keeper, so rewards settle before a delegation's shares change. */
export interface DelegationHooks {
  beforeSharesChange(ctx: Context, delegator: string, valoper: string): void;
  afterSharesChange(ctx: Context, delegator: string, valoper: string): void;
}

export interface StakingKeeper {
  bank: BankView;
  accounts: AccountsView;
  hooks: DelegationHooks;
  getValidator(kv: KVReader, valoper: string): ValidatorRecord;
  /** Moves `amount` from the delegator into the bonded pool and returns the new shares. */
  /**
   * Adds `amount` tokens to the delegation and returns the shares bought. The tokens come from the delegator's
   * account, or with `alreadyBonded` (a redelegation between bonded validators) they are already in the bonded pool.
   */
  delegate(ctx: Context, delegator: string, valoper: string, amount: bigint, alreadyBonded?: boolean): bigint;
  /** Removes `amount` tokens' worth of the delegation; the tokens stay in the bonded pool for the caller to route. */
  unbond(ctx: Context, delegator: string, valoper: string, amount: bigint): void;
  /** Removes `shares` of the delegation (the SDK's Unbond) and returns the tokens they were worth, left in the bonded pool. */
  removeShares(ctx: Context, delegator: string, valoper: string, shares: bigint): bigint;
  addUnbondingEntry(ctx: Context, delegator: string, valoper: string, amount: bigint, completionMs: number): void;
  addRedelegationEntry(ctx: Context, delegator: string, src: string, dst: string, amount: bigint, sharesDst: bigint, completionMs: number): void;
  jail(ctx: Context, v: ValidatorRecord, untilMs: number): void;
  matureUnbondings(ctx: Context): Promise<void>;
  matureRedelegations(ctx: Context): Promise<void>;
  validatorUpdates(ctx: Context): Promise<ValidatorUpdate[]>;
}

/** Queue keys whose completion time (the first path segment after the prefix) has come. */
async function dueKeys(ctx: Context, prefix: string): Promise<string[]> {
  const due: string[] = [];
  for await (const [k] of ctx.kv.iterate(prefix)) {
    if (Number(k.slice(prefix.length).split('/')[0]) > ctx.block.timeMs) break;
    due.push(k);
  }
  return due;
}

export function createStakingKeeper(bank: BankView, accounts: AccountsView, hooks: DelegationHooks): StakingKeeper {
  /** Burns `burnt` of the delegator's `held` shares and `amount` of the validator's tokens (still in the bonded pool). */
  function takeShares(ctx: Context, v: ValidatorRecord, delegator: string, held: bigint, burnt: bigint, amount: bigint) {
    const valoper = v.operator;
    hooks.beforeSharesChange(ctx, delegator, valoper);
    writeInt(ctx.kv, keys.delegation(delegator, valoper), held - burnt);
    v.tokens = (BigInt(v.tokens) - amount).toString();
    v.shares = (BigInt(v.shares) - burnt).toString();
    // A validator whose own stake falls below its promised minimum leaves the set until it rebonds and unjails.
    if (delegator === accountFromValoper(valoper) && !v.jailed && tokensOf(v, held - burnt) < BigInt(v.minSelfDelegation)) {
      v.jailed = true;
      v.jailedUntilMs = Math.max(v.jailedUntilMs, ctx.block.timeMs);
      ctx.events.emit(events.jail(valoper, v.jailedUntilMs));
    }
    writeValidator(ctx.kv, v);
    if (held - burnt > 0n) hooks.afterSharesChange(ctx, delegator, valoper);
  }

  const keeper: StakingKeeper = {
    bank, accounts, hooks,
    getValidator(kv, valoper) {
      const v = readValidator(kv, valoper);
      if (!v) throw errors.noValidator.wrap(`validator ${valoper}`);
      return v;
    },

    delegate(ctx, delegator, valoper, amount, alreadyBonded = false) {
      const p = readParams(ctx.kv);
      const v = keeper.getValidator(ctx.kv, valoper);
      const tokens = BigInt(v.tokens), total = BigInt(v.shares);
      if (tokens === 0n && total > 0n) throw errors.badAmount.wrap(`validator ${valoper} was slashed to zero tokens; its shares are worthless`);
      const newShares = total === 0n ? amount * SHARES_PER_TOKEN : (amount * total) / tokens;
      if (newShares === 0n) throw errors.badAmount.wrap(`${amount}${p.bondDenom} buys no shares of ${valoper}`);
      if (!alreadyBonded) bank.send(ctx, delegator, bank.moduleAddress(BONDED_POOL), [{ denom: p.bondDenom, amount }]);
      hooks.beforeSharesChange(ctx, delegator, valoper);
      writeInt(ctx.kv, keys.delegation(delegator, valoper), readShares(ctx.kv, delegator, valoper) + newShares);
      v.tokens = (tokens + amount).toString();
      v.shares = (total + newShares).toString();
      writeValidator(ctx.kv, v);
      hooks.afterSharesChange(ctx, delegator, valoper);
      return newShares;
    },

    unbond(ctx, delegator, valoper, amount) {
      const p = readParams(ctx.kv);
      const v = keeper.getValidator(ctx.kv, valoper);
      const held = readShares(ctx.kv, delegator, valoper);
      if (held === 0n) throw errors.noDelegation.wrap(`${delegator} has no delegation to ${valoper}`);
      const balance = tokensOf(v, held);
      if (amount > balance) throw errors.insufficientShares.wrap(`${delegator} has ${balance}${p.bondDenom} delegated to ${valoper}, cannot undelegate ${amount}${p.bondDenom}`);
      const tokens = BigInt(v.tokens), total = BigInt(v.shares);
      // Shares are rounded up so the delegators who stay never pay for the one who leaves.
      let burnt = amount === balance ? held : (amount * total + tokens - 1n) / tokens;
      if (burnt > held) burnt = held;
      takeShares(ctx, v, delegator, held, burnt, amount);
    },

    removeShares(ctx, delegator, valoper, shares) {
      const v = keeper.getValidator(ctx.kv, valoper);
      const held = readShares(ctx.kv, delegator, valoper);
      if (shares > held) throw errors.insufficientShares.wrap(`${delegator} holds ${held} shares of ${valoper}, cannot remove ${shares}`);
      const amount = shares === BigInt(v.shares) ? BigInt(v.tokens) : tokensOf(v, shares);
      takeShares(ctx, v, delegator, held, shares, amount);
      return amount;
    },

    addUnbondingEntry(ctx, delegator, valoper, amount, completionMs) {
      const entries = readUnbondingEntries(ctx.kv, delegator, valoper) ?? [];
      if (entries.length >= MAX_ENTRIES) throw errors.invalidRequest.wrap(`too many unbonding entries for (${delegator}, ${valoper}), at most ${MAX_ENTRIES}; wait for one to complete`);
      entries.push({ creationHeight: ctx.block.height, completionMs, initialBalance: amount.toString(), balance: amount.toString() });
      writeUnbondingEntries(ctx.kv, delegator, valoper, entries);
      ctx.kv.set(keys.unbondingQueue(completionMs, delegator, valoper), new Uint8Array(0));
    },

    addRedelegationEntry(ctx, delegator, src, dst, amount, sharesDst, completionMs) {
      const entries = readRedelegationEntries(ctx.kv, delegator, src, dst) ?? [];
      if (entries.length >= MAX_ENTRIES) throw errors.maxRedelegationEntries.wrap(`(${delegator}, ${src}, ${dst}) has ${MAX_ENTRIES}; wait for one to complete`);
      entries.push({ creationHeight: ctx.block.height, completionMs, initialBalance: amount.toString(), sharesDst: sharesDst.toString() });
      writeRedelegationEntries(ctx.kv, delegator, src, dst, entries);
      ctx.kv.set(keys.redelegationQueue(completionMs, delegator, src, dst), new Uint8Array(0));
    },

    jail(ctx, v, untilMs) {
      v.jailed = true;
      v.jailedUntilMs = Math.max(v.jailedUntilMs, untilMs);
      writeValidator(ctx.kv, v);
      ctx.events.emit(events.jail(v.operator, v.jailedUntilMs));
    },

    async matureUnbondings(ctx) {
      const p = readParams(ctx.kv);
      for (const k of await dueKeys(ctx, keys.unbondingQueuePrefix)) {
        const [, delegator, valoper] = k.slice(keys.unbondingQueuePrefix.length).split('/') as [string, string, string];
        ctx.kv.delete(k);
        const entries = readUnbondingEntries(ctx.kv, delegator, valoper) ?? [];
        const [matured, waiting] = [entries.filter((e) => e.completionMs <= ctx.block.timeMs), entries.filter((e) => e.completionMs > ctx.block.timeMs)];
        const amount = matured.reduce((s, e) => s + BigInt(e.balance), 0n);
        if (amount > 0n) {
          bank.send(ctx, bank.moduleAddress(NOT_BONDED_POOL), delegator, [{ denom: p.bondDenom, amount }]);
          ctx.events.emit(events.completeUnbonding(valoper, delegator, amount, p.bondDenom));
        }
        writeUnbondingEntries(ctx.kv, delegator, valoper, waiting);
      }
    },

    async matureRedelegations(ctx) {
      for (const k of await dueKeys(ctx, keys.redelegationQueuePrefix)) {
        const [, delegator, src, dst] = k.slice(keys.redelegationQueuePrefix.length).split('/') as [string, string, string, string];
        ctx.kv.delete(k);
        const entries = readRedelegationEntries(ctx.kv, delegator, src, dst) ?? [];
        const waiting = entries.filter((e) => e.completionMs > ctx.block.timeMs);
        if (waiting.length < entries.length) ctx.events.emit(events.completeRedelegation(src, dst, delegator));
        writeRedelegationEntries(ctx.kv, delegator, src, dst, waiting);
      }
    },

    async validatorUpdates(ctx) {
      const p = readParams(ctx.kv);
      const candidates: { v: ValidatorRecord; power: bigint }[] = [];
      for await (const [, raw] of ctx.kv.iterate(keys.validatorsPrefix)) {
        const v = JSON.parse(decodeText(raw)) as ValidatorRecord;
        const power = powerOf(v, p);
        if (!v.jailed && power > 0n) candidates.push({ v, power });
      }
      candidates.sort((a, b) => (a.power === b.power ? (a.v.operator < b.v.operator ? -1 : 1) : a.power > b.power ? -1 : 1));
      const next = new Map(candidates.slice(0, p.maxValidators).map((c) => [c.v.operator, c]));
      const last = new Map<string, bigint>();
      for await (const [k, raw] of ctx.kv.iterate(keys.lastPowerPrefix)) last.set(k.slice(keys.lastPowerPrefix.length), BigInt(decodeText(raw)));
      const changed = new Set([...next.keys(), ...last.keys()]);
      const updates: ValidatorUpdate[] = [];
      for (const valoper of [...changed].sort()) {
        const power = next.get(valoper)?.power ?? 0n;
        if (power === (last.get(valoper) ?? 0n)) continue;
        const v = next.get(valoper)?.v ?? keeper.getValidator(ctx.kv, valoper);
        updates.push({ pubKey: { ed25519: Buffer.from(v.consPubkey, 'base64') }, power });
        writeInt(ctx.kv, keys.lastPower(valoper), power);
        ctx.events.emit(events.powerChange(valoper, power));
      }
      return updates;
    },
  };
  return keeper;
}

/** Bonded means in the set CometBFT was last told about (power > 0 sent and not yet withdrawn). */
export const isBonded = (kv: KVReader, valoper: string) => kv.get(keys.lastPower(valoper)) !== undefined;
