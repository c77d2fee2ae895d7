import { sdk, registerError } from '../../chain/errors.ts';

export const errors = {
  insufficientFunds: sdk.insufficientFunds,
  invalidCoins: sdk.invalidCoins,
  invalidAddress: sdk.invalidAddress,
  sendDisabled: registerError('bank', 2, 'send to this address is not allowed'),
  unknownModule: registerError('bank', 3, 'unknown module account'),
};
