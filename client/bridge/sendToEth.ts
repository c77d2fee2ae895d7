// MsgSendToEth: escrow NRN (amount + bridge fee) for a transfer to an Ethereum address; returns the transfer id.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { bridgeMsgTypes } from './types.ts';

/**
 * @example await sendToEth(client, { sender: 'nrn1…', ethDest: '0x…', amount: 5_000_000n, bridgeFee: 10_000n });
 */
export async function sendToEth(client: SigningStargateClient, p: { sender: string; ethDest: string; amount: bigint; bridgeFee: bigint }, o: TxOptions = {}): Promise<TxResult<{ transferId: number }>> {
  return broadcastMsg(client, p.sender, bridgeMsgTypes.sendToEth,
    { sender: p.sender, eth_dest: p.ethDest, amount: p.amount.toString(), bridge_fee: p.bridgeFee.toString() },
    (b) => ({ transferId: nrn.bridge.v1.MsgSendToEthResponse.decode(b).transfer_id }), o);
}

/** MsgCancelSendToEth: refunds a transfer that is not in a batch yet. */
export async function cancelSendToEth(client: SigningStargateClient, p: { sender: string; transferId: number }, o: TxOptions = {}): Promise<TxResult<Record<string, never>>> {
  return broadcastMsg(client, p.sender, bridgeMsgTypes.cancelSendToEth, { sender: p.sender, transfer_id: p.transferId }, () => ({}), o);
}
