// Staking against a real CometBFT node: a validator made by MsgCreateValidator shows in /validators with its
// power; delegations through CosmJS change power exactly; unbonded tokens return after the period (block
// time), not before; a validator that never signs is jailed for downtime; bad input is refused readably.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { initHome, addGenesisAccount, editConfigToml, genesisPath, operatorKeyPath } from '../cli/nrnd/home.ts';
import { REPO_ROOT } from '../chain/cometbft.ts';
import { startNode } from '../chain/node.ts';
import type { RunningNode } from '../chain/node.ts';
import { silentLogger } from '../chain/log.ts';
import { connectSigner } from '../client/connect.ts';
import { createValidator, createValidatorMsg } from '../client/staking/createValidator.ts';
import { unjailMsg } from '../client/staking/unjail.ts';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { getValidators } from '../client/staking/validators.ts';
import { valoperOf } from '../client/staking/address.ts';
import { TEST_MNEMONICS, walletFor, freePort, waitForHeight } from './harness.ts';
import { nrnModules } from '../app/wiring.ts';

const FUNDS = 1_000_000_000_000n;
const UNBONDING_S = 6;
const JAIL_S = 5;
let home = '';
let rpc = '';
let node: RunningNode;
let alice: Awaited<ReturnType<typeof walletFor>>;
let bob: Awaited<ReturnType<typeof walletFor>>;
let aliceClient: SigningStargateClient;
let bobClient: SigningStargateClient;
let reader: StargateClient;
let nodeValoper = '';
const bobKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);

interface CometValidator { pub_key: { value: string }; voting_power: string }
async function cometValidators(): Promise<Map<string, bigint>> {
  const j = (await (await fetch(`${rpc}/validators`)).json()) as { result: { validators: CometValidator[] } };
  return new Map(j.result.validators.map((v) => [v.pub_key.value, BigInt(v.voting_power)]));
}

/** Waits until CometBFT's /validators (the set for the next height) has `key` at `power` (absent when 0). */
async function waitForPower(key: string, power: bigint, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = (await cometValidators()).get(key) ?? 0n;
    if (got === power) return;
    if (Date.now() > deadline) throw new Error(`validator ${key} has power ${got} in /validators, expected ${power}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  [alice, bob] = await Promise.all([walletFor(TEST_MNEMONICS[0]!), walletFor(TEST_MNEMONICS[1]!)]);
  home = await mkdtemp(join(tmpdir(), 'nrn-staking-e2e-'));
  await initHome({ home, moniker: 'node0', chainId: 'nrn-staking-e2e', timeoutCommit: '200ms' });
  for (const a of [alice, bob]) await addGenesisAccount(home, a.address, `${FUNDS}unrn`);
  const genesis = JSON.parse(await readFile(genesisPath(home), 'utf8'));
  Object.assign(genesis.app_state.staking.params, { unbonding_time_s: UNBONDING_S, signed_blocks_window: 20, min_signed_per_window: '0.5', downtime_jail_duration_s: JAIL_S });
  await writeFile(genesisPath(home), JSON.stringify(genesis, null, 2));
  await editConfigToml(home, { timeout_propose: '"1s"' });
  const rpcPort = await freePort();
  rpc = `http://127.0.0.1:${rpcPort}`;
  node = await startNode({ home, modules: nrnModules(), cometFlags: { 'rpc.laddr': `tcp://127.0.0.1:${rpcPort}`, 'p2p.laddr': `tcp://127.0.0.1:${await freePort()}` }, logger: silentLogger() });
  await waitForHeight(rpc, 2);
  aliceClient = await connectSigner(rpc, alice.wallet);
  bobClient = await connectSigner(rpc, bob.wallet);
  reader = await StargateClient.connect(rpc);
  nodeValoper = JSON.parse(await readFile(operatorKeyPath(home), 'utf8')).valoper;
});

after(async () => {
  aliceClient?.disconnect();
  bobClient?.disconnect();
  reader?.disconnect();
  await node?.stop();
  await rm(home, { recursive: true, force: true });
});

test('nrnd init makes the node its own staking validator: /validators and the staking query agree (power 10)', async () => {
  const key = JSON.parse(await readFile(join(home, 'config', 'priv_validator_key.json'), 'utf8')).pub_key.value;
  assert.deepEqual([...(await cometValidators())], [[key, 10n]]);
  const vs = await getValidators(rpc);
  assert.equal(vs.length, 1);
  assert.equal(vs[0]!.operatorAddress, nodeValoper);
  assert.equal(vs[0]!.tokens, '10000000');
});

test('delegations and undelegations through CosmJS change power exactly; unbonded tokens return after the period, not before', async () => {
  const key = JSON.parse(await readFile(join(home, 'config', 'priv_validator_key.json'), 'utf8')).pub_key.value;
  let r = await aliceClient.delegateTokens(alice.address, nodeValoper, { denom: 'unrn', amount: '3000000' }, 'auto');
  assert.equal(r.code, 0, r.rawLog);
  await waitForPower(key, 13n);
  assert.deepEqual(await reader.getDelegation(alice.address, nodeValoper), { denom: 'unrn', amount: '3000000' });
  assert.deepEqual(await reader.getBalanceStaked(alice.address), { denom: 'unrn', amount: '3000000' });
  assert.equal(await reader.getDelegation(bob.address, nodeValoper), null);

  r = await aliceClient.undelegateTokens(alice.address, nodeValoper, { denom: 'unrn', amount: '1000000' }, 'auto');
  assert.equal(r.code, 0, r.rawLog);
  const afterUnbond = BigInt((await reader.getBalance(alice.address, 'unrn')).amount);
  const startedMs = Date.parse((await (await fetch(`${rpc}/block?height=${r.height}`)).json() as any).result.block.header.time);
  await waitForPower(key, 12n);
  assert.deepEqual(await reader.getDelegation(alice.address, nodeValoper), { denom: 'unrn', amount: '2000000' });
  // Before the completion time (block time) the tokens are still held by the not-bonded pool.
  const h = await reader.getHeight();
  const headerMs = Date.parse((await (await fetch(`${rpc}/block?height=${h}`)).json() as any).result.block.header.time);
  if (headerMs < startedMs + UNBONDING_S * 1000) assert.equal(BigInt((await reader.getBalance(alice.address, 'unrn')).amount), afterUnbond);
  const deadline = Date.now() + 30_000;
  let balance = afterUnbond;
  while (balance === afterUnbond && Date.now() < deadline) {
    await new Promise((res) => setTimeout(res, 200));
    balance = BigInt((await reader.getBalance(alice.address, 'unrn')).amount);
  }
  assert.equal(balance, afterUnbond + 1_000_000n);
  // The block that paid it out is the first whose time is at or past the completion time.
  const paidAt = await findFirstHeight(async (height) => (await balanceAt(alice.address, height)) > afterUnbond, r.height, await reader.getHeight());
  const blockTime = async (height: number) => Date.parse((await (await fetch(`${rpc}/block?height=${height}`)).json() as any).result.block.header.time);
  assert.ok((await blockTime(paidAt)) >= startedMs + UNBONDING_S * 1000, 'paid at or after completion');
  assert.ok((await blockTime(paidAt - 1)) < startedMs + UNBONDING_S * 1000, 'not paid a block later than due');
});

/**
 * Signs and broadcasts expecting CheckTx to refuse (throws BroadcastTxError); CosmJS's broadcastTx would leave
 * its 60 s poll timer running after such a refusal and hold the test process open.
 */
async function broadcastRefused(client: SigningStargateClient, signer: string, msg: EncodeObject) {
  const signed = await client.sign(signer, [msg], { amount: [{ denom: 'unrn', amount: '10000' }], gas: '400000' }, '');
  return client.broadcastTxSync(TxRaw.encode(signed).finish());
}

/** A balance at a past height, read from the store (CosmJS's getBalance reads only the latest). */
async function balanceAt(address: string, height: number): Promise<bigint> {
  const key = Buffer.from(`bank/bal/${address}/unrn`).toString('hex');
  const j = (await (await fetch(`${rpc}/abci_query?path=%22/store%22&data=0x${key}&height=${height}`)).json()) as any;
  const v = j.result.response.value as string | null;
  return v ? BigInt(Buffer.from(v, 'base64').toString()) : 0n;
}

async function findFirstHeight(pred: (h: number) => Promise<boolean>, lo: number, hi: number): Promise<number> {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await pred(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

test('a validator created by MsgCreateValidator shows in /validators with its power, is jailed for downtime when it never signs, and unjails after the period', async () => {
  const bobKeyB64 = Buffer.from(bobKey).toString('base64');
  // Bad input first: below the minimum self-bond, and the node's own consensus key.
  // CheckTx already runs the handler, so the node refuses both at broadcast with the module's code and log.
  await assert.rejects(broadcastRefused(bobClient, bob.address, createValidatorMsg({ operator: bob.address, consensusPubkey: bobKey, selfBond: 999_999n, moniker: 'bob' })),
    (e: any) => e.code === 15 && e.codespace === 'staking' && /self-bond 999999unrn is below the chain minimum 1000000unrn/.test(e.log));
  const nodeKey = Buffer.from(JSON.parse(await readFile(join(home, 'config', 'priv_validator_key.json'), 'utf8')).pub_key.value, 'base64');
  await assert.rejects(broadcastRefused(bobClient, bob.address, createValidatorMsg({ operator: bob.address, consensusPubkey: nodeKey, selfBond: 2_000_000n, moniker: 'bob' })),
    (e: any) => e.code === 5 && e.codespace === 'staking' && /already exist for this pubkey/.test(e.log));
  assert.equal((await getValidators(rpc)).length, 1);

  const r = await createValidator(bobClient, { operator: bob.address, consensusPubkey: bobKey, selfBond: 2_000_000n, moniker: 'bob' });
  assert.equal(r.code, 0, r.rawLog);
  // Power 2 of 14: the node alone keeps more than 2/3, so the chain goes on though bob never signs.
  await waitForPower(bobKeyB64, 2n);
  const createdAt = r.height;
  // Window 20, at most 10 misses: jailed (power 0, gone from /validators) about 20 blocks after joining.
  await waitForPower(bobKeyB64, 0n, 60_000);
  const v = (await getValidators(rpc)).find((x) => x.operatorAddress === valoperOf(bob.address))!;
  assert.equal(v.jailed, true);
  assert.equal(v.tokens, '1980000', '1% downtime slash');
  assert.ok((await reader.getHeight()) - createdAt >= 20);
  await assert.rejects(broadcastRefused(bobClient, bob.address, unjailMsg(bob.address)), (e: any) => e.code === 4 && e.codespace === 'slashing' && /jailed until/.test(e.log));
  // Once a block's time passes the jail period, unjail brings it back with its slashed power (1,980,000 → 1).
  const jailedUntilMs = Number(v.unbondingTime.seconds) * 1000 + Math.floor(v.unbondingTime.nanos / 1e6);
  for (;;) {
    const h = await reader.getHeight();
    const t = Date.parse(((await (await fetch(`${rpc}/block?height=${h}`)).json()) as any).result.block.header.time);
    if (t >= jailedUntilMs) break;
    await new Promise((res) => setTimeout(res, 200));
  }
  const back = await bobClient.signAndBroadcast(bob.address, [unjailMsg(bob.address)], 'auto');
  assert.equal(back.code, 0, back.rawLog);
  await waitForPower(bobKeyB64, 1n);
  // The node's validator is untouched.
  assert.equal((await getValidators(rpc)).find((x) => x.operatorAddress === nodeValoper)!.jailed, false);
});

test('nrnd q staking validators|validator|delegation read the same state', async () => {
  const run = promisify(execFile);
  const nrnd = async (...args: string[]) => JSON.parse((await run(process.execPath, [join(REPO_ROOT, 'bin', 'nrnd.js'), ...args, '--node', rpc])).stdout);
  const { validators } = await nrnd('q', 'staking', 'validators');
  const mine = validators.find((v: any) => v.operator_address === nodeValoper);
  const key = JSON.parse(await readFile(join(home, 'config', 'priv_validator_key.json'), 'utf8')).pub_key.value;
  assert.equal(mine.consensus_pubkey, key);
  assert.equal(mine.commission.rate, '0.1');
  assert.deepEqual(await nrnd('q', 'staking', 'validator', nodeValoper), mine);
  const d = await nrnd('q', 'staking', 'delegation', alice.address, nodeValoper);
  assert.deepEqual(d.balance, { denom: 'unrn', amount: '2000000' });
});
