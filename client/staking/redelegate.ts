// Move a delegation from one validator to another without waiting out the unbonding period.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { MsgBeginRedelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';

export type RedelegateParameters = { delegator: string; /** nrnvaloper1… */ src: string; /** nrnvaloper1… */ dst: string; amount: bigint };
/** The block's result: check `code` (0 = success) and `rawLog`. */
export type RedelegateReturnType = TxReceipt;
export type RedelegateErrorType = SignAndBroadcastErrorType;

/**
 * Moves `amount` unrn of the delegator's bond from `src` to `dst` at once.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await redelegate(client, { delegator: address, src: 'nrnvaloper1src…', dst: 'nrnvaloper1dst…', amount: 1_000_000n });
 * // r.code: 0
 */
export function redelegate(client: SigningStargateClient, p: RedelegateParameters, o?: TxOptions): Promise<RedelegateReturnType> {
  const msg = MsgBeginRedelegate.fromPartial({ delegatorAddress: p.delegator, validatorSrcAddress: p.src, validatorDstAddress: p.dst, amount: { denom: 'unrn', amount: p.amount.toString() } });
  return signAndBroadcast(client, p.delegator, [{ typeUrl: '/cosmos.staking.v1beta1.MsgBeginRedelegate', value: msg }], o);
}
