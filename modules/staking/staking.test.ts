// Staking, distribution and slashing through the app's ABCI surface, blocks made by hand (no CometBFT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MsgCreateValidator, MsgDelegate, MsgUndelegate, MsgBeginRedelegate, MsgEditValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgWithdrawDelegatorReward } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import {
  QueryValidatorsRequest, QueryValidatorsResponse, QueryDelegationRequest, QueryDelegationResponse, QueryUnbondingDelegationRequest, QueryUnbondingDelegationResponse,
  QueryDelegatorDelegationsRequest, QueryDelegatorDelegationsResponse,
} from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { QueryDelegationRewardsRequest, QueryDelegationRewardsResponse } from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import { MisbehaviorType } from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { moduleAddress } from '../../chain/address.ts';
import { BONDED_POOL } from './keeper.ts';
import { startChain, startChainFromGenesis, consKey, consAddr, pubkeyAny, FEE } from './testkit.ts';
import type { Actor, Chain } from './testkit.ts';

const any = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: any): T }, o: any) => ({ typeUrl, value: codec.encode(codec.fromPartial(o)).finish() });
const DEC = 10n ** 18n;
const coin = (amount: bigint) => ({ denom: 'unrn', amount: amount.toString() });

const createValidator = (a: Actor, key: Uint8Array, selfBond: bigint, commission = { rate: '0.1', maxRate: '0.2', maxChangeRate: '0.01' }) =>
  any('/cosmos.staking.v1beta1.MsgCreateValidator', MsgCreateValidator, {
    description: { moniker: 'b', identity: '', website: '', securityContact: '', details: '' },
    commission: { rate: atomics(commission.rate), maxRate: atomics(commission.maxRate), maxChangeRate: atomics(commission.maxChangeRate) },
    minSelfDelegation: '1', delegatorAddress: '', validatorAddress: a.valoper, pubkey: pubkeyAny(key), value: coin(selfBond),
  });
const delegate = (a: Actor, valoper: string, amount: bigint) => any('/cosmos.staking.v1beta1.MsgDelegate', MsgDelegate, { delegatorAddress: a.address, validatorAddress: valoper, amount: coin(amount) });
const undelegate = (a: Actor, valoper: string, amount: bigint) => any('/cosmos.staking.v1beta1.MsgUndelegate', MsgUndelegate, { delegatorAddress: a.address, validatorAddress: valoper, amount: coin(amount) });
const unjail = (a: Actor) => any('/cosmos.slashing.v1beta1.MsgUnjail', MsgUnjail, { validatorAddr: a.valoper });

function atomics(dec: string): string {
  const [i, f = ''] = dec.split('.');
  return (BigInt(i!) * DEC + BigInt(f.padEnd(18, '0'))).toString();
}

async function validators(c: Chain, status = '') {
  const r = await c.query('/cosmos.staking.v1beta1.Query/Validators', QueryValidatorsRequest.encode(QueryValidatorsRequest.fromPartial({ status })).finish());
  assert.equal(r.code, 0, r.log);
  return QueryValidatorsResponse.decode(r.value).validators;
}

async function delegation(c: Chain, delegator: string, valoper: string) {
  const r = await c.query('/cosmos.staking.v1beta1.Query/Delegation', QueryDelegationRequest.encode({ delegatorAddr: delegator, validatorAddr: valoper }).finish());
  return r.code === 0 ? QueryDelegationResponse.decode(r.value).delegationResponse! : { error: r.log };
}

const updatesOf = (u: { pubKey?: { ed25519?: Uint8Array }; power: bigint }[]) => u.map((x) => [Buffer.from(x.pubKey!.ed25519!).toString('hex'), x.power]);
const hexKey = (k: Uint8Array) => Buffer.from(k).toString('hex');
const vote = (key: Uint8Array, power: bigint, signed = true) => ({ validator: { address: consAddr(key), power }, blockIdFlag: signed ? BlockIDFlag.BLOCK_ID_FLAG_COMMIT : BlockIDFlag.BLOCK_ID_FLAG_ABSENT });

/** A chain with the genesis validator (power 10) and a second one, B, created by tx with power 2. */
async function twoValidators() {
  const c = await startChain();
  const [a, b, d] = c.actors as [Actor, Actor, Actor];
  const keyB = consKey('b');
  const r = await c.run(b, [createValidator(b, keyB, 2_000_000n)]);
  assert.equal(r.result.code, 0, r.result.log);
  return { c, a, b, d, keyB };
}

test('genesis validators are returned from InitChain with power = self-bond / 10^6, and shown by the Validators query', async () => {
  const c = await startChain();
  try {
    assert.deepEqual(updatesOf(c.init.validators), [[hexKey(c.genesisKey), 10n]]);
    const vs = await validators(c);
    assert.equal(vs.length, 1);
    assert.equal(vs[0]!.tokens, '10000000');
    assert.equal(vs[0]!.delegatorShares, (10_000_000n * DEC).toString());
    assert.equal(vs[0]!.status, 3, 'BOND_STATUS_BONDED');
    // A block without changes sends no updates.
    assert.deepEqual((await c.block()).validatorUpdates, []);
  } finally { await c.close(); }
});

test('MsgCreateValidator adds a validator whose power goes to CometBFT once; delegate and undelegate change it exactly', async () => {
  const { c, b, d, keyB } = await twoValidators();
  try {
    assert.equal((await validators(c, 'BOND_STATUS_BONDED')).length, 2);
    let r = await c.run(d, [delegate(d, b.valoper, 3_000_000n)]);
    assert.equal(r.result.code, 0, r.result.log);
    assert.deepEqual(updatesOf(r.updates), [[hexKey(keyB), 5n]]);
    // 999,999 more tokens do not reach the next unit of power: no update.
    r = await c.run(d, [delegate(d, b.valoper, 999_999n)]);
    assert.deepEqual(r.updates, []);
    r = await c.run(d, [undelegate(d, b.valoper, 2_999_999n)]);
    assert.equal(r.result.code, 0, r.result.log);
    assert.deepEqual(updatesOf(r.updates), [[hexKey(keyB), 3n]]);
    const del = await delegation(c, d.address, b.valoper);
    assert.deepEqual((del as any).balance, coin(1_000_000n));
  } finally { await c.close(); }
});

test('unbonded tokens return after the unbonding period (block time), not before', async () => {
  const { c, b, d } = await twoValidators();
  try {
    await c.run(d, [delegate(d, b.valoper, 4_000_000n)]);
    const r = await c.run(d, [undelegate(d, b.valoper, 1_500_000n)]);
    assert.equal(r.result.code, 0, r.result.log);
    const startedS = c.nowS;
    // Rewards settled by the undelegation are paid at once; the unbonded tokens are not.
    const before = c.balance(d.address);
    const q = await c.query('/cosmos.staking.v1beta1.Query/UnbondingDelegation', QueryUnbondingDelegationRequest.encode({ delegatorAddr: d.address, validatorAddr: b.valoper }).finish());
    const ubd = QueryUnbondingDelegationResponse.decode(q.value).unbond;
    assert.equal(ubd.entries.length, 1);
    assert.equal(ubd.entries[0]!.balance, '1500000');
    assert.equal(ubd.entries[0]!.completionTime.seconds, BigInt(startedS + 100));
    await c.block([], { advanceS: 99 }); // 1 s before completion
    assert.equal(c.balance(d.address), before);
    await c.block([], { advanceS: 1 }); // exactly at completion
    assert.equal(c.balance(d.address), before + 1_500_000n);
    const gone = await c.query('/cosmos.staking.v1beta1.Query/UnbondingDelegation', QueryUnbondingDelegationRequest.encode({ delegatorAddr: d.address, validatorAddr: b.valoper }).finish());
    assert.equal(gone.code, 26);
  } finally { await c.close(); }
});

test('redelegation moves power from one validator to another in the same block', async () => {
  const { c, a, b, d, keyB } = await twoValidators();
  try {
    await c.run(d, [delegate(d, a.valoper, 5_000_000n)]);
    const poolBefore = c.balance(moduleAddress(BONDED_POOL));
    const r = await c.run(d, [any('/cosmos.staking.v1beta1.MsgBeginRedelegate', MsgBeginRedelegate, { delegatorAddress: d.address, validatorSrcAddress: a.valoper, validatorDstAddress: b.valoper, amount: coin(2_000_000n) })]);
    assert.equal(r.result.code, 0, r.result.log);
    assert.deepEqual(updatesOf(r.updates).sort(), [[hexKey(c.genesisKey), 13n], [hexKey(keyB), 4n]].sort());
    const dd = await c.query('/cosmos.staking.v1beta1.Query/DelegatorDelegations', QueryDelegatorDelegationsRequest.encode({ delegatorAddr: d.address }).finish());
    const bal = QueryDelegatorDelegationsResponse.decode(dd.value).delegationResponses.map((x) => [x.delegation.validatorAddress, x.balance.amount]).sort();
    assert.deepEqual(bal, [[a.valoper, '3000000'], [b.valoper, '2000000']].sort());
    // The SDK's events for a redelegation between bonded validators: a redelegate event, and no coins moved by it.
    const types = r.result.events.map((e) => e.type);
    assert.equal(types.filter((t) => t === 'redelegate').length, 1);
    assert.ok(!types.includes('delegate'), `no delegate event: ${types.join(', ')}`);
    const pool = moduleAddress(BONDED_POOL);
    const moved = r.result.events.filter((e) => e.type === 'transfer' && e.attributes.some((x) => (x.key === 'sender' || x.key === 'recipient') && x.value === pool));
    assert.deepEqual(moved, [], 'the tokens stay in the bonded pool');
    assert.equal(c.balance(pool), poolBefore, 'and the pool holds the same');
  } finally { await c.close(); }
});

test('bad input: each is refused with code, codespace and a readable log, and staking state is unchanged', async () => {
  const { c, a, b, d } = await twoValidators();
  const e = c.actors[3]!;
  try {
    await c.run(d, [delegate(d, b.valoper, 1_000_000n)]);
    const cases: [string, Actor, { typeUrl: string; value: Uint8Array }, string, number, RegExp][] = [
      ['self-bond below the minimum', e, createValidator(e, consKey('e'), 999_999n), 'staking', 15, /self-bond 999999unrn is below the chain minimum 1000000unrn/],
      ['a consensus key already in use', e, createValidator(e, consKey('b'), 2_000_000n), 'staking', 5, /consensus address [0-9A-F]{40}.*already exist for this pubkey/],
      ['delegation to an unknown validator', d, delegate(d, e.valoper, 1_000_000n), 'staking', 3, new RegExp(`validator ${e.valoper}: validator does not exist`)],
      ['undelegating more than delegated', d, undelegate(d, b.valoper, 1_000_001n), 'staking', 22, /has 1000000unrn delegated to .* cannot undelegate 1000001unrn/],
      ['unjail when not jailed', b, unjail(b), 'slashing', 5, /validator not jailed/],
      ['commission rate above max rate', e, createValidator(e, consKey('e'), 2_000_000n, { rate: '0.3', maxRate: '0.2', maxChangeRate: '0.01' }), 'staking', 10, /rate 300000000000000000 is above max_rate/],
      ['commission max rate above 100%', e, createValidator(e, consKey('e'), 2_000_000n, { rate: '0.3', maxRate: '1.5', maxChangeRate: '0.01' }), 'staking', 9, /cannot be more than 100%/],
    ];
    for (const [name, signer, msg, codespace, code, log] of cases) {
      const before = await c.stakingState();
      const { result } = await c.run(signer, [msg]);
      assert.equal(result.codespace, codespace, `${name}: ${result.log}`);
      assert.equal(result.code, code, `${name}: ${result.log}`);
      assert.match(result.log, log, name);
      assert.deepEqual(await c.stakingState(), before, `${name} changed staking state`);
    }
    // Commission changes: once a day, by at most max_change_rate (0.01).
    const edit = (rate: string) => any('/cosmos.staking.v1beta1.MsgEditValidator', MsgEditValidator, { validatorAddress: b.valoper, commissionRate: atomics(rate), minSelfDelegation: '', description: undefined });
    let r = await c.run(b, [edit('0.105')]);
    assert.deepEqual([r.result.codespace, r.result.code], ['staking', 11], r.result.log);
    const before = await c.stakingState();
    r = await c.run(b, [edit('0.12')], { advanceS: 24 * 3600 });
    assert.deepEqual([r.result.codespace, r.result.code], ['staking', 14], r.result.log);
    assert.match(r.result.log, /change from 100000000000000000 to 120000000000000000 is more than max_change_rate 10000000000000000/);
    const after = await c.stakingState();
    for (const k of Object.keys(before)) if (!k.startsWith('slashing/')) assert.equal(after[k], before[k], k);
    r = await c.run(b, [edit('0.11')]);
    assert.equal(r.result.code, 0, r.result.log);
    // Unjail before the jail period ends.
    const keyB = consKey('b');
    await c.block([], { misbehavior: [{ type: MisbehaviorType.DUPLICATE_VOTE, validator: { address: consAddr(keyB), power: 2n }, height: BigInt(c.height), time: { seconds: BigInt(c.nowS), nanos: 0 }, totalVotingPower: 12n }] });
    const jailedState = await c.stakingState();
    r = await c.run(b, [unjail(b)]);
    assert.deepEqual([r.result.codespace, r.result.code], ['slashing', 4], r.result.log);
    assert.match(r.result.log, /jailed until \d{4}-\d\d-\d\dT/);
    assert.deepEqual(await c.stakingState(), jailedState);
    void a;
  } finally { await c.close(); }
});

test('fee rewards: each delegator\'s withdrawable reward equals the formula to the unit', async () => {
  const { c, a, b, d, keyB } = await twoValidators();
  try {
    // The create-validator tx's fee is paid out in this block, by bonded power (no commit info): A 10, B 2.
    await c.run(d, [delegate(d, b.valoper, 1_333_333n)]);
    const SCALE = 10n ** 36n;
    const share = (fee: bigint, power: bigint, total: bigint) => { const r = (fee * power) / total; return r - (r * 100_000_000_000_000_000n) / DEC; };
    const inc0 = (share(FEE, 2n, 12n) * SCALE) / (2_000_000n * DEC);
    // From here on every block carries the fees of the block before; votes give CometBFT's powers (A 10, B 3).
    const votes = [vote(c.genesisKey, 10n), vote(keyB, 3n)];
    const shares = { b: 2_000_000n * DEC, d: 1_333_333n * DEC };
    const total = shares.b + shares.d;
    let incB = 0n;
    for (const fee of [FEE, 7_919n, 12_345n, 5_000n]) {
      // The first round pays out the delegate tx's fee; each later one a tx paying `fee`.
      const e = c.actors[3]!;
      if (fee !== FEE || incB > 0n) await c.block([await c.tx(e, [delegate(e, a.valoper, 1n)], fee)], { votes });
      await c.block([], { votes });
      incB += (share(fee, 3n, 13n) * SCALE) / total;
    }
    const wantD = (shares.d * incB) / SCALE;
    const wantB = (2_000_000n * DEC * (inc0 + incB)) / SCALE;
    assert.equal(await rewardOf(c, d.address, b.valoper), wantD);
    assert.equal(await rewardOf(c, b.address, b.valoper), wantB);
    assert.ok(wantD > 0n && wantB > 0n);
    const before = c.balance(d.address);
    const r = await c.run(d, [any('/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward, { delegatorAddress: d.address, validatorAddress: b.valoper })], { votes });
    assert.equal(r.result.code, 0, r.result.log);
    assert.equal(c.balance(d.address), before - FEE + wantD);
    assert.equal(await rewardOf(c, d.address, b.valoper), 0n);
  } finally { await c.close(); }
});

async function rewardOf(c: Chain, delegator: string, valoper: string): Promise<bigint> {
  const r = await c.query('/cosmos.distribution.v1beta1.Query/DelegationRewards', QueryDelegationRewardsRequest.encode({ delegatorAddress: delegator, validatorAddress: valoper }).finish());
  assert.equal(r.code, 0, r.log);
  const rewards = QueryDelegationRewardsResponse.decode(r.value).rewards;
  return rewards.length ? BigInt(rewards[0]!.amount) / DEC : 0n;
}

test('double-sign evidence slashes the validator and its delegators by the param fraction, jails it, and it can unjail after the period', async () => {
  const { c, a, b, d, keyB } = await twoValidators();
  try {
    await c.run(d, [delegate(d, b.valoper, 3_000_000n)]);
    const aBefore = (await validators(c)).find((v) => v.operatorAddress === a.valoper)!;
    const evidence = { type: MisbehaviorType.DUPLICATE_VOTE, validator: { address: consAddr(keyB), power: 5n }, height: BigInt(c.height), time: { seconds: BigInt(c.nowS), nanos: 0 }, totalVotingPower: 15n };
    const res = await c.block([], { misbehavior: [evidence] });
    // 5% of 5,000,000 burned; B leaves the set; A untouched.
    assert.deepEqual(updatesOf(res.validatorUpdates), [[hexKey(keyB), 0n]]);
    const vb = (await validators(c)).find((v) => v.operatorAddress === b.valoper)!;
    assert.equal(vb.tokens, '4750000');
    assert.equal(vb.jailed, true);
    assert.deepEqual((await validators(c)).find((v) => v.operatorAddress === a.valoper), aBefore);
    assert.deepEqual((await delegation(c, d.address, b.valoper) as any).balance, coin(2_850_000n));
    // The same evidence again is not punished twice, nor is another equivocation from before the punishment.
    await c.block([], { misbehavior: [evidence] });
    await c.block([], { misbehavior: [{ ...evidence, height: evidence.height - 1n }] });
    assert.equal((await validators(c)).find((v) => v.operatorAddress === b.valoper)!.tokens, '4750000');
    let r = await c.run(b, [unjail(b)], { advanceS: 100 });
    assert.deepEqual([r.result.codespace, r.result.code], ['slashing', 4]);
    r = await c.run(b, [unjail(b)], { advanceS: 20 });
    assert.equal(r.result.code, 0, r.result.log);
    assert.deepEqual(updatesOf(r.updates), [[hexKey(keyB), 4n]]);
    // Equivocating again after unjailing is a new episode: slashed again.
    await c.block([], { misbehavior: [{ ...evidence, validator: { ...evidence.validator, power: 4n }, height: BigInt(c.height) }] });
    const again = (await validators(c)).find((v) => v.operatorAddress === b.valoper)!;
    assert.equal(again.jailed, true);
    assert.equal(again.tokens, String(4_750_000n - 200_000n), '5% of power 4 × 10^6');
  } finally { await c.close(); }
});

test('a validator absent from too many of the last N commits is slashed less and jailed for downtime; others are untouched', async () => {
  const { c, a, b, keyB } = await twoValidators();
  try {
    const aBefore = (await validators(c)).find((v) => v.operatorAddress === a.valoper)!;
    // Window 10, min signed 50%: the 6th miss inside a full window jails.
    const present = [vote(c.genesisKey, 10n), vote(keyB, 2n)];
    const absent = [vote(c.genesisKey, 10n), vote(keyB, 2n, false)];
    for (let i = 0; i < 4; i++) assert.deepEqual((await c.block([], { votes: present })).validatorUpdates, []);
    for (let i = 0; i < 5; i++) assert.deepEqual((await c.block([], { votes: absent })).validatorUpdates, []);
    assert.equal((await validators(c)).find((v) => v.operatorAddress === b.valoper)!.jailed, false, '5 misses of 9 is tolerated');
    const res = await c.block([], { votes: absent });
    assert.deepEqual(updatesOf(res.validatorUpdates), [[hexKey(keyB), 0n]]);
    const vb = (await validators(c)).find((v) => v.operatorAddress === b.valoper)!;
    assert.equal(vb.jailed, true);
    assert.equal(vb.tokens, '1980000', '1% of 2,000,000 burned');
    assert.deepEqual((await validators(c)).find((v) => v.operatorAddress === a.valoper), aBefore);
    const r = await c.run(b, [unjail(b)], { advanceS: 60 });
    assert.equal(r.result.code, 0, r.result.log);
    assert.deepEqual(updatesOf(r.updates), [[hexKey(keyB), 1n]]);
  } finally { await c.close(); }
});

test('genesis export then init gives back the same staking, distribution and slashing state and validator set', async () => {
  const { c, b, d } = await twoValidators();
  try {
    await c.run(d, [delegate(d, b.valoper, 3_000_000n)]);
    await c.run(d, [undelegate(d, b.valoper, 1_000_000n)]);
    const exported: Record<string, unknown> = {};
    for (const m of c.app.modules) exported[m.name] = await m.genesis.export({ kv: c.store.committed, height: c.height });
    const before = await c.stakingState();
    const fresh = await startChainFromGenesis(exported);
    try {
      assert.deepEqual(await fresh.stakingState(), before);
      assert.deepEqual(updatesOf(fresh.init.validators).sort(), [[hexKey(c.genesisKey), 10n], [hexKey(consKey('b')), 4n]].sort());
    } finally { await fresh.close(); }
  } finally { await c.close(); }
});
