// End to end: a real CometBFT chain (one validator) and a real Hardhat node with NRNBridge deployed for the chain's
// first signer set; NRN → wNRN through a batch, then wNRN → NRN through a deposit claim, balances exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { JsonRpcProvider, Wallet, id as keccakId } from 'ethers';
import { startTestChain, walletFor, TEST_MNEMONICS } from './harness.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import { connectSigner } from '../client/connect.ts';
import { bridgeQueries } from '../client/bridge/queries.ts';
import { sendToEth } from '../client/bridge/sendToEth.ts';
import { registerEthKey } from '../client/bridge/registerEthKey.ts';
import { startHardhatNode, rpc } from '../contracts/devchain.ts';
import { deployBridge, tokenAt } from '../contracts/deploy.ts';
import { loadArtifact } from '../contracts/compile.ts';
import { Orchestrator, ethValsetOf } from '../bridge/orchestrator.ts';
import { Relayer } from '../bridge/relayer.ts';
import { sendToChain } from '../bridge/sendToChain.ts';

test('NRN → wNRN → NRN round trip through one validator\'s orchestrator and a relayer; escrow = wNRN supply + in flight', { timeout: 180_000 }, async () => {
  loadArtifact('NRNBridge');
  const user = await walletFor(TEST_MNEMONICS[0]!);
  const back = await walletFor(TEST_MNEMONICS[1]!);
  const [hardhat, chain] = await Promise.all([startHardhatNode(), startTestChain({ balances: { [user.address]: '1000000000000unrn' } })]);
  const dir = await mkdtemp(join(tmpdir(), 'nrn-bridge-e2e-'));
  const provider = new JsonRpcProvider(hardhat.url, Number(hardhat.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 50 });
  const q = await bridgeQueries(chain.rpc);
  const closers: (() => void)[] = [() => provider.destroy(), () => q.disconnect()];
  try {
    const operator = JSON.parse(await readFile(operatorKeyPath(chain.home), 'utf8')) as { address: string; mnemonic: string };
    const userClient = await connectSigner(chain.rpc, user.wallet);
    closers.push(() => userClient.disconnect());
    await userClient.sendTokens(user.address, operator.address, [{ denom: 'unrn', amount: '10000000' }], 'auto');

    // The validator binds its orchestrator key; the chain then asks for its first signer set.
    const ethKey = keccakId('e2e orchestrator');
    const opWallet = await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: 'nrn' });
    const opClient = await connectSigner(chain.rpc, opWallet);
    closers.push(() => opClient.disconnect());
    await registerEthKey(opClient, { validator: operator.address, ethPrivateKey: ethKey });
    const [first] = await q.valsets();
    assert.ok(first, 'valset 1 requested once a key is bound');
    assert.equal(first.valset.members[0]!.eth_address, new Wallet(ethKey).address);

    const params = await q.params();
    const [deployer, relayerAcct, holder] = hardhat.accounts.map((a) => new Wallet(a.privateKey, provider));
    const deployment = await deployBridge(deployer!, params.bridge_id, ethValsetOf(first.valset));
    const token = tokenAt(deployment.tokenAddress, provider);
    const base = { rpc: chain.rpc, ethRpc: hardhat.url, bridgeAddress: deployment.bridgeAddress };
    const orchestratorCfg = { ...base, operatorMnemonic: operator.mnemonic, ethPrivateKey: ethKey, stateFile: join(dir, 'orchestrator.json'), confirmations: 1, startBlock: deployment.deployBlock };
    const relayerCfg = { ...base, ethPrivateKey: relayerAcct!.privateKey, stateFile: join(dir, 'relayer.json') };
    let orchestrator = await Orchestrator.create(orchestratorCfg);
    let relayer = await Relayer.create(relayerCfg);
    closers.push(() => orchestrator.close(), () => relayer.close());

    const invariant = async () => {
      const { escrowed, outgoingInFlight } = await q.escrow();
      const supply = (await token.getFunction('totalSupply')()) as bigint;
      assert.equal(escrowed, supply + outgoingInFlight, `escrowed ${escrowed} = wNRN supply ${supply} + in flight ${outgoingInFlight}`);
    };

    // The deployment's ValsetUpdatedEvent (nonce 1) waits for one confirmation block before it is claimed.
    let r = await orchestrator.tick();
    assert.deepEqual(r.valsetsSigned, [1]);
    assert.deepEqual(r.claimed, [], 'not yet buried under 1 confirmation');
    await rpc(hardhat.url, 'evm_mine');
    r = await orchestrator.tick();
    assert.deepEqual(r.claimed, [1]);

    // NRN → Ethereum: escrow, batch at end block, confirm, relay.
    const amount = 5_000_000n, fee = 20_000n;
    const sent = await sendToEth(userClient, { sender: user.address, ethDest: holder!.address, amount, bridgeFee: fee });
    assert.equal(sent.response.transferId, 1);
    const [pending] = await q.pendingBatches();
    assert.equal(pending!.batch.nonce, 1);
    await invariant();
    assert.deepEqual((await relayer.tick()).batches, [], 'no confirms yet: nothing to relay');
    r = await orchestrator.tick();
    assert.deepEqual(r.batchesSigned, [1]);
    assert.deepEqual((await relayer.tick()).batches, [1]);
    assert.equal(await token.getFunction('balanceOf')(holder!.address), amount, 'wNRN to the destination, exact');
    assert.equal(await token.getFunction('balanceOf')(relayerAcct!.address), fee, 'bridge fee to the relayer');
    await rpc(hardhat.url, 'evm_mine');
    r = await orchestrator.tick();
    assert.deepEqual(r.claimed, [2], 'BatchExecutedEvent attested');
    assert.equal((await q.pendingBatches()).length, 0);
    await invariant();

    // Ethereum → NRN: burn wNRN, claim after one confirmation, recipient credited exactly.
    const backAmount = 3_000_000n;
    const before = BigInt((await userClient.getBalance(back.address, 'unrn')).amount);
    const burnt = await sendToChain(holder!, deployment.bridgeAddress, back.address, backAmount);
    assert.equal(burnt.eventNonce, 3);
    await rpc(hardhat.url, 'evm_mine');
    r = await orchestrator.tick();
    assert.deepEqual(r.claimed, [3]);
    assert.equal(BigInt((await userClient.getBalance(back.address, 'unrn')).amount), before + backAmount, 'recipient credited exactly');
    await invariant();

    // Restarted from their state files, neither process submits anything twice.
    orchestrator.close();
    relayer.close();
    orchestrator = await Orchestrator.create(orchestratorCfg);
    relayer = await Relayer.create(relayerCfg);
    await rpc(hardhat.url, 'evm_mine');
    assert.deepEqual(await orchestrator.tick(), { registered: false, valsetsSigned: [], batchesSigned: [], settlementsSigned: [], claimed: [] });
    assert.deepEqual(await relayer.tick(), { valsets: [], batches: [], settlements: [] });
    assert.equal((await q.lastEventNonce(operator.address)).lastObservedNonce, 3);
  } finally {
    for (const close of closers) close();
    await Promise.all([chain.stop(), hardhat.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
});
