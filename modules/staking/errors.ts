// Staking, distribution and slashing errors, with the Cosmos SDK's codespaces and codes where it has the same error.
import { sdk, registerError } from '../../chain/errors.ts';

export const errors = {
  invalidAddress: sdk.invalidAddress,
  invalidRequest: sdk.invalidRequest,
  insufficientFunds: sdk.insufficientFunds,
  unauthorized: sdk.unauthorized,
  invalidPubKey: sdk.invalidPubKey,
  noValidator: registerError('staking', 3, 'validator does not exist'),
  validatorExists: registerError('staking', 4, 'validator already exist for this operator address; must use new validator operator address'),
  pubkeyExists: registerError('staking', 5, 'validator already exist for this pubkey; must use new validator pubkey'),
  validatorJailed: registerError('staking', 6, 'validator for this address is currently jailed'),
  commissionNegative: registerError('staking', 8, 'commission must be positive'),
  commissionHuge: registerError('staking', 9, 'commission cannot be more than 100%'),
  commissionGTMaxRate: registerError('staking', 10, 'commission cannot be more than the max rate'),
  commissionUpdateTime: registerError('staking', 11, 'commission cannot be changed more than once in 24h'),
  commissionChangeRateGTMaxRate: registerError('staking', 13, 'commission change rate cannot be more than the max rate'),
  commissionGTMaxChangeRate: registerError('staking', 14, 'commission cannot be changed more than max change rate'),
  selfBondBelowMinimum: registerError('staking', 15, "validator's self delegation must be greater than their minimum self delegation"),
  noDelegation: registerError('staking', 19, 'no delegation for (address, validator) tuple'),
  insufficientShares: registerError('staking', 22, 'insufficient delegation shares'),
  badDenom: registerError('staking', 25, 'invalid coin denomination'),
  selfRedelegation: registerError('staking', 32, 'cannot redelegate to the same validator'),
  badAmount: registerError('staking', 36, 'invalid delegation amount'),
  noUnbonding: registerError('staking', 26, 'no unbonding delegation found'),
  noRedelegation: registerError('staking', 28, 'no redelegation found'),
  // The SDK's code 32; ours is 31 because 32 already names self-redelegation here.
  transitiveRedelegation: registerError('staking', 31, 'redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation'),
  maxRedelegationEntries: registerError('staking', 33, 'too many redelegation entries for (delegator, src-validator, dst-validator) tuple'),
  // slashing
  notJailed: registerError('slashing', 5, 'validator not jailed; cannot be unjailed'),
  stillJailed: registerError('slashing', 4, 'validator still jailed; cannot be unjailed'),
  noSelfDelegation: registerError('slashing', 6, 'validator has no self-delegation; cannot be unjailed'),
  noValidatorForAddress: registerError('slashing', 2, 'address is not associated with any known validator'),
  noSigningInfo: registerError('slashing', 8, 'no validator signing info found'),
  // distribution
  noDelegationRewards: registerError('distribution', 6, 'delegation does not exist'),
  noValidatorExists: registerError('distribution', 12, 'validator does not exist'),
};
