// bridge's message handlers: named guards on state, then writes, then one event per change.
import type { Context, MsgHandler } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import type { AppEvent } from '../../chain/events.ts';
import { msgResponder, pbjsCodec } from '../../chain/module.ts';
import { DENOM } from '../../chain/address.ts';
import { isValidDigestSignature, recoverMessageSigner } from './digest.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { batchDigestOf } from './batches.ts';
import { valsetDigest } from './valset.ts';
import { recordClaim, pinClaimStart, BRIDGE_MODULE } from './claims.ts';
import { settlementDigestOf } from './settlements.ts';
import type { ClaimDeps } from './claims.ts';
import {
  keys, readBatch, readNumber, readConfirm, readEthKey, readParams, readSettlement, readTransfer, readValset, takeNext, writeConfirm, writeEthKey,
  writeTransfer,
} from './state.ts';
import type { EthKey } from './state.ts';
import {
  parseAmount, parseEthAddress, parseSignature, validateBatchExecutedClaim, validateCancel, validateConfirm, validateConfirmSettlement, validateDepositClaim,
  validateRegisterEthKey, validateSendToEth, validateValsetUpdatedClaim,
} from './msgs.ts';
import type {
  MsgBatchExecutedClaim, MsgCancelSendToEth, MsgConfirmBatch, MsgConfirmSettlement, MsgConfirmValset, MsgDepositClaim, MsgRegisterEthKey, MsgSendToEth,
  MsgValsetUpdatedClaim,
} from './msgs.ts';

const pb = nrn.bridge.v1;
export type BridgeDeps = ClaimDeps;

const response = msgResponder('nrn.bridge.v1');

// ---- guards ----------------------------------------------------------------------------------------

function assertBondedOperator(kv: KVReader, deps: BridgeDeps, addr: string) {
  if (!deps.signers.isBonded(kv, addr)) throw errors.notValidator.wrap(`${addr} operates no bonded validator`);
}

function assertEthKey(kv: KVReader, validator: string): EthKey {
  const key = readEthKey(kv, validator);
  if (!key) throw errors.noEthKey.wrap(`${validator} must first bind its orchestrator's Ethereum key with MsgRegisterEthKey`);
  return key;
}

function assertSignedBy(digest: string, signature: string, key: EthKey, what: string) {
  if (!isValidDigestSignature(digest, parseSignature(signature), key.eth_address)) {
    throw errors.invalidSignature.wrap(`signature over ${what} (digest ${digest}) does not recover to ${key.eth_address} with v 27/28 and low s`);
  }
}

// ---- handlers --------------------------------------------------------------------------------------

export function bridgeHandlers(deps: BridgeDeps): MsgHandler[] {
  const { bank } = deps;
  const escrow = () => bank.moduleAddress(BRIDGE_MODULE);
  // Signing and attesting are validators' duties: a bonded validator's confirms and claims carry no fee.
  const feelessForValidator = (ctx: Context, m: { validator: string }) => deps.signers.isBonded(ctx.kv, m.validator);
  /** What confirms and claims share: signed by the validator's operator, fee-free while it is bonded. */
  const validatorDuty = <M extends { validator: string }>(name: string, type: any, validate: (m: M) => void) => ({
    typeUrl: `/nrn.bridge.v1.${name}`,
    codec: pbjsCodec<M>(type),
    signers: (m: M) => [m.validator],
    validate,
    feeless: feelessForValidator,
  });

  const registerEthKey: MsgHandler<MsgRegisterEthKey> = {
    typeUrl: '/nrn.bridge.v1.MsgRegisterEthKey',
    codec: pbjsCodec<MsgRegisterEthKey>(pb.MsgRegisterEthKey),
    signers: (m) => [m.validator],
    validate: validateRegisterEthKey,
    feeless: feelessForValidator,
    async execute(ctx, m) {
      assertBondedOperator(ctx.kv, deps, m.validator);
      const ethAddress = parseEthAddress(m.eth_address, 'eth_address');
      const existing = readEthKey(ctx.kv, m.validator);
      if (existing) throw errors.ethKeyRegistered.wrap(`${m.validator} is bound to ${existing.eth_address}`);
      const owner = ctx.kv.get(keys.ethOwner(ethAddress));
      if (owner) throw errors.ethKeyTaken.wrap(`${ethAddress} is bound to ${new TextDecoder().decode(owner)}`);
      let recovered = '';
      try {
        recovered = recoverMessageSigner(m.validator, m.signature);
      } catch (e) {
        throw errors.invalidSignature.wrap(`signature does not parse (${(e as Error).message})`);
      }
      if (recovered !== ethAddress) throw errors.invalidSignature.wrap(`EIP-191 signature of "${m.validator}" recovers to ${recovered}, not ${ethAddress}`);
      writeEthKey(ctx.kv, pb.EthKey.create({ validator: m.validator, eth_address: ethAddress }));
      ctx.kv.set(keys.ethOwner(ethAddress), new TextEncoder().encode(m.validator));
      pinClaimStart(ctx.kv, m.validator);
      ctx.events.emit(events.ethKeyRegistered(m.validator, ethAddress));
      return response('MsgRegisterEthKeyResponse');
    },
  };

  const sendToEth: MsgHandler<MsgSendToEth> = {
    typeUrl: '/nrn.bridge.v1.MsgSendToEth',
    codec: pbjsCodec<MsgSendToEth>(pb.MsgSendToEth),
    signers: (m) => [m.sender],
    validate: validateSendToEth,
    execute(ctx, m) {
      const amount = parseAmount(m.amount, 'amount');
      const fee = parseAmount(m.bridge_fee, 'bridge_fee', true);
      bank.send(ctx, m.sender, escrow(), [{ denom: DENOM, amount: amount + fee }]);
      const t = pb.OutgoingTransfer.create({
        id: takeNext(ctx.kv, keys.nextTransferId), sender: m.sender, eth_dest: parseEthAddress(m.eth_dest, 'eth_dest'),
        amount: amount.toString(), bridge_fee: fee.toString(), batch_nonce: 0,
      });
      writeTransfer(ctx.kv, t);
      ctx.events.emit(events.sendToEth(t));
      return { typeUrl: '/nrn.bridge.v1.MsgSendToEthResponse', value: pb.MsgSendToEthResponse.encode({ transfer_id: t.id }).finish() };
    },
  };

  const cancelSendToEth: MsgHandler<MsgCancelSendToEth> = {
    typeUrl: '/nrn.bridge.v1.MsgCancelSendToEth',
    codec: pbjsCodec<MsgCancelSendToEth>(pb.MsgCancelSendToEth),
    signers: (m) => [m.sender],
    validate: validateCancel,
    execute(ctx, m) {
      const t = readTransfer(ctx.kv, m.transfer_id);
      if (!t) {
        const issued = m.transfer_id <= readNumber(ctx.kv, keys.nextTransferId);
        if (issued) throw errors.alreadyBatched.wrap(`transfer ${m.transfer_id} is in a batch or already on Ethereum; it can be cancelled only while unbatched`);
        throw errors.unknownTransfer.wrap(`no transfer ${m.transfer_id}`);
      }
      if (t.sender !== m.sender) throw errors.notSender.wrap(`transfer ${t.id} was sent by ${t.sender}`);
      ctx.kv.delete(keys.pool(t.id));
      bank.send(ctx, escrow(), t.sender, [{ denom: DENOM, amount: BigInt(t.amount) + BigInt(t.bridge_fee) }]);
      ctx.events.emit(events.sendToEthCanceled(t));
      return response('MsgCancelSendToEthResponse');
    },
  };

  /**
   * A confirm: a bonded operator with a registered Ethereum key signs a subject the chain asked for (a valset, a
   * batch, a settlement); one signature per validator and subject, checked against that key over its digest.
   * `find` names the subject and says where its confirm goes, or throws when there is no such subject.
   */
  const confirmHandler = <M extends { validator: string; signature: string }>(
    name: string, type: any, validate: (m: M) => void,
    find: (ctx: Context, m: M) => { subject: string; confirmKey: string; digest: (p: ReturnType<typeof readParams>) => string },
    confirmed: (m: M) => AppEvent,
  ): MsgHandler<M> => ({
    ...validatorDuty(name, type, validate),
    async execute(ctx, m) {
      assertBondedOperator(ctx.kv, deps, m.validator);
      const key = assertEthKey(ctx.kv, m.validator);
      const { subject, confirmKey, digest } = find(ctx, m);
      if (readConfirm(ctx.kv, confirmKey)) throw errors.duplicateConfirm.wrap(`${m.validator} already confirmed ${subject}`);
      assertSignedBy(digest(readParams(ctx.kv)), m.signature, key, subject);
      writeConfirm(ctx.kv, confirmKey, pb.Confirm.create({ validator: m.validator, eth_address: key.eth_address, signature: m.signature }));
      ctx.events.emit(confirmed(m));
      return response(`${name}Response`);
    },
  });

  const confirmValset = confirmHandler<MsgConfirmValset>('MsgConfirmValset', pb.MsgConfirmValset, validateConfirm, (ctx, m) => {
    const valset = readValset(ctx.kv, m.nonce);
    if (!valset) throw errors.unknownValset.wrap(`no valset ${m.nonce} was requested`);
    return { subject: `valset ${m.nonce}`, confirmKey: keys.valsetConfirm(m.nonce, m.validator), digest: (p) => valsetDigest(p, valset) };
  }, (m) => events.confirmed('valset', m.nonce, m.validator));

  const confirmBatch = confirmHandler<MsgConfirmBatch>('MsgConfirmBatch', pb.MsgConfirmBatch, validateConfirm, (ctx, m) => {
    const batch = readBatch(ctx.kv, m.nonce);
    if (!batch) throw errors.unknownBatch.wrap(`batch ${m.nonce} is not pending (never made, executed, or cancelled)`);
    return { subject: `batch ${m.nonce}`, confirmKey: keys.batchConfirm(m.nonce, m.validator), digest: (p) => batchDigestOf(p, batch) };
  }, (m) => events.confirmed('batch', m.nonce, m.validator));

  const confirmSettlement = confirmHandler<MsgConfirmSettlement>('MsgConfirmSettlement', pb.MsgConfirmSettlement, validateConfirmSettlement, (ctx, m) => {
    const settlement = readSettlement(ctx.kv, m.group_id, m.nonce);
    if (!settlement) throw errors.unknownSettlement.wrap(`group ${m.group_id} has no settlement ${m.nonce} (never requested, or a newer one replaced it)`);
    return { subject: `settlement ${m.nonce} of group ${m.group_id}`, confirmKey: keys.settlementConfirm(m.group_id, m.nonce, m.validator), digest: (p) => settlementDigestOf(p, settlement) };
  }, (m) => events.settlementConfirmed(m.group_id, m.nonce, m.validator));

  const claimHandler = <M extends { validator: string; event_nonce: number; eth_block_height: number }>(
    name: string, type: any, validate: (m: M) => void, kind: 'deposit' | 'batch_executed' | 'valset_updated', details: (m: M) => Record<string, string | number>,
  ): MsgHandler<M> => ({
    ...validatorDuty(name, type, validate),
    async execute(ctx, m) {
      assertBondedOperator(ctx.kv, deps, m.validator);
      await recordClaim(ctx, { validator: m.validator, event_nonce: m.event_nonce, eth_block_height: m.eth_block_height, kind, details: details(m) });
      return response(`${name}Response`);
    },
  });

  return [
    registerEthKey, sendToEth, cancelSendToEth, confirmValset, confirmBatch, confirmSettlement,
    claimHandler<MsgDepositClaim>('MsgDepositClaim', pb.MsgDepositClaim, validateDepositClaim, 'deposit',
      (m) => ({ eth_sender: m.eth_sender.toLowerCase(), nrn_recipient: m.nrn_recipient, amount: BigInt(m.amount).toString() })),
    claimHandler<MsgBatchExecutedClaim>('MsgBatchExecutedClaim', pb.MsgBatchExecutedClaim, validateBatchExecutedClaim, 'batch_executed',
      (m) => ({ batch_nonce: m.batch_nonce })),
    claimHandler<MsgValsetUpdatedClaim>('MsgValsetUpdatedClaim', pb.MsgValsetUpdatedClaim, validateValsetUpdatedClaim, 'valset_updated',
      (m) => ({ valset_nonce: m.valset_nonce })),
  ];
}
