import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startCheckpointKit, cidOf, saltOf, msgs, commitFor, revealFor, reportFor, queryRound, queryBest, queryHistory, queryCheckpoint,
  eventsOf, blockHash, FEE, VALIDATORS, MARGIN_MICRO,
} from './testkit.ts';
import type { CheckpointKit } from './testkit.ts';
import { weightedMedian, hasQuorum } from './settle.ts';
import { roundReward } from '../mint/index.ts';

const A = VALIDATORS, B = VALIDATORS + 1, C = VALIDATORS + 2;
const DEPOSIT = 1_000_000n;

/** Commit in one block, reveal in the next; returns the reveal's height. */
async function commitAndReveal(kit: CheckpointKit, who: number, cid: string, salt: string, claimed: number, parent = '') {
  const c = await kit.send(who, msgs.commit, commitFor(kit, who, cid, salt));
  assert.equal(c.code, 0, c.log);
  const r = await kit.send(who, msgs.reveal, revealFor(kit, who, cid, salt, claimed, parent));
  assert.equal(r.code, 0, r.log);
  return kit.height;
}

async function reportAll(kit: CheckpointKit, cid: string, losses: number[]) {
  const txs = await Promise.all(losses.map((l, v) => kit.tx(v, msgs.report, reportFor(kit, v, cid, l))));
  const { results } = await kit.block(txs);
  for (const r of results) assert.equal(r.code, 0, r.log);
}

async function expectRefused(kit: CheckpointKit, who: number, typeUrl: string, value: object, code: number) {
  const before = await kit.dump('ckpt/');
  const r = await kit.send(who, typeUrl, value);
  assert.equal(r.codespace, 'checkpoint', r.log);
  assert.equal(r.code, code, r.log);
  assert.ok(r.log.length > 20, 'a readable log');
  assert.deepEqual(await kit.dump('ckpt/'), before, 'no checkpoint state change');
  return r;
}

test('a winning round: seed from the next block, power-weighted median, reward exact to the unit, deposit back', async () => {
  const kit = await startCheckpointKit();
  try {
    const cid = await cidOf('ckpt-1');
    const startBalance = kit.balance(kit.addrs[A]!);
    const revealHeight = await commitAndReveal(kit, A, cid, saltOf(1), 480_000);
    assert.equal(kit.balance(kit.addrs[A]!), startBalance - DEPOSIT - 2n * FEE, 'deposit escrowed');

    const seedBlock = await kit.block();
    const seeded = eventsOf(seedBlock.events, 'checkpoint_seed');
    assert.equal(seeded.length, 1);
    assert.equal(seeded[0]!.seed_block_hash, blockHash(revealHeight + 1).toString('hex'));
    assert.equal((await queryCheckpoint(kit, cid)).checkpoint!.seed_block_hash, blockHash(revealHeight + 1).toString('hex'));

    await reportAll(kit, cid, [500_000, 500_000, 500_000, 500_000]);
    const supply = kit.supply();
    const balance = kit.balance(kit.addrs[A]!);
    const settle = await kit.block([], kit.roundEndMs());
    const won = eventsOf(settle.events, 'checkpoint_won');
    assert.equal(won.length, 1);
    const reward = roundReward(supply, kit.nowMs, 1_700_000_000_000);
    assert.equal(reward, supply * 10n / 1_000_000n);
    assert.equal(won[0]!.reward, `${reward}unrn`);
    assert.equal(kit.balance(kit.addrs[A]!), balance + reward + DEPOSIT, 'reward + deposit, to the unit');
    assert.equal(kit.supply(), supply + reward);

    const best = await queryBest(kit);
    assert.equal(best.found, true);
    assert.equal(best.best!.cid, cid);
    assert.equal(best.best!.loss_micro, '500000');
    assert.equal(best.best!.trainer, kit.addrs[A]);
    const round = await queryRound(kit);
    assert.equal(round.round!.settled, true);
    assert.equal(round.round!.winner_cid, cid);
    assert.equal(round.commits.length, 1);
    assert.equal(round.checkpoints[0]!.checkpoint!.status, 'won');
    assert.equal(round.checkpoints[0]!.checkpoint!.median_loss_micro, '500000');
    assert.equal(round.checkpoints[0]!.reports!.length, 4);
    assert.equal((await queryHistory(kit)).length, 1);

    // Next round: a child that does not beat the best by the margin wins nothing; one that does wins.
    const weak = await cidOf('ckpt-2'), strong = await cidOf('ckpt-3');
    await commitAndReveal(kit, B, weak, saltOf(2), 495_000, cid);
    await commitAndReveal(kit, C, strong, saltOf(3), 400_000, cid);
    await kit.block();
    await reportAll(kit, weak, [500_000 - MARGIN_MICRO + 1, 500_000 - MARGIN_MICRO + 1, 500_000 - MARGIN_MICRO + 1, 500_000 - MARGIN_MICRO + 1]);
    await reportAll(kit, strong, [410_000, 410_000, 410_000, 410_000]);
    await kit.block([], kit.roundEndMs());
    const best2 = await queryBest(kit);
    assert.equal(best2.best!.cid, strong);
    assert.equal(best2.best!.parent_cid, cid);
    assert.deepEqual((await queryHistory(kit)).map((h) => h.cid), [cid, strong]);
    assert.equal((await queryCheckpoint(kit, weak)).checkpoint!.status, 'lost');
  } finally {
    await kit.close();
  }
});

test('the margin: a round whose best median does not beat the current best by the margin has no winner', async () => {
  const kit = await startCheckpointKit();
  try {
    const first = await cidOf('m-1');
    await commitAndReveal(kit, A, first, saltOf(1), 300_000);
    await kit.block();
    await reportAll(kit, first, [300_000, 300_000, 300_000, 300_000]);
    await kit.block([], kit.roundEndMs());
    const close = await cidOf('m-2');
    await commitAndReveal(kit, B, close, saltOf(2), 295_000, first);
    await kit.block();
    await reportAll(kit, close, [295_000, 295_000, 295_000, 295_000]);
    const balance = kit.balance(kit.addrs[B]!);
    const settle = await kit.block([], kit.roundEndMs());
    assert.equal(eventsOf(settle.events, 'checkpoint_won').length, 0);
    assert.equal(eventsOf(settle.events, 'round_settled')[0]!.winner_cid, '');
    assert.equal(kit.balance(kit.addrs[B]!), balance + DEPOSIT, 'only the deposit comes back');
    assert.equal((await queryBest(kit)).best!.cid, first);
  } finally {
    await kit.close();
  }
});

test('a liar (claims far below the median) gets no reward, is marked, and its deposit is burned', async () => {
  const kit = await startCheckpointKit();
  try {
    const liar = await cidOf('liar'), honest = await cidOf('honest');
    await commitAndReveal(kit, A, liar, saltOf(1), 1);
    await commitAndReveal(kit, B, honest, saltOf(2), 600_000);
    await kit.block();
    // The liar's checkpoint is even better than the honest one: lying still forfeits it.
    await reportAll(kit, liar, [500_000, 500_000, 500_000, 500_000]);
    await reportAll(kit, honest, [590_000, 590_000, 590_000, 590_000]);
    const supply = kit.supply();
    const liarBalance = kit.balance(kit.addrs[A]!);
    const settle = await kit.block([], kit.roundEndMs());
    const marked = eventsOf(settle.events, 'trainer_marked');
    assert.equal(marked.length, 1);
    assert.equal(marked[0]!.trainer, kit.addrs[A]);
    assert.equal(marked[0]!.deposit_burned, `${DEPOSIT}unrn`);
    assert.equal(kit.balance(kit.addrs[A]!), liarBalance, 'no reward, no deposit back');
    const reward = supply * 10n / 1_000_000n;
    assert.equal(kit.supply(), supply + reward - DEPOSIT, 'deposit burned; the honest winner minted');
    assert.equal((await queryCheckpoint(kit, liar)).checkpoint!.status, 'liar');
    assert.equal((await queryBest(kit)).best!.cid, honest);
  } finally {
    await kit.close();
  }
});

test('a copier of a revealed CID is refused; a front-runner who copies a commitment cannot reveal it', async () => {
  const kit = await startCheckpointKit();
  try {
    const cid = await cidOf('original');
    const aCommit = commitFor(kit, A, cid, saltOf(1));
    // Front-runner B copies A's commitment bytes from the mempool: it binds A's address, not B's.
    assert.equal((await kit.send(B, msgs.commit, { ...aCommit, trainer: kit.addrs[B] })).code, 0);
    assert.equal((await kit.send(A, msgs.commit, aCommit)).code, 0);
    await expectRefused(kit, B, msgs.reveal, revealFor(kit, B, cid, saltOf(1), 500_000), 4);
    assert.equal((await kit.send(A, msgs.reveal, revealFor(kit, A, cid, saltOf(1), 500_000))).code, 0);
    // Copier C commits the now-public CID under its own address and salt: the CID is taken.
    assert.equal((await kit.send(C, msgs.commit, commitFor(kit, C, cid, saltOf(3)))).code, 0);
    await expectRefused(kit, C, msgs.reveal, revealFor(kit, C, cid, saltOf(3), 500_000), 6);
  } finally {
    await kit.close();
  }
});

test('one garbage reporter of four: the median still settles right', async () => {
  for (const garbage of [0, 99_000_000]) {
    const kit = await startCheckpointKit();
    try {
      const cid = await cidOf(`g-${garbage}`);
      await commitAndReveal(kit, A, cid, saltOf(1), 420_000);
      await kit.block();
      await reportAll(kit, cid, [420_000, garbage, 420_000, 420_000]);
      await kit.block([], kit.roundEndMs());
      assert.equal((await queryCheckpoint(kit, cid)).checkpoint!.median_loss_micro, '420000');
      assert.equal((await queryBest(kit)).best!.loss_micro, '420000');
    } finally {
      await kit.close();
    }
  }
});

test('equal medians: the earliest commit wins', async () => {
  const kit = await startCheckpointKit();
  try {
    const early = await cidOf('early'), late = await cidOf('late');
    assert.equal((await kit.send(B, msgs.commit, commitFor(kit, B, early, saltOf(1)))).code, 0);
    assert.equal((await kit.send(A, msgs.commit, commitFor(kit, A, late, saltOf(2)))).code, 0);
    // The later committer reveals first; commit order still decides.
    assert.equal((await kit.send(A, msgs.reveal, revealFor(kit, A, late, saltOf(2), 300_000))).code, 0);
    assert.equal((await kit.send(B, msgs.reveal, revealFor(kit, B, early, saltOf(1), 300_000))).code, 0);
    await kit.block();
    await reportAll(kit, late, [300_000, 300_000, 300_000, 300_000]);
    await reportAll(kit, early, [300_000, 300_000, 300_000, 300_000]);
    await kit.block([], kit.roundEndMs());
    assert.equal((await queryBest(kit)).best!.cid, early);
  } finally {
    await kit.close();
  }
});

test('without reports from 2/3 of bonded power there is no median: no winner, deposit returned', async () => {
  const kit = await startCheckpointKit();
  try {
    const cid = await cidOf('quiet');
    await commitAndReveal(kit, A, cid, saltOf(1), 300_000);
    await kit.block();
    await reportAll(kit, cid, [300_000, 300_000]);
    const balance = kit.balance(kit.addrs[A]!);
    await kit.block([], kit.roundEndMs());
    const c = (await queryCheckpoint(kit, cid)).checkpoint!;
    assert.equal(c.status, 'no_quorum');
    assert.equal(c.reported_power, '20');
    assert.equal(c.total_power, '40');
    assert.equal((await queryBest(kit)).found, false);
    assert.equal(kit.balance(kit.addrs[A]!), balance + DEPOSIT);
  } finally {
    await kit.close();
  }
});

test('a commit never revealed forfeits its deposit at round end', async () => {
  const kit = await startCheckpointKit();
  try {
    assert.equal((await kit.send(A, msgs.commit, commitFor(kit, A, await cidOf('never'), saltOf(1)))).code, 0);
    const supply = kit.supply();
    const settle = await kit.block([], kit.roundEndMs());
    assert.equal(eventsOf(settle.events, 'commit_forfeited').length, 1);
    assert.equal(kit.supply(), supply - DEPOSIT);
  } finally {
    await kit.close();
  }
});

test('loss reports are fee-free for bonded validators only', async () => {
  const kit = await startCheckpointKit();
  try {
    const cid = await cidOf('fees');
    await commitAndReveal(kit, A, cid, saltOf(1), 300_000);
    await kit.block();
    assert.equal((await kit.checkTx(await kit.tx(0, msgs.report, reportFor(kit, 0, cid, 300_000), 0n))).code, 0);
    const other = await kit.checkTx(await kit.tx(B, msgs.report, reportFor(kit, B, cid, 300_000), 0n));
    assert.equal(other.codespace, 'sdk');
    assert.equal(other.code, 13, other.log);
    const balance = kit.balance(kit.addrs[0]!);
    const { results } = await kit.block([await kit.tx(0, msgs.report, reportFor(kit, 0, cid, 300_000), 0n)]);
    assert.equal(results[0]!.code, 0, results[0]!.log);
    assert.equal(kit.balance(kit.addrs[0]!), balance);
  } finally {
    await kit.close();
  }
});

test('bad input: each refused with its code and a readable log, and no state change', async () => {
  const kit = await startCheckpointKit();
  try {
    const cid = await cidOf('bad'), other = await cidOf('other');
    // unknown group (commit and reveal)
    await expectRefused(kit, A, msgs.commit, { ...commitFor(kit, A, cid, saltOf(1)), group_id: 99 }, 2);
    await expectRefused(kit, A, msgs.reveal, { ...revealFor(kit, A, cid, saltOf(1), 1), group_id: 99 }, 2);
    // reveal without commit
    await expectRefused(kit, A, msgs.reveal, revealFor(kit, A, cid, saltOf(1), 1), 3);
    assert.equal((await kit.send(A, msgs.commit, commitFor(kit, A, cid, saltOf(1)))).code, 0);
    // wrong salt
    await expectRefused(kit, A, msgs.reveal, revealFor(kit, A, cid, saltOf(2), 1), 4);
    // stale training-set version
    await expectRefused(kit, A, msgs.reveal, { ...revealFor(kit, A, cid, saltOf(1), 1), training_set_version: 'ab'.repeat(32) }, 14);
    // unknown parent
    await expectRefused(kit, A, msgs.reveal, revealFor(kit, A, cid, saltOf(1), 1, other), 15);
    // report on an unknown checkpoint
    await expectRefused(kit, 0, msgs.report, reportFor(kit, 0, other, 1), 16);
    // reveal in the commit's own block
    const txs = [await kit.tx(B, msgs.commit, commitFor(kit, B, other, saltOf(5)))];
    const { results } = await kit.block(txs);
    assert.equal(results[0]!.code, 0);
    assert.equal((await kit.send(A, msgs.reveal, revealFor(kit, A, cid, saltOf(1), 400_000))).code, 0);
    // report before the seed block exists (the mempool sees the reveal's block as the last one)
    const early = await kit.checkTx(await kit.tx(0, msgs.report, reportFor(kit, 0, cid, 1)));
    assert.deepEqual([early.codespace, early.code], ['checkpoint', 18], early.log);
    // duplicate CID (a second commitment of the same trainer to the same CID)
    assert.equal((await kit.send(A, msgs.commit, commitFor(kit, A, cid, saltOf(9)))).code, 0);
    await expectRefused(kit, A, msgs.reveal, revealFor(kit, A, cid, saltOf(9), 1), 6);
    // report from a non-validator
    await expectRefused(kit, B, msgs.report, reportFor(kit, B, cid, 1), 7);
    // second report
    assert.equal((await kit.send(0, msgs.report, reportFor(kit, 0, cid, 400_000))).code, 0);
    await expectRefused(kit, 0, msgs.report, reportFor(kit, 0, cid, 1), 8);
    // reveal after the round: B's commit is from the round that just ended
    await kit.block([], kit.roundEndMs());
    await expectRefused(kit, B, msgs.reveal, revealFor(kit, B, other, saltOf(5), 1), 5);
    // report after settlement
    await expectRefused(kit, 1, msgs.report, reportFor(kit, 1, cid, 1), 17);
    // same commitment twice
    const again = commitFor(kit, C, other, saltOf(7));
    assert.equal((await kit.send(C, msgs.commit, again)).code, 0);
    await expectRefused(kit, C, msgs.commit, again, 19);
  } finally {
    await kit.close();
  }
});

test('stateless checks: malformed commitment, salt, CID and loss', async () => {
  const kit = await startCheckpointKit();
  try {
    const cid = await cidOf('shape');
    await expectRefused(kit, A, msgs.commit, { ...commitFor(kit, A, cid, saltOf(1)), commitment: 'xyz' }, 10);
    await expectRefused(kit, A, msgs.reveal, { ...revealFor(kit, A, cid, saltOf(1), 1), salt: 'abcd' }, 11);
    await expectRefused(kit, A, msgs.reveal, { ...revealFor(kit, A, cid, saltOf(1), 1), cid: 'QmNotACid' }, 9);
    await expectRefused(kit, A, msgs.reveal, { ...revealFor(kit, A, cid, saltOf(1), 1), claimed_loss_micro: '-5' }, 12);
    await expectRefused(kit, 0, msgs.report, { ...reportFor(kit, 0, cid, 1), loss_micro: '18446744073709551616' }, 12);
  } finally {
    await kit.close();
  }
});

test('weightedMedian is the power-weighted lower median in integers; quorum is 2/3 of power', () => {
  const r = (lossMicro: bigint, power: bigint, validator: string) => ({ lossMicro, power, validator });
  assert.equal(weightedMedian([]), undefined);
  assert.equal(weightedMedian([r(5n, 1n, 'a')]), 5n);
  assert.equal(weightedMedian([r(1n, 1n, 'a'), r(2n, 1n, 'b'), r(3n, 1n, 'c'), r(4n, 1n, 'd')]), 2n);
  assert.equal(weightedMedian([r(1n, 1n, 'a'), r(9n, 10n, 'b'), r(3n, 1n, 'c')]), 9n);
  assert.equal(weightedMedian([r(7n, 3n, 'a'), r(1n, 1n, 'b'), r(2n, 1n, 'c')]), 7n);
  assert.equal(hasQuorum(2n, 3n), true);
  assert.equal(hasQuorum(66n, 100n), false);
  assert.equal(hasQuorum(67n, 100n), true);
  assert.equal(hasQuorum(0n, 0n), false);
});
