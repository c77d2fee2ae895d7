// The one transport every dashboard read goes through: CometBFT JSON-RPC, via the dashboard server's /rpc proxy.

/** Where the dashboard server proxies CometBFT's RPC (same origin, so the browser needs no CORS). */
export const RPC_BASE = './rpc';

export class RpcError extends Error {
  readonly code: number;
  readonly data: string;
  constructor(method: string, code: number, message: string, data: string) {
    super(`${method}: ${data || message}`);
    this.name = 'RpcError';
    this.code = code;
    this.data = data;
  }
}

let nextId = 1;

/**
 * Calls one CometBFT JSON-RPC method; integers are passed as strings, as CometBFT expects.
 * @example const status = await rpcCall<any>('status', {});
 */
export async function rpcCall<T>(method: string, params: Record<string, unknown>): Promise<T> {
  const res = await fetch(RPC_BASE, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
  });
  if (!res.ok && res.status !== 500) throw new RpcError(method, res.status, `HTTP ${res.status}`, await res.text());
  const body = (await res.json()) as { result?: T; error?: { code: number; message: string; data?: string } };
  if (body.error) throw new RpcError(method, body.error.code, body.error.message, body.error.data ?? '');
  return body.result as T;
}
