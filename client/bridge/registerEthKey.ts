// MsgRegisterEthKey: a validator operator binds its orchestrator's Ethereum key, proven by an EIP-191 signature of the operator address.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { Wallet } from 'ethers';
import { broadcastMsg } from '../tx.ts';
import type { BroadcastMsgErrorType, TxOptions, TxResult } from '../tx.ts';
import { bridgeMsgTypes } from './types.ts';

/** The proof MsgRegisterEthKey carries: the key's personal-sign signature over the operator address (UTF-8). */
export async function ethKeyProof(ethPrivateKey: string, validator: string): Promise<{ ethAddress: string; signature: string }> {
  const wallet = new Wallet(ethPrivateKey);
  return { ethAddress: wallet.address, signature: await wallet.signMessage(validator) };
}

export type RegisterEthKeyParameters = { validator: string; ethPrivateKey: string };
export type RegisterEthKeyReturnType = TxResult<{ ethAddress: string }>;
export type RegisterEthKeyErrorType = BroadcastMsgErrorType;

/**
 * Binds the Ethereum key whose private key is given to the validator (signed locally; the key never leaves).
 * A bonded validator's registration is feeless: pass `{ fee: 'feeless' }`.
 * @example
 * const { wallet, address } = await mnemonicWallet(operatorMnemonic); // <home>/config/operator_key.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await registerEthKey(client, { validator: address, ethPrivateKey: '0x…' }, { fee: 'feeless' });
 * // response: { ethAddress: '0x…' }
 */
export async function registerEthKey(client: SigningStargateClient, p: RegisterEthKeyParameters, o: TxOptions = {}): Promise<RegisterEthKeyReturnType> {
  const { ethAddress, signature } = await ethKeyProof(p.ethPrivateKey, p.validator);
  return broadcastMsg(client, p.validator, bridgeMsgTypes.registerEthKey, { validator: p.validator, eth_address: ethAddress, signature }, () => ({ ethAddress }), o);
}
