// Connecting to a node with CosmJS: read-only, or with a signer and NRN's registry and gas price.
import { StargateClient, SigningStargateClient, GasPrice, TimeoutError } from '@cosmjs/stargate';
import type { DeliverTxResponse } from '@cosmjs/stargate';
import type { OfflineSigner } from '@cosmjs/proto-signing';
import { createRegistry } from './registry.ts';

export const DEFAULT_RPC = 'http://127.0.0.1:26657';
export const DEFAULT_GAS_PRICE = '0.025unrn';

/**
 * @example
 * const client = await connect('http://127.0.0.1:26657');
 * console.log(await client.getBalance('nrn1…', 'unrn'));
 */
export function connect(rpc: string = DEFAULT_RPC): Promise<StargateClient> {
  return StargateClient.connect(rpc);
}

export async function connectSigner(rpc: string, signer: OfflineSigner, gasPrice: string = DEFAULT_GAS_PRICE): Promise<SigningStargateClient> {
  const client = await SigningStargateClient.connectWithSigner(rpc, signer, { registry: createRegistry(), gasPrice: GasPrice.fromString(gasPrice), broadcastPollIntervalMs: 300 });
  client.broadcastTx = (tx, timeoutMs, pollIntervalMs) => broadcastAndWait(client, tx, timeoutMs, pollIntervalMs);
  return client;
}

/**
 * CosmJS's broadcastTx, minus its leak: CosmJS 0.39 starts its timeout timer before broadcasting and never clears
 * it when CheckTx refuses the tx, which keeps a CLI that just printed the refusal alive for another minute.
 */
export async function broadcastAndWait(client: StargateClient, tx: Uint8Array, timeoutMs = 60_000, pollIntervalMs = 3_000): Promise<DeliverTxResponse> {
  const hash = await client.broadcastTxSync(tx);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    const r = await client.getTx(hash);
    if (r) {
      return {
        code: r.code, height: r.height, txIndex: r.txIndex, events: r.events, rawLog: r.rawLog, transactionHash: hash,
        msgResponses: r.msgResponses, gasUsed: r.gasUsed, gasWanted: r.gasWanted,
      };
    }
    if (Date.now() >= deadline) throw new TimeoutError(`Transaction with ID ${hash} was submitted but was not yet found on the chain after ${timeoutMs / 1000} s; check later with its hash.`, hash);
  }
}
