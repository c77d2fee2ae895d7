// NRNBridge.sendToChain: burns the caller's wNRN and emits the event orchestrators attest; returns the event nonce.
import type { Signer } from 'ethers';
import { bridgeAt } from '../contracts/deploy.ts';

/**
 * @example await sendToChain(wallet, '0xBridge…', 'nrn1…', 3_000_000n);
 */
export async function sendToChain(signer: Signer, bridgeAddress: string, recipient: string, amount: bigint): Promise<{ txHash: string; eventNonce: number; blockNumber: number }> {
  const bridge = bridgeAt(bridgeAddress, signer);
  const tx = await bridge.getFunction('sendToChain')(recipient, amount);
  const receipt = await tx.wait();
  const log = receipt.logs.map((l: { topics: string[]; data: string }) => bridge.interface.parseLog(l)).find((p: { name: string } | null) => p?.name === 'SendToChainEvent');
  return { txHash: tx.hash, eventNonce: Number(log.args.eventNonce), blockNumber: receipt.blockNumber };
}
