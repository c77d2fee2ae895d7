// Starts a real Hardhat JSON-RPC node (Hardhat 3, EDR) for tests and the devnet; contracts are not compiled by it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HDNodeWallet, Mnemonic } from 'ethers';
import { CONTRACTS_DIR } from './compile.ts';

/** Hardhat's well-known development mnemonic; its keys are public, never use them outside a dev chain. */
export const HARDHAT_MNEMONIC = 'test test test test test test test test test test test junk';

export interface DevAccount {
  address: string;
  privateKey: string;
}

export interface HardhatNode {
  url: string;
  chainId: bigint;
  accounts: DevAccount[];
  stop(): Promise<void>;
}

export interface HardhatNodeOptions {
  /** Fixed port; by default a free one is picked. */
  port?: number;
  /** How long to wait for eth_chainId to answer. */
  readyTimeoutMs?: number;
}

const HARDHAT_CLI = join(dirname(fileURLToPath(import.meta.resolve('hardhat'))), 'cli.js');
const OUTPUT_TAIL_CHARS = 4000;
const READY_POLL_MS = 100;

export async function rpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

// npm running on Node < 22 silently skips EDR's native package (its engines say >= 22), which hardhat reports as HHE200.
function edrHint(output: string): string {
  if (!output.includes('HHE200')) return '';
  return '\nhint: @nomicfoundation/edr-<platform> is not installed; rerun npm with Node 24 first on PATH (npm checks engines against the Node that runs it).';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function devAccounts(count: number): DevAccount[] {
  const root = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(HARDHAT_MNEMONIC), "m/44'/60'/0'/0");
  return Array.from({ length: count }, (_, i) => {
    const wallet = root.deriveChild(i);
    return { address: wallet.address, privateKey: wallet.privateKey };
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// Resolves once the node answers eth_chainId; rejects as soon as the process exits instead.
async function awaitReady(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  let exited = child.exitCode !== null;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`hardhat node exited before it was ready:\n${output()}${edrHint(output())}`);
    try {
      return BigInt(await rpc<string>(url, 'eth_chainId'));
    } catch {
      if (Date.now() > deadline) throw new Error(`hardhat node not ready after ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

async function startOnce(port: number, readyTimeoutMs: number): Promise<HardhatNode> {
  // process.execPath is the Node 24 running us; `npx hardhat` would pick the older system node from PATH.
  const child = spawn(process.execPath, [HARDHAT_CLI, 'node', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: CONTRACTS_DIR,
    env: { ...process.env, HARDHAT_DISABLE_TELEMETRY: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keepTail = (chunk: Buffer): void => {
    tail = (tail + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const url = `http://127.0.0.1:${port}`;
  try {
    const chainId = await awaitReady(url, child, readyTimeoutMs, () => tail);
    const addresses = await rpc<string[]>(url, 'eth_accounts');
    const accounts = devAccounts(addresses.length);
    accounts.forEach((account, i) => {
      if (account.address.toLowerCase() !== addresses[i]?.toLowerCase()) {
        throw new Error(`hardhat account ${i} is ${addresses[i]}, not the mnemonic's ${account.address}`);
      }
    });
    return {
      url,
      chainId,
      accounts,
      async stop() {
        process.removeListener('exit', killOnExit);
        await stopChild(child);
      },
    };
  } catch (err) {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
    throw err;
  }
}

/**
 * Spawn `hardhat node` on 127.0.0.1 and resolve when its JSON-RPC answers.
 * @example
 * const node = await startHardhatNode();
 * const provider = new JsonRpcProvider(node.url);
 * await node.stop();
 */
export async function startHardhatNode(options: HardhatNodeOptions = {}): Promise<HardhatNode> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  if (options.port !== undefined) return startOnce(options.port, readyTimeoutMs);
  // A picked port can be taken before hardhat binds it; the node then exits at once and a new port is tried.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(await freePort(), readyTimeoutMs);
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = process.argv[2] ? Number(process.argv[2]) : 8545;
  const node = await startHardhatNode({ port });
  console.log(`hardhat node at ${node.url}, chain id ${node.chainId}; Ctrl-C stops it`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void node.stop());
}
