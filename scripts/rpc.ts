// Minimal CometBFT JSON-RPC over HTTP (keep-alive through fetch), for scripts, tests and benchmarks.

export class RpcError extends Error {
  override name = 'RpcError';
}

/** True when a kept-alive connection was closed by the server just as it was reused: safe to send again. */
function isStaleSocket(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } })?.cause;
  return e instanceof TypeError && (cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET');
}

async function post(rpc: string, body: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    } catch (e) {
      if (attempt >= 2 || !isStaleSocket(e)) throw e;
    }
  }
}

export async function rpcCall<T = any>(rpc: string, method: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await post(rpc, JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }));
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

/**
 * Resolves once the node's application has committed height `h`. /status reports the block store's height, and
 * CometBFT stores block h before the app executes and commits it; block h+1 is stored only after h is committed.
 * A tx found by hash on one node can therefore still be missing from another node's state at the same reported height.
 */
export function waitForCommitted(rpc: string, h: number, timeoutMs = 60_000): Promise<number> {
  return waitForHeight(rpc, h + 1, timeoutMs);
}

/** A committed tx by its hash (hex), or undefined when the node's index does not have it. */
export async function findTx(rpc: string, hashHex: string): Promise<any | undefined> {
  const r = await fetch(`${rpc}/tx?hash=0x${hashHex}`).catch((e) => { if (isStaleSocket(e)) return fetch(`${rpc}/tx?hash=0x${hashHex}`); throw e; });
  const j = (await r.json()) as { result?: any; error?: unknown };
  return j.error ? undefined : j.result;
}

/**
 * Broadcasts one account's txs in order, each after the previous one passed CheckTx (a later sequence
 * arriving first would be refused), calling `onAccepted` after each; throws on the first rejection.
 */
export async function broadcastInOrder(rpc: string | (() => string), txs: Uint8Array[], onAccepted?: (i: number) => void): Promise<void> {
  for (const [i, tx] of txs.entries()) {
    const target = typeof rpc === 'string' ? rpc : rpc();
    let r: BroadcastResult;
    try {
      r = await broadcastTxSync(target, tx);
    } catch (e) {
      // A resent request whose first copy did get through: the tx is in the mempool already.
      if (!(e instanceof RpcError && /tx already exists in cache/.test(e.message))) throw e;
      r = { code: 0, log: '', codespace: '', hash: '' };
    }
    if (r.code !== 0) throw new RpcError(`tx ${i} refused by ${target}: code ${r.code} (${r.codespace}) ${r.log}`);
    onAccepted?.(i);
  }
}

/** Polls /tx until the tx is committed and indexed on this node. */
export async function waitForTx(rpc: string, hashHex: string, timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const t = await findTx(rpc, hashHex).catch(() => undefined);
    if (t) return t;
    if (Date.now() > deadline) throw new Error(`tx ${hashHex} was not committed on ${rpc} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** /block_results of a height; CometBFT saves them just after the block, so a fresh height is retried briefly. */
export async function blockResults(rpc: string, h: number, timeoutMs = 10_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await rpcCall(rpc, 'block_results', { height: String(h) });
    } catch (e) {
      if (!(e instanceof RpcError && /could not find results/.test(e.message)) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Like broadcastInOrder, but `batch` txs per HTTP request as one JSON-RPC batch: CometBFT runs a batch's
 * calls one after another, so each tx still passes CheckTx before the next one is offered.
 */
export async function broadcastBatchesInOrder(rpc: string, txs: Uint8Array[], batch: number): Promise<void> {
  for (let i = 0; i < txs.length; i += batch) {
    const body = txs.slice(i, i + batch).map((tx, j) => ({ jsonrpc: '2.0', id: i + j + 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }));
    const r = await post(rpc, JSON.stringify(body));
    type Reply = { id: number; result?: BroadcastResult; error?: { message: string; data?: string } };
    const answer = (await r.json()) as Reply[] | Reply;
    // CometBFT answers a batch of exactly one call with the bare reply, not a one-element array.
    const replies = Array.isArray(answer) ? answer : body.length === 1 && typeof answer === 'object' && answer !== null && 'id' in answer ? [answer] : undefined;
    if (!replies) throw new RpcError(`batch refused by ${rpc}: ${JSON.stringify(answer)}`);
    for (const reply of replies) {
      if (reply.error) {
        if (/tx already exists in cache/.test(reply.error.data ?? '')) continue;
        throw new RpcError(`tx ${reply.id} refused by ${rpc}: ${reply.error.message} ${reply.error.data ?? ''}`);
      }
      if (reply.result!.code !== 0) throw new RpcError(`tx ${reply.id} refused by ${rpc}: code ${reply.result!.code} (${reply.result!.codespace}) ${reply.result!.log}`);
    }
  }
}
