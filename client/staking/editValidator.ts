// Change a validator's commission rate, minimum self-delegation or description fields.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { Decimal } from '@cosmjs/math';
import { MsgEditValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';
import { valoperOf } from './address.ts';

const KEEP = '[do-not-modify]';

export type EditValidatorParameters = {
  operator: string;
  /** Decimal string, e.g. "0.11"; omitted keeps the rate. */
  commissionRate?: string;
  minSelfDelegation?: bigint;
  moniker?: string;
  website?: string;
  details?: string;
};
/** The block's result: check `code` (0 = success) and `rawLog`. */
export type EditValidatorReturnType = TxReceipt;
export type EditValidatorErrorType = SignAndBroadcastErrorType;

/**
 * Changes what is given and keeps the rest.
 * @example
 * const { wallet, address } = await mnemonicWallet(operatorMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const r = await editValidator(client, { operator: address, commissionRate: '0.11', website: 'https://example.org' });
 * // r.code: 0
 */
export function editValidator(client: SigningStargateClient, p: EditValidatorParameters, o?: TxOptions): Promise<EditValidatorReturnType> {
  const msg = MsgEditValidator.fromPartial({
    validatorAddress: valoperOf(p.operator),
    commissionRate: p.commissionRate ? Decimal.fromUserInput(p.commissionRate, 18).atomics : '',
    minSelfDelegation: p.minSelfDelegation?.toString() ?? '',
    description: { moniker: p.moniker ?? KEEP, identity: KEEP, website: p.website ?? KEEP, securityContact: KEEP, details: p.details ?? KEEP },
  });
  return signAndBroadcast(client, p.operator, [{ typeUrl: '/cosmos.staking.v1beta1.MsgEditValidator', value: msg }], o);
}
