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

/** Positional: the node's CometBFT RPC URL. */
export type GetStatusParameters = Parameters<typeof getStatus>;
export type GetStatusReturnType = NodeStatus;
/** The node cannot be reached: the message says so and names `nrnd start` and --node. */
export type GetStatusErrorType = Error;

/**
 * @example
 * const s = await getStatus('http://127.0.0.1:26657');
 * // { moniker: 'devnet-validator', network: 'nrn-devnet-1', latestHeight: 1234, catchingUp: false, votingPower: '10', … }
 */
export async function getStatus(rpc: string): Promise<GetStatusReturnType> {
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
