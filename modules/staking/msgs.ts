// Stateless checks of staking, distribution and slashing messages (ValidateBasic).
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import type { CommissionRates } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import { assertAddress, bech32Data } from '../../chain/address.ts';
import { parseAmount } from '../bank/index.ts';
import { DEC_ONE, parseDec } from './params.ts';
import { errors } from './errors.ts';
import { VALOPER_PREFIX } from './keeper.ts';

export const ED25519_PUBKEY_TYPE = '/cosmos.crypto.ed25519.PubKey';

export function assertValoper(addr: string, field: string) {
  bech32Data(addr, field, VALOPER_PREFIX, [20]);
}

/** A positive amount; the denom is checked against the bond denom in the handler (it is a param). */
export function parsePositiveCoin(c: Coin | undefined, field: string): { denom: string; amount: bigint } {
  if (!c || !c.denom) throw errors.badAmount.wrap(`${field} is missing`);
  const amount = parseAmount(c.amount, field);
  if (amount === 0n) throw errors.badAmount.wrap(`${field} must be positive, got 0${c.denom}`);
  return { denom: c.denom, amount };
}

export function parseConsPubkey(any: Any | undefined): Uint8Array {
  if (!any) throw errors.invalidPubKey.wrap('pubkey is missing');
  if (any.typeUrl !== ED25519_PUBKEY_TYPE) throw errors.invalidPubKey.wrap(`consensus pubkey type ${any.typeUrl || '(empty)'} is not supported, use ${ED25519_PUBKEY_TYPE}`);
  let key: Uint8Array;
  try { key = Ed25519PubKey.decode(any.value).key; } catch (e) { throw errors.invalidPubKey.wrap(`consensus pubkey is malformed: ${(e as Error).message}`); }
  if (key.length !== 32) throw errors.invalidPubKey.wrap(`ed25519 consensus pubkey has ${key.length} bytes, expected 32`);
  return key;
}

export interface Rates { rate: bigint; maxRate: bigint; maxChangeRate: bigint }

/** The SDK's CommissionRates.Validate: 0 ≤ rate ≤ max_rate ≤ 1 and max_change_rate ≤ max_rate. */
export function parseCommission(c: CommissionRates | undefined): Rates {
  if (!c) throw errors.commissionNegative.wrap('commission is missing');
  const rate = decField(c.rate, 'commission rate', errors.commissionNegative);
  const maxRate = decField(c.maxRate, 'commission max_rate', errors.commissionNegative);
  const maxChangeRate = decField(c.maxChangeRate, 'commission max_change_rate', errors.commissionNegative);
  if (maxRate > DEC_ONE) throw errors.commissionHuge.wrap(`max_rate ${c.maxRate}`);
  if (rate > maxRate) throw errors.commissionGTMaxRate.wrap(`rate ${c.rate} is above max_rate ${c.maxRate}`);
  if (maxChangeRate > maxRate) throw errors.commissionChangeRateGTMaxRate.wrap(`max_change_rate ${c.maxChangeRate} is above max_rate ${c.maxRate}`);
  return { rate, maxRate, maxChangeRate };
}

export function decField(s: string, field: string, kind = errors.invalidRequest): bigint {
  if (s.startsWith('-')) throw kind.wrap(`${field} ${s} is negative`);
  try { return parseDec(s, field); } catch { throw kind.wrap(`${field} "${s}" is not a decimal`); }
}

export function assertDelegatorAndValidator(delegator: string, valoper: string) {
  assertAddress(delegator, 'delegator_address');
  assertValoper(valoper, 'validator_address');
}

export const MAX_MONIKER = 70;
export function assertDescription(d: { moniker: string; identity: string; website: string; securityContact: string; details: string } | undefined, creating: boolean) {
  if (!d) throw errors.invalidRequest.wrap('description is missing');
  if (creating && !d.moniker.trim()) throw errors.invalidRequest.wrap('description moniker cannot be blank');
  const limits: [keyof typeof d, number][] = [['moniker', MAX_MONIKER], ['identity', 3000], ['website', 140], ['securityContact', 140], ['details', 280]];
  for (const [k, max] of limits) if (d[k].length > max) throw errors.invalidRequest.wrap(`description ${k} is ${d[k].length} characters, at most ${max}`);
}
