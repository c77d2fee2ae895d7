// One validator running as its own OS process (so it can be kill -9'd), with given genesis balances.
import { initHome, addGenesisAccount } from '../cli/nrnd/home.ts';
import { editToml } from './localnet.ts';
import { spawnNrnd } from './node-process.ts';
import type { NodeProcess } from './node-process.ts';
import { waitForHeight } from './rpc.ts';

export interface SingleNodeOptions {
  home: string;
  chainId: string;
  rpcPort: number;
  p2pPort: number;
  balances: Record<string, string>;
  timeoutCommit?: string;
  /** config.toml settings as `section.key` → TOML value. */
  configEdits?: Record<string, string>;
  /** Extra arguments for the node's Node.js, e.g. ['--cpu-prof', '--cpu-prof-dir=prof']. */
  nodeArgs?: string[];
}

export interface SingleNode {
  home: string;
  rpc: string;
  chainId: string;
  process: NodeProcess | undefined;
  /** Starts the node (again, on the same home) and waits until it serves a height. */
  start(): Promise<void>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function createSingleNode(o: SingleNodeOptions): Promise<SingleNode> {
  await initHome({ home: o.home, moniker: 'single', chainId: o.chainId, timeoutCommit: o.timeoutCommit ?? '1s' });
  for (const [addr, amount] of Object.entries(o.balances)) await addGenesisAccount(o.home, addr, amount);
  const rpc = `http://127.0.0.1:${o.rpcPort}`;
  await editToml(o.home, {
    'rpc.laddr': JSON.stringify(`tcp://127.0.0.1:${o.rpcPort}`),
    'p2p.laddr': JSON.stringify(`tcp://127.0.0.1:${o.p2pPort}`),
    ...o.configEdits,
  });
  const node: SingleNode = {
    home: o.home, rpc, chainId: o.chainId, process: undefined,
    async start() {
      node.process = spawnNrnd(o.home, {}, undefined, o.nodeArgs);
      const up = waitForHeight(rpc, 1, 120_000);
      const died = node.process.exited.then((code) => { throw new Error(`node exited (${code}) while starting; see ${o.home}/nrnd.log`); });
      await Promise.race([up, died]);
      died.catch(() => {});
    },
    async kill9() {
      await node.process?.kill9();
      node.process = undefined;
    },
    async stop() {
      await node.process?.stop();
      node.process = undefined;
    },
  };
  return node;
}
