// Bring a jailed validator back once its jail period has passed.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';
import { valoperOf } from './address.ts';

export type UnjailParameters = { operator: string };
/** The block's result: check `code` (0 = success) and `rawLog`. */
export type UnjailReturnType = TxReceipt;
/** Before the jail period ends: TxFailedError, codespace `slashing`, code 4 ("jailed until …"). */
export type UnjailErrorType = SignAndBroadcastErrorType;

/**
 * Unjails the operator's validator (the client's registry must hold MsgUnjail: connectSigner's does).
 * @example
 * const { wallet, address } = await mnemonicWallet(operatorMnemonic); // <home>/config/operator_key.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await unjail(client, { operator: address });
 * // r.code: 0; back in CometBFT's set with its slashed power
 */
export function unjail(client: SigningStargateClient, p: UnjailParameters, o?: TxOptions): Promise<UnjailReturnType> {
  return signAndBroadcast(client, p.operator, [unjailMsg(p.operator)], o);
}

export const unjailMsg = (operator: string) => ({ typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail', value: MsgUnjail.fromPartial({ validatorAddr: valoperOf(operator) }) });
