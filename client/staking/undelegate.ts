// Start unbonding a delegation; the tokens return after the chain's unbonding period.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { MsgUndelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';

export type UndelegateParameters = { delegator: string; /** nrnvaloper1… */ validator: string; amount: bigint };
/** The block's result: check `code` (0 = success) and `rawLog`. */
export type UndelegateReturnType = TxReceipt;
export type UndelegateErrorType = SignAndBroadcastErrorType;

/**
 * Undelegates `amount` unrn: it stops counting at once and is paid back when the unbonding period ends.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await undelegate(client, { delegator: address, validator: 'nrnvaloper1…', amount: 1_000_000n });
 * // r.code: 0; the balance grows by 1000000 one unbonding period later
 */
export function undelegate(client: SigningStargateClient, p: UndelegateParameters, o?: TxOptions): Promise<UndelegateReturnType> {
  const msg = MsgUndelegate.fromPartial({ delegatorAddress: p.delegator, validatorAddress: p.validator, amount: { denom: 'unrn', amount: p.amount.toString() } });
  return signAndBroadcast(client, p.delegator, [{ typeUrl: '/cosmos.staking.v1beta1.MsgUndelegate', value: msg }], o);
}
