// The devnet's bridge (scripts/bridge-devnet.ts) on a real CometBFT chain: it binds the validator's key, deploys
// NRNBridge, and its in-process orchestrator and relayer carry NRN to Ethereum and back; a restart resumes the same
// Ethereum chain (replayed from the home's journal) with the same deployment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { JsonRpcProvider, Wallet } from 'ethers';
import { startTestChain, walletFor, TEST_MNEMONICS } from './harness.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import { connectSigner } from '../client/connect.ts';
import { sendToEth } from '../client/bridge/sendToEth.ts';
import { tokenAt } from '../contracts/deploy.ts';
import { loadArtifact } from '../contracts/compile.ts';
import { sendToChain } from '../bridge/sendToChain.ts';
import { startBridgeDevnet } from '../scripts/bridge-devnet.ts';

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const a = s.address();
    s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
  });
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('bridge devnet: NRN → wNRN → NRN with the in-process orchestrator and relayer; a restart resumes the deployment', { timeout: 240_000 }, async () => {
  loadArtifact('NRNBridge');
  const user = await walletFor(TEST_MNEMONICS[0]!);
  const chain = await startTestChain({ balances: { [user.address]: '1000000000000unrn' } });
  const operator = JSON.parse(await readFile(operatorKeyPath(chain.home), 'utf8')) as { mnemonic: string };
  const lines: string[] = [];
  const opts = { home: chain.home, rpc: chain.rpc, log: (l: string) => lines.push(l), operatorMnemonic: operator.mnemonic, ethPort: await freePort(), intervalMs: 300 };
  let bridge = await startBridgeDevnet(opts);
  const userClient = await connectSigner(chain.rpc, user.wallet);
  let provider: JsonRpcProvider | undefined;
  try {
    provider = new JsonRpcProvider(bridge.ethRpc, 31337, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 100 });
    const holder = new Wallet(bridge.accounts[2]!.privateKey, provider);
    const token = tokenAt(bridge.tokenAddress, provider);
    const wnrn = async () => (await token.getFunction('balanceOf')(holder.address)) as bigint;

    await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount: 2_000_000n, bridgeFee: 1000n });
    await until('wNRN minted', async () => ((await wnrn()) === 2_000_000n ? true : undefined));

    const before = BigInt((await userClient.getBalance(user.address, 'unrn')).amount);
    await sendToChain(holder, bridge.bridgeAddress, user.address, 500_000n);
    await until('NRN paid out', async () => (BigInt((await userClient.getBalance(user.address, 'unrn')).amount) === before + 500_000n ? true : undefined));

    const first = { bridge: bridge.bridgeAddress, token: bridge.tokenAddress };
    provider.destroy();
    provider = undefined;
    await bridge.stop();
    bridge = await startBridgeDevnet(opts);
    assert.deepEqual({ bridge: bridge.bridgeAddress, token: bridge.tokenAddress }, first, 'the saved deployment is reused');
    assert.ok(lines.some((l) => /replayed \d+ Ethereum calls/.test(l)), lines.join('\n'));
    provider = new JsonRpcProvider(bridge.ethRpc, 31337, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 100 });
    assert.equal(await tokenAt(bridge.tokenAddress, provider).getFunction('balanceOf')(holder.address), 1_500_000n, 'wNRN balances survive the restart');

    // The resumed bridge still carries new transfers.
    await sendToEth(userClient, { sender: user.address, ethDest: holder.address, amount: 300_000n, bridgeFee: 0n });
    await until('second batch minted', async () => ((await tokenAt(bridge.tokenAddress, provider!).getFunction('balanceOf')(holder.address)) === 1_800_000n ? true : undefined));
  } finally {
    provider?.destroy();
    userClient.disconnect();
    await bridge.stop();
    await chain.stop();
  }
});
