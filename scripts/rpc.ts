// Minimal CometBFT JSON-RPC over HTTP (keep-alive through fetch), for scripts, tests and benchmarks.

export class RpcError extends Error {
  override name = 'RpcError';
}

export async function rpcCall<T = any>(rpc: string, method: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const j = (await r.json()) as { result?: T; error?: { message: string; data?: string } };
  if (j.error) throw new RpcError(`${method}: ${j.error.message}${j.error.data ? ` (${j.error.data})` : ''}`);
  return j.result as T;
}

export interface BroadcastResult { code: number; log: string; codespace: string; hash: string }

export function broadcastTxSync(rpc: string, tx: Uint8Array): Promise<BroadcastResult> {
  return rpcCall<BroadcastResult>(rpc, 'broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') });
}

export async function latestHeight(rpc: string): Promise<number> {
  const s = await rpcCall(rpc, 'status');
  return Number(s.sync_info.latest_block_height);
}

/** Polls /status until `cond(height)` holds; CometBFT's HTTP RPC has no push for new heights. */
export async function waitForHeight(rpc: string, h: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const got = await latestHeight(rpc);
      if (got >= h) return got;
    } catch { /* node not serving yet */ }
    if (Date.now() > deadline) throw new Error(`node at ${rpc} did not reach height ${h} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A committed tx by its hash (hex), or undefined when the node's index does not have it. */
export async function findTx(rpc: string, hashHex: string): Promise<any | undefined> {
  const r = await fetch(`${rpc}/tx?hash=0x${hashHex}`);
  const j = (await r.json()) as { result?: any; error?: unknown };
  return j.error ? undefined : j.result;
}
