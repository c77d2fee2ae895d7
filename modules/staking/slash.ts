// Slashing stake for an infraction at a known height, with the Cosmos SDK's x/staking Slash semantics: stake that
// has left the validator since the infraction (unbonding entries, redelegations) pays its share first, the
// validator's tokens pay the rest, and every burned token leaves the supply.
import type { Context } from '../../chain/module.ts';
import { keys } from './state.ts';
import { DEC_ONE } from './params.ts';
import {
  readParams, readShares, readUnbondingEntries, writeUnbondingEntries, readRedelegationEntries, powerOf, writeValidator,
  BONDED_POOL, NOT_BONDED_POOL,
} from './keeper.ts';
import type { StakingKeeper, ValidatorRecord, UnbondingEntry } from './keeper.ts';
import { events } from './events.ts';

export interface Infraction {
  /** First block height whose stake answers for the infraction (see the callers for the validator-update delay). */
  height: number;
  /** Voting power at the infraction, as CometBFT reports it: the stake at risk is power × power_reduction. */
  power: bigint;
  /** 18-decimal atomics. */
  fraction: bigint;
  reason: string;
}

/** x × fraction for 18-decimal fractions, rounded half to even like the SDK's LegacyDec.Mul. */
export function mulDec(x: bigint, fraction: bigint): bigint {
  const product = x * fraction;
  const q = product / DEC_ONE, r = product % DEC_ONE;
  if (2n * r > DEC_ONE || (2n * r === DEC_ONE && q % 2n === 1n)) return q + 1n;
  return q;
}

/** Token amounts owed by one entry: SDK slashes truncate(fraction × initial balance). */
const owedBy = (initialBalance: string, fraction: bigint) => (BigInt(initialBalance) * fraction) / DEC_ONE;

/** An entry still answers for the infraction if it began at or after it and has not matured. */
const answers = (ctx: Context, e: { creationHeight: number; completionMs: number }, height: number) =>
  e.creationHeight >= height && e.completionMs > ctx.block.timeMs;

/**
 * Takes up to `cap` tokens (no cap when undefined: each entry pays its own share) from the delegator's unbonding
 * entries on `valoper` that answer for the infraction. Returns what each entry owed in total and what was taken.
 */
function slashUnbondingEntries(ctx: Context, delegator: string, valoper: string, inf: Infraction, cap?: bigint): { owed: bigint; taken: bigint } {
  const entries = readUnbondingEntries(ctx.kv, delegator, valoper);
  if (!entries) return { owed: 0n, taken: 0n };
  let owed = 0n, taken = 0n;
  const next: UnbondingEntry[] = entries.map((e) => {
    if (!answers(ctx, e, inf.height)) return e;
    const share = cap === undefined ? owedBy(e.initialBalance, inf.fraction) : cap - taken;
    owed += share;
    const take = share < BigInt(e.balance) ? share : BigInt(e.balance);
    if (take <= 0n) return e;
    taken += take;
    return { ...e, balance: (BigInt(e.balance) - take).toString() };
  });
  if (taken > 0n) writeUnbondingEntries(ctx.kv, delegator, valoper, next);
  return { owed, taken };
}

/**
 * A redelegation away from the slashed validator pays on the destination: first from any unbonding the delegator
 * began there since the infraction, then by removing the matching fraction of the destination shares.
 */
function slashRedelegation(ctx: Context, keeper: StakingKeeper, delegator: string, src: string, dst: string, inf: Infraction) {
  let owed = 0n, fromUnbonding = 0n, fromDelegation = 0n;
  for (const e of readRedelegationEntries(ctx.kv, delegator, src, dst) ?? []) {
    if (!answers(ctx, e, inf.height)) continue;
    const due = owedBy(e.initialBalance, inf.fraction);
    owed += due;
    const { taken } = slashUnbondingEntries(ctx, delegator, dst, inf, due);
    fromUnbonding += taken;
    const left = due - taken;
    // What the dst unbonding already paid is not taken again from the shares (the SDK would; we scale them down).
    let shares = due === 0n ? 0n : (mulDec(BigInt(e.sharesDst), inf.fraction) * left) / due;
    const held = readShares(ctx.kv, delegator, dst);
    if (shares > held) shares = held;
    if (shares === 0n || left === 0n) continue;
    fromDelegation += keeper.removeShares(ctx, delegator, dst, shares);
  }
  return { owed, fromUnbonding, fromDelegation };
}

/**
 * Slashes `v` (mutated and written) for an infraction; returns the tokens burned in all. The stake at risk is
 * fraction × power × power_reduction; what the departed stake owed is subtracted before the validator pays.
 */
export async function slashValidator(ctx: Context, keeper: StakingKeeper, v: ValidatorRecord, inf: Infraction): Promise<bigint> {
  const p = readParams(ctx.kv);
  const atRisk = (inf.power * p.powerReduction * inf.fraction) / DEC_ONE;
  let remaining = atRisk;
  let burnedUnbonding = 0n, burnedBonded = 0n;
  if (inf.height < ctx.block.height) {
    const ubdPrefix = keys.unbondingFromValidatorPrefix(v.operator);
    const delegators: string[] = [];
    for await (const [k] of ctx.kv.iterate(ubdPrefix)) delegators.push(k.slice(ubdPrefix.length));
    for (const delegator of delegators) {
      const { owed, taken } = slashUnbondingEntries(ctx, delegator, v.operator, inf);
      remaining -= owed;
      burnedUnbonding += taken;
    }
    const redPrefix = keys.redelegationFromSrcPrefix(v.operator);
    const moves: [string, string][] = [];
    for await (const [k] of ctx.kv.iterate(redPrefix)) moves.push(k.slice(redPrefix.length).split('/') as [string, string]);
    for (const [delegator, dst] of moves) {
      const r = slashRedelegation(ctx, keeper, delegator, v.operator, dst, inf);
      remaining -= r.owed;
      burnedUnbonding += r.fromUnbonding;
      burnedBonded += r.fromDelegation;
    }
  }
  const tokens = BigInt(v.tokens);
  const fromValidator = remaining <= 0n ? 0n : remaining < tokens ? remaining : tokens;
  v.tokens = (tokens - fromValidator).toString();
  burnedBonded += fromValidator;
  // Unbonding tokens sit in the not-bonded pool, the rest in the bonded pool: each burns from where it is.
  if (burnedUnbonding > 0n) keeper.bank.burn(ctx, NOT_BONDED_POOL, [{ denom: p.bondDenom, amount: burnedUnbonding }]);
  if (burnedBonded > 0n) keeper.bank.burn(ctx, BONDED_POOL, [{ denom: p.bondDenom, amount: burnedBonded }]);
  writeValidator(ctx.kv, v);
  const burned = burnedUnbonding + burnedBonded;
  ctx.events.emit(events.slash(v.operator, inf.reason, burned, powerOf(v, p), inf.height));
  return burned;
}
