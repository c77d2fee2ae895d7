// Become a validator: bond `selfBond` from the operator account behind an ed25519 consensus key.
import type { SigningStargateClient } from '@cosmjs/stargate';
import { Decimal } from '@cosmjs/math';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { signAndBroadcast } from '../tx.ts';
import type { SignAndBroadcastErrorType, TxOptions, TxReceipt } from '../tx.ts';
import { valoperOf } from './address.ts';

export type CreateValidatorParameters = {
  operator: string;
  /** The 32-byte ed25519 public key from CometBFT's priv_validator_key.json. */
  consensusPubkey: Uint8Array;
  selfBond: bigint;
  moniker: string;
  /** Decimal strings, e.g. "0.1". */
  commission?: { rate: string; maxRate: string; maxChangeRate: string };
  minSelfDelegation?: bigint;
};
/** The block's result: check `code` (0 = success) and `rawLog`, as `nrnd tx staking` prints them. */
export type CreateValidatorReturnType = TxReceipt;
export type CreateValidatorErrorType = SignAndBroadcastErrorType;

const dec = (s: string) => Decimal.fromUserInput(s, 18).atomics;

/**
 * Bonds `selfBond` unrn from the operator behind the node's consensus key; the validator joins CometBFT's set
 * at the next update.
 * @example
 * const { wallet, address } = await mnemonicWallet(operatorMnemonic); // <home>/config/operator_key.json
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const key = JSON.parse(await readFile('<home>/config/priv_validator_key.json', 'utf8')).pub_key.value;
 * const r = await createValidator(client, { operator: address, consensusPubkey: Buffer.from(key, 'base64'), selfBond: 2_000_000n, moniker: 'val' });
 * // r.code: 0, r.height: 57
 */
export function createValidator(client: SigningStargateClient, p: CreateValidatorParameters, o?: TxOptions): Promise<CreateValidatorReturnType> {
  return signAndBroadcast(client, p.operator, [createValidatorMsg(p)], o);
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
