import { sdk } from '../../chain/errors.ts';
// auth reuses the SDK's root errors (unknown address, wrong sequence, bad signature) so CosmJS users see familiar codes.
export const errors = { unknownAddress: sdk.unknownAddress, wrongSequence: sdk.wrongSequence, unauthorized: sdk.unauthorized, invalidPubKey: sdk.invalidPubKey };
