// Hand-crafted Cosmos SDK txs (TxRaw bytes) for end-to-end tests, so each field can be set to a bad value
// that CosmJS's own builders would refuse to produce.
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { fromBase64 } from '@cosmjs/encoding';
import { encodePubkey, makeAuthInfoBytes, makeSignDoc } from '@cosmjs/proto-signing';
import type { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';

export interface Signer {
  wallet: DirectSecp256k1HdWallet;
  address: string;
}

export interface TxSpec {
  signer: Signer;
  /** Who actually signs; defaults to `signer` (a different one makes a signature by another key). */
  signingKey?: Signer;
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  msgs: Any[];
  fee?: { amount: Coin[]; gasLimit: bigint };
  memo?: string;
  timeoutHeight?: bigint;
  /** The compressed public key put in the signer info; defaults to the signer's own. */
  pubkey?: Uint8Array;
}

export const DEFAULT_FEE = { amount: [{ denom: 'unrn', amount: '5000' }], gasLimit: 200_000n };

export function msgSendAny(from: string, to: string, amount: Coin[]): Any {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: from, toAddress: to, amount }).finish() };
}

async function pubkeyOf(s: Signer): Promise<Uint8Array> {
  const accts = await s.wallet.getAccounts();
  const a = accts.find((x) => x.address === s.address);
  if (!a) throw new Error(`wallet holds no key for ${s.address}`);
  return a.pubkey;
}

/** Builds and signs (SIGN_MODE_DIRECT) a tx as CosmJS would, with every field under the caller's control. */
export async function buildTx(spec: TxSpec): Promise<{ raw: TxRaw; bytes: Uint8Array }> {
  const fee = spec.fee ?? DEFAULT_FEE;
  const bodyBytes = TxBody.encode(TxBody.fromPartial({
    messages: spec.msgs, memo: spec.memo ?? '', timeoutHeight: spec.timeoutHeight ?? 0n,
  })).finish();
  const pubkey = encodePubkey(encodeSecp256k1Pubkey(spec.pubkey ?? (await pubkeyOf(spec.signer))));
  const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: spec.sequence }], fee.amount, Number(fee.gasLimit), undefined, undefined);
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, spec.chainId, Number(spec.accountNumber));
  const key = spec.signingKey ?? spec.signer;
  const { signature } = await key.wallet.signDirect(key.address, signDoc);
  const raw = TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] });
  return { raw, bytes: TxRaw.encode(raw).finish() };
}

export interface BroadcastResult {
  /** Set when CheckTx answered; absent when CometBFT refused the tx itself (see rpcError). */
  code?: number;
  codespace?: string;
  log?: string;
  hash?: string;
  rpcError?: { code: number; message: string; data?: string };
}

/** CometBFT RPC broadcast_tx_sync: returns CheckTx's verdict (or CometBFT's own refusal). */
export async function broadcastTxSync(rpc: string, tx: Uint8Array): Promise<BroadcastResult> {
  const res = await fetch(rpc, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }),
  });
  const j = (await res.json()) as { result?: { code: number; codespace: string; log: string; hash: string }; error?: BroadcastResult['rpcError'] };
  if (j.error) return { rpcError: j.error };
  const r = j.result!;
  return { code: r.code, codespace: r.codespace, log: r.log, hash: r.hash };
}

/** Waits for a tx to be committed (CometBFT /tx by hash) and returns its height and DeliverTx code. */
export async function waitForTx(rpc: string, hashHex: string, timeoutMs = 20_000): Promise<{ height: number; code: number; log: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${rpc}/tx?hash=0x${hashHex}`);
    const j = (await res.json()) as { result?: { height: string; tx_result: { code: number; log: string } } };
    if (j.result) return { height: Number(j.result.height), code: j.result.tx_result.code, log: j.result.tx_result.log };
    if (Date.now() > deadline) throw new Error(`tx ${hashHex} not committed within ${timeoutMs} ms`);
    // CometBFT's HTTP RPC has no push for a single tx; poll at a fraction of the block time.
    await new Promise((r) => setTimeout(r, 50));
  }
}
