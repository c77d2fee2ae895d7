// Decodes a Cosmos SDK TxRaw with the types the chain routes (client/chain-types.ts), so NRN's own messages decode
// as they land. It leaves out CosmJS's signing stack and default registry, which would triple the bundle.
import { TxRaw, TxBody, AuthInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { toBech32 } from '@cosmjs/encoding';
import { ripemd160 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { chainMsgTypes } from '../../../client/chain-types.ts';

export interface DecodedMsg {
  typeUrl: string;
  /** The message's fields, or undefined when the registry does not know the type. */
  value: Record<string, unknown> | undefined;
  raw: Uint8Array;
}

export interface DecodedTx {
  msgs: DecodedMsg[];
  memo: string;
  fee: { denom: string; amount: string }[];
  gasLimit: string;
  signers: { address: string; sequence: string }[];
}

const BECH32_PREFIX = 'nrn';

/** @example const { msgs } = decodeTx(block.txs[0].bytes); */
export function decodeTx(bytes: Uint8Array): DecodedTx {
  const raw = TxRaw.decode(bytes);
  const body = TxBody.decode(raw.bodyBytes);
  const auth = AuthInfo.decode(raw.authInfoBytes);
  return {
    msgs: body.messages.map((any) => {
      let value: Record<string, unknown> | undefined;
      try {
        value = chainMsgTypes.get(any.typeUrl)?.decode(any.value) as Record<string, unknown> | undefined;
      } catch {
        value = undefined;
      }
      return { typeUrl: any.typeUrl, value, raw: any.value };
    }),
    memo: body.memo,
    fee: (auth.fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
    gasLimit: String(auth.fee?.gasLimit ?? 0n),
    signers: auth.signerInfos.map((s) => ({ address: signerAddress(s.publicKey), sequence: String(s.sequence) })),
  };
}

function signerAddress(pk: { typeUrl: string; value: Uint8Array } | undefined): string {
  if (!pk || pk.typeUrl !== '/cosmos.crypto.secp256k1.PubKey') return '';
  // A secp256k1 account address: ripemd160(sha256(compressed key)), as the SDK and CosmJS derive it.
  return toBech32(BECH32_PREFIX, ripemd160(sha256(PubKey.decode(pk.value).key)));
}

/** The short name a person reads for a type URL: '/cosmos.bank.v1beta1.MsgSend' → 'MsgSend'. */
export function msgName(typeUrl: string): string {
  return typeUrl.slice(typeUrl.lastIndexOf('.') + 1);
}
