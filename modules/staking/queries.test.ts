// Params and info queries of staking, slashing and distribution, read both with cosmjs-types directly and through
// CosmJS's own QueryClient extensions (as wallets and explorers read them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromUtf8 } from '@cosmjs/encoding';
import { MsgCreateValidator, MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { QueryParamsResponse as SlashingParams, QuerySigningInfoRequest } from 'cosmjs-types/cosmos/slashing/v1beta1/query';
import {
  QueryParamsResponse as DistributionParams, QueryValidatorOutstandingRewardsRequest, QueryValidatorCommissionRequest, QueryDelegationRewardsRequest,
} from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import { QueryParamsResponse as StakingParams } from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { withStakingExtensions } from '../../client/staking/queries.ts';
import { valconsOfPubkey } from '../../client/staking/address.ts';
import { startChain, consKey, consAddr, pubkeyAny } from './testkit.ts';
import type { Actor, Chain } from './testkit.ts';

const DEC = 10n ** 18n;
const coin = (amount: bigint) => ({ denom: 'unrn', amount: amount.toString() });
const any = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: any): T }, o: any) => ({ typeUrl, value: codec.encode(codec.fromPartial(o)).finish() });
const vote = (key: Uint8Array, power: bigint, signed = true) => ({ validator: { address: consAddr(key), power }, blockIdFlag: signed ? BlockIDFlag.BLOCK_ID_FLAG_COMMIT : BlockIDFlag.BLOCK_ID_FLAG_ABSENT });
const empty = new Uint8Array(0);

/** A (genesis, 10 NRN) and B (2 NRN + 1 NRN from D); B misses 2 of 5 commits; fees are paid out over both. */
async function chainWithHistory() {
  const c = await startChain();
  const [a, b, d, e] = c.actors as [Actor, Actor, Actor, Actor];
  const keyB = consKey('b');
  const create = any('/cosmos.staking.v1beta1.MsgCreateValidator', MsgCreateValidator, {
    description: { moniker: 'b', identity: '', website: '', securityContact: '', details: '' },
    commission: { rate: (DEC / 10n).toString(), maxRate: (DEC / 5n).toString(), maxChangeRate: (DEC / 100n).toString() },
    minSelfDelegation: '1', delegatorAddress: '', validatorAddress: b.valoper, pubkey: pubkeyAny(keyB), value: coin(2_000_000n),
  });
  assert.equal((await c.run(b, [create])).result.code, 0);
  assert.equal((await c.run(d, [any('/cosmos.staking.v1beta1.MsgDelegate', MsgDelegate, { delegatorAddress: d.address, validatorAddress: b.valoper, amount: coin(1_000_000n) })])).result.code, 0);
  for (const signed of [true, false, true, false, true]) {
    await c.block([await c.tx(e, [any('/cosmos.staking.v1beta1.MsgDelegate', MsgDelegate, { delegatorAddress: e.address, validatorAddress: a.valoper, amount: coin(1n) })], 100_000n)], { votes: [vote(c.genesisKey, 10n), vote(keyB, 3n, signed)] });
  }
  return { c, a, b, d, e, keyB };
}

async function raw(c: Chain, path: string, data: Uint8Array = empty) {
  const r = await c.query(path, data);
  assert.equal(r.code, 0, r.log);
  return r.value;
}

test('params of staking, slashing and distribution decode with cosmjs-types and read through CosmJS extensions', async () => {
  const c = await startChain();
  try {
    const q = withStakingExtensions(c.comet());
    const slashing = SlashingParams.decode(await raw(c, '/cosmos.slashing.v1beta1.Query/Params')).params;
    // LegacyDec fields travel as the ASCII digits of their 18-place atomics, as the SDK's Dec.Marshal writes them.
    assert.deepEqual({
      window: slashing.signedBlocksWindow, minSigned: fromUtf8(slashing.minSignedPerWindow), jail: slashing.downtimeJailDuration.seconds,
      doubleSign: fromUtf8(slashing.slashFractionDoubleSign), downtime: fromUtf8(slashing.slashFractionDowntime),
    }, { window: 10n, minSigned: (DEC / 2n).toString(), jail: 60n, doubleSign: (DEC / 20n).toString(), downtime: (DEC / 100n).toString() });
    assert.deepEqual((await q.slashing.params()).params, slashing);

    const distribution = DistributionParams.decode(await raw(c, '/cosmos.distribution.v1beta1.Query/Params')).params;
    assert.deepEqual(distribution, { communityTax: '0', baseProposerReward: '0', bonusProposerReward: '0', withdrawAddrEnabled: false });
    assert.deepEqual((await q.distribution.params()).params, distribution);

    const staking = StakingParams.decode(await raw(c, '/cosmos.staking.v1beta1.Query/Params')).params;
    assert.deepEqual([staking.unbondingTime.seconds, staking.bondDenom, staking.maxEntries, staking.maxValidators], [100n, 'unrn', 7, 100]);
    assert.deepEqual((await q.staking.params()).params, staking);
    assert.deepEqual((await q.staking.pool()).pool, { bondedTokens: '10000000', notBondedTokens: '0' });
  } finally { await c.close(); }
});

test('signing infos count missed blocks per validator, by nrnvalcons address', async () => {
  const { c, keyB } = await chainWithHistory();
  try {
    const q = withStakingExtensions(c.comet());
    const valconsB = valconsOfPubkey(keyB);
    const info = (await q.slashing.signingInfo(valconsB)).valSigningInfo;
    assert.deepEqual([info.address, info.indexOffset, info.missedBlocksCounter, info.tombstoned], [valconsB, 5n, 2n, false]);
    const all = (await q.slashing.signingInfos()).info;
    assert.deepEqual(all.map((i) => [i.address, i.missedBlocksCounter]).sort(), [[valconsOfPubkey(c.genesisKey), 0n], [valconsB, 2n]].sort());
  } finally { await c.close(); }
});

test('distribution info: outstanding rewards are commission plus every delegator\'s reward; delegator validators and withdraw address', async () => {
  const { c, a, b, d } = await chainWithHistory();
  try {
    const q = withStakingExtensions(c.comet());
    const amount = (coins: { amount: string }[]) => (coins.length ? BigInt(coins[0]!.amount) : 0n);
    const commission = amount((await q.distribution.validatorCommission(b.valoper)).commission!.commission);
    const self = amount((await q.distribution.delegationRewards(b.address, b.valoper)).rewards);
    const fromD = amount((await q.distribution.delegationRewards(d.address, b.valoper)).rewards);
    assert.ok(commission > 0n && self > 0n && fromD > 0n);
    assert.equal(amount((await q.distribution.validatorOutstandingRewards(b.valoper)).rewards!.rewards), commission + self + fromD);
    assert.deepEqual((await q.distribution.delegatorValidators(d.address)).validators, [b.valoper]);
    assert.deepEqual((await q.distribution.delegatorWithdrawAddress(d.address)).withdrawAddress, d.address);
    const total = await q.distribution.delegationTotalRewards(d.address);
    assert.deepEqual(total.rewards.map((r) => r.validatorAddress), [b.valoper]);
    assert.equal(amount(total.total), fromD);
    void a;
  } finally { await c.close(); }
});

test('an unknown validator or a malformed address is refused with code, codespace and a readable log', async () => {
  const { c, e } = await chainWithHistory();
  try {
    const unknownValcons = valconsOfPubkey(consKey('nobody'));
    const cases: [string, string, Uint8Array, string, number, RegExp][] = [
      ['signing info of an unknown consensus address', '/cosmos.slashing.v1beta1.Query/SigningInfo', QuerySigningInfoRequest.encode({ consAddress: unknownValcons }).finish(), 'slashing', 8, new RegExp(`SigningInfo not found for validator ${unknownValcons}: no validator signing info found`)],
      ['signing info by operator address', '/cosmos.slashing.v1beta1.Query/SigningInfo', QuerySigningInfoRequest.encode({ consAddress: e.valoper }).finish(), 'sdk', 7, /has prefix "nrnvaloper", expected "nrnvalcons"/],
      ['outstanding rewards of an unknown validator', '/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards', QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: e.valoper }).finish(), 'distribution', 12, new RegExp(`validator ${e.valoper}: validator does not exist`)],
      ['commission of an unknown validator', '/cosmos.distribution.v1beta1.Query/ValidatorCommission', QueryValidatorCommissionRequest.encode({ validatorAddress: e.valoper }).finish(), 'distribution', 12, /validator does not exist/],
      ['rewards from an unknown validator', '/cosmos.distribution.v1beta1.Query/DelegationRewards', QueryDelegationRewardsRequest.encode({ delegatorAddress: e.address, validatorAddress: e.valoper }).finish(), 'distribution', 12, /validator does not exist/],
      ['rewards of a malformed delegator', '/cosmos.distribution.v1beta1.Query/DelegationRewards', QueryDelegationRewardsRequest.encode({ delegatorAddress: 'nrn1xyz', validatorAddress: e.valoper }).finish(), 'sdk', 7, /delegator_address "nrn1xyz" is not valid bech32/],
    ];
    for (const [name, path, data, codespace, code, log] of cases) {
      const r = await c.query(path, data);
      assert.deepEqual([r.codespace, r.code], [codespace, code], `${name}: ${r.log}`);
      assert.match(r.log, log, name);
    }
    // CosmJS surfaces the same log.
    await assert.rejects(withStakingExtensions(c.comet()).slashing.signingInfo(unknownValcons), /Query failed with \(8\): .*no validator signing info found/);
  } finally { await c.close(); }
});
