// Decodes a Cosmos SDK TxRaw with the project's registry (client/registry.ts), so NRN's own messages decode as they land.
import { TxRaw, TxBody, AuthInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { toBase64 } from '@cosmjs/encoding';
import { pubkeyToAddress } from '@cosmjs/amino';
import { createRegistry } from '../../../client/registry.ts';

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

const registry = createRegistry();
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
        value = registry.decode(any) as Record<string, unknown>;
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
  const key = PubKey.decode(pk.value).key;
  return pubkeyToAddress({ type: 'tendermint/PubKeySecp256k1', value: toBase64(key) }, BECH32_PREFIX);
}

/** The short name a person reads for a type URL: '/cosmos.bank.v1beta1.MsgSend' → 'MsgSend'. */
export function msgName(typeUrl: string): string {
  return typeUrl.slice(typeUrl.lastIndexOf('.') + 1);
}
