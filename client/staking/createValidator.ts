// Become a validator: bond `selfBond` from the operator account behind an ed25519 consensus key.
import type { SigningStargateClient, DeliverTxResponse, StdFee } from '@cosmjs/stargate';
import { Decimal } from '@cosmjs/math';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { valoperOf } from './address.ts';

export interface CreateValidatorParameters {
  operator: string;
  /** The 32-byte ed25519 public key from CometBFT's priv_validator_key.json. */
  consensusPubkey: Uint8Array;
  selfBond: bigint;
  moniker: string;
  /** Decimal strings, e.g. "0.1". */
  commission?: { rate: string; maxRate: string; maxChangeRate: string };
  minSelfDelegation?: bigint;
  fee?: StdFee | 'auto' | number;
}

const dec = (s: string) => Decimal.fromUserInput(s, 18).atomics;

/**
 * @example
 * const r = await createValidator(client, { operator: 'nrn1…', consensusPubkey: key, selfBond: 2_000_000n, moniker: 'val' });
 */
export function createValidator(client: SigningStargateClient, p: CreateValidatorParameters): Promise<DeliverTxResponse> {
  return client.signAndBroadcast(p.operator, [createValidatorMsg(p)], p.fee ?? 'auto');
}

/** The message alone, for callers that sign and broadcast it themselves. */
export function createValidatorMsg(p: CreateValidatorParameters): { typeUrl: string; value: MsgCreateValidator } {
  const c = p.commission ?? { rate: '0.1', maxRate: '0.2', maxChangeRate: '0.01' };
  const msg = MsgCreateValidator.fromPartial({
    description: { moniker: p.moniker, identity: '', website: '', securityContact: '', details: '' },
    commission: { rate: dec(c.rate), maxRate: dec(c.maxRate), maxChangeRate: dec(c.maxChangeRate) },
    minSelfDelegation: (p.minSelfDelegation ?? 1n).toString(),
    delegatorAddress: '',
    validatorAddress: valoperOf(p.operator),
    pubkey: { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKey.encode({ key: p.consensusPubkey }).finish() },
    value: { denom: 'unrn', amount: p.selfBond.toString() },
  });
  return { typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator', value: msg };
}
