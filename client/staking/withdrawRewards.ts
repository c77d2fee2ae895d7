// Withdraw a delegation's fee rewards, and with `commission` the validator's commission too.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';

export type WithdrawRewardsParameters = {
  delegator: string;
  /** nrnvaloper1… */
  validator: string;
  /** Also withdraw the validator's commission (the delegator must be its operator). */
  commission?: boolean;
};
/** The block's result: check `code` (0 = success) and `rawLog`. */
export type WithdrawRewardsReturnType = TxReceipt;
export type WithdrawRewardsErrorType = SignAndBroadcastErrorType;

/**
 * Pays the delegation's rewards (and the commission) to the delegator, in one tx.
 * @example
 * const { wallet, address } = await mnemonicWallet(operatorMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await withdrawRewards(client, { delegator: address, validator: valoperOf(address), commission: true });
 * // r.code: 0
 */
export function withdrawRewards(client: SigningStargateClient, p: WithdrawRewardsParameters, o?: TxOptions): Promise<WithdrawRewardsReturnType> {
  const msgs: { typeUrl: string; value: unknown }[] = [
    { typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', value: MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: p.delegator, validatorAddress: p.validator }) },
  ];
  if (p.commission) msgs.push({ typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission', value: MsgWithdrawValidatorCommission.fromPartial({ validatorAddress: p.validator }) });
  return signAndBroadcast(client, p.delegator, msgs, o);
}
