// Change a validator's commission rate, minimum self-delegation or description fields.
import type { SigningStargateClient, DeliverTxResponse, StdFee } from '@cosmjs/stargate';
import { Decimal } from '@cosmjs/math';
import { MsgEditValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { valoperOf } from './address.ts';

const KEEP = '[do-not-modify]';

export interface EditValidatorParameters {
  operator: string;
  /** Decimal string, e.g. "0.11"; omitted keeps the rate. */
  commissionRate?: string;
  minSelfDelegation?: bigint;
  moniker?: string;
  website?: string;
  details?: string;
  fee?: StdFee | 'auto' | number;
}

/** @example await editValidator(client, { operator: 'nrn1…', commissionRate: '0.11' }); */
export function editValidator(client: SigningStargateClient, p: EditValidatorParameters): Promise<DeliverTxResponse> {
  const msg = MsgEditValidator.fromPartial({
    validatorAddress: valoperOf(p.operator),
    commissionRate: p.commissionRate ? Decimal.fromUserInput(p.commissionRate, 18).atomics : '',
    minSelfDelegation: p.minSelfDelegation?.toString() ?? '',
    description: { moniker: p.moniker ?? KEEP, identity: KEEP, website: p.website ?? KEEP, securityContact: KEEP, details: p.details ?? KEEP },
  });
  return client.signAndBroadcast(p.operator, [{ typeUrl: '/cosmos.staking.v1beta1.MsgEditValidator', value: msg }], p.fee ?? 'auto');
}
