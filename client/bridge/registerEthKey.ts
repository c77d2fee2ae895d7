// MsgRegisterEthKey: a validator operator binds its orchestrator's Ethereum key, proven by an EIP-191 signature of the operator address.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { Wallet } from 'ethers';
import { broadcastMsg } from '../tx.ts';
import type { TxOptions, TxResult } from '../tx.ts';
import { bridgeMsgTypes } from './types.ts';

/** The proof MsgRegisterEthKey carries: the key's personal-sign signature over the operator address (UTF-8). */
export async function ethKeyProof(ethPrivateKey: string, validator: string): Promise<{ ethAddress: string; signature: string }> {
  const wallet = new Wallet(ethPrivateKey);
  return { ethAddress: wallet.address, signature: await wallet.signMessage(validator) };
}

/**
 * @example await registerEthKey(client, { validator: 'nrn1…', ethPrivateKey: '0x…' });
 */
export async function registerEthKey(client: SigningStargateClient, p: { validator: string; ethPrivateKey: string }, o: TxOptions = {}): Promise<TxResult<Record<string, never>>> {
  const { ethAddress, signature } = await ethKeyProof(p.ethPrivateKey, p.validator);
  return broadcastMsg(client, p.validator, bridgeMsgTypes.registerEthKey, { validator: p.validator, eth_address: ethAddress, signature }, () => ({}), o);
}
