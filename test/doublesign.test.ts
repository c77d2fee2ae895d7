// Double signing on the 4-validator localnet: validator 3's key signs from a second process (a twin node), so
// its proposals and prevotes conflict; CometBFT turns that into DuplicateVoteEvidence in a block, the app slashes
// and jails validator 3 (and so its delegators), unjail works after the jail period, and no one else is touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import type { SigningStargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { initHome, genesisPath, operatorKeyPath } from '../cli/nrnd/home.ts';
import type { OperatorKeyFile } from '../cli/nrnd/home.ts';
import { createLocalnet, editToml } from '../scripts/localnet.ts';
import type { Localnet } from '../scripts/localnet.ts';
import { spawnNrnd } from '../scripts/node-process.ts';
import type { NodeProcess } from '../scripts/node-process.ts';
import { blockResults, latestHeight, rpcCall, waitForHeight } from '../scripts/rpc.ts';
import { connectSigner } from '../client/connect.ts';
import { connectStakingQueries } from '../client/staking/queries.ts';
import { unjailMsg } from '../client/staking/unjail.ts';
import { getTotalSupply } from '../client/supply.ts';
import { freePort } from './harness.ts';
import { freeBasePort, commitSigners } from './netcheck.ts';

const JAIL_S = 10;
/** 0.05 as the module holds it: 18-place atomics. */
const SLASH_FRACTION = 50_000_000_000_000_000n;
const DEC_ONE = 10n ** 18n;
const POWER_REDUCTION = 1_000_000n;
// Not a whole number of power units: the slash is computed on the power (13), not on the tokens.
const DELEGATION = 3_333_337n;
const SELF_BOND = 10_000_000n;
const DOUBLED = 3;

interface CometValidator { address: string; voting_power: string }
async function cometPowers(rpc: string): Promise<Map<string, bigint>> {
  const r = await rpcCall<{ validators: CometValidator[] }>(rpc, 'validators', { per_page: '100' });
  return new Map(r.validators.map((v) => [v.address, BigInt(v.voting_power)]));
}

/** Waits until /validators (the set for the next height) lists `address` at `power` (absent when 0). */
async function waitForPower(rpc: string, address: string, power: bigint, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = (await cometPowers(rpc)).get(address) ?? 0n;
    if (got === power) return;
    if (Date.now() > deadline) throw new Error(`validator ${address} has power ${got} in /validators, expected ${power}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const unrnSupply = async (rpc: string) => BigInt((await getTotalSupply(rpc)).find((c) => c.denom === 'unrn')!.amount);

const blockTimeMs = async (rpc: string, h: number) => Date.parse((await rpcCall(rpc, 'block', { height: String(h) })).block.header.time);

/** Signs and broadcasts expecting CheckTx to refuse; CosmJS's signAndBroadcast would poll 60 s for a tx that never lands. */
async function broadcastRefused(client: SigningStargateClient, signer: string, msg: ReturnType<typeof unjailMsg>) {
  const signed = await client.sign(signer, [msg], { amount: [{ denom: 'unrn', amount: '10000' }], gas: '400000' }, '');
  return client.broadcastTxSync(TxRaw.encode(signed).finish());
}

/** A second home for validator `i`'s consensus key: fresh node key, fresh sign state, same genesis, peers = the others. */
async function twinOf(net: Localnet, i: number, home: string): Promise<{ home: string; rpc: string }> {
  await initHome({ home, moniker: `validator${i}-twin`, chainId: net.chainId, timeoutCommit: '500ms' });
  await copyFile(genesisPath(net.nodes[0]!.home), genesisPath(home));
  await copyFile(join(net.nodes[i]!.home, 'config', 'priv_validator_key.json'), join(home, 'config', 'priv_validator_key.json'));
  const rpc = `http://127.0.0.1:${await freePort()}`;
  const peers = net.nodes.filter((_, j) => j !== i).map((p) => `${p.nodeId}@127.0.0.1:${p.p2pPort}`).join(',');
  await editToml(home, {
    'rpc.laddr': JSON.stringify(rpc.replace('http://', 'tcp://')),
    'p2p.laddr': JSON.stringify(`tcp://127.0.0.1:${await freePort()}`),
    'p2p.persistent_peers': JSON.stringify(peers),
    'instrumentation.prometheus': 'false',
    'rpc.pprof_laddr': '""',
    'consensus.timeout_propose': '"1s"',
  });
  return { home, rpc };
}

interface Evidence { type: string; value: { vote_a: any; vote_b: any; ValidatorPower: string; TotalVotingPower: string } }

test('a double-signing validator (a second process with the same key) is slashed and jailed from the evidence; it can unjail after the jail period; no one else is touched', { timeout: 240_000 }, async (t) => {
  const started = performance.now();
  const phase = (name: string) => t.diagnostic(`${name} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const dir = await mkdtemp(join(tmpdir(), 'nrn-doublesign-'));
  let net: Localnet | undefined;
  let twin: NodeProcess | undefined;
  const clients: { disconnect(): void }[] = [];
  try {
    net = await createLocalnet({
      dir, basePort: await freeBasePort(), timeoutCommit: '500ms',
      configEdits: { 'consensus.timeout_propose': '"1s"' },
      editGenesis: (g) => Object.assign(g.app_state.staking.params, { double_sign_jail_duration_s: JAIL_S, slash_fraction_double_sign: '0.05' }),
    });
    phase('4 validators producing blocks');
    const rpc = net.nodes[0]!.rpc;
    const consAddr = await Promise.all(net.nodes.map(async (n) => JSON.parse(await readFile(join(n.home, 'config', 'priv_validator_key.json'), 'utf8')).address as string));
    const operators = await Promise.all(net.nodes.map(async (n) => JSON.parse(await readFile(operatorKeyPath(n.home), 'utf8')) as OperatorKeyFile));
    const doubled = operators[DOUBLED]!;
    const [faucet, delegator] = [net.accounts[0]!, net.accounts[1]!];
    const { q, disconnect } = await connectStakingQueries(rpc);
    clients.push({ disconnect });
    const faucetClient = await connectSigner(rpc, faucet.wallet);
    const delegatorClient = await connectSigner(rpc, delegator.wallet);
    clients.push(faucetClient, delegatorClient);

    // A delegator behind validator 3, and fee money for its operator's later unjail.
    const [funded, delegated] = await Promise.all([
      faucetClient.sendTokens(faucet.address, doubled.address, [{ denom: 'unrn', amount: '1000000' }], 'auto'),
      delegatorClient.delegateTokens(delegator.address, doubled.valoper, { denom: 'unrn', amount: DELEGATION.toString() }, 'auto'),
    ]);
    assert.equal(funded.code, 0, funded.rawLog);
    assert.equal(delegated.code, 0, delegated.rawLog);
    const tokensBefore = SELF_BOND + DELEGATION;
    await waitForPower(rpc, consAddr[DOUBLED]!, tokensBefore / POWER_REDUCTION);
    const powersBefore = await cometPowers(rpc);
    assert.deepEqual([...powersBefore.values()].sort(), [10n, 10n, 10n, 13n]);
    const before = await Promise.all(operators.map(async (o) => (await q.staking.validator(o.valoper)).validator!));
    assert.deepEqual(before.map((v) => [v.tokens, v.jailed]), [[`${SELF_BOND}`, false], [`${SELF_BOND}`, false], [`${SELF_BOND}`, false], [`${tokensBefore}`, false]]);
    const sharesOf = async (who: string) => BigInt((await q.staking.delegation(who, doubled.valoper)).delegationResponse!.delegation.shares);
    const [delegatorShares, selfShares] = await Promise.all([sharesOf(delegator.address), sharesOf(doubled.address)]);
    const totalShares = BigInt(before[DOUBLED]!.delegatorShares);
    assert.equal(delegatorShares + selfShares, totalShares);
    phase(`validator ${DOUBLED} has ${tokensBefore}unrn (power 13) with a delegator`);

    const supplyBefore = await unrnSupply(rpc);
    // The twin: validator 3's key in a second process; it block-syncs, then signs in consensus beside the original.
    const twinHome = await twinOf(net, DOUBLED, join(dir, `node${DOUBLED}-twin`));
    const twinFrom = await latestHeight(rpc);
    twin = spawnNrnd(twinHome.home);
    // Watch every block from now on; the twin is killed the moment a block carries evidence.
    let evidenceHeight = 0;
    let evidence: Evidence[] = [];
    const deadline = Date.now() + 120_000;
    for (let h = twinFrom + 1; !evidenceHeight; h++) {
      await waitForHeight(rpc, h, Math.max(1, deadline - Date.now())).catch(() => {
        throw new Error(`no block carried evidence within 120 s of starting the twin (last height ${h - 1}); NRN_KEEP_LOCALNET=1 keeps the logs`);
      });
      const list = (await rpcCall(rpc, 'block', { height: String(h) })).block.evidence.evidence as Evidence[];
      if (list.length) { evidenceHeight = h; evidence = list; }
    }
    await twin.kill9();
    twin = undefined;
    phase(`evidence committed at height ${evidenceHeight} (twin started at ${twinFrom}); twin killed`);
    t.diagnostic(`evidence: ${JSON.stringify(evidence.map((e) => ({ type: e.type, h: e.value.vote_a.height, r: e.value.vote_a.round, step: e.value.vote_a.type, a: e.value.vote_a.block_id.hash, b: e.value.vote_b.block_id.hash })))}`);

    // CometBFT's own evidence: two signed votes of validator 3 for one height, round and step, for different blocks.
    for (const e of evidence) {
      assert.equal(e.type, 'tendermint/DuplicateVoteEvidence');
      const { vote_a: a, vote_b: b } = e.value;
      assert.equal(a.validator_address, consAddr[DOUBLED]);
      assert.equal(b.validator_address, consAddr[DOUBLED]);
      assert.deepEqual([a.height, a.round, a.type], [b.height, b.round, b.type]);
      assert.notEqual(a.block_id.hash, b.block_id.hash);
      assert.notEqual(a.signature, b.signature);
    }

    // Jailed: out of CometBFT's set (the update takes effect two heights after the evidence block); unjail is
    // refused in CheckTx with the SDK's code until the period is over.
    await waitForPower(rpc, consAddr[DOUBLED]!, 0n);
    const opWallet = await DirectSecp256k1HdWallet.fromMnemonic(doubled.mnemonic, { prefix: 'nrn' });
    const opClient = await connectSigner(rpc, opWallet);
    clients.push(opClient);
    await assert.rejects(broadcastRefused(opClient, doubled.address, unjailMsg(doubled.address)), (e: any) => e.code === 4 && e.codespace === 'slashing' && /jailed until/.test(e.log));
    // Pending evidence of later heights, if the twin got more conflicting votes out, would land in the next blocks.
    const settled = await waitForHeight(rpc, (await latestHeight(rpc)) + 3);
    const slashes: { height: number; attrs: Record<string, string> }[] = [];
    const jails: { height: number; attrs: Record<string, string> }[] = [];
    for (let h = twinFrom + 1; h <= settled; h++) {
      for (const ev of (await blockResults(rpc, h)).finalize_block_events ?? []) {
        const attrs = Object.fromEntries(ev.attributes.map((x: { key: string; value: string }) => [x.key, x.value]));
        if (ev.type === 'slash') slashes.push({ height: h, attrs });
        if (ev.type === 'jail') jails.push({ height: h, attrs });
      }
    }
    // As the SDK: the stake at risk is the power CometBFT reports for the infraction (13, tokens truncated) × 10^6 × 5%.
    const infractionPower = BigInt(evidence[0]!.value.ValidatorPower);
    assert.equal(infractionPower, tokensBefore / POWER_REDUCTION);
    const burned = (infractionPower * POWER_REDUCTION * SLASH_FRACTION) / DEC_ONE;
    const tokensAfter = tokensBefore - burned;
    assert.equal(burned, 650_000n);
    // The stake answering for a vote at height H was set at H − 1 (validator updates reach CometBFT a block late).
    const infractionHeight = Number(evidence[0]!.value.vote_a.height) - 1;
    assert.deepEqual(slashes, [{ height: evidenceHeight, attrs: { address: doubled.valoper, reason: 'double_sign', burned_coins: `${burned}`, power: `${tokensAfter / POWER_REDUCTION}`, infraction_height: `${infractionHeight}` } }]);
    assert.equal(jails.length, 1);
    assert.equal(jails[0]!.height, evidenceHeight);
    assert.equal(jails[0]!.attrs.validator, doubled.valoper);
    const evidenceTimeMs = await blockTimeMs(rpc, evidenceHeight);
    assert.equal(Date.parse(jails[0]!.attrs.jailed_until!), evidenceTimeMs + JAIL_S * 1000);

    // Validator 3 and both of its delegators lose exactly the slashed share; the other three are as they were.
    const after = await Promise.all(operators.map(async (o) => (await q.staking.validator(o.valoper)).validator!));
    assert.equal(after[DOUBLED]!.tokens, `${tokensAfter}`);
    assert.equal(after[DOUBLED]!.jailed, true);
    assert.equal(after[DOUBLED]!.delegatorShares, `${totalShares}`, 'a slash burns tokens, not shares');
    const balanceOf = async (who: string) => BigInt((await q.staking.delegation(who, doubled.valoper)).delegationResponse!.balance!.amount);
    assert.equal(await balanceOf(delegator.address), (delegatorShares * tokensAfter) / totalShares);
    assert.equal(await balanceOf(doubled.address), (selfShares * tokensAfter) / totalShares);
    assert.ok((await balanceOf(delegator.address)) < DELEGATION);
    assert.equal(await unrnSupply(rpc), supplyBefore - burned, 'slashed tokens are burned');
    for (let i = 0; i < DOUBLED; i++) assert.deepEqual([after[i]!.tokens, after[i]!.jailed], [before[i]!.tokens, false], `validator ${i} untouched`);
    const powersJailed = await cometPowers(rpc);
    assert.deepEqual([...powersJailed].sort(), [...powersBefore].filter(([a]) => a !== consAddr[DOUBLED]).sort());
    phase(`validator ${DOUBLED} slashed ${burned}unrn and jailed until ${jails[0]!.attrs.jailed_until}; others untouched`);

    // Once a block's time passes the jail period, unjail from its operator brings it back with its slashed power.
    const jailedUntilMs = evidenceTimeMs + JAIL_S * 1000;
    for (;;) {
      if ((await blockTimeMs(rpc, await latestHeight(rpc))) >= jailedUntilMs) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const back = await opClient.signAndBroadcast(doubled.address, [unjailMsg(doubled.address)], 'auto');
    assert.equal(back.code, 0, back.rawLog);
    await waitForPower(rpc, consAddr[DOUBLED]!, tokensAfter / POWER_REDUCTION);
    const rejoined = await latestHeight(rpc);
    // Its original node signs again in the blocks after it rejoined.
    const signedAgain = await waitForHeight(rpc, rejoined + 3);
    assert.ok((await commitSigners(rpc, signedAgain - 1)).includes(consAddr[DOUBLED]!), `validator ${DOUBLED} signs the commit of height ${signedAgain - 1}`);
    const final = await Promise.all(operators.map(async (o) => (await q.staking.validator(o.valoper)).validator!));
    assert.deepEqual(final.map((v) => [v.tokens, v.jailed]), [...before.slice(0, DOUBLED).map((v) => [v.tokens, false]), [`${tokensAfter}`, false]]);
    assert.deepEqual([...(await cometPowers(rpc))].sort(), [...powersBefore].map(([a, p]): [string, bigint] => [a, a === consAddr[DOUBLED] ? tokensAfter / POWER_REDUCTION : p]).sort());
    phase(`validator ${DOUBLED} unjailed at height ${back.height}, back in /validators with power ${tokensAfter / POWER_REDUCTION}`);
  } finally {
    for (const c of clients) c.disconnect();
    await twin?.kill9();
    await net?.stop();
    // NRN_KEEP_LOCALNET=1 keeps the homes and their logs for a post-mortem.
    if (process.env.NRN_KEEP_LOCALNET) t.diagnostic(`homes kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
});
