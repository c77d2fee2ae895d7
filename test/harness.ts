// Starts a real single-validator chain (the real CometBFT binary, the app's ABCI server, LevelDB) in a temp home.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { initHome, addGenesisAccount, editConfigToml } from '../cli/nrnd/home.ts';
import { startNode } from '../chain/node.ts';
import type { RunningNode } from '../chain/node.ts';
import { silentLogger } from '../chain/log.ts';
import { nrnModules } from '../app/wiring.ts';

export const TEST_MNEMONICS = [
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong',
  'legal winner thank year wave sausage worth useful legal winner thank yellow',
];

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export async function walletFor(mnemonic: string) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'nrn' });
  const [acct] = await wallet.getAccounts();
  return { wallet, address: acct!.address };
}

export interface TestChain {
  home: string;
  rpc: string;
  chainId: string;
  node: RunningNode;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export async function startTestChain(o: { balances?: Record<string, string>; timeoutCommit?: string; home?: string } = {}): Promise<TestChain> {
  const home = o.home ?? (await mkdtemp(join(tmpdir(), 'nrn-test-')));
  const chainId = 'nrn-test-1';
  await initHome({ home, moniker: 'test', chainId, timeoutCommit: o.timeoutCommit ?? '200ms' });
  for (const [addr, amount] of Object.entries(o.balances ?? {})) await addGenesisAccount(home, addr, amount);
  await editConfigToml(home, { timeout_propose: '"1s"' });
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const rpc = `http://127.0.0.1:${rpcPort}`;
  const flags = { 'rpc.laddr': `tcp://127.0.0.1:${rpcPort}`, 'p2p.laddr': `tcp://127.0.0.1:${p2pPort}` };
  const chain: TestChain = {
    home, rpc, chainId,
    node: await startNode({ home, modules: nrnModules(), cometFlags: flags, logger: silentLogger() }),
    async stop() {
      await chain.node.stop();
      if (!o.home) await rm(home, { recursive: true, force: true });
    },
    async restart() {
      await chain.node.stop();
      chain.node = await startNode({ home, modules: nrnModules(), cometFlags: flags, logger: silentLogger() });
      await waitForHeight(rpc, 2);
    },
  };
  // CometBFT reports a block as latest before the app has committed it; block 2 exists only after block 1 is committed.
  await waitForHeight(rpc, 2);
  return chain;
}

/** Polls CometBFT's /status until the latest block height reaches `h` (CometBFT has no push for this over HTTP). */
export async function waitForHeight(rpc: string, h: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(`${rpc}/status`);
      const j = (await r.json()) as any;
      const got = Number(j.result.sync_info.latest_block_height);
      if (got >= h) return got;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`chain at ${rpc} did not reach height ${h} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
