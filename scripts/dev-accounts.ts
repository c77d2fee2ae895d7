// Deterministic development keys (never for real funds): the same label and index always give the same mnemonic.
import { createHash } from 'node:crypto';
import { Bip39 } from '@cosmjs/crypto';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import type { StdFee } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createRegistry } from '../client/registry.ts';

export interface DevAccount {
  mnemonic: string;
  address: string;
  wallet: DirectSecp256k1HdWallet;
}

export function devMnemonic(label: string, index: number): string {
  const entropy = createHash('sha256').update(`nrn-dev/${label}/${index}`).digest().subarray(0, 16);
  return Bip39.encode(entropy).toString();
}

export async function devAccount(label: string, index: number): Promise<DevAccount> {
  const mnemonic = devMnemonic(label, index);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'nrn' });
  const [acct] = await wallet.getAccounts();
  return { mnemonic, address: acct!.address, wallet };
}

export async function devAccounts(label: string, count: number): Promise<DevAccount[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => devAccount(label, i)));
}

export const BANK_SEND_FEE: StdFee = { amount: [{ denom: 'unrn', amount: '5000' }], gas: '200000' };

export interface PresignOptions {
  from: DevAccount;
  to: string;
  chainId: string;
  accountNumber: number;
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
    const raw = await client.sign(o.from.address, [msg], o.fee ?? BANK_SEND_FEE, '', { accountNumber: o.accountNumber, sequence: o.firstSequence + i, chainId: o.chainId });
    out.push(TxRaw.encode(raw).finish());
  }
  return out;
}

export function txHashHex(tx: Uint8Array): string {
  return createHash('sha256').update(tx).digest('hex').toUpperCase();
}
