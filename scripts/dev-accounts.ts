// Deterministic development keys (never for real funds): the same label and index always give the same mnemonic.
import { createHash } from 'node:crypto';
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve } from '@cosmjs/crypto';
import { encodeSecp256k1Signature, makeCosmoshubPath } from '@cosmjs/amino';
import { toBech32 } from '@cosmjs/encoding';
import { makeSignBytes } from '@cosmjs/proto-signing';
import type { AccountData, DirectSignResponse, OfflineDirectSigner } from '@cosmjs/proto-signing';
import type { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import secp256k1 from 'secp256k1';
import { SigningStargateClient } from '@cosmjs/stargate';
import type { StdFee } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createRegistry } from '../client/registry.ts';

export interface DevAccount {
  /** Set for accounts derived from a mnemonic (m/44'/118'/0'/0/0, as DirectSecp256k1HdWallet derives). */
  mnemonic?: string;
  address: string;
  wallet: OfflineDirectSigner;
}

/**
 * SIGN_MODE_DIRECT with the native secp256k1 binding: the same deterministic low-S signatures CosmJS's
 * pure-JS signer makes (RFC 6979), about 20× faster, so benchmarks can sign many txs up front.
 */
export class NativeDirectSigner implements OfflineDirectSigner {
  readonly #privkey: Uint8Array;
  readonly #account: AccountData;
  constructor(privkey: Uint8Array) {
    this.#privkey = privkey;
    const pubkey = secp256k1.publicKeyCreate(privkey, true);
    const hash160 = createHash('ripemd160').update(createHash('sha256').update(pubkey).digest()).digest();
    this.#account = { address: toBech32('nrn', hash160), algo: 'secp256k1', pubkey };
  }
  async getAccounts(): Promise<readonly AccountData[]> {
    return [this.#account];
  }
  async signDirect(signerAddress: string, signDoc: SignDoc): Promise<DirectSignResponse> {
    if (signerAddress !== this.#account.address) throw new Error(`this signer holds ${this.#account.address}, not ${signerAddress}`);
    const digest = createHash('sha256').update(makeSignBytes(signDoc)).digest();
    const { signature } = secp256k1.ecdsaSign(digest, this.#privkey);
    return { signed: signDoc, signature: encodeSecp256k1Signature(this.#account.pubkey, signature) };
  }
}

export function devMnemonic(label: string, index: number): string {
  const entropy = createHash('sha256').update(`nrn-dev/${label}/${index}`).digest().subarray(0, 16);
  return Bip39.encode(entropy).toString();
}

export async function devAccount(label: string, index: number): Promise<DevAccount> {
  const mnemonic = devMnemonic(label, index);
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, makeCosmoshubPath(0));
  const wallet = new NativeDirectSigner(privkey);
  const [acct] = await wallet.getAccounts();
  return { mnemonic, address: acct!.address, wallet };
}

/** A key without a mnemonic (no key derivation): cheap enough for hundreds of benchmark senders. */
export async function keyAccount(label: string, index: number): Promise<DevAccount> {
  const wallet = new NativeDirectSigner(createHash('sha256').update(`nrn-dev-key/${label}/${index}`).digest());
  const [acct] = await wallet.getAccounts();
  return { address: acct!.address, wallet };
}

export async function devAccounts(label: string, count: number): Promise<DevAccount[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => devAccount(label, i)));
}

export const BANK_SEND_FEE: StdFee = { amount: [{ denom: 'unrn', amount: '5000' }], gas: '200000' };

export interface PresignOptions {
  from: DevAccount;
  to: string;
  chainId: string;
  accountNumber: number | bigint;
  firstSequence: number;
  count: number;
  amount?: string;
  fee?: StdFee;
}

/** Signs `count` MsgSend txs offline with consecutive sequences, exactly as CosmJS does for sendTokens. */
export async function presignSends(o: PresignOptions): Promise<Uint8Array[]> {
  const client = await SigningStargateClient.offline(o.from.wallet, { registry: createRegistry() });
  const msg = {
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    value: { fromAddress: o.from.address, toAddress: o.to, amount: [{ denom: 'unrn', amount: o.amount ?? '1' }] },
  };
  const out: Uint8Array[] = [];
  for (let i = 0; i < o.count; i++) {
    const raw = await client.sign(o.from.address, [msg], o.fee ?? BANK_SEND_FEE, '', { accountNumber: BigInt(o.accountNumber), sequence: o.firstSequence + i, chainId: o.chainId });
    out.push(TxRaw.encode(raw).finish());
  }
  return out;
}

export function txHashHex(tx: Uint8Array): string {
  return createHash('sha256').update(tx).digest('hex').toUpperCase();
}
