// Operator addresses: the account's 20 bytes under the `nrnvaloper` prefix, as the SDK's ValAddress.
import { createHash } from 'node:crypto';
import { toBech32, fromBech32 } from '@cosmjs/encoding';

export const valoperOf = (account: string) => toBech32('nrnvaloper', fromBech32(account, 90).data);
export const accountOfValoper = (valoper: string) => toBech32('nrn', fromBech32(valoper, 90).data);

/** A validator's consensus address (`nrnvalcons1…`): sha256 of its ed25519 key, first 20 bytes, as CometBFT names it. */
export const valconsOfPubkey = (ed25519: Uint8Array) => toBech32('nrnvalcons', createHash('sha256').update(ed25519).digest().subarray(0, 20));
