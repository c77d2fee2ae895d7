// CometBFT's /status, trimmed to what an operator reads.
export interface NodeStatus {
  moniker: string;
  nodeId: string;
  network: string;
  latestHeight: number;
  latestAppHash: string;
  latestBlockTime: string;
  catchingUp: boolean;
  votingPower: string;
}

export async function getStatus(rpc: string): Promise<NodeStatus> {
  let res: Response;
  try {
    res = await fetch(`${rpc.replace(/\/$/, '')}/status`);
  } catch (e) {
    throw new Error(`cannot reach the node's RPC at ${rpc} (${(e as Error).cause ?? (e as Error).message}); is \`nrnd start\` running, and is --node right?`);
  }
  const { result: r } = (await res.json()) as any;
  return {
    moniker: r.node_info.moniker,
    nodeId: r.node_info.id,
    network: r.node_info.network,
    latestHeight: Number(r.sync_info.latest_block_height),
    latestAppHash: r.sync_info.latest_app_hash,
    latestBlockTime: r.sync_info.latest_block_time,
    catchingUp: r.sync_info.catching_up,
    votingPower: r.validator_info.voting_power,
  };
}
