// End to end on the 4-validator localnet + Hardhat: NRN → wNRN → NRN through four orchestrators and a relayer with
// exact balances on both sides and the escrow invariant checked at every height; then the deposit-claim rules with
// hand-built claims: a minority claim never pays, a repeated claim pays once, a skipped nonce is refused.
// (The signer-set change and an orchestrator going down are in bridge-localnet-valset.test.ts, run in parallel.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Wallet } from 'ethers';
import { StargateClient } from '@cosmjs/stargate';
import { withBridgeNet, WAIT_MS } from './bridgenet.ts';
import type { BridgeNet } from './bridgenet.ts';
import { devAccount } from '../scripts/dev-accounts.ts';
import { latestHeight, waitForCommitted, waitForHeight } from '../scripts/rpc.ts';
import { connectSigner } from '../client/connect.ts';
import { sendToEth } from '../client/bridge/sendToEth.ts';
import { bridgeMsgTypes } from '../client/bridge/types.ts';
import { tokenAt } from '../contracts/deploy.ts';
import { sendToChain } from '../bridge/sendToChain.ts';

const NRN = 1_000_000n;
const MADE_UP_SENDER = '0x00000000000000000000000000000000DeaDBeef';
/** The user's MsgSendToEth pays this tx fee (gas 400,000 at the minimum 0.025 unrn). */
const TX_FEE_UNRN = 10_000n;
const TX_FEE = { amount: [{ denom: 'unrn', amount: String(TX_FEE_UNRN) }], gas: '400000' };

const balanceOf = async (client: StargateClient, address: string) => BigInt((await client.getBalance(address, 'unrn')).amount);

interface DepositClaim { eventNonce: number; ethBlock: number; ethSender: string; recipient: string; amount: bigint }

/** A MsgDepositClaim built by hand and signed by validator i's operator key. */
function depositClaim(bn: BridgeNet, i: number, c: DepositClaim) {
  const validator = bn.operators[i]!.address;
  return bn.submitAs(i, [{ typeUrl: bridgeMsgTypes.depositClaim, value: {
    validator, event_nonce: c.eventNonce, eth_block_height: c.ethBlock, eth_sender: c.ethSender, nrn_recipient: c.recipient, amount: c.amount.toString(),
  } }]);
}

test('localnet bridge: NRN → wNRN → NRN with four orchestrators, escrow = wNRN supply + in flight at every height; claim rules', { timeout: 300_000 }, (t) => withBridgeNet(t, 'bridge-localnet', async (bn, { phase, onClose }) => {
  const { q, until, deployment, operators } = bn;
  assert.deepEqual(bn.firstValset.members!.map((m) => Number(m.power)), [10, 10, 10, 10], 'the bridge trusts all four validators, equal power');
  assert.deepEqual(new Set(bn.firstValset.members!.map((m) => m.eth_address)), new Set(bn.ethKeys.map((k) => new Wallet(k).address)));

  const reader = await StargateClient.connect(bn.rpcs[0]!);
  onClose(() => reader.disconnect());
  const user = bn.net.accounts[1]!;
  const userClient = await connectSigner(bn.rpcs[1]!, user.wallet);
  onClose(() => userClient.disconnect());
  const holder = new Wallet(bn.hardhat.accounts[2]!.privateKey, bn.provider);
  const token = tokenAt(deployment.tokenAddress, bn.provider);
  const wnrn = async (address: string) => BigInt(await token.getFunction('balanceOf')(address));
  const supply = async () => BigInt(await token.getFunction('totalSupply')());
  const lastEthEvent = async () => Number(await deployment.bridge.getFunction('lastEventNonce')());

  await t.test('1. NRN → wNRN → NRN: exact balances on both sides, the bridge fee to the relayer, every in-flight state seen', async () => {
    await until('the deployment\'s ValsetUpdatedEvent (event 1) observed', async () => (await q.lastEventNonce(operators[0]!.address)).lastObservedNonce >= 1);
    const a1 = 3n * NRN, f1 = 20_000n, a2 = 2n * NRN, f2 = 12_000n, back = 3n * NRN;
    const before = await balanceOf(reader, user.address);

    // Two transfers while the relayer is paused: the first is batched and confirmed, the second waits unbatched.
    await bn.relayer.stop();
    const t1 = await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount: a1, bridgeFee: f1 }, { fee: TX_FEE });
    const t2 = await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount: a2, bridgeFee: f2 }, { fee: TX_FEE });
    assert.deepEqual([t1.response.transferId, t2.response.transferId], [1, 2]);
    // The user's txs went through node 1; the reader asks node 0, which may not have committed that block yet.
    await waitForCommitted(bn.rpcs[0]!, t2.height, WAIT_MS);
    assert.equal(await balanceOf(reader, user.address), before - a1 - f1 - a2 - f2 - 2n * TX_FEE_UNRN, 'amounts + bridge fees escrowed, tx fees paid');
    const first = await until('batch 1 confirmed by all four, transfer 2 in the pool', async () => {
      const [[b], pool] = await Promise.all([q.pendingBatches(), q.pendingTransfers()]);
      return b?.confirms.length === 4 && pool.length === 1 ? b : undefined;
    });
    assert.deepEqual(first.batch.transfers!.map((x) => Number(x.id)), [1]);

    // Batch 1 executes on Ethereum while no orchestrator runs: the chain keeps it pending, minted but unobserved.
    await Promise.all(bn.orchestrators.map((p) => p.stop()));
    await bn.relayer.start();
    await until('batch 1 executed on Ethereum', async () => (await wnrn(holder.address)) === a1);
    await waitForHeight(bn.rpcs[0]!, (await latestHeight(bn.rpcs[0]!)) + 2, WAIT_MS);
    assert.equal((await q.pendingBatches())[0]?.batch.nonce, first.batch.nonce, 'unattested, batch 1 is still pending on chain');
    await Promise.all(bn.orchestrators.map((p) => p.start()));
    await until('batch 2 relayed after batch 1 was attested', async () => (await wnrn(holder.address)) === a1 + a2);
    assert.equal(await wnrn(bn.relayerAccount.address), f1 + f2, 'each batch\'s bridge fees are minted as wNRN to the relayer that submitted it');
    assert.equal(await supply(), a1 + a2 + f1 + f2);
    await until('BatchExecutedEvent 2 attested: nothing in flight', async () => (await q.pendingBatches()).length === 0 && (await q.pendingTransfers()).length === 0);
    assert.deepEqual(await q.escrow(), { escrowed: a1 + a2 + f1 + f2, outgoingInFlight: 0n });
    phase('NRN → wNRN: two transfers relayed in two batches and attested');

    // Back to the chain while no orchestrator runs: burnt on Ethereum, still escrowed on chain until attested.
    await Promise.all(bn.orchestrators.map((p) => p.stop()));
    const burnt = await sendToChain(holder, deployment.bridgeAddress, user.address, back);
    assert.equal(burnt.eventNonce, await lastEthEvent());
    await waitForHeight(bn.rpcs[0]!, (await latestHeight(bn.rpcs[0]!)) + 2, WAIT_MS);
    assert.equal(await balanceOf(reader, user.address), before - a1 - f1 - a2 - f2 - 2n * TX_FEE_UNRN, 'nothing paid before the claims');
    await Promise.all(bn.orchestrators.map((p) => p.start()));
    await until('the deposit paid to the user', async () => (await balanceOf(reader, user.address)) === before - a1 - f1 - a2 - f2 - 2n * TX_FEE_UNRN + back);
    assert.equal(await wnrn(holder.address), a1 + a2 - back, 'burnt from the holder');
    assert.equal(await supply(), a1 + a2 + f1 + f2 - back);
    assert.deepEqual(await q.escrow(), { escrowed: a1 + a2 + f1 + f2 - back, outgoingInFlight: 0n });
    const att = await bn.attestations(burnt.eventNonce);
    assert.equal(att.length, 1);
    assert.ok(att[0]!.observed && att[0]!.votes.length >= 3, `observed with > 2/3 of the power: ${att[0]!.votes.length} votes`);

    // Every term of the invariant was non-zero at some checked height, and the sum held there too.
    await bn.watcher.through(await latestHeight(bn.rpcs[0]!));
    const seen = bn.watcher.checks;
    assert.ok(seen.some((c) => c.pool > 0n && c.batched > 0n), 'a height with an unbatched and a batched transfer');
    assert.ok(seen.some((c) => c.executedUnobserved === a1 + f1 && c.batched >= a1 + f1), 'a height where batch 1 was minted on Ethereum but still pending on chain');
    assert.ok(seen.some((c) => c.depositsUnobserved === back), 'a height where the deposit was burnt on Ethereum but not yet paid');
    phase('wNRN → NRN attested and paid');
  });

  await t.test('4. claim rules: a minority claim never pays, a repeated claim is refused and pays once, a skipped nonce is refused', async () => {
    // Every orchestrator caught up with Ethereum, then validator 3's stops: its operator key claims by hand.
    const e = await lastEthEvent();
    await until(`all four validators claimed up to event ${e}`, async () => {
      const n = await Promise.all(operators.map((op) => q.lastEventNonce(op.address)));
      return n.every((x) => x.lastEventNonce === e && x.lastObservedNonce === e);
    });
    await bn.orchestrators[3]!.stop();
    const v3 = operators[3]!.address;
    const attacker = (await devAccount('bridge-localnet-attacker', 0)).address;
    const ethBlock = await bn.provider.getBlockNumber();

    // A deposit that never happened on Ethereum, claimed by 10 of 40 power: recorded as a vote, never observed.
    const fake = { eventNonce: e + 1, ethBlock, ethSender: MADE_UP_SENDER, recipient: attacker, amount: 1_000n * NRN };
    const recorded = await depositClaim(bn, 3, fake);
    assert.deepEqual({ stage: recorded.stage, code: recorded.code }, { stage: 'block', code: 0 }, recorded.log);
    const skipped = await depositClaim(bn, 3, { ...fake, eventNonce: e + 3 });
    assert.deepEqual({ stage: skipped.stage, code: skipped.code, codespace: skipped.codespace }, { stage: 'check', code: 15, codespace: 'bridge' }, skipped.log);
    assert.match(skipped.log, new RegExp(`claimed event nonce ${e + 3}; its next claim must be nonce ${e + 2}`));

    // The real event e+1: the other three (30 of 40 > 2/3) attest it; the fake one stays a minority vote.
    const r1 = (await devAccount('bridge-localnet-recipient', 1)).address;
    const d1 = await sendToChain(holder, deployment.bridgeAddress, r1, 400_000n);
    assert.equal(d1.eventNonce, e + 1);
    await until('deposit e+1 paid by the three honest validators', async () => (await balanceOf(reader, r1)) === 400_000n);
    const atE1 = await bn.attestations(e + 1);
    const real = atE1.find((a) => a.observed)!;
    const forged = atE1.find((a) => !a.observed)!;
    assert.equal(atE1.length, 2, 'two different claims for event e+1');
    assert.deepEqual(new Set(real.votes), new Set(operators.slice(0, 3).map((op) => op.address)));
    assert.deepEqual(JSON.parse(real.details), { eth_sender: holder.address.toLowerCase(), nrn_recipient: r1, amount: '400000' });
    assert.deepEqual(forged.votes, [v3]);
    phase('minority claim for a made-up deposit recorded but not observed; the real event e+1 paid');

    // Event e+2 with every other orchestrator stopped: validator 3's claim alone (25% of the power) pays nothing.
    await Promise.all(bn.orchestrators.slice(0, 3).map((p) => p.stop()));
    const r2 = (await devAccount('bridge-localnet-recipient', 2)).address;
    const d2 = await sendToChain(holder, deployment.bridgeAddress, r2, 700_000n);
    assert.equal(d2.eventNonce, e + 2);
    const claim2 = { eventNonce: e + 2, ethBlock: d2.blockNumber, ethSender: holder.address, recipient: r2, amount: 700_000n };
    const voted = await depositClaim(bn, 3, claim2);
    assert.deepEqual({ stage: voted.stage, code: voted.code }, { stage: 'block', code: 0 }, voted.log);
    await waitForHeight(bn.rpcs[0]!, voted.height! + 3, WAIT_MS);
    assert.equal(await balanceOf(reader, r2), 0n, 'one validator\'s claim pays nothing, 3 blocks later');
    assert.deepEqual((await bn.attestations(e + 2)).map((a) => ({ votes: a.votes, observed: a.observed })), [{ votes: [v3], observed: false }]);
    assert.equal((await q.lastEventNonce(v3)).lastObservedNonce, e + 1);

    const again = await depositClaim(bn, 3, claim2);
    assert.deepEqual({ stage: again.stage, code: again.code, codespace: again.codespace }, { stage: 'check', code: 15, codespace: 'bridge' }, again.log);
    assert.match(again.log, new RegExp(`claimed event nonce ${e + 2}; its next claim must be nonce ${e + 3}`), 'the same claim twice: refused as non-contiguous');

    await Promise.all(bn.orchestrators.slice(0, 3).map((p) => p.start()));
    await until('deposit e+2 paid once the others attest it', async () => (await balanceOf(reader, r2)) === 700_000n);
    const paidAt = await latestHeight(bn.rpcs[0]!);
    await waitForHeight(bn.rpcs[0]!, paidAt + 3, WAIT_MS);
    assert.equal(await balanceOf(reader, r2), 700_000n, 'paid exactly once');
    const atE2 = await bn.attestations(e + 2);
    assert.equal(atE2.length, 1);
    assert.ok(atE2[0]!.observed);
    assert.deepEqual(new Set(atE2[0]!.votes), new Set(operators.map((op) => op.address)), 'validator 3\'s hand claim counted once, with the three others');
    phase('a lone claim paid nothing; the repeated claim was refused; paid once with the others');

    // Validator 3's orchestrator comes back after the hand claims: nothing left for it to claim, nothing sent twice.
    const mark = bn.orchestrators[3]!.ticker.reports.length;
    await bn.orchestrators[3]!.start();
    await bn.orchestrators[3]!.ticker.freshPass();
    assert.deepEqual(bn.orchestrators[3]!.ticker.reports.slice(mark).flatMap((r) => r.claimed), []);
    assert.equal(await balanceOf(reader, attacker), 0n, 'the made-up deposit never paid');
    const atE1Later = await bn.attestations(e + 1);
    assert.deepEqual(atE1Later.filter((a) => !a.observed).map((a) => a.votes), [[v3]]);
  });
}));
