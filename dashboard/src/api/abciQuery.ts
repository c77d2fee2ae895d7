// An app query over CometBFT's abci_query: request bytes in, response bytes out, app errors raised with their codespace.
import { toHex, fromBase64 } from '@cosmjs/encoding';
import { rpcCall } from './rpc.ts';

export class AppQueryError extends Error {
  readonly codespace: string;
  readonly code: number;
  constructor(path: string, codespace: string, code: number, log: string) {
    super(`${path}: ${log} (${codespace}/${code})`);
    this.name = 'AppQueryError';
    this.codespace = codespace;
    this.code = code;
  }
  /** The chain has no handler for this path: the module that would answer it is not on this chain. */
  get unknownPath(): boolean {
    return this.codespace === 'sdk' && this.code === 6;
  }
}

export async function abciQuery(path: string, request: Uint8Array, height?: number): Promise<Uint8Array> {
  const params: Record<string, unknown> = { path, data: toHex(request), prove: false };
  if (height !== undefined) params.height = String(height);
  const { response: r } = await rpcCall<{ response: { code: number; codespace: string; log: string; value: string | null } }>('abci_query', params);
  if (r.code) throw new AppQueryError(path, r.codespace, r.code, r.log);
  return fromBase64(r.value ?? '');
}
