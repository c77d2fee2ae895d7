// trainingset in process: groups, stake, proposals and votes, epoch ends, param changes, forks, and every bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { CID } from 'multiformats/cid';
import * as raw from 'multiformats/codecs/raw';
import { create as createDigest } from 'multiformats/hashes/digest';
import { base58btc } from 'multiformats/bases/base58';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { nrn } from '../../proto/gen/nrn.js';
import { moduleAddress } from '../../chain/address.ts';
import * as offChain from '../../dataset/version.ts';
import { genesisVersion, nextVersion } from '../../dataset/version.ts';
import { startKit, eventsOf, FEE, GENESIS_MS } from './testkit.ts';
import type { Kit } from './testkit.ts';

const pb = nrn.trainingset.v1;
const T = '/nrn.trainingset.v1.';
const YES = pb.VoteOption.VOTE_OPTION_YES;
const NO = pb.VoteOption.VOTE_OPTION_NO;
const FOUR_YEARS_MS = 126_230_400_000;
/** Long enough for a test's setup blocks (1 s apart) to fit in the first epoch. */
const EPOCH_S = 100;
const EPOCH_MS = EPOCH_S * 1000;

const cidOf = (text: string) => CID.createV1(raw.code, createDigest(0x12, createHash('sha256').update(text).digest())).toString();
const DATASET = cidOf('x,y\n1,2\n');
const MODEL = cidOf('{"modelTopology":{}}');
const CONFIG = { loss: 'categoricalCrossentropy', optimizer: 'adam', batch_size: 32, eval_sample_size: 100, margin_micro: 1000 };

function createMsg(kit: Kit, over: Record<string, unknown> = {}) {
  return {
    creator: kit.addrs[0], name: 'iris', model_spec_cid: MODEL, training_config: CONFIG, initial_dataset_cid: DATASET,
    epoch_length_seconds: EPOCH_S, training_round_seconds: 5, deposit: '10000000', ...over,
  };
}

async function group(kit: Kit, id: number) {
  return pb.QueryGroupResponse.decode(await kit.query(`${T}Query/Group`, pb.QueryGroupRequest.encode({ group_id: id }).finish())).group!;
}
async function versions(kit: Kit, id: number) {
  return pb.QueryVersionsResponse.decode(await kit.query(`${T}Query/Versions`, pb.QueryVersionsRequest.encode({ group_id: id }).finish())).versions;
}
async function proposals(kit: Kit, id: number) {
  return pb.QueryProposalsResponse.decode(await kit.query(`${T}Query/Proposals`, pb.QueryProposalsRequest.encode({ group_id: id }).finish())).proposals;
}
async function bond(kit: Kit, id: number, staker: string) {
  return pb.QueryBondResponse.decode(await kit.query(`${T}Query/Bond`, pb.QueryBondRequest.encode({ group_id: id, staker }).finish()));
}

function ok(r: { code: number; log: string }) {
  assert.equal(r.code, 0, r.log);
}

/** Creates group 1 in a block at `atMs` (default 1 s after the last); returns its epoch start. */
async function withGroup(kit: Kit, over: Record<string, unknown> = {}, atMs?: number) {
  ok(await kit.send(0, `${T}MsgCreateGroup`, createMsg(kit, over), atMs));
  return kit.nowMs;
}

async function stake(kit: Kit, who: number, amount: string, groupId = 1) {
  ok(await kit.send(who, `${T}MsgStake`, { staker: kit.addrs[who], group_id: groupId, amount }));
}

async function propose(kit: Kit, who: number, delta: string, parent?: string, groupId = 1) {
  const g = await group(kit, groupId);
  const r = await kit.send(who, `${T}MsgProposeDelta`, { proposer: kit.addrs[who], group_id: groupId, parent_version: parent ?? g.version, delta_cid: cidOf(delta), result_cid: cidOf(`result of ${delta}`) });
  ok(r);
  return pb.MsgProposeDeltaResponse.decode(TxMsgData.decode(r.data).msgResponses[0]!.value).proposal_id;
}

async function vote(kit: Kit, who: number, proposalId: number, option: number = YES) {
  ok(await kit.send(who, `${T}MsgVoteDelta`, { voter: kit.addrs[who], proposal_id: proposalId, option }));
}

test('the on-chain version chain is the one dataset/version.ts computes', () => {
  assert.equal(genesisVersion, offChain.genesisVersion, 'one implementation');
  assert.equal(nextVersion, offChain.nextVersion, 'one implementation');
  for (const text of ['', 'a', 'x,y\n1,2\n', 'ü'.repeat(100)]) {
    const cid = cidOf(text);
    assert.equal(genesisVersion(cid), offChain.genesisVersion(cid));
    assert.equal(genesisVersion(cid), createHash('sha256').update(cid).digest('hex'));
    const next = nextVersion(genesisVersion(cid), cidOf(text + '!'));
    assert.equal(next, offChain.nextVersion(offChain.genesisVersion(cid), cidOf(text + '!')));
    assert.equal(next, createHash('sha256').update(Buffer.concat([Buffer.from(genesisVersion(cid), 'hex'), Buffer.from(cidOf(text + '!'))])).digest('hex'));
  }
});

test('a group starts at version sha256(initial CID), escrows its deposit, and records mint genesis time', async () => {
  const kit = await startKit();
  try {
    const before = kit.balance(kit.addrs[0]!);
    const start = await withGroup(kit);
    const g = await group(kit, 1);
    assert.equal(g.version, genesisVersion(DATASET));
    assert.equal(g.dataset_cid, DATASET);
    assert.equal(g.epoch, 1);
    assert.equal(g.epoch_start_ms, start);
    assert.equal(g.epoch_length_seconds, EPOCH_S);
    assert.equal(g.training_config!.batch_size, 32);
    assert.equal(kit.balance(kit.addrs[0]!), before - 10_000_000n - FEE);
    assert.equal(kit.balance(moduleAddress('trainingset_deposits')), 10_000_000n);
    const vs = await versions(kit, 1);
    assert.deepEqual(vs.map((v) => [v.number, v.version, v.dataset_cid]), [[0, g.version, DATASET]]);
    const params = nrn.mint.v1.QueryParamsResponse.decode(await kit.query('/nrn.mint.v1.Query/Params', new Uint8Array(0)));
    assert.equal(params.genesis_time_ms, GENESIS_MS);
    assert.equal(params.halving_period_seconds, 126_230_400);
    const rewards = nrn.mint.v1.QueryRewardsResponse.decode(await kit.query('/nrn.mint.v1.Query/Rewards', new Uint8Array(0)));
    assert.deepEqual([rewards.block_time_ms, rewards.halvings, rewards.supply], [kit.nowMs, 0, kit.supply().toString()]);
    assert.deepEqual([rewards.delta_reward, rewards.round_reward], [(kit.supply() / 1_000_000n).toString(), (kit.supply() * 10n / 1_000_000n).toString()]);
    // Epoch length 0 means the default week.
    ok(await kit.send(0, `${T}MsgCreateGroup`, createMsg(kit, { epoch_length_seconds: 0, initial_dataset_cid: cidOf('other') })));
    assert.equal((await group(kit, 2)).epoch_length_seconds, 604_800);
  } finally { await kit.close(); }
});

test('bad input fails with a trainingset code and a readable log, and changes no trainingset state or bond', async () => {
  const kit = await startKit();
  try {
    await withGroup(kit);
    await stake(kit, 1, '1000');
    const pid = await propose(kit, 2, 'delta-1');
    const cases: [string, number, string, object, number, RegExp][] = [
      ['unknown group', 1, 'MsgStake', { staker: kit.addrs[1], group_id: 99, amount: '5' }, 2, /group 99 does not exist/],
      ['vote without bond', 3, 'MsgVoteDelta', { voter: kit.addrs[3], proposal_id: pid, option: YES }, 3, /has no bond in group 1; stake first/],
      ['unstake more than bonded', 1, 'MsgUnstake', { staker: kit.addrs[1], group_id: 1, amount: '1001' }, 4, /cannot unstake 1001unrn from group 1: .* has 1000unrn bonded/],
      ['duplicate delta CID', 3, 'MsgProposeDelta', { proposer: kit.addrs[3], group_id: 1, parent_version: genesisVersion(DATASET), delta_cid: cidOf('delta-1'), result_cid: cidOf('r') }, 5, /was proposed before \(proposal 1\)/],
      ['stale parent', 3, 'MsgProposeDelta', { proposer: kit.addrs[3], group_id: 1, parent_version: 'ab'.repeat(32), delta_cid: cidOf('delta-2'), result_cid: cidOf('r') }, 6, /is not group 1's current version/],
      ['malformed CID', 3, 'MsgProposeDelta', { proposer: kit.addrs[3], group_id: 1, parent_version: genesisVersion(DATASET), delta_cid: 'bafy-not-a-cid', result_cid: cidOf('r') }, 7, /delta_cid "bafy-not-a-cid" does not parse/],
      ['CIDv0', 0, 'MsgCreateGroup', createMsg(kit, { initial_dataset_cid: 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG' }), 7, /is a CIDv0; use its CIDv1 form bafy/],
      ['CID not in canonical base32', 0, 'MsgCreateGroup', createMsg(kit, { initial_dataset_cid: CID.parse(DATASET).toString(base58btc) }), 7, /not in canonical base32 form/],
      ['deposit too small', 0, 'MsgCreateGroup', createMsg(kit, { deposit: '9999999' }), 8, /deposit 9999999unrn is below the minimum of 10000000unrn/],
      ['zero stake', 1, 'MsgStake', { staker: kit.addrs[1], group_id: 1, amount: '0' }, 9, /amount must be positive, got 0/],
      ['negative stake', 1, 'MsgStake', { staker: kit.addrs[1], group_id: 1, amount: '-5' }, 9, /amount "-5" is not a positive integer/],
      ['zero unstake', 1, 'MsgUnstake', { staker: kit.addrs[1], group_id: 1, amount: '0' }, 9, /amount must be positive/],
      ['negative deposit', 0, 'MsgCreateGroup', createMsg(kit, { deposit: '-10000000' }), 9, /deposit "-10000000" is not a positive integer/],
      ['unknown proposal', 1, 'MsgVoteDelta', { voter: kit.addrs[1], proposal_id: 42, option: YES }, 10, /delta proposal 42 does not exist/],
      ['no vote option', 1, 'MsgVoteDelta', { voter: kit.addrs[1], proposal_id: pid, option: 0 }, 14, /neither VOTE_OPTION_YES/],
      ['epoch too long', 0, 'MsgCreateGroup', createMsg(kit, { epoch_length_seconds: 40_000_000 }), 15, /outside \[1, 31622400\] s/],
      ['fork of unknown group', 0, 'MsgForkGroup', { creator: kit.addrs[0], parent_group_id: 7, name: 'f', model_spec_cid: MODEL, training_config: CONFIG, training_round_seconds: 5, deposit: '10000000' }, 2, /group 7 does not exist/],
    ];
    for (const [name, who, msg, value, code, log] of cases) {
      const state = await kit.dump('ts/');
      const pools = [kit.balance(moduleAddress('trainingset')), kit.balance(moduleAddress('trainingset_deposits'))];
      const balance = kit.balance(kit.addrs[who]!);
      const r = await kit.send(who, `${T}${msg}`, value);
      assert.equal(r.codespace, 'trainingset', `${name}: ${r.log}`);
      assert.equal(r.code, code, `${name}: ${r.log}`);
      assert.match(r.log, log, name);
      assert.deepEqual(await kit.dump('ts/'), state, `${name} changed trainingset state`);
      assert.deepEqual([kit.balance(moduleAddress('trainingset')), kit.balance(moduleAddress('trainingset_deposits'))], pools, name);
      assert.ok(kit.balance(kit.addrs[who]!) >= balance - FEE, `${name}: at most the fee was spent`);
    }
  } finally { await kit.close(); }
});

test('re-voting replaces a vote, never counts it twice, and a no vote withdraws support', async () => {
  const kit = await startKit();
  try {
    await withGroup(kit);
    await stake(kit, 1, '700');
    const pid = await propose(kit, 2, 'd');
    await vote(kit, 1, pid);
    await vote(kit, 1, pid);
    let [p] = await proposals(kit, 1);
    assert.equal(p!.proposal!.yes_weight, '700');
    assert.equal(p!.votes!.length, 1);
    await stake(kit, 1, '300');
    await vote(kit, 1, pid);
    [p] = await proposals(kit, 1);
    assert.deepEqual([p!.proposal!.yes_weight, p!.proposal!.no_weight, p!.votes![0]!.weight], ['1000', '0', '1000'], 'the re-vote weighs the bond at its time');
    await vote(kit, 1, pid, NO);
    [p] = await proposals(kit, 1);
    assert.deepEqual([p!.proposal!.yes_weight, p!.proposal!.no_weight], ['0', '1000']);
  } finally { await kit.close(); }
});

test('at epoch end the most-voted delta is applied, its proposer minted exactly supply/1e6, the rest dropped as stale', async () => {
  const kit = await startKit();
  try {
    const start = await withGroup(kit);
    await stake(kit, 1, '100');
    await stake(kit, 2, '200');
    await stake(kit, 3, '350');
    const p1 = await propose(kit, 4, 'add a');
    const p2 = await propose(kit, 1, 'add b');
    const p3 = await propose(kit, 2, 'add c');
    await vote(kit, 1, p1); // p1: 100
    await vote(kit, 2, p2); // p2: 200
    await vote(kit, 3, p1); // p1: 450
    await vote(kit, 3, p3); // p3: 350 (approval voting: one bond may back several deltas)
    await vote(kit, 2, p1, NO);
    const genesis = genesisVersion(DATASET);
    // One ms before the end nothing happens.
    const endMs = start + EPOCH_MS;
    let out = await kit.block([], endMs - 1);
    assert.equal(eventsOf(out.events, 'delta_applied').length, 0);
    assert.equal((await group(kit, 1)).version, genesis);
    const proposerBefore = kit.balance(kit.addrs[4]!);
    const supplyBefore = kit.supply();
    out = await kit.block([], endMs);
    const [applied] = eventsOf(out.events, 'delta_applied');
    assert.ok(applied, 'a delta was applied exactly at the epoch end');
    const expectedVersion = nextVersion(genesis, cidOf('add a'));
    assert.equal(applied.proposal_id, String(p1));
    assert.equal(applied.version, expectedVersion);
    assert.equal(applied.yes_weight, '450');
    const reward = supplyBefore / 1_000_000n;
    assert.equal(applied.reward, `${reward}unrn`);
    assert.equal(kit.balance(kit.addrs[4]!), proposerBefore + reward, 'proposer paid to the unit');
    assert.equal(kit.supply(), supplyBefore + reward);
    const [minted] = eventsOf(out.events, 'mint_reward');
    assert.deepEqual(minted, { kind: 'delta', recipient: kit.addrs[4], amount: `${reward}unrn`, halvings: '0', supply_before: supplyBefore.toString() });
    assert.deepEqual(eventsOf(out.events, 'delta_dropped').map((e) => e.proposal_id), [String(p2), String(p3)]);
    assert.match(eventsOf(out.events, 'delta_dropped')[0]!.reason!, /^stale: parent .* superseded/);
    const g = await group(kit, 1);
    assert.deepEqual([g.version, g.version_number, g.dataset_cid, g.epoch, g.epoch_start_ms], [expectedVersion, 1, cidOf('result of add a'), 2, endMs]);
    const vs = await versions(kit, 1);
    assert.deepEqual(vs.map((v) => [v.number, v.version, v.parent_version, v.delta_cid, v.proposer]),
      [[0, genesis, '', '', ''], [1, expectedVersion, genesis, cidOf('add a'), kit.addrs[4]]]);
    assert.deepEqual(await proposals(kit, 1), []);
    // Closed proposals take no votes; the old parent is stale; an applied or dropped CID is never accepted again.
    const closed = await kit.send(1, `${T}MsgVoteDelta`, { voter: kit.addrs[1], proposal_id: p2, option: YES });
    assert.deepEqual([closed.code, closed.codespace], [11, 'trainingset']);
    assert.match(closed.log, /delta proposal 2 was dropped/);
    const stale = await kit.send(1, `${T}MsgProposeDelta`, { proposer: kit.addrs[1], group_id: 1, parent_version: genesis, delta_cid: cidOf('add d'), result_cid: cidOf('r') });
    assert.equal(stale.code, 6);
    const again = await kit.send(1, `${T}MsgProposeDelta`, { proposer: kit.addrs[1], group_id: 1, parent_version: expectedVersion, delta_cid: cidOf('add b'), result_cid: cidOf('r') });
    assert.equal(again.code, 5);
    // An epoch with no yes votes applies nothing; its proposals stay open on the unchanged parent.
    const p4 = await propose(kit, 1, 'add e');
    out = await kit.block([], endMs + EPOCH_MS);
    assert.equal(eventsOf(out.events, 'delta_applied').length, 0);
    assert.deepEqual((await proposals(kit, 1)).map((p) => p.proposal!.id), [p4]);
    assert.equal((await group(kit, 1)).epoch, 3);
  } finally { await kit.close(); }
});

test('a tie goes to the earliest proposal', async () => {
  const kit = await startKit();
  try {
    const start = await withGroup(kit);
    await stake(kit, 1, '500');
    await stake(kit, 2, '500');
    const p1 = await propose(kit, 3, 'first');
    const p2 = await propose(kit, 3, 'second');
    await vote(kit, 2, p2);
    await vote(kit, 1, p1);
    const out = await kit.block([], start + EPOCH_MS);
    assert.equal(eventsOf(out.events, 'delta_applied')[0]!.proposal_id, String(p1));
  } finally { await kit.close(); }
});

test('unstaking lowers the bond and caps standing votes at once; the coins return one epoch later', async () => {
  const kit = await startKit();
  try {
    await withGroup(kit);
    await stake(kit, 1, '1000');
    const pid = await propose(kit, 2, 'd');
    await vote(kit, 1, pid);
    const before = kit.balance(kit.addrs[1]!);
    ok(await kit.send(1, `${T}MsgUnstake`, { staker: kit.addrs[1], group_id: 1, amount: '600' }));
    const requestedAt = kit.nowMs;
    const [p] = await proposals(kit, 1);
    assert.equal(p!.proposal!.yes_weight, '400', 'the moved stake no longer backs the vote');
    const b = await bond(kit, 1, kit.addrs[1]!);
    assert.equal(b.bond, '400');
    assert.deepEqual(b.unbonding.map((u) => [u.amount, u.completion_ms]), [['600', requestedAt + EPOCH_MS]]);
    assert.equal((await group(kit, 1)).total_bond, '400');
    await kit.block([], requestedAt + EPOCH_MS - 1);
    assert.equal(kit.balance(kit.addrs[1]!), before - FEE, 'still unbonding');
    const out = await kit.block([], requestedAt + EPOCH_MS);
    assert.equal(kit.balance(kit.addrs[1]!), before - FEE + 600n);
    assert.equal(eventsOf(out.events, 'group_unbonding_completed').length, 1);
    assert.deepEqual((await bond(kit, 1, kit.addrs[1]!)).unbonding, []);
    assert.equal(kit.balance(moduleAddress('trainingset')), 400n);
  } finally { await kit.close(); }
});

async function paramsVote(kit: Kit, yesStakers: number[]) {
  ok(await kit.send(1, `${T}MsgProposeParams`, { proposer: kit.addrs[1], group_id: 1, epoch_length_seconds: 3 * EPOCH_S }));
  for (const who of yesStakers) ok(await kit.send(who, `${T}MsgVoteParams`, { voter: kit.addrs[who], proposal_id: 1, option: YES }));
}

test('an epoch length backed by more than half the bond takes effect at the next epoch', async () => {
  const kit = await startKit();
  try {
    const start = await withGroup(kit);
    await stake(kit, 1, '501');
    await stake(kit, 2, '499');
    await paramsVote(kit, [1]);
    assert.equal((await group(kit, 1)).epoch_length_seconds, EPOCH_S, 'not before the epoch ends');
    const out = await kit.block([], start + EPOCH_MS);
    assert.equal(eventsOf(out.events, 'group_params_changed').length, 1);
    const g = await group(kit, 1);
    assert.deepEqual([g.epoch, g.epoch_length_seconds, g.epoch_start_ms], [2, 3 * EPOCH_S, start + EPOCH_MS]);
    assert.equal(eventsOf((await kit.block([], start + 4 * EPOCH_MS - 1)).events, 'group_epoch_started').length, 0);
    assert.equal(eventsOf((await kit.block([], start + 4 * EPOCH_MS)).events, 'group_epoch_started').length, 1, 'epoch 2 lasted three times as long');
  } finally { await kit.close(); }
});

test('an epoch length backed by exactly half the bond (a minority) is rejected', async () => {
  const kit = await startKit();
  try {
    const start = await withGroup(kit);
    await stake(kit, 1, '500');
    await stake(kit, 2, '500');
    await paramsVote(kit, [1]);
    const out = await kit.block([], start + EPOCH_MS);
    assert.equal(eventsOf(out.events, 'group_params_rejected').length, 1);
    assert.equal((await group(kit, 1)).epoch_length_seconds, EPOCH_S);
    assert.equal(eventsOf((await kit.block([], start + 2 * EPOCH_MS)).events, 'group_epoch_started').length, 1, 'epoch 2 kept the old length');
  } finally { await kit.close(); }
});

test('a fork inherits the current version and training set and keeps its own history from there', async () => {
  const kit = await startKit();
  try {
    const start = await withGroup(kit);
    await stake(kit, 1, '10');
    await vote(kit, 1, await propose(kit, 2, 'edit'));
    await kit.block([], start + EPOCH_MS);
    const parent = await group(kit, 1);
    ok(await kit.send(3, `${T}MsgForkGroup`, { creator: kit.addrs[3], parent_group_id: 1, name: 'iris-v2', model_spec_cid: cidOf('model 2'), training_config: CONFIG, epoch_length_seconds: 20, training_round_seconds: 5, deposit: '10000000' }));
    const fork = await group(kit, 2);
    assert.deepEqual([fork.version, fork.dataset_cid, fork.forked_from, fork.version_number, fork.epoch_length_seconds], [parent.version, parent.dataset_cid, 1, 0, 20]);
    assert.deepEqual((await versions(kit, 2)).map((v) => [v.number, v.version, v.dataset_cid]), [[0, parent.version, parent.dataset_cid]]);
  } finally { await kit.close(); }
});

test('the delta reward halves exactly 4 years of block time after genesis, not one ms before', async () => {
  for (const [endMs, halved] of [[GENESIS_MS + FOUR_YEARS_MS - 1, false], [GENESIS_MS + FOUR_YEARS_MS, true]] as const) {
    const kit = await startKit({ balance: 123_456_789_012n });
    try {
      const start = await withGroup(kit, {}, endMs - EPOCH_MS);
      await stake(kit, 1, '10');
      await vote(kit, 1, await propose(kit, 2, 'edit'));
      const before = kit.balance(kit.addrs[2]!);
      const supply = kit.supply();
      const out = await kit.block([], start + EPOCH_MS);
      assert.equal(kit.nowMs, endMs);
      const expected = halved ? supply / 2_000_000n : supply / 1_000_000n;
      assert.equal(eventsOf(out.events, 'mint_reward')[0]!.halvings, halved ? '1' : '0');
      assert.equal(kit.balance(kit.addrs[2]!), before + expected);
    } finally { await kit.close(); }
  }
});

test('genesis export carries every group, version, proposal, vote and bond into a new chain', async () => {
  const kit = await startKit();
  let exported: unknown;
  try {
    const start = await withGroup(kit);
    await stake(kit, 1, '10');
    await vote(kit, 1, await propose(kit, 2, 'edit'));
    await kit.block([], start + EPOCH_MS);
    await vote(kit, 1, await propose(kit, 3, 'next'));
    const ts = kit.app.modules.find((m) => m.name === 'trainingset')!;
    exported = JSON.parse(JSON.stringify(await ts.genesis.export({ kv: kit.app.store.committed, height: kit.app.store.height })));
    const again = await startKit({ genesis: { trainingset: exported } });
    try {
      assert.deepEqual(await again.dump('ts/'), await kit.dump('ts/'));
      assert.deepEqual(await versions(again, 1), await versions(kit, 1));
      assert.deepEqual(await proposals(again, 1), await proposals(kit, 1));
    } finally { await again.close(); }
  } finally { await kit.close(); }
});
