// The devnet's Ethereum side: a Hardhat node, NRNBridge + wNRN deployed for the chain's signer set, and the validator's
// orchestrator and a relayer running in-process. State lives in <home>/bridge/ so `npm start` resumes it.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { JsonRpcProvider, Wallet } from 'ethers';
import { connectSigner, mnemonicWallet } from '../client/connect.ts';
import { bridgeQueries } from '../client/bridge/queries.ts';
import type { BridgeQueries, Valset } from '../client/bridge/queries.ts';
import { registerEthKey } from '../client/bridge/registerEthKey.ts';
import { startHardhatNode, rpc as ethCall } from '../contracts/devchain.ts';
import type { DevAccount, HardhatNode } from '../contracts/devchain.ts';
import { deployBridge } from '../contracts/deploy.ts';
import { Orchestrator, ethValsetOf } from '../bridge/orchestrator.ts';
import { Relayer } from '../bridge/relayer.ts';
import { loadState, saveState } from '../bridge/state.ts';

export interface BridgeDevnetOptions {
  /** The devnet home; the bridge keeps its files in <home>/bridge/. */
  home: string;
  /** CometBFT RPC of the devnet node (http://…). */
  rpc: string;
  log: (line: string) => void;
  /** The validator operator's mnemonic: registers the orchestrator key and signs its confirms and claims. */
  operatorMnemonic: string;
  /** Port of the Ethereum JSON-RPC the devnet prints (default 8545). */
  ethPort?: number;
  /** Time between orchestrator and relayer passes (default 1000 ms). */
  intervalMs?: number;
}

export interface BridgeDevnet {
  ethRpc: string;
  bridgeAddress: string;
  tokenAddress: string;
  /** Hardhat's public dev accounts (#0 deploys, #1 relays; the others are free for users). */
  accounts: DevAccount[];
  stop(): Promise<void>;
}

interface Deployment {
  bridgeAddress: string;
  tokenAddress: string;
  deployBlock: number;
  bridgeId: string;
  valsetNonce: number;
}

/** JSON-RPC methods that change Hardhat's state: journaled so a restarted (empty) Hardhat can be brought back. */
const STATE_CHANGING = new Set(['eth_sendRawTransaction', 'eth_sendTransaction', 'evm_mine', 'hardhat_mine', 'evm_increaseTime', 'evm_setNextBlockTimestamp']);

interface RpcCall { method: string; params?: unknown[]; id?: unknown }

const bridgeDir = (home: string) => join(home, 'bridge');
const paths = (home: string) => ({
  ethKey: join(bridgeDir(home), 'eth_key.json'),
  deployment: join(bridgeDir(home), 'deployment.json'),
  journal: join(bridgeDir(home), 'eth-journal.jsonl'),
  orchestrator: join(bridgeDir(home), 'orchestrator.json'),
  relayer: join(bridgeDir(home), 'relayer.json'),
});

const until = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`bridge devnet: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/** Hardhat keeps its chain in memory: replaying the journal's transactions in order rebuilds the same chain. */
async function replayJournal(node: HardhatNode, journal: string, log: (line: string) => void): Promise<number> {
  let lines: string[];
  try {
    lines = (await readFile(journal, 'utf8')).split('\n').filter(Boolean);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
  for (const line of lines) {
    const call = JSON.parse(line) as RpcCall;
    await ethCall(node.url, call.method, call.params ?? []);
  }
  if (lines.length) log(`bridge: replayed ${lines.length} Ethereum calls from ${journal}`);
  return lines.length;
}

/** A JSON-RPC front for Hardhat on a fixed port that journals every successful state-changing call. */
function journalingProxy(upstream: string, port: number, journal: string): Promise<Server> {
  let writes = Promise.resolve();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString();
        try {
          const answer = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const text = await answer.text();
          const calls = [JSON.parse(body) as RpcCall | RpcCall[]].flat();
          const replies = [JSON.parse(text) as { id?: unknown; error?: unknown } | { id?: unknown; error?: unknown }[]].flat();
          const lines = calls.filter((c) => STATE_CHANGING.has(c.method) && replies.some((r) => r.id === c.id && !r.error))
            .map((c) => `${JSON.stringify({ method: c.method, params: c.params ?? [] })}\n`);
          // Journal before answering, so a caller that saw its transaction accepted finds it after a restart.
          if (lines.length) await (writes = writes.then(() => appendFile(journal, lines.join(''))));
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(text);
        } catch (e) {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: `devnet proxy: ${(e as Error).message}` } }));
        }
      })();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function orchestratorKey(file: string): Promise<string> {
  const saved = await loadState<{ privateKey?: string }>(file, {});
  if (saved.privateKey) return saved.privateKey;
  const wallet = Wallet.createRandom();
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, JSON.stringify({ address: wallet.address, privateKey: wallet.privateKey }, null, 2), { mode: 0o600 });
  return wallet.privateKey;
}

/** MsgRegisterEthKey, feeless for a bonded validator, unless the chain already has this validator's key. */
async function registerOrchestratorKey(rpc: string, q: BridgeQueries, mnemonic: string, ethPrivateKey: string, log: (line: string) => void) {
  const { wallet, address: validator } = await mnemonicWallet(mnemonic);
  if ((await q.ethKeys()).some((k) => k.validator === validator)) return;
  const client = await connectSigner(rpc, wallet);
  try {
    const { response } = await registerEthKey(client, { validator, ethPrivateKey }, { fee: 'feeless' });
    log(`bridge: validator ${validator} bound orchestrator key ${response.ethAddress}`);
  } finally {
    client.disconnect();
  }
}

/**
 * @example
 * const bridge = await startBridgeDevnet({ home: '.devnet', rpc: 'http://127.0.0.1:26657', log: console.log, operatorMnemonic });
 * console.log(bridge.ethRpc, bridge.bridgeAddress);
 * await bridge.stop();
 */
export async function startBridgeDevnet(o: BridgeDevnetOptions): Promise<BridgeDevnet> {
  const p = paths(o.home);
  await mkdir(bridgeDir(o.home), { recursive: true });
  const ethPrivateKey = await orchestratorKey(p.ethKey);
  const hardhat = await startHardhatNode();
  const cleanup: (() => Promise<void> | void)[] = [() => hardhat.stop()];
  const stopAll = async () => {
    for (const c of cleanup.reverse()) await c();
  };
  try {
    const q = await bridgeQueries(o.rpc);
    cleanup.push(() => q.disconnect());
    const params = await q.params();
    if (BigInt(params.eth_chain_id) !== hardhat.chainId) throw new Error(`the chain's bridge params name Ethereum chain ${params.eth_chain_id}, Hardhat runs ${hardhat.chainId}`);

    await replayJournal(hardhat, p.journal, o.log);
    const port = o.ethPort ?? 8545;
    const proxy = await journalingProxy(hardhat.url, port, p.journal);
    cleanup.push(() => new Promise<void>((r) => { proxy.closeAllConnections(); proxy.close(() => r()); }));
    const ethRpc = `http://127.0.0.1:${port}`;
    const provider = new JsonRpcProvider(ethRpc, Number(hardhat.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 200 });
    cleanup.push(() => provider.destroy());

    await registerOrchestratorKey(o.rpc, q, o.operatorMnemonic, ethPrivateKey, o.log);
    let deployment = await loadState<Deployment | null>(p.deployment, null);
    if (deployment) {
      if ((await provider.getCode(deployment.bridgeAddress)) === '0x') {
        throw new Error(`NRNBridge ${deployment.bridgeAddress} (from ${p.deployment}) is not on the replayed Hardhat chain; ${p.journal} is incomplete: start over with --reset`);
      }
    } else {
      // The chain asks for its first signer set at the end block after the key is bound.
      const valset: Valset = await until('the first bridge signer set', async () => (await q.valsets(1))[0]?.valset);
      const deployer = new Wallet(hardhat.accounts[0]!.privateKey, provider);
      const d = await deployBridge(deployer, params.bridge_id, ethValsetOf(valset));
      deployment = { bridgeAddress: d.bridgeAddress, tokenAddress: d.tokenAddress, deployBlock: d.deployBlock, bridgeId: params.bridge_id, valsetNonce: valset.nonce };
      await saveState(p.deployment, deployment);
      o.log(`bridge: deployed NRNBridge ${d.bridgeAddress} (wNRN ${d.tokenAddress}) for valset ${valset.nonce}`);
    }

    const base = { rpc: o.rpc, ethRpc, bridgeAddress: deployment.bridgeAddress, log: o.log };
    // Hardhat mines a block per transaction only, so an event would never get buried: claim at depth 0 on the devnet.
    const orchestrator = await Orchestrator.create({
      ...base, operatorMnemonic: o.operatorMnemonic, ethPrivateKey, stateFile: p.orchestrator, confirmations: 0, startBlock: deployment.deployBlock,
    });
    cleanup.push(() => orchestrator.close());
    const relayer = await Relayer.create({ ...base, ethPrivateKey: hardhat.accounts[1]!.privateKey, stateFile: p.relayer });
    cleanup.push(() => relayer.close());
    const abort = new AbortController();
    const interval = o.intervalMs ?? 1000;
    const loops = Promise.all([orchestrator.run(interval, abort.signal), relayer.run(interval, abort.signal)]);
    cleanup.push(async () => {
      abort.abort();
      await loops;
    });
    return {
      ethRpc, bridgeAddress: deployment.bridgeAddress, tokenAddress: deployment.tokenAddress, accounts: hardhat.accounts,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
