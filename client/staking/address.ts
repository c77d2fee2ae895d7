// Operator addresses: the account's 20 bytes under the `nrnvaloper` prefix, as the SDK's ValAddress.
import { toBech32, fromBech32 } from '@cosmjs/encoding';

export const valoperOf = (account: string) => toBech32('nrnvaloper', fromBech32(account, 90).data);
export const accountOfValoper = (valoper: string) => toBech32('nrn', fromBech32(valoper, 90).data);
