// Stateless checks of bridge's messages (ValidateBasic): addresses, amounts, signatures' shape, nonces.
import { assertAddress } from '../../chain/address.ts';
import { parseUint } from '../../chain/amount.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { checksumAddress, isEthAddress, ZERO_ADDRESS } from './digest.ts';
import type { BridgeSignature } from './digest.ts';
import { errors } from './errors.ts';

const pb = nrn.bridge.v1;
export type MsgRegisterEthKey = InstanceType<typeof pb.MsgRegisterEthKey>;
export type MsgSendToEth = InstanceType<typeof pb.MsgSendToEth>;
export type MsgCancelSendToEth = InstanceType<typeof pb.MsgCancelSendToEth>;
export type MsgConfirmValset = InstanceType<typeof pb.MsgConfirmValset>;
export type MsgConfirmBatch = InstanceType<typeof pb.MsgConfirmBatch>;
export type MsgConfirmSettlement = InstanceType<typeof pb.MsgConfirmSettlement>;
export type MsgDepositClaim = InstanceType<typeof pb.MsgDepositClaim>;
export type MsgBatchExecutedClaim = InstanceType<typeof pb.MsgBatchExecutedClaim>;
export type MsgValsetUpdatedClaim = InstanceType<typeof pb.MsgValsetUpdatedClaim>;

const SIG_HEX = /^0x[0-9a-fA-F]{130}$/;
// 2^128 - 1 fits NRNBridge's uint256 amounts with room for sums; far above any real supply.
const MAX_AMOUNT = (1n << 128n) - 1n;

/** A checksummed, non-zero Ethereum address. */
export function parseEthAddress(value: string, field: string): string {
  if (!isEthAddress(value) || !/^0x[0-9a-fA-F]{40}$/.test(value)) throw errors.invalidEthAddress.wrap(`${field} "${value}" is not a 0x-prefixed 20-byte hex address`);
  const checksummed = checksumAddress(value);
  if (checksummed === ZERO_ADDRESS) throw errors.invalidEthAddress.wrap(`${field} is the zero address (a mint to it would revert and hold the batch)`);
  return checksummed;
}

export function parseAmount(value: string, field: string, allowZero = false): bigint {
  return parseUint(value, {
    max: MAX_AMOUNT, allowZero, maxDigits: 39,
    refuse: (problem) => errors.invalidAmount.wrap({
      malformed: `${field} "${value}" must be an unsigned decimal integer of unrn`,
      zero: `${field} must be positive`,
      'too large': `${field} ${value} exceeds 2^128-1`,
    }[problem]),
  });
}

/** 0x r ‖ s ‖ v (65 bytes) → the contract's Signature struct. */
export function parseSignature(value: string, field = 'signature'): BridgeSignature {
  if (!SIG_HEX.test(value)) throw errors.invalidSignature.wrap(`${field} must be 0x followed by 130 hex characters (r ‖ s ‖ v), got ${value.length} characters`);
  return { r: `0x${value.slice(2, 66)}`, s: `0x${value.slice(66, 130)}`, v: parseInt(value.slice(130, 132), 16) };
}

/** A signature as confirms carry it (`r ‖ s ‖ v`, 0x + 130 hex): NRNBridge's own packed form, the inverse of parseSignature. */
export { packSignature as formatSignature } from './digest.ts';

function assertNonce(n: number, field: string) {
  if (!Number.isSafeInteger(n) || n <= 0) throw errors.invalidNonce.wrap(`${field} must be a positive integer, got ${n}`);
}

export function validateRegisterEthKey(m: MsgRegisterEthKey) {
  assertAddress(m.validator, 'validator');
  parseEthAddress(m.eth_address, 'eth_address');
  if (!SIG_HEX.test(m.signature)) throw errors.invalidSignature.wrap('signature must be 0x followed by 130 hex characters (an EIP-191 signature of the validator address)');
}

export function validateSendToEth(m: MsgSendToEth) {
  assertAddress(m.sender, 'sender');
  parseEthAddress(m.eth_dest, 'eth_dest');
  parseAmount(m.amount, 'amount');
  parseAmount(m.bridge_fee, 'bridge_fee', true);
}

export function validateCancel(m: MsgCancelSendToEth) {
  assertAddress(m.sender, 'sender');
  assertNonce(m.transfer_id, 'transfer_id');
}

export function validateConfirm(m: MsgConfirmValset | MsgConfirmBatch) {
  assertAddress(m.validator, 'validator');
  assertNonce(m.nonce, 'nonce');
  parseSignature(m.signature);
}

export function validateConfirmSettlement(m: MsgConfirmSettlement) {
  assertAddress(m.validator, 'validator');
  assertNonce(m.group_id, 'group_id');
  assertNonce(m.nonce, 'nonce');
  parseSignature(m.signature);
}

function validateClaimCommon(m: { validator: string; event_nonce: number; eth_block_height: number }) {
  assertAddress(m.validator, 'validator');
  assertNonce(m.event_nonce, 'event_nonce');
  assertNonce(m.eth_block_height, 'eth_block_height');
}

export function validateDepositClaim(m: MsgDepositClaim) {
  validateClaimCommon(m);
  if (!/^0x[0-9a-fA-F]{40}$/.test(m.eth_sender)) throw errors.invalidEthAddress.wrap(`eth_sender "${m.eth_sender}" is not a 20-byte hex address`);
  // The recipient is not checked here: NRNBridge already refused what the chain cannot decode, and a refused claim would stall the nonce chain.
  if (m.nrn_recipient.length > 128) throw errors.invalidRecipient.wrap('nrn_recipient is longer than any bech32 address');
  parseAmount(m.amount, 'amount');
}

export function validateBatchExecutedClaim(m: MsgBatchExecutedClaim) {
  validateClaimCommon(m);
  assertNonce(m.batch_nonce, 'batch_nonce');
}

export function validateValsetUpdatedClaim(m: MsgValsetUpdatedClaim) {
  validateClaimCommon(m);
  assertNonce(m.valset_nonce, 'valset_nonce');
}
