// Slashing reaches stake that is leaving: unbonding entries and redelegations begun at or after the infraction pay
// their share, the validator pays the rest, burned tokens leave the supply, and the pools stay equal to the books.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MsgCreateValidator, MsgDelegate, MsgUndelegate, MsgBeginRedelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { QueryRedelegationsRequest, QueryRedelegationsResponse, QueryUnbondingDelegationRequest, QueryUnbondingDelegationResponse } from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { MisbehaviorType } from 'cosmjs-types/tendermint/abci/types';
import { moduleAddress } from '../../chain/address.ts';
import { readSupply } from '../bank/state.ts';
import { keys, decodeText } from './state.ts';
import { BONDED_POOL, NOT_BONDED_POOL, tokensOf } from './keeper.ts';
import type { ValidatorRecord, UnbondingEntry } from './keeper.ts';
import { mulDec } from './slash.ts';
import { startChain, consKey, consAddr, pubkeyAny } from './testkit.ts';
import type { Actor, Chain } from './testkit.ts';

const DEC = 10n ** 18n;
const coin = (amount: bigint) => ({ denom: 'unrn', amount: amount.toString() });
const any = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: any): T }, o: any) => ({ typeUrl, value: codec.encode(codec.fromPartial(o)).finish() });
const createValidator = (a: Actor, key: Uint8Array, selfBond: bigint) => any('/cosmos.staking.v1beta1.MsgCreateValidator', MsgCreateValidator, {
  description: { moniker: 'b', identity: '', website: '', securityContact: '', details: '' },
  commission: { rate: (DEC / 10n).toString(), maxRate: (DEC / 5n).toString(), maxChangeRate: (DEC / 100n).toString() },
  minSelfDelegation: '1', delegatorAddress: '', validatorAddress: a.valoper, pubkey: pubkeyAny(key), value: coin(selfBond),
});
const delegate = (a: Actor, valoper: string, amount: bigint) => any('/cosmos.staking.v1beta1.MsgDelegate', MsgDelegate, { delegatorAddress: a.address, validatorAddress: valoper, amount: coin(amount) });
const undelegate = (a: Actor, valoper: string, amount: bigint) => any('/cosmos.staking.v1beta1.MsgUndelegate', MsgUndelegate, { delegatorAddress: a.address, validatorAddress: valoper, amount: coin(amount) });
const redelegate = (a: Actor, src: string, dst: string, amount: bigint) =>
  any('/cosmos.staking.v1beta1.MsgBeginRedelegate', MsgBeginRedelegate, { delegatorAddress: a.address, validatorSrcAddress: src, validatorDstAddress: dst, amount: coin(amount) });

async function ok(c: Chain, actor: Actor, msg: { typeUrl: string; value: Uint8Array }) {
  const { result } = await c.run(actor, [msg]);
  assert.equal(result.code, 0, result.log);
}

async function records<T>(c: Chain, prefix: string): Promise<[string, T][]> {
  const out: [string, T][] = [];
  for await (const [k, v] of c.store.committed.iterate(prefix)) out.push([k.slice(prefix.length), JSON.parse(decodeText(v)) as T]);
  return out;
}

const validator = (c: Chain, valoper: string) => JSON.parse(decodeText(c.store.committed.get(keys.validator(valoper))!)) as ValidatorRecord;
const supply = (c: Chain) => readSupply(c.store.committed, 'unrn');

/** Tokens a delegator's shares are worth now. */
function staked(c: Chain, delegator: string, valoper: string): bigint {
  const raw = c.store.committed.get(keys.delegation(delegator, valoper));
  return raw ? tokensOf(validator(c, valoper), BigInt(decodeText(raw))) : 0n;
}

function unbonding(c: Chain, delegator: string, valoper: string): UnbondingEntry[] {
  const raw = c.store.committed.get(keys.unbonding(delegator, valoper));
  return raw ? JSON.parse(decodeText(raw)) : [];
}

/**
 * The books: each validator's shares are exactly its delegations'; their tokens add up to the validator's less at most
 * one unit of floor rounding per delegation; the pools hold exactly the bonded tokens and the unbonding balances.
 */
async function assertInvariants(c: Chain) {
  const validators = await records<ValidatorRecord>(c, keys.validatorsPrefix);
  const delegations = new Map<string, { shares: bigint; tokens: bigint; count: bigint }>();
  for await (const [k, raw] of c.store.committed.iterate(keys.delegationsPrefix)) {
    const valoper = k.split('/').at(-1)!;
    const v = validators.find(([op]) => op === valoper)![1];
    const sum = delegations.get(valoper) ?? { shares: 0n, tokens: 0n, count: 0n };
    const shares = BigInt(decodeText(raw));
    delegations.set(valoper, { shares: sum.shares + shares, tokens: sum.tokens + tokensOf(v, shares), count: sum.count + 1n });
  }
  let bonded = 0n;
  for (const [op, v] of validators) {
    assert.equal(delegations.get(op)?.shares ?? 0n, BigInt(v.shares), `shares of ${op}`);
    const { tokens = 0n, count = 0n } = delegations.get(op) ?? {};
    assert.ok(tokens <= BigInt(v.tokens) && BigInt(v.tokens) - tokens <= count, `tokens of ${op}: delegations ${tokens}, validator ${v.tokens}`);
    bonded += BigInt(v.tokens);
  }
  assert.equal(c.balance(moduleAddress(BONDED_POOL)), bonded, 'bonded pool = validators\' tokens');
  const unbondingTotal = (await records<UnbondingEntry[]>(c, 'staking/ubd/')).reduce((s, [, es]) => s + es.reduce((t, e) => t + BigInt(e.balance), 0n), 0n);
  assert.equal(c.balance(moduleAddress(NOT_BONDED_POOL)), unbondingTotal, 'not-bonded pool = unbonding balances');
}

const doubleSign = (key: Uint8Array, height: number, power: bigint, nowS: number) =>
  ({ type: MisbehaviorType.DUPLICATE_VOTE, validator: { address: consAddr(key), power }, height: BigInt(height), time: { seconds: BigInt(nowS), nanos: 0 }, totalVotingPower: 100n });

/** Genesis validator A (10 NRN) and B (2 NRN self-bond, created by tx); slashing for double-sign is 10%. */
async function setup() {
  const c = await startChain({ slash_fraction_double_sign: '0.1' });
  const [a, b, d, e] = c.actors as [Actor, Actor, Actor, Actor];
  const keyB = consKey('b');
  await ok(c, b, createValidator(b, keyB, 2_000_000n));
  return { c, a, b, d, e, keyB };
}

test('an unbonding begun after the infraction loses the fraction and the rest comes back at maturity; one begun before is untouched; the others lose exactly their share', async () => {
  const { c, b, d, e, keyB } = await setup();
  try {
    await ok(c, d, delegate(d, b.valoper, 4_000_000n));
    await ok(c, e, delegate(e, b.valoper, 4_000_000n));
    await ok(c, d, undelegate(d, b.valoper, 1_000_000n));
    await assertInvariants(c);
    await c.block();
    // The infraction: B holds 9 NRN (power 9). D's unbonding is two blocks older, so its power had left by then.
    await c.block();
    const infraction = c.height;
    await ok(c, e, undelegate(e, b.valoper, 2_000_000n));
    await assertInvariants(c);
    const supplyBefore = supply(c);
    const res = await c.block([], { misbehavior: [doubleSign(keyB, infraction, 9n, c.nowS)] });
    // 10% of 9 NRN: 200,000 from E's unbonding entry (10% of 2 NRN), the other 700,000 from B's 7 NRN of tokens.
    assert.equal(supplyBefore - supply(c), 900_000n);
    const slash = res.events.find((x) => x.type === 'slash')!;
    assert.equal(slash.attributes.find((x) => x.key === 'burned_coins')!.value, '900000');
    assert.equal(validator(c, b.valoper).tokens, '6300000');
    assert.deepEqual(unbonding(c, e.address, b.valoper).map((x) => [x.initialBalance, x.balance]), [['2000000', '1800000']]);
    assert.deepEqual(unbonding(c, d.address, b.valoper).map((x) => [x.initialBalance, x.balance]), [['1000000', '1000000']]);
    assert.equal(staked(c, b.address, b.valoper), 1_800_000n);
    assert.equal(staked(c, d.address, b.valoper), 2_700_000n);
    assert.equal(staked(c, e.address, b.valoper), 1_800_000n);
    await assertInvariants(c);
    // The query shows the cut entry; at maturity E gets the 1.8 NRN left and D its untouched 1 NRN.
    const q = await c.query('/cosmos.staking.v1beta1.Query/UnbondingDelegation', QueryUnbondingDelegationRequest.encode({ delegatorAddr: e.address, validatorAddr: b.valoper }).finish());
    assert.equal(QueryUnbondingDelegationResponse.decode(q.value).unbond.entries[0]!.balance, '1800000');
    const [dBefore, eBefore] = [c.balance(d.address), c.balance(e.address)];
    await c.block([], { advanceS: 100 });
    assert.equal(c.balance(d.address) - dBefore, 1_000_000n);
    assert.equal(c.balance(e.address) - eBefore, 1_800_000n);
    assert.equal(c.balance(moduleAddress(NOT_BONDED_POOL)), 0n);
    await assertInvariants(c);
  } finally { await c.close(); }
});

test('an unbonding begun one block before the infraction still pays: its power had not yet left CometBFT\'s set', async () => {
  const { c, b, d, keyB } = await setup();
  try {
    await ok(c, d, delegate(d, b.valoper, 3_000_000n));
    await ok(c, d, undelegate(d, b.valoper, 1_000_000n));
    const infraction = c.height + 1;
    await c.block();
    await c.block([], { misbehavior: [doubleSign(keyB, infraction, 5n, c.nowS)] });
    // 10% of 5 NRN: 100,000 from the entry, 400,000 from B's 4 NRN.
    assert.deepEqual(unbonding(c, d.address, b.valoper).map((x) => x.balance), ['900000']);
    assert.equal(validator(c, b.valoper).tokens, '3600000');
    await assertInvariants(c);
  } finally { await c.close(); }
});

test('a redelegation begun after the infraction is cut on the destination; one begun before is not; entries mature after the unbonding period', async () => {
  const { c, a, b, d, e, keyB } = await setup();
  try {
    await ok(c, d, delegate(d, b.valoper, 4_000_000n));
    await ok(c, e, delegate(e, b.valoper, 2_000_000n));
    await ok(c, e, redelegate(e, b.valoper, a.valoper, 1_000_000n));
    await c.block();
    await c.block();
    const infraction = c.height; // B holds 7 NRN (power 7)
    await ok(c, d, redelegate(d, b.valoper, a.valoper, 2_000_000n));
    await assertInvariants(c);
    const red = await redelegations(c, d.address);
    assert.equal(red.length, 1);
    assert.deepEqual(red[0]!.entries.map((x) => [x.redelegationEntry.creationHeight, x.redelegationEntry.initialBalance, x.redelegationEntry.sharesDst, x.balance]),
      [[BigInt(c.height), '2000000', (2_000_000n * DEC).toString(), '2000000']]);
    assert.equal(red[0]!.entries[0]!.redelegationEntry.completionTime.seconds, BigInt(c.nowS + 100));
    // Stake that arrived by redelegation may not move on until that redelegation matures.
    const { result } = await c.run(d, [redelegate(d, a.valoper, b.valoper, 1_000_000n)]);
    assert.deepEqual([result.codespace, result.code], ['staking', 31], result.log);
    const supplyBefore = supply(c);
    const aTokens = BigInt(validator(c, a.valoper).tokens);
    await c.block([], { misbehavior: [doubleSign(keyB, infraction, 7n, c.nowS)] });
    // 10% of 7 NRN: 200,000 of D's shares on A are unbonded and burned, 500,000 comes from B's own 5 NRN.
    assert.equal(supplyBefore - supply(c), 700_000n);
    assert.equal(BigInt(validator(c, a.valoper).tokens), aTokens - 200_000n);
    assert.equal(staked(c, d.address, a.valoper), 1_800_000n);
    assert.equal(staked(c, e.address, a.valoper), 1_000_000n, 'E redelegated before the infraction');
    assert.equal(validator(c, b.valoper).tokens, '4500000');
    assert.equal(staked(c, d.address, b.valoper), 1_800_000n);
    assert.equal(staked(c, e.address, b.valoper), 900_000n);
    // As in the SDK, the entry keeps its record (a second infraction of B in the window would cut it again, capped by what D holds).
    assert.equal((await redelegations(c, d.address))[0]!.entries.length, 1);
    await assertInvariants(c);
    await c.block([], { advanceS: 100 });
    assert.deepEqual(await redelegations(c, d.address), []);
    for await (const [k] of c.store.committed.iterate('staking/red')) assert.fail(`${k} left after maturity`);
    const gone = await c.query('/cosmos.staking.v1beta1.Query/Redelegations', QueryRedelegationsRequest.encode(QueryRedelegationsRequest.fromPartial({ delegatorAddr: d.address, srcValidatorAddr: b.valoper, dstValidatorAddr: a.valoper })).finish());
    assert.deepEqual([gone.codespace, gone.code], ['staking', 28], gone.log);
    await ok(c, d, redelegate(d, a.valoper, b.valoper, 1_000_000n));
    await assertInvariants(c);
  } finally { await c.close(); }
});

test('a redelegation then an undelegation from the destination: the slash takes the unbonding entry first', async () => {
  const { c, a, b, d, keyB } = await setup();
  try {
    await ok(c, d, delegate(d, b.valoper, 3_000_000n));
    await c.block();
    const infraction = c.height; // B holds 5 NRN
    await ok(c, d, redelegate(d, b.valoper, a.valoper, 2_000_000n));
    await ok(c, d, undelegate(d, a.valoper, 1_500_000n));
    const supplyBefore = supply(c);
    await c.block([], { misbehavior: [doubleSign(keyB, infraction, 5n, c.nowS)] });
    // The redelegation owes 200,000: all of it from the 1.5 NRN unbonding on A; D's 0.5 NRN left on A is untouched.
    assert.deepEqual(unbonding(c, d.address, a.valoper).map((x) => x.balance), ['1300000']);
    assert.equal(staked(c, d.address, a.valoper), 500_000n);
    assert.equal(validator(c, b.valoper).tokens, '2700000');
    assert.equal(supplyBefore - supply(c), 500_000n);
    await assertInvariants(c);
  } finally { await c.close(); }
});

test('mulDec rounds half to even, as LegacyDec.Mul', () => {
  assert.equal(mulDec(5n, DEC / 2n), 2n);
  assert.equal(mulDec(7n, DEC / 2n), 4n);
  assert.equal(mulDec(10n, DEC / 3n), 3n);
  assert.equal(mulDec(2_000_000n * DEC, DEC / 10n), 200_000n * DEC);
});

async function redelegations(c: Chain, delegator: string) {
  const r = await c.query('/cosmos.staking.v1beta1.Query/Redelegations', QueryRedelegationsRequest.encode(QueryRedelegationsRequest.fromPartial({ delegatorAddr: delegator })).finish());
  assert.equal(r.code, 0, r.log);
  return QueryRedelegationsResponse.decode(r.value).redelegationResponses;
}
