// Move a delegation from one validator to another without waiting out the unbonding period.
import type { SigningStargateClient, DeliverTxResponse, StdFee } from '@cosmjs/stargate';
import { MsgBeginRedelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';

/** @example await redelegate(client, 'nrn1…', 'nrnvaloper1src…', 'nrnvaloper1dst…', 1_000_000n); */
export function redelegate(client: SigningStargateClient, delegator: string, src: string, dst: string, amount: bigint, fee: StdFee | 'auto' | number = 'auto'): Promise<DeliverTxResponse> {
  const msg = MsgBeginRedelegate.fromPartial({ delegatorAddress: delegator, validatorSrcAddress: src, validatorDstAddress: dst, amount: { denom: 'unrn', amount: amount.toString() } });
  return client.signAndBroadcast(delegator, [{ typeUrl: '/cosmos.staking.v1beta1.MsgBeginRedelegate', value: msg }], fee);
}
