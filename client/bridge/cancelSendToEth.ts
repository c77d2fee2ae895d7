// MsgCancelSendToEth: refunds a transfer to Ethereum that no batch has taken yet.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { bridgeMsgTypes } from './types.ts';

export type CancelSendToEthParameters = { sender: string; transferId: number };
export type CancelSendToEthReturnType = TxResult<Record<string, never>>;
export type CancelSendToEthErrorType = BroadcastMsgErrorType;

/**
 * Cancels the sender's transfer and refunds amount and bridge fee; refused once a batch holds it.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response: { transferId } } = await sendToEth(client, { sender: address, ethDest: '0x…', amount: 5_000_000n, bridgeFee: 0n });
 * await cancelSendToEth(client, { sender: address, transferId }); // { txhash, height, gasUsed, response: {} }
 */
export async function cancelSendToEth(client: SigningStargateClient, p: CancelSendToEthParameters, o: TxOptions = {}): Promise<CancelSendToEthReturnType> {
  return broadcastMsg(client, p.sender, bridgeMsgTypes.cancelSendToEth, { sender: p.sender, transfer_id: p.transferId }, () => ({}), o);
}
