// The node's view of the chain head, from CometBFT's /status.
import { rpcCall } from './rpc.ts';

export interface ChainHead {
  chainId: string;
  moniker: string;
  nodeVersion: string;
  height: number;
  time: string;
  appHash: string;
  earliestHeight: number;
  earliestTime: string;
  catchingUp: boolean;
}

/** @example const { height, chainId } = await getStatus(); */
export async function getStatus(): Promise<ChainHead> {
  const r = await rpcCall<any>('status', {});
  return {
    chainId: r.node_info.network,
    moniker: r.node_info.moniker,
    nodeVersion: r.node_info.version,
    height: Number(r.sync_info.latest_block_height),
    time: r.sync_info.latest_block_time,
    appHash: r.sync_info.latest_app_hash,
    earliestHeight: Number(r.sync_info.earliest_block_height),
    earliestTime: r.sync_info.earliest_block_time,
    catchingUp: r.sync_info.catching_up,
  };
}
