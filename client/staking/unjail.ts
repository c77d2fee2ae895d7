// Bring a jailed validator back once its jail period has passed.
import type { SigningStargateClient, DeliverTxResponse, StdFee } from '@cosmjs/stargate';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import { valoperOf } from './address.ts';

/** @example await unjail(client, 'nrn1…operator'); (the client's registry must hold MsgUnjail: use createRegistry()) */
export function unjail(client: SigningStargateClient, operator: string, fee: StdFee | 'auto' | number = 'auto'): Promise<DeliverTxResponse> {
  return client.signAndBroadcast(operator, [unjailMsg(operator)], fee);
}

export const unjailMsg = (operator: string) => ({ typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail', value: MsgUnjail.fromPartial({ validatorAddr: valoperOf(operator) }) });
