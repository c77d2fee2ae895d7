// Connecting to a node with CosmJS: read-only, or with a signer and NRN's registry and gas price.
import { StargateClient, SigningStargateClient, GasPrice } from '@cosmjs/stargate';
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

export function connectSigner(rpc: string, signer: OfflineSigner, gasPrice: string = DEFAULT_GAS_PRICE): Promise<SigningStargateClient> {
  return SigningStargateClient.connectWithSigner(rpc, signer, { registry: createRegistry(), gasPrice: GasPrice.fromString(gasPrice), broadcastPollIntervalMs: 300 });
}
