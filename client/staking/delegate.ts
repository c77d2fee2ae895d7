// Bond tokens to a validator: its voting power and the delegator's share of its rewards grow.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';

export type DelegateParameters = { delegator: string; /** nrnvaloper1… */ validator: string; amount: bigint };
/** The block's result: check `code` (0 = success) and `rawLog`. */
export type DelegateReturnType = TxReceipt;
export type DelegateErrorType = SignAndBroadcastErrorType;

/**
 * Delegates `amount` unrn; one unit of voting power per 10^6 unrn.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await delegate(client, { delegator: address, validator: 'nrnvaloper1…', amount: 3_000_000n });
 * // r.code: 0; the validator's power grows by 3 at the next update
 */
export function delegate(client: SigningStargateClient, p: DelegateParameters, o?: TxOptions): Promise<DelegateReturnType> {
  const msg = MsgDelegate.fromPartial({ delegatorAddress: p.delegator, validatorAddress: p.validator, amount: { denom: 'unrn', amount: p.amount.toString() } });
  return signAndBroadcast(client, p.delegator, [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: msg }], o);
}
