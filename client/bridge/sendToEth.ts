// MsgSendToEth: escrow NRN (amount + bridge fee) for a transfer to an Ethereum address; returns the transfer id.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { nrn } from '../../proto/gen/nrn.js';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { bridgeMsgTypes } from './types.ts';

export type SendToEthParameters = { sender: string; ethDest: string; amount: bigint; bridgeFee: bigint };
export type SendToEthReturnType = TxResult<{ transferId: number }>;
export type SendToEthErrorType = BroadcastMsgErrorType;

/**
 * Escrows `amount + bridgeFee` unrn for `ethDest`; a relayed batch mints `amount` wNRN there.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await sendToEth(client, { sender: address, ethDest: '0x…', amount: 5_000_000n, bridgeFee: 10_000n });
 * // response: { transferId: 1 }; cancelSendToEth refunds it until a batch takes it
 */
export async function sendToEth(client: SigningStargateClient, p: SendToEthParameters, o: TxOptions = {}): Promise<SendToEthReturnType> {
  return broadcastMsg(client, p.sender, bridgeMsgTypes.sendToEth,
    { sender: p.sender, eth_dest: p.ethDest, amount: p.amount.toString(), bridge_fee: p.bridgeFee.toString() },
    (b) => ({ transferId: nrn.bridge.v1.MsgSendToEthResponse.decode(b).transfer_id }), o);
}
