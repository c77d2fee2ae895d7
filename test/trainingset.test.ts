// Training groups on a real chain through CosmJS with NRN's registered types: stake, three deltas, weighted votes,
// the epoch end applying the right one, the version chain, the proposer's exact reward, and `nrn dataset sync`
// on a second IPFS node rebuilding the agreed file byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/amino';
import { SigningStargateClient, GasPrice } from '@cosmjs/stargate';
import { startTestChain, TEST_MNEMONICS } from './harness.ts';
import type { TestChain } from './harness.ts';
import { createRegistry } from '../client/registry.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { stake } from '../client/trainingset/stake.ts';
import { proposeDelta } from '../client/trainingset/proposeDelta.ts';
import { voteDelta } from '../client/trainingset/voteDelta.ts';
import { trainingsetQueries } from '../client/trainingset/queries.ts';
import type { TrainingsetQueries } from '../client/trainingset/queries.ts';
import { contentCid } from '../client/trainingset/sync.ts';
import { getTotalSupply } from '../client/supply.ts';
import { openKeyring } from '../cli/keyring.ts';
import { openHelia } from '../storage/ipfs.ts';
import type { ContentStore } from '../storage/ipfs.ts';
import { diffDatasets, applyDelta } from '../dataset/diff.ts';
import { versionChain } from '../dataset/version.ts';
import { irisCsv } from '../datasets/iris.ts';

const run = promisify(execFile);
const NRN_BIN = resolve(import.meta.dirname, '..', 'bin', 'nrn.js');
const FUNDS = 1_000_000_000_000n;
const ACCOUNTS = 5;
const EPOCH_SECONDS = 20;
const PASSPHRASE = 'e2e-passphrase';

let chain: TestChain;
let client: SigningStargateClient;
let q: TrainingsetQueries;
let ipfsA: ContentStore;
let tmp: string;
let addrs: string[];
const enc = new TextEncoder();

/** Runs the `nrn` CLI in its own process (its own embedded IPFS node under --home). */
async function nrn(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [NRN_BIN, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'nrn-ts-e2e-'));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(TEST_MNEMONICS[2]!, { prefix: 'nrn', hdPaths: Array.from({ length: ACCOUNTS }, (_, i) => makeCosmoshubPath(i)) });
  addrs = (await wallet.getAccounts()).map((a) => a.address);
  chain = await startTestChain({ balances: Object.fromEntries(addrs.map((a) => [a, `${FUNDS}unrn`])) });
  client = await SigningStargateClient.connectWithSigner(chain.rpc, wallet, {
    registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200,
  });
  q = await trainingsetQueries(chain.rpc);
  ipfsA = await openHelia({ dir: join(tmp, 'ipfs-a'), listen: true });
});

after(async () => {
  client?.disconnect();
  q?.disconnect();
  await ipfsA?.stop();
  await chain?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const iris = irisCsv();
const lines = iris.split('\n');
/** Three edits of the Iris set: drop two rows, add two examples, relabel one. */
const edits = [
  [...lines.slice(0, 3), ...lines.slice(5)].join('\n'),
  iris + '6.1,2.9,4.7,1.4,versicolor\n5.0,3.3,1.4,0.2,setosa\n',
  iris.replace('4.4,2.9,1.4,0.2,setosa', '4.4,2.9,1.4,0.2,versicolor'),
];
let deltaCids: string[] = [];
let resultCids: string[] = [];
let proposalIds: number[] = [];

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('three stakers, three deltas, weighted votes: the epoch end applies the most-voted delta and pays its proposer exactly', async () => {
  const datasetCid = await ipfsA.addBytes(enc.encode(iris));
  const modelCid = await ipfsA.addBytes(enc.encode('{"format":"layers-model","modelTopology":{}}'));
  const created = await createGroup(client, {
    creator: addrs[0]!, name: 'iris', modelSpecCid: modelCid, initialDatasetCid: datasetCid,
    trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: 50, marginMicro: 1000 },
    epochLengthSeconds: EPOCH_SECONDS, trainingRoundSeconds: 10, deposit: 10_000_000n,
  });
  const groupId = created.response.groupId;
  assert.equal(groupId, 1);
  const genesis = (await q.group(groupId)).version;

  await Promise.all([[1, 3000n], [2, 2000n], [3, 1500n]].map(([who, amount]) =>
    stake(client, { staker: addrs[who as number]!, groupId, amount: amount as bigint })));
  assert.equal((await q.group(groupId)).total_bond, '6500');
  assert.equal((await q.bond(groupId, addrs[2]!)).bond, 2000n);

  const deltas = edits.map((e) => diffDatasets(iris, e));
  deltaCids = await Promise.all(deltas.map((d) => ipfsA.addBytes(enc.encode(d))));
  resultCids = await Promise.all(edits.map((e) => ipfsA.addBytes(enc.encode(e))));
  // Proposers: account 4 (delta 0), account 0 (delta 1), account 1 (delta 2).
  const proposers = [4, 0, 1];
  const proposed = [];
  for (const [i, who] of proposers.entries()) {
    proposed.push(await proposeDelta(client, { proposer: addrs[who]!, groupId, parentVersion: genesis, deltaCid: deltaCids[i]!, resultCid: resultCids[i]! }));
  }
  proposalIds = proposed.map((p) => p.response.proposalId);
  assert.deepEqual(proposalIds, [1, 2, 3]);

  // Delta 0: 2000 + 1500 = 3500; delta 1: 3000; delta 2: 3000 (account 2 switched its 2000 from yes to no).
  await Promise.all([
    (async () => { await voteDelta(client, { voter: addrs[1]!, proposalId: 2 }); await voteDelta(client, { voter: addrs[1]!, proposalId: 3 }); })(),
    (async () => {
      await voteDelta(client, { voter: addrs[2]!, proposalId: 3 });
      await voteDelta(client, { voter: addrs[2]!, proposalId: 3, yes: false });
      const w = await voteDelta(client, { voter: addrs[2]!, proposalId: 1 });
      assert.equal(w.response.weight, 2000n);
    })(),
    voteDelta(client, { voter: addrs[3]!, proposalId: 1 }),
  ]);
  const open = await q.proposals(groupId);
  assert.deepEqual(open.map((p) => [p.proposal!.id, p.proposal!.yes_weight, p.proposal!.no_weight, p.votes!.length]),
    [[1, '3500', '0', 2], [2, '3000', '0', 1], [3, '3000', '2000', 2]]);
  assert.equal((await q.group(groupId)).epoch, 1, 'the votes landed inside the first epoch');

  const proposerBefore = BigInt((await client.getBalance(addrs[4]!, 'unrn')).amount);
  const supplyBefore = BigInt((await getTotalSupply(chain.rpc)).find((c) => c.denom === 'unrn')!.amount);
  const group = await waitFor('the epoch end', async () => {
    const g = await q.group(groupId);
    return g.version_number === 1 ? g : undefined;
  });
  const expected = versionChain(datasetCid, [deltaCids[0]!]);
  assert.equal(group.version, expected[1]);
  assert.equal(group.dataset_cid, resultCids[0]);
  assert.equal(group.epoch, 2);
  const versions = await q.versions(groupId);
  assert.deepEqual(versions.map((v) => [v.number, v.version, v.parent_version, v.delta_cid, v.dataset_cid, v.proposal_id, v.proposer]), [
    [0, expected[0], '', '', datasetCid, 0, ''],
    [1, expected[1], expected[0], deltaCids[0], resultCids[0], 1, addrs[4]],
  ]);
  // Nothing minted before this epoch end, so the reward is the genesis supply × 1 / 1,000,000, rounded down, to the unit.
  const reward = supplyBefore / 1_000_000n;
  assert.ok(reward >= 5_000_000n);
  assert.equal(BigInt((await client.getBalance(addrs[4]!, 'unrn')).amount), proposerBefore + reward);
  const supplyAfter = BigInt((await getTotalSupply(chain.rpc)).find((c) => c.denom === 'unrn')!.amount);
  assert.equal(supplyAfter, supplyBefore + reward);
  assert.deepEqual(await q.proposals(groupId), [], 'the other two were dropped as stale');
});

test('`nrn dataset sync` on a second IPFS node writes the agreed file byte for byte, by latest CID and by replay', async () => {
  const expected = applyDelta(iris, diffDatasets(iris, edits[0]!));
  assert.equal(expected, edits[0]);
  const [peer] = await ipfsA.multiaddrs();
  for (const mode of [[], ['--replay']]) {
    const out = join(tmp, `synced${mode.length}.csv`);
    const r = await nrn(['dataset', 'sync', '--group', '1', '--out', out, '--home', join(tmp, 'home-b'), '--node', chain.rpc, '--peer', peer!, '--timeout', '20000', ...mode]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await readFile(out), Buffer.from(expected));
    const summary = JSON.parse(r.stderr.trim().split('\n').at(-1)!);
    assert.equal(summary.source, mode.length ? 'replay' : 'latest');
    assert.equal(summary.cid, resultCids[0]);
  }
});

test('`nrn delta propose` refuses a file that is not a unified diff before any tx, and proposes a good one end to end', async () => {
  const bad = join(tmp, 'bad.diff');
  await writeFile(bad, 'this is not a diff\n');
  const home = join(tmp, 'home-c');
  const before = await q.proposals(1);
  const refused = await nrn(['delta', 'propose', bad, '--group', '1', '--from', 'carol', '--home', home, '--node', chain.rpc]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /bad\.diff is not a valid unified diff: invalid unified diff at line 1: .*make one with `nrn dataset diff/);
  assert.deepEqual(await q.proposals(1), before);

  const kr = await openKeyring(join(home, 'keyring'), PASSPHRASE);
  await kr.add('carol', { mnemonic: TEST_MNEMONICS[2] });
  const current = edits[0]!;
  const next = current + '6.3,2.8,5.1,1.5,virginica\n';
  const deltaPath = join(tmp, 'next.diff');
  const made = await nrn(['dataset', 'diff', await writeTemp('current.csv', current), await writeTemp('next.csv', next), '-o', deltaPath]);
  assert.equal(made.code, 0, made.stderr);
  const [peer] = await ipfsA.multiaddrs();
  const r = await nrn(['delta', 'propose', deltaPath, '--group', '1', '--from', 'carol', '--home', home, '--node', chain.rpc, '--peer', peer!],
    { NRN_KEYRING_PASSPHRASE: PASSPHRASE });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.delta_cid, await contentCid(await readFile(deltaPath)));
  assert.equal(out.result_cid, await contentCid(enc.encode(next)));
  const [p] = await q.proposals(1);
  assert.deepEqual([p!.proposal!.id, p!.proposal!.proposer, p!.proposal!.parent_version, p!.proposal!.delta_cid, p!.proposal!.result_cid],
    [out.proposal_id, addrs[0], (await q.group(1)).version, out.delta_cid, out.result_cid]);
  // The same delta again is refused by the chain, with its code and log, forever.
  const again = await nrn(['delta', 'propose', deltaPath, '--group', '1', '--from', 'carol', '--home', home, '--node', chain.rpc, '--dataset', await writeTemp('cur2.csv', current)],
    { NRN_KEYRING_PASSPHRASE: PASSPHRASE });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /trainingset\/5|code 5|was proposed before/);
});

async function writeTemp(name: string, text: string) {
  const p = join(tmp, name);
  await writeFile(p, text);
  return p;
}

test('`nrn group create|show|list|stake|unstake` and `nrn delta vote|list` work through the keyring', async () => {
  const home = join(tmp, 'home-c');
  const env = { NRN_KEYRING_PASSPHRASE: PASSPHRASE };
  const common = ['--home', home, '--node', chain.rpc];
  const created = await nrn(['group', 'create', '--name', 'iris-cli', '--model', await writeTemp('model.json', '{"modelTopology":{}}'),
    '--dataset', await writeTemp('iris.csv', iris), '--epoch-length', '3600', '--deposit', '10nrn', '--margin', '0.0005', '--from', 'carol', ...common], env);
  assert.equal(created.code, 0, created.stderr);
  const { group_id: groupId, initial_dataset_cid: datasetCid } = JSON.parse(created.stdout);
  assert.equal(datasetCid, await contentCid(enc.encode(iris)));
  const shown = JSON.parse((await nrn(['group', 'show', String(groupId), '--node', chain.rpc])).stdout);
  assert.deepEqual([shown.name, shown.epoch_length_seconds, shown.deposit, shown.training_config.margin_micro], ['iris-cli', 3600, '10000000', 500]);
  const listed = JSON.parse((await nrn(['group', 'list', '--node', chain.rpc])).stdout);
  assert.deepEqual(listed.map((g: { id: number }) => g.id), [1, groupId]);

  const staked = await nrn(['group', 'stake', String(groupId), '2500unrn', '--from', 'carol', ...common], env);
  assert.equal(staked.code, 0, staked.stderr);
  assert.equal(JSON.parse(staked.stdout).bond, '2500');
  const tooMuch = await nrn(['group', 'unstake', String(groupId), '2501', '--from', 'carol', ...common], env);
  assert.equal(tooMuch.code, 1);
  assert.match(tooMuch.stderr, /code 4\b.*cannot unstake 2501unrn from group 2: .* has 2500unrn bonded/);

  const freshDelta = await contentCid(enc.encode(diffDatasets(iris, edits[1]!, { oldLabel: 'iris-cli' })));
  const { response: { proposalId } } = await proposeDelta(client, { proposer: addrs[4]!, groupId, parentVersion: shown.version, deltaCid: freshDelta, resultCid: resultCids[1]! });
  const voted = await nrn(['delta', 'vote', String(proposalId), '--from', 'carol', ...common], env);
  assert.equal(voted.code, 0, voted.stderr);
  assert.equal(JSON.parse(voted.stdout).weight, '2500');
  const open = JSON.parse((await nrn(['delta', 'list', '--group', String(groupId), '--node', chain.rpc])).stdout);
  assert.deepEqual(open.map((p: { proposal: { yes_weight: string } }) => p.proposal.yes_weight), ['2500']);
});
