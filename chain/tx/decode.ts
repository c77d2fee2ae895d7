// Decoding a Cosmos SDK TxRaw, refusing anything malformed with tx parse errors that say what is wrong.
import { TxRaw, TxBody, AuthInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { sdk } from '../errors.ts';

export interface DecodedTx {
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  pubkey: Uint8Array | null;
  sequence: bigint;
  signMode: number;
}

function parse<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw sdk.txDecode.wrap(`cannot decode ${what} (${(e as Error).message})`);
  }
}

export function decodeTx(bytes: Uint8Array): DecodedTx {
  if (bytes.length === 0) throw sdk.txDecode.wrap('empty tx');
  const raw = parse('TxRaw', () => TxRaw.decode(bytes));
  const body = parse('TxBody', () => TxBody.decode(raw.bodyBytes));
  const authInfo = parse('AuthInfo', () => AuthInfo.decode(raw.authInfoBytes));
  if (body.messages.length === 0) throw sdk.invalidRequest.wrap('tx has no messages');
  if (authInfo.signerInfos.length === 0 || raw.signatures.length === 0) throw sdk.noSignatures.wrap('tx has no signer');
  if (authInfo.signerInfos.length > 1 || raw.signatures.length > 1) {
    throw sdk.tooManySignatures.wrap(`tx has ${Math.max(authInfo.signerInfos.length, raw.signatures.length)} signatures, NRN accepts one signer per tx`);
  }
  const si = authInfo.signerInfos[0]!;
  let pubkey: Uint8Array | null = null;
  if (si.publicKey) {
    if (si.publicKey.typeUrl !== '/cosmos.crypto.secp256k1.PubKey') {
      throw sdk.invalidPubKey.wrap(`public key type ${si.publicKey.typeUrl} is not supported, use /cosmos.crypto.secp256k1.PubKey`);
    }
    pubkey = parse('secp256k1 public key', () => PubKey.decode(si.publicKey!.value)).key;
    if (pubkey.length !== 33 || (pubkey[0] !== 2 && pubkey[0] !== 3)) throw sdk.invalidPubKey.wrap('secp256k1 public key must be 33 bytes, compressed');
  }
  const signMode = si.modeInfo?.single?.mode ?? SignMode.SIGN_MODE_UNSPECIFIED;
  return { raw, body, authInfo, pubkey, sequence: si.sequence, signMode };
}
