// End to end on the 4-validator localnet + Hardhat: a delegation shifts power, the chain asks for a new signer set,
// the orchestrators confirm it and the relayer moves NRNBridge to it; a batch carrying only an old-set quorum is then
// refused by the contract. With one orchestrator down the other three keep the bridge working, and when it comes back
// it confirms and claims what it missed, once. The escrow invariant is checked at every height throughout.
// (The round trip and the claim rules are in bridge-localnet.test.ts, run in parallel.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Wallet, getAddress } from 'ethers';
import type { Signer } from 'ethers';
import { StargateClient, assertIsDeliverTxSuccess } from '@cosmjs/stargate';
import { withBridgeNet } from './bridgenet.ts';
import { devAccount } from '../scripts/dev-accounts.ts';
import { latestHeight } from '../scripts/rpc.ts';
import { connectSigner } from '../client/connect.ts';
import { sendToEth } from '../client/bridge/sendToEth.ts';
import type { Confirm, OutgoingBatch, Valset } from '../client/bridge/queries.ts';
import { bridgeAt, bridgeRevert, tokenAt } from '../contracts/deploy.ts';
import { NO_SIGNATURE, signedValset, valsetCheckpoint } from '../contracts/hash.ts';
import type { Valset as EthValset } from '../contracts/hash.ts';
import { parseSignature } from '../modules/bridge/msgs.ts';
import { ethBatchOf, ethValsetOf } from '../bridge/orchestrator.ts';
import { sendToChain } from '../bridge/sendToChain.ts';

const NRN = 1_000_000n;
const TX_FEE = { amount: [{ denom: 'unrn', amount: '10000' }], gas: '400000' };

/**
 * Sends NRNBridge.submitBatch with the chain's confirms lined up against `valset`, which the relayer would never do
 * for a set short of 2/3; the only contract call this test encodes itself. Returns the custom error it reverts with.
 */
async function submitBatchSignedBy(bridgeAddress: string, sender: Signer, valset: EthValset, confirms: Confirm[], batch: OutgoingBatch) {
  const signatureOf = new Map(confirms.map((c) => [getAddress(c.eth_address), parseSignature(c.signature)]));
  const sigs = valset.validators.map((v) => signatureOf.get(getAddress(v)) ?? NO_SIGNATURE);
  const b = ethBatchOf(batch);
  try {
    await bridgeAt(bridgeAddress, sender).getFunction('submitBatch')(signedValset(valset, sigs), b.amounts, b.destinations, b.fees, b.batchNonce, b.batchTimeout);
  } catch (e) {
    const revert = bridgeRevert(e);
    if (revert) return revert;
    throw e;
  }
  return assert.fail('NRNBridge executed a batch signed short of the current set\'s 2/3');
}

const powersOf = (v: Valset) => (v.members ?? []).map((m) => ({ eth: m.eth_address!, power: Number(m.power) }));

test('localnet bridge: a power shift moves NRNBridge to a new signer set; one orchestrator down, then caught up', { timeout: 300_000 }, (t) => withBridgeNet(t, 'bridge-valset', async (bn, { phase, onClose }) => {
  const { q, until, deployment, operators, domain } = bn;
  const reader = await StargateClient.connect(bn.rpcs[0]!);
  onClose(() => reader.disconnect());
  const delegator = bn.net.accounts[1]!;
  const user = bn.net.accounts[2]!;
  const [delegatorClient, userClient] = await Promise.all([connectSigner(bn.rpcs[0]!, delegator.wallet), connectSigner(bn.rpcs[2]!, user.wallet)]);
  onClose(() => delegatorClient.disconnect(), () => userClient.disconnect());
  const holder = new Wallet(bn.hardhat.accounts[2]!.privateKey, bn.provider);
  const bridge = bridgeAt(deployment.bridgeAddress, bn.provider);
  const token = tokenAt(deployment.tokenAddress, bn.provider);
  const wnrn = async (address: string) => BigInt(await token.getFunction('balanceOf')(address));
  const contractValset = async () => ({ nonce: Number(await bridge.getFunction('lastValsetNonce')()), checkpoint: String(await bridge.getFunction('lastValsetCheckpoint')()) });
  const lastBatchNonce = async () => Number(await bridge.getFunction('lastBatchNonce')());
  const lastEthEvent = async () => Number(await bridge.getFunction('lastEventNonce')());
  const ethAddress = (i: number) => new Wallet(bn.ethKeys[i]!).address;
  const validators = (...is: number[]) => is.map((i) => operators[i]!.address).sort();
  const confirmers = (cs: Confirm[]) => cs.map((c) => c.validator).sort();
  const delegate = async (i: number, amount: bigint) => {
    const res = await delegatorClient.delegateTokens(delegator.address, operators[i]!.valoper, { denom: 'unrn', amount: amount.toString() }, TX_FEE);
    assertIsDeliverTxSuccess(res);
    return res;
  };
  /** Waits until every validator confirmed every valset and claimed every NRNBridge event so far. */
  const allCaughtUp = async (what: string) => {
    const e = await lastEthEvent();
    await until(`${what}: all four orchestrators confirmed every valset and claimed up to event ${e}`, async () => {
      const [nonces, valsets] = await Promise.all([Promise.all(operators.map((op) => q.lastEventNonce(op.address))), q.valsets(20)]);
      return nonces.every((n) => n.lastEventNonce === e && n.lastObservedNonce === e) && valsets.every((v) => v.confirms.length === 4);
    });
  };
  let holderWnrn = 0n;
  let relayerWnrn = 0n;

  await t.test('2. a delegation shifting power > 5% makes a new valset, relayed to NRNBridge; an old-set quorum is refused', async () => {
    const old = bn.firstValset;
    assert.deepEqual(powersOf(old).map((m) => m.power), [10, 10, 10, 10]);
    assert.deepEqual(await contractValset(), { nonce: old.nonce, checkpoint: valsetCheckpoint(domain, ethValsetOf(old)) });
    await allCaughtUp('deployed');

    // 20 NRN more behind validator 0: 30 of 60 power, a shift of 50% of normalised power.
    const delegation = await delegate(0, 20n * NRN);
    const next = await until('the chain to request a new valset', async () => (await q.valsets(1)).find((v) => v.valset.nonce > old.nonce)?.valset);
    assert.equal(next.nonce, old.nonce + 1);
    assert.equal(Number(next.height), delegation.height, 'requested in the end block of the delegation\'s own block');
    assert.deepEqual(powersOf(next), [{ eth: ethAddress(0), power: 30 }, ...powersOf(old).filter((m) => m.eth !== ethAddress(0))]);

    await until('the relayer to move NRNBridge to the new set', async () => (await contractValset()).nonce === next.nonce);
    assert.deepEqual(await contractValset(), { nonce: next.nonce, checkpoint: valsetCheckpoint(domain, ethValsetOf(next)) }, 'NRNBridge holds the chain\'s latest valset');
    const [latest] = await q.valsets(1);
    assert.equal(latest!.valset.nonce, next.nonce);
    await allCaughtUp('valset relayed');
    assert.deepEqual(confirmers((await q.valset(next.nonce))!.confirms), validators(0, 1, 2, 3), 'every orchestrator confirmed the new set');
    phase(`valset ${next.nonce} (30/10/10/10) requested, confirmed and relayed`);

    // Validators 1–3 hold 75% of the old set but only 50% of the new one: their batch must not execute.
    await bn.orchestrators[0]!.stop();
    const amount = 2n * NRN, fee = 15_000n;
    await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount, bridgeFee: fee }, { fee: TX_FEE });
    const pending = await until('the batch confirmed by validators 1–3', async () => {
      const [b] = await q.pendingBatches();
      return b && b.confirms.length === 3 ? b : undefined;
    });
    assert.deepEqual(confirmers(pending.confirms), validators(1, 2, 3));
    await bn.relayer.ticker.freshPass();
    await bn.relayer.ticker.freshPass();
    assert.equal(await lastBatchNonce(), 0, 'the relayer does not submit a batch short of 2/3 of the new set');

    const againstOld = await submitBatchSignedBy(deployment.bridgeAddress, bn.relayerAccount, ethValsetOf(old), pending.confirms, pending.batch);
    assert.equal(againstOld.name, 'CheckpointMismatch', 'the old set is not the one NRNBridge trusts');
    assert.equal(againstOld.args[1], valsetCheckpoint(domain, ethValsetOf(next)), 'NRNBridge holds the new set\'s checkpoint');
    const againstNew = await submitBatchSignedBy(deployment.bridgeAddress, bn.relayerAccount, ethValsetOf(next), pending.confirms, pending.batch);
    assert.deepEqual(againstNew, { name: 'InsufficientPower', args: [30n, 60n] });
    assert.equal(await lastBatchNonce(), 0);

    // Validator 0's orchestrator comes back: with its signature the new set's quorum exists and the batch executes.
    await bn.orchestrators[0]!.start();
    await until('the batch executed on Ethereum', async () => (await wnrn(holder.address)) === amount);
    holderWnrn += amount;
    relayerWnrn += fee;
    assert.equal(await lastBatchNonce(), pending.batch.nonce);
    assert.equal(await wnrn(bn.relayerAccount.address), relayerWnrn);
    await until('the executed batch attested', async () => (await q.pendingBatches()).length === 0);
    phase('old-set quorum refused (CheckpointMismatch / InsufficientPower); new-set quorum executed');
  });

  await t.test('3. one orchestrator down: the other three keep the bridge working; back up, it catches up once', async () => {
    const current = (await q.valsets(1))[0]!.valset;
    const power = new Map(powersOf(current).map((m) => [m.eth, m.power]));
    const total = [...power.values()].reduce((s, p) => s + p, 0);
    const withoutV3 = total - power.get(ethAddress(3))!;
    assert.ok(withoutV3 * 3 > total * 2, `validators 0–2 hold ${withoutV3} of ${total}: more than 2/3 without validator 3`);

    await allCaughtUp('before the outage');
    const v3 = operators[3]!.address;
    // Stopping waits for the pass in progress, so its report is in before the count is taken.
    await bn.orchestrators[3]!.stop();
    const v3LastClaim = (await q.lastEventNonce(v3)).lastEventNonce;
    const v3Reports = bn.orchestrators[3]!.ticker.reports.length;

    // A transfer out: batched, confirmed by the three, relayed, attested.
    const a2 = 1_500_000n, f2 = 10_000n;
    await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount: a2, bridgeFee: f2 }, { fee: TX_FEE });
    await until('the batch relayed without validator 3', async () => (await wnrn(holder.address)) === holderWnrn + a2);
    holderWnrn += a2;
    relayerWnrn += f2;
    const executed = await lastBatchNonce();
    await until('the executed batch attested', async () => (await q.pendingBatches()).length === 0);
    await bn.watcher.through(await latestHeight(bn.rpcs[0]!));
    const lastSeen = bn.watcher.checks.flatMap((c) => c.batches.filter((b) => b.nonce === executed)).at(-1);
    assert.deepEqual(lastSeen?.confirmedBy, validators(0, 1, 2), 'confirmed by validators 0–2 on chain until it executed');

    // A deposit in: attested by exactly the three.
    const recipient = (await devAccount('bridge-valset-recipient', 3)).address;
    const deposit = await sendToChain(holder, deployment.bridgeAddress, recipient, 600_000n);
    holderWnrn -= 600_000n;
    await until('the deposit paid without validator 3', async () => BigInt((await reader.getBalance(recipient, 'unrn')).amount) === 600_000n);
    const [att] = await bn.attestations(deposit.eventNonce);
    assert.deepEqual({ observed: att!.observed, votes: [...att!.votes].sort() }, { observed: true, votes: validators(0, 1, 2) });

    // Another power shift while it is down: the three confirm the new set and the relayer moves NRNBridge to it.
    const delegation = await delegate(1, 5n * NRN);
    const missedValset = await until('a third valset', async () => (await q.valsets(1)).find((v) => Number(v.valset.height) === delegation.height)?.valset);
    assert.deepEqual(powersOf(missedValset).map((m) => m.power), [30, 15, 10, 10]);
    await until('NRNBridge moved to it', async () => (await contractValset()).nonce === missedValset.nonce);
    assert.equal((await contractValset()).checkpoint, valsetCheckpoint(domain, ethValsetOf(missedValset)));

    // The relayer pauses, so a batch waits on chain while validator 3 is away.
    await bn.relayer.stop();
    const a3 = 800_000n, f3 = 5_000n;
    await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount: a3, bridgeFee: f3 }, { fee: TX_FEE });
    const waiting = await until('a batch confirmed by validators 0–2', async () => {
      const [b] = await q.pendingBatches();
      return b && b.confirms.length === 3 ? b : undefined;
    });
    assert.deepEqual(confirmers(waiting.confirms), validators(0, 1, 2));
    assert.deepEqual(confirmers((await q.valset(missedValset.nonce))!.confirms), validators(0, 1, 2));
    const lastEvent = await lastEthEvent();
    assert.equal((await q.lastEventNonce(v3)).lastEventNonce, v3LastClaim, 'validator 3 claimed nothing while down');
    phase(`validator 3 down: batch ${executed}, deposit ${deposit.eventNonce} and valset ${missedValset.nonce} went through the other three`);

    // Back up from its state file: it confirms the valset and the batch it missed and claims the events it missed.
    await bn.orchestrators[3]!.start();
    await until('validator 3 caught up', async () => {
      const [vs, [b], n] = await Promise.all([q.valset(missedValset.nonce), q.pendingBatches(), q.lastEventNonce(v3)]);
      return vs!.confirms.some((c) => c.validator === v3) && b?.confirms.some((c) => c.validator === v3) && n.lastEventNonce === lastEvent;
    });
    // The pass that sent these may still be waiting for its block: one more full pass settles its report.
    await bn.orchestrators[3]!.ticker.freshPass();
    const since = bn.orchestrators[3]!.ticker.reports.slice(v3Reports);
    assert.deepEqual(since.flatMap((r) => r.valsetsSigned), [missedValset.nonce], 'the valset it missed, once');
    assert.deepEqual(since.flatMap((r) => r.batchesSigned), [waiting.batch.nonce], 'the pending batch it missed, once (the executed one is gone from the chain)');
    assert.deepEqual(since.flatMap((r) => r.claimed), Array.from({ length: lastEvent - v3LastClaim }, (_, i) => v3LastClaim + 1 + i), 'every event it missed, in order, once');
    assert.deepEqual([...(await bn.attestations(deposit.eventNonce))[0]!.votes].sort(), validators(0, 1, 2, 3), 'its late vote is on the observed deposit');
    assert.equal(BigInt((await reader.getBalance(recipient, 'unrn')).amount), 600_000n, 'and pays nothing twice');
    phase('validator 3 back: confirmed and claimed what it missed');

    await bn.relayer.start();
    await until('the waiting batch relayed', async () => (await wnrn(holder.address)) === holderWnrn + a3);
    holderWnrn += a3;
    relayerWnrn += f3;
    assert.equal(await wnrn(bn.relayerAccount.address), relayerWnrn, 'every batch fee went to the relayer');
    await allCaughtUp('after the outage');
    assert.equal(BigInt(await token.getFunction('totalSupply')()), holderWnrn + relayerWnrn);
    assert.deepEqual(await q.escrow(), { escrowed: holderWnrn + relayerWnrn, outgoingInFlight: 0n }, 'escrow = wNRN supply once nothing is in flight');
  });
}));
