// Settlement record: the chain's winning checkpoint of a group (and the training-set version it was trained on)
// is requested as a settlement, confirmed by the validators' orchestrator keys, and relayed to a real NRNBridge
// on Hardhat, whose latestSettlement(groupId) then equals the chain's record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonRpcProvider, Wallet } from 'ethers';
import { nrn } from '../proto/gen/nrn.js';
import { startBridgeKit, eventsOf, VALIDATORS } from '../modules/bridge/testkit.ts';
import type { BridgeKit } from '../modules/bridge/testkit.ts';
import { formatSignature } from '../modules/bridge/msgs.ts';
import { trainingsetGenesis } from '../modules/trainingset/genesis.ts';
import { keys as tsKeys } from '../modules/trainingset/state.ts';
import { checkpointGenesis } from '../modules/checkpoint/genesis.ts';
import { keys as ckptKeys } from '../modules/checkpoint/state.ts';
import { settlementDigest, signDigest, signaturesForSubmission, signedValset } from '../contracts/hash.ts';
import type { BridgeSignature } from '../contracts/hash.ts';
import { startHardhatNode } from '../contracts/devchain.ts';
import { deployBridge } from '../contracts/deploy.ts';
import { loadArtifact } from '../contracts/compile.ts';
import { Orchestrator, ethSettlementOf, ethValsetOf } from '../bridge/orchestrator.ts';
import { Relayer } from '../bridge/relayer.ts';
import { initHome, editConfigToml, genesisPath, operatorKeyPath } from '../cli/nrnd/home.ts';
import { startNode } from '../chain/node.ts';
import { silentLogger } from '../chain/log.ts';
import { bridgeQueries } from '../client/bridge/queries.ts';
import { checkpointQueries } from '../client/checkpoint/queries.ts';
import { freePort, waitForHeight } from './harness.ts';
import { nrnModules } from '../app/wiring.ts';

const GROUP = 7;
const CID = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy';
const VERSION = createHash('sha256').update('initial dataset').digest('hex');
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const T = {
  register: '/nrn.bridge.v1.MsgRegisterEthKey',
  confirmSettlement: '/nrn.bridge.v1.MsgConfirmSettlement',
};

function genesisWithWinner() {
  const group = nrn.trainingset.v1.Group.create({ id: GROUP, name: 'iris', version: VERSION, version_number: 0 });
  const best = nrn.checkpoint.v1.BestCheckpoint.create({ group_id: GROUP, cid: CID, loss_micro: '120000', round: 1, height: 1, training_set_version: VERSION });
  return {
    trainingset: { ...trainingsetGenesis.default(), state: [[tsKeys.group(GROUP), b64(nrn.trainingset.v1.Group.encode(group).finish())]] },
    // The winner as the checkpoint module records it: the best record, and the mark that no settlement took it yet.
    checkpoint: { ...checkpointGenesis.default(), state: [[ckptKeys.best(GROUP), b64(nrn.checkpoint.v1.BestCheckpoint.encode(best).finish())], [ckptKeys.newBest(GROUP), '']] },
  };
}

const settlements = async (kit: BridgeKit) => nrn.bridge.v1.QuerySettlementsResponse.decode(await kit.query('/nrn.bridge.v1.Query/Settlements')).settlements;

test('a group\'s winning checkpoint becomes a settlement, confirmed on chain and recorded by NRNBridge.recordSettlement', { timeout: 120_000 }, async () => {
  loadArtifact('NRNBridge');
  const [kit, hardhat] = await Promise.all([startBridgeKit({ genesis: genesisWithWinner() }), startHardhatNode()]);
  const provider = new JsonRpcProvider(hardhat.url, Number(hardhat.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 50 });
  try {
    assert.deepEqual(await settlements(kit), [], 'no settlement before a signer set exists');
    const txs = [];
    for (let v = 0; v < VALIDATORS; v++) {
      txs.push(await kit.tx(v, T.register, { validator: kit.addrs[v], eth_address: kit.ethKeys[v]!.address, signature: await kit.ethKeys[v]!.signMessage(kit.addrs[v]!) }, 0n));
    }
    const { results, events } = await kit.block(txs);
    for (const r of results) assert.equal(r.code, 0, `registration is feeless for a bonded validator: ${r.log}`);
    assert.equal(eventsOf(events, 'bridge_settlement_requested').length, 1);

    const [pending] = await settlements(kit);
    const s = pending!.settlement!;
    assert.deepEqual({ group: s.group_id, nonce: s.nonce, cid: s.checkpoint_cid, version: s.training_set_version }, { group: GROUP, nonce: 1, cid: CID, version: `0x${VERSION}` });

    const params = nrn.bridge.v1.QueryParamsResponse.decode(await kit.query('/nrn.bridge.v1.Query/Params')).params as InstanceType<typeof nrn.bridge.v1.Params>;
    const domain = { bridgeId: params.bridge_id, chainId: BigInt(params.eth_chain_id) };
    const digest = settlementDigest(domain, ethSettlementOf(s as never));
    assert.equal(pending!.digest, digest, 'the query serves the digest the orchestrators compute');

    // A signature by another key is refused; each validator's own is stored once.
    const forged = await kit.send(0, T.confirmSettlement, { validator: kit.addrs[0], group_id: GROUP, nonce: 1, signature: formatSignature(signDigest(kit.ethKeys[1]!.privateKey, digest)) });
    assert.equal(forged.code, 3, forged.log);
    const confirms = [];
    for (let v = 0; v < 3; v++) {
      confirms.push(await kit.tx(v, T.confirmSettlement, { validator: kit.addrs[v], group_id: GROUP, nonce: 1, signature: formatSignature(signDigest(kit.ethKeys[v]!.privateKey, digest)) }, 0n));
    }
    for (const r of (await kit.block(confirms)).results) assert.equal(r.code, 0, r.log);
    const dup = await kit.send(0, T.confirmSettlement, { validator: kit.addrs[0], group_id: GROUP, nonce: 1, signature: formatSignature(signDigest(kit.ethKeys[0]!.privateKey, digest)) });
    assert.equal(dup.code, 14, dup.log);
    const unknown = await kit.send(0, T.confirmSettlement, { validator: kit.addrs[0], group_id: GROUP, nonce: 2, signature: formatSignature(signDigest(kit.ethKeys[0]!.privateKey, digest)) });
    assert.equal(unknown.code, 20, unknown.log);

    // Relay: the deployed bridge trusts the chain's valset; three of four equal signers are > 2/3.
    const valset = nrn.bridge.v1.QueryValsetsResponse.decode(await kit.query('/nrn.bridge.v1.Query/Valsets', nrn.bridge.v1.QueryValsetsRequest.encode({ limit: 1 }).finish())).valsets[0]!.valset!;
    const current = ethValsetOf(valset as never);
    const deployer = new Wallet(hardhat.accounts[0]!.privateKey, provider);
    const { bridge } = await deployBridge(deployer, params.bridge_id, current);
    const [signed] = await settlements(kit);
    const byAddress = new Map(signed!.confirms!.map((c) => [c.eth_address!, c.signature!]));
    const sigs = signaturesForSubmission(current, (addr): BridgeSignature | undefined => {
      const hex = byAddress.get(addr);
      return hex ? { r: `0x${hex.slice(2, 66)}`, s: `0x${hex.slice(66, 130)}`, v: parseInt(hex.slice(130, 132), 16) } : undefined;
    });
    assert.ok(sigs, 'confirms cover > 2/3 of the power');
    const eth = ethSettlementOf(signed!.settlement as never);
    await (await bridge.getFunction('recordSettlement')(signedValset(current, sigs), eth.groupId, eth.trainingSetVersion, eth.checkpointCid, eth.settlementNonce)).wait();
    const [version, cid, nonce] = await bridge.getFunction('latestSettlement')(GROUP) as [string, string, bigint];
    assert.deepEqual({ version, cid, nonce }, { version: `0x${VERSION}`, cid: CID, nonce: 1n }, 'Ethereum holds the chain\'s best checkpoint and its version');

    // Nothing new while the winner is unchanged.
    const { events: quiet } = await kit.block([]);
    assert.equal(eventsOf(quiet, 'bridge_settlement_requested').length, 0);
  } finally {
    provider.destroy();
    await Promise.all([kit.close(), hardhat.stop()]);
  }
});

test('on a CometBFT chain, the orchestrator signs the settlement and the relayer records it: latestSettlement = the chain\'s best checkpoint', { timeout: 180_000 }, async () => {
  loadArtifact('NRNBridge');
  const home = await mkdtemp(join(tmpdir(), 'nrn-settlement-'));
  await initHome({ home, moniker: 'settle', chainId: 'nrn-settle-1', timeoutCommit: '200ms' });
  const genesis = JSON.parse(await readFile(genesisPath(home), 'utf8'));
  Object.assign(genesis.app_state, genesisWithWinner());
  await writeFile(genesisPath(home), JSON.stringify(genesis, null, 2));
  await editConfigToml(home, { timeout_propose: '"1s"' });
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const rpc = `http://127.0.0.1:${rpcPort}`;
  const [node, hardhat] = await Promise.all([
    startNode({ home, modules: nrnModules(), cometFlags: { 'rpc.laddr': `tcp://127.0.0.1:${rpcPort}`, 'p2p.laddr': `tcp://127.0.0.1:${p2pPort}` }, logger: silentLogger() }),
    startHardhatNode(),
  ]);
  const provider = new JsonRpcProvider(hardhat.url, Number(hardhat.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 50 });
  const closers: (() => void)[] = [() => provider.destroy()];
  try {
    await waitForHeight(rpc, 1);
    const q = await bridgeQueries(rpc);
    const cq = await checkpointQueries(rpc);
    closers.push(() => q.disconnect(), () => cq.disconnect());
    const operator = JSON.parse(await readFile(operatorKeyPath(home), 'utf8')) as { mnemonic: string };
    const ethPrivateKey = createHash('sha256').update('settlement orchestrator').digest('hex');
    const cfg = { rpc, ethRpc: hardhat.url, operatorMnemonic: operator.mnemonic, ethPrivateKey: `0x${ethPrivateKey}`, confirmations: 0, startBlock: 0 };
    const dir = join(home, 'bridge-state');

    // The orchestrator binds its key (feeless: the operator holds no liquid NRN); the chain then asks for valset 1.
    const placeholder = await Orchestrator.create({ ...cfg, bridgeAddress: '0x0000000000000000000000000000000000000001', stateFile: join(dir, 'o0.json') });
    closers.push(() => placeholder.close());
    await placeholder.register();
    const valset = (await until(async () => (await q.valsets(1))[0])).valset;
    const params = await q.params();
    const { bridge, bridgeAddress, deployBlock } = await deployBridge(new Wallet(hardhat.accounts[0]!.privateKey, provider), params.bridge_id, ethValsetOf(valset));

    const orchestrator = await Orchestrator.create({ ...cfg, bridgeAddress, startBlock: deployBlock, stateFile: join(dir, 'o.json') });
    const relayer = await Relayer.create({ rpc, ethRpc: hardhat.url, bridgeAddress, ethPrivateKey: hardhat.accounts[1]!.privateKey, stateFile: join(dir, 'r.json') });
    closers.push(() => orchestrator.close(), () => relayer.close());
    const signed = await orchestrator.tick();
    assert.deepEqual(signed.settlementsSigned, [`${GROUP}:1`]);
    assert.deepEqual((await relayer.tick()).settlements, [`${GROUP}:1`]);

    const best = await cq.best(GROUP);
    const [version, cid, nonce] = await bridge.getFunction('latestSettlement')(GROUP) as [string, string, bigint];
    assert.deepEqual({ version, cid, nonce }, { version: `0x${best!.training_set_version}`, cid: best!.cid, nonce: 1n });
    assert.deepEqual((await relayer.tick()).settlements, [], 'a recorded settlement is not sent again');
    assert.deepEqual((await orchestrator.tick()).settlementsSigned, [], 'nor signed again');
  } finally {
    for (const close of closers) close();
    await Promise.all([node.stop(), hardhat.stop()]);
    await rm(home, { recursive: true, force: true });
  }
});

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    assert.ok(Date.now() < deadline, 'timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
