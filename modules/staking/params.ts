// Staking, distribution and slashing parameters; fractions are decimals with 18 places held as integer atomics.
import { sdk } from '../../chain/errors.ts';

export const DEC_ONE = 10n ** 18n;

export interface StakingParams {
  /** How long undelegated tokens wait before returning, in seconds of block time. */
  unbonding_time_s: number;
  max_validators: number;
  /** Smallest self-bond a new validator may put up, in bond_denom. */
  min_self_bond: string;
  /** Tokens per unit of CometBFT voting power. */
  power_reduction: string;
  bond_denom: string;
  signed_blocks_window: number;
  min_signed_per_window: string;
  downtime_jail_duration_s: number;
  double_sign_jail_duration_s: number;
  slash_fraction_double_sign: string;
  slash_fraction_downtime: string;
}

export const defaultParams = (): StakingParams => ({
  unbonding_time_s: 21 * 24 * 3600,
  max_validators: 100,
  min_self_bond: '1000000',
  power_reduction: '1000000',
  bond_denom: 'unrn',
  signed_blocks_window: 100,
  min_signed_per_window: '0.5',
  downtime_jail_duration_s: 600,
  double_sign_jail_duration_s: 3600,
  slash_fraction_double_sign: '0.05',
  slash_fraction_downtime: '0.01',
});

/**
 * A decimal as 18-place atomics. The wire form of the SDK's LegacyDec is the atomics themselves
 * ("100000000000000000" = 0.1); a string with a point is read as the human form.
 */
export function parseDec(s: string, field: string): bigint {
  if (/^\d+$/.test(s)) return BigInt(s);
  const m = /^(\d+)\.(\d{1,18})$/.exec(s);
  if (!m) throw sdk.invalidRequest.wrap(`${field} "${s}" is not a decimal`);
  return BigInt(m[1]!) * DEC_ONE + BigInt(m[2]!.padEnd(18, '0'));
}

/** Numeric view of the params, for consensus code. */
export interface Params {
  unbondingMs: number;
  maxValidators: number;
  minSelfBond: bigint;
  powerReduction: bigint;
  bondDenom: string;
  signedBlocksWindow: number;
  minSignedPerWindow: bigint;
  downtimeJailMs: number;
  doubleSignJailMs: number;
  slashFractionDoubleSign: bigint;
  slashFractionDowntime: bigint;
}

export function toParams(p: StakingParams): Params {
  return {
    unbondingMs: p.unbonding_time_s * 1000,
    maxValidators: p.max_validators,
    minSelfBond: BigInt(p.min_self_bond),
    powerReduction: BigInt(p.power_reduction),
    bondDenom: p.bond_denom,
    signedBlocksWindow: p.signed_blocks_window,
    minSignedPerWindow: parseDec(p.min_signed_per_window, 'min_signed_per_window'),
    downtimeJailMs: p.downtime_jail_duration_s * 1000,
    doubleSignJailMs: p.double_sign_jail_duration_s * 1000,
    slashFractionDoubleSign: parseDec(p.slash_fraction_double_sign, 'slash_fraction_double_sign'),
    slashFractionDowntime: parseDec(p.slash_fraction_downtime, 'slash_fraction_downtime'),
  };
}

export function validateParams(p: StakingParams) {
  const posInt = (v: number, k: string) => { if (!Number.isSafeInteger(v) || v <= 0) throw new Error(`staking params: ${k} must be a positive integer, got ${v}`); };
  posInt(p.unbonding_time_s, 'unbonding_time_s');
  posInt(p.max_validators, 'max_validators');
  posInt(p.signed_blocks_window, 'signed_blocks_window');
  posInt(p.downtime_jail_duration_s, 'downtime_jail_duration_s');
  posInt(p.double_sign_jail_duration_s, 'double_sign_jail_duration_s');
  for (const k of ['min_self_bond', 'power_reduction'] as const) if (!/^[1-9]\d*$/.test(p[k])) throw new Error(`staking params: ${k} must be a positive integer string, got "${p[k]}"`);
  if (!/^[a-z][a-z0-9/]{2,127}$/.test(p.bond_denom)) throw new Error(`staking params: bond_denom "${p.bond_denom}" is not a denom`);
  for (const k of ['min_signed_per_window', 'slash_fraction_double_sign', 'slash_fraction_downtime'] as const) {
    const v = parseDec(p[k], k);
    if (v > DEC_ONE) throw new Error(`staking params: ${k} must be between 0 and 1, got ${p[k]}`);
  }
}
