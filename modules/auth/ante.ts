// The ante handler: what every tx must pass before its messages run, in the Cosmos SDK's order —
// size gas, minimum fee, signer account, public key, sequence, signature, fee deduction, sequence increment.
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import secp256k1 from 'secp256k1';
import type { AnteEnv, AnteHandler, AnteInput, Context } from '../../chain/module.ts';
import { sdk } from '../../chain/errors.ts';
import { event, EventSink } from '../../chain/events.ts';
import { CacheKV, GasKV } from '../../chain/store/kv.ts';
import { bytesEqual } from '../../chain/store/codec.ts';
import { addressFromPubkey, DENOM } from '../../chain/address.ts';
import { requiredFee } from '../../chain/config.ts';
import { signDocDigest } from '../../chain/tx/signdoc.ts';
import { SignatureCache } from '../../chain/tx/sigcache.ts';
import type { AccountsView } from './index.ts';
import type { BankView } from '../bank/index.ts';
import { parseAmount } from '../bank/index.ts';

export const ANTE_GAS = { txSizePerByte: 10, sigVerifySecp256k1: 1000, simulatedSignatureBytes: 110 };
export const MAX_MEMO_CHARS = 256;
export const FEE_COLLECTOR = 'fee_collector';

/** What the ante handler needs of other modules: accounts (auth's own) and bank to take the fee. */
export interface AnteKeepers {
  accounts: AccountsView;
  bank: BankView;
}

/** The chain's ante handler over these keepers (the composition hands it to createApp). */
export function createAnteHandler(keepers: AnteKeepers): AnteHandler {
  return {
    run: (ctx, env, input) => runAnte(ctx, keepers, env, input),
    signingKey(kv, signer, txPubkey) {
      const acct = keepers.accounts.get(kv, signer);
      if (!acct) return undefined;
      const pubkey = acct.pubKey ? acct.pubKey.value.subarray(2) : txPubkey;
      return pubkey ? { accountNumber: acct.accountNumber, pubkey } : undefined;
    },
  };
}

function runAnte(ctx: Context, { accounts, bank }: AnteKeepers, env: AnteEnv, input: AnteInput): void {
  const { tx, signer } = input;
  const { body, authInfo } = tx;
  const simulate = ctx.mode === 'simulate';
  if (body.extensionOptions.length || body.nonCriticalExtensionOptions.length) throw sdk.unknownExtensionOptions.wrap('NRN accepts no tx extension options');
  if (body.memo.length > MAX_MEMO_CHARS) throw sdk.memoTooLarge.wrap(`memo has ${body.memo.length} characters, the maximum is ${MAX_MEMO_CHARS}`);
  if (body.timeoutHeight > 0n && BigInt(ctx.block.height) > body.timeoutHeight) {
    throw sdk.txTimeoutHeight.wrap(`block height ${ctx.block.height} is past the tx's timeout height ${body.timeoutHeight}`);
  }
  const fee = authInfo.fee;
  if (fee?.payer || fee?.granter) throw sdk.invalidRequest.wrap('fee payer and fee granter are not supported: the signer pays the fee');
  const feeCoins = fee?.amount ?? [];
  if (feeCoins.length > 1 || (feeCoins.length === 1 && feeCoins[0]!.denom !== DENOM)) {
    throw sdk.insufficientFee.wrap(`fee must be paid in ${DENOM} only, got ${feeCoins.map((c) => c.amount + c.denom).join(',')}`);
  }
  const feeAmount = feeCoins.length ? parseAmount(feeCoins[0]!.amount, 'fee') : 0n;

  ctx.gas.consume(ANTE_GAS.txSizePerByte * (input.tx.raw.bodyBytes.length + input.tx.raw.authInfoBytes.length + 64 + (simulate ? ANTE_GAS.simulatedSignatureBytes : 0)), 'txSize');

  if (ctx.mode === 'check' && !input.recheck && !input.feeless) {
    const gasLimit = fee?.gasLimit ?? 0n;
    const required = requiredFee(env.minGasPrice, gasLimit);
    if (feeAmount < required) {
      throw sdk.insufficientFee.wrap(`insufficient fees; got: ${feeAmount}${DENOM} required: ${required}${DENOM} (gas ${gasLimit} × minimum gas price)`);
    }
  }

  const acct = accounts.get(ctx.kv, signer);
  if (!acct) throw sdk.unknownAddress.wrap(`account ${signer} does not exist: it needs to receive tokens first`);

  let pubkey = tx.pubkey;
  if (acct.pubKey) {
    const stored = acct.pubKey.value.subarray(2); // PubKey{key} proto: tag, length, 33 bytes
    if (pubkey && !bytesEqual(stored, pubkey)) throw sdk.invalidPubKey.wrap(`public key does not match the one on record for ${signer}`);
    pubkey = stored;
  } else {
    if (!pubkey) throw sdk.invalidPubKey.wrap(`${signer} has no public key on record; the tx must carry it`);
    // Checked only here: a key equal to the one on record is already known to be on the curve.
    if (!secp256k1.publicKeyVerify(pubkey)) throw sdk.invalidPubKey.wrap('secp256k1 public key is not a point on the curve');
    if (addressFromPubkey(pubkey) !== signer) throw sdk.invalidPubKey.wrap(`public key belongs to ${addressFromPubkey(pubkey)}, not to the signer ${signer}`);
  }

  if (tx.sequence !== acct.sequence) {
    throw sdk.wrongSequence.wrap(`account sequence mismatch, expected ${acct.sequence}, got ${tx.sequence}`);
  }

  ctx.gas.consume(ANTE_GAS.sigVerifySecp256k1, 'ante verify: secp256k1');
  if (!simulate && !input.recheck) {
    if (tx.signMode !== SignMode.SIGN_MODE_DIRECT) throw sdk.unauthorized.wrap(`sign mode ${tx.signMode} is not supported, use SIGN_MODE_DIRECT`);
    const binding = SignatureCache.binding(acct.accountNumber, pubkey);
    // A cached verdict covers these exact bytes under this account number and key (CheckTx precheck or an earlier check).
    if (!env.sigCache.verified(input.txHash, binding)) {
      const digest = signDocDigest(tx.raw.bodyBytes, tx.raw.authInfoBytes, env.chainId, acct.accountNumber);
      const sig = tx.raw.signatures[0]!;
      let valid = false;
      try {
        valid = sig.length === 64 && secp256k1.ecdsaVerify(sig, digest, pubkey);
      } catch {
        valid = false; // r or s outside the curve order: unparseable, so simply not a valid signature
      }
      if (!valid) {
        throw sdk.unauthorized.wrap(`signature verification failed; please verify account number (${acct.accountNumber}), sequence (${acct.sequence}) and chain-id (${env.chainId})`);
      }
      if (ctx.mode === 'check') env.sigCache.remember(input.txHash, binding);
    }
  }

  if (feeAmount > 0n) {
    bank.send(ctx, signer, bank.moduleAddress(FEE_COLLECTOR), [{ denom: DENOM, amount: feeAmount }]);
  } else if (simulate) {
    // Charge what paying a fee would cost, so "auto" gas estimates cover the real deduction: metered like the real
    // send, written to a branch that is dropped, its events kept nowhere (the simulated tx must not move 1 unrn).
    const probe = { ...ctx, kv: new GasKV(new CacheKV(ctx.kv instanceof GasKV ? ctx.kv.inner : ctx.kv), ctx.gas), events: new EventSink(false) };
    try { bank.send(probe, signer, bank.moduleAddress(FEE_COLLECTOR), [{ denom: DENOM, amount: 1n }]); } catch { /* only the gas matters */ }
  }
  if (ctx.events.keep) ctx.events.emit(event('tx', { fee: `${feeAmount}${DENOM}`, fee_payer: signer }));

  if (!acct.pubKey) {
    acct.pubKey = { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: Uint8Array.of(0x0a, 33, ...pubkey) };
  }
  acct.sequence += 1n;
  accounts.set(ctx.kv, acct);
  if (ctx.events.keep) {
    ctx.events.emit(event('tx', { acc_seq: `${signer}/${tx.sequence}` }));
    ctx.events.emit(event('tx', { signature: Buffer.from(tx.raw.signatures[0] ?? new Uint8Array()).toString('base64') }));
  }
}
