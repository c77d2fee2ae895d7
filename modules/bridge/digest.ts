// What the chain and NRNBridge agree on byte for byte: the digests validators sign (valset checkpoint, batch,
// settlement), the EIP-191 hashes over them, and the secp256k1 checks the contract applies. keccak-256 from
// @noble/hashes and secp256k1 from @noble/curves: consensus code carries no ethers. contracts/hash.ts re-exports these
// for the orchestrator, relayer and Solidity tests; contracts/digest.test.ts holds them equal to ethers' on vectors.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';

/** NRNBridge.MAX_VALIDATORS: the chain must send at most this many signers (the top ones by power). */
export const MAX_VALIDATORS = 250;
/** Powers travel as uint64; CometBFT's voting powers (at most 2^63/8 in total) always fit. */
export const MAX_POWER = (1n << 64n) - 1n;

/** Solidity's `bytes32("…")`: the UTF-8 bytes, zero-padded on the right (at most 31, as ethers' encodeBytes32String). */
function bytes32String(text: string): string {
  const bytes = utf8ToBytes(text);
  if (bytes.length > 31) throw new RangeError(`"${text}" is longer than 31 bytes`);
  return hex(concatBytes(bytes, new Uint8Array(32 - bytes.length)));
}

export const VALSET_TAG = bytes32String('checkpoint');
export const BATCH_TAG = bytes32String('transactionBatch');
export const SETTLEMENT_TAG = bytes32String('settlement');
export const ZERO_HASH = hex(new Uint8Array(32));

const SECP256K1_HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/** What makes a signature valid for one deployment only. */
export interface BridgeDomain {
  /** bytes32 chosen at deployment (0x-hex), unique per bridge. */
  bridgeId: string;
  /** The Ethereum chain id (block.chainid) the bridge lives on. */
  chainId: bigint;
}

/** A signer set: validators sorted by descending power, raw (unnormalised) CometBFT powers. */
export interface Valset {
  validators: string[];
  powers: bigint[];
  nonce: bigint;
}

export interface OutgoingBatch {
  amounts: bigint[];
  destinations: string[];
  fees: bigint[];
  batchNonce: bigint;
  /** Ethereum block height from which the batch can no longer execute. */
  batchTimeout: bigint;
}

export interface SettlementRecord {
  groupId: bigint;
  trainingSetVersion: string;
  checkpointCid: string;
  /** Strictly increasing per group. */
  settlementNonce: bigint;
}

/** A secp256k1 signature; in an aligned list, v = 0 marks a validator that did not sign. */
export interface BridgeSignature {
  v: number;
  r: string;
  s: string;
}

// ---- bytes and hex ---------------------------------------------------------------------------------

function hex(bytes: Uint8Array): string {
  return `0x${bytesToHex(bytes)}`;
}

/** 0x-hex (either case) → bytes; anything else is refused, as ethers' getBytes refuses it. */
function bytesOf(value: string): Uint8Array {
  if (!/^0x([0-9a-fA-F]{2})*$/.test(value)) throw new TypeError(`"${value}" is not 0x-prefixed hex of whole bytes`);
  return hexToBytes(value.slice(2));
}

export function keccak256(data: Uint8Array): string {
  return hex(keccak_256(data));
}

/** `value` as a big-endian unsigned integer of `width` bytes; a negative or wider value is refused. */
function uintBytes(value: bigint, width: number): Uint8Array {
  if (value < 0n || value >> BigInt(8 * width) !== 0n) throw new RangeError(`${value} does not fit ${width} unsigned bytes`);
  const out = new Uint8Array(width);
  for (let i = width - 1, v = value; i >= 0; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

/** The 0x-hex of several 0x-hex values one after another. */
export const concatHex = (parts: readonly string[]): string => hex(concatBytes(...parts.map(bytesOf)));

// ---- Ethereum addresses ----------------------------------------------------------------------------

/**
 * The EIP-55 checksummed form of a 20-byte hex address (with or without 0x). A mixed-case address must already
 * carry a right checksum, as ethers' getAddress requires.
 */
export function checksumAddress(address: string): string {
  if (!/^(0x)?[0-9a-fA-F]{40}$/.test(address)) throw new TypeError(`"${address}" is not a 20-byte hex address`);
  const lower = address.slice(-40).toLowerCase();
  const hash = keccak_256(utf8ToBytes(lower));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x08 ? lower[i]!.toUpperCase() : lower[i]!;
  const given = address.startsWith('0x') ? address : `0x${address}`;
  if (/[A-F]/.test(given) && /[a-f]/.test(given.slice(2)) && given !== out) throw new TypeError(`"${address}" has a bad EIP-55 checksum`);
  return out;
}

export function isEthAddress(value: string): boolean {
  try {
    checksumAddress(value);
    return true;
  } catch {
    return false;
  }
}

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000';

const addressOfPublicKey = (uncompressed: Uint8Array) => checksumAddress(bytesToHex(keccak_256(uncompressed.subarray(1)).subarray(12)));

// ---- the digests NRNBridge checks --------------------------------------------------------------------

/** A bridge id from a human-readable name, e.g. `bridgeIdFromName('nrn-1/mainnet')`. */
export function bridgeIdFromName(name: string): string {
  return keccak256(utf8ToBytes(name));
}

/** A member's power as NRNBridge reads it: 8 bytes, uint64. */
export function powerHex(power: bigint): string {
  if (power < 0n || power > MAX_POWER) throw new RangeError(`power ${power} does not fit NRNBridge's uint64`);
  return hex(uintBytes(power, 8));
}

/** The set as NRNBridge takes it: `address (20 bytes) ‖ uint64 power (8 bytes)` per member, in the set's order. */
export function packMembers(valset: Valset): string {
  if (valset.validators.length !== valset.powers.length) {
    throw new RangeError(`${valset.validators.length} validators but ${valset.powers.length} powers`);
  }
  return concatHex(valset.validators.flatMap((validator, i) => [checksumAddress(validator), powerHex(valset.powers[i]!)]));
}

/** keccak256(bridgeId ‖ "checkpoint" ‖ uint256 chainId ‖ uint256 nonce ‖ packMembers(valset)) */
export function valsetCheckpoint(domain: BridgeDomain, valset: Valset): string {
  return keccak256(concatBytes(
    bytesOf(domain.bridgeId), bytesOf(VALSET_TAG), uintBytes(domain.chainId, 32), uintBytes(valset.nonce, 32), bytesOf(packMembers(valset)),
  ));
}

// abi.encode of the few types the digests use: a head of 32-byte words, dynamic values after it behind offsets.
type AbiPart = { head: Uint8Array } | { tail: Uint8Array };
const abiUint = (value: bigint, bits: number): AbiPart => {
  if (value >> BigInt(bits) !== 0n) throw new RangeError(`${value} does not fit uint${bits}`);
  return { head: uintBytes(value, 32) };
};
const abiBytes32 = (value: string): AbiPart => {
  const bytes = bytesOf(value);
  if (bytes.length !== 32) throw new RangeError(`${value} is not 32 bytes`);
  return { head: bytes };
};
const word = (value: bigint) => uintBytes(value, 32);
const addressWord = (address: string) => concatBytes(new Uint8Array(12), bytesOf(checksumAddress(address)));
const abiUintArray = (values: readonly bigint[]): AbiPart => ({ tail: concatBytes(word(BigInt(values.length)), ...values.map(word)) });
const abiAddressArray = (values: readonly string[]): AbiPart => ({ tail: concatBytes(word(BigInt(values.length)), ...values.map(addressWord)) });
const abiString = (value: string): AbiPart => {
  const bytes = utf8ToBytes(value);
  return { tail: concatBytes(word(BigInt(bytes.length)), bytes, new Uint8Array((32 - (bytes.length % 32)) % 32)) };
};

function abiEncode(parts: readonly AbiPart[]): Uint8Array {
  const heads: Uint8Array[] = [];
  const tails: Uint8Array[] = [];
  let offset = 32 * parts.length;
  for (const part of parts) {
    if ('head' in part) {
      heads.push(part.head);
    } else {
      heads.push(word(BigInt(offset)));
      tails.push(part.tail);
      offset += part.tail.length;
    }
  }
  return concatBytes(...heads, ...tails);
}

/** keccak256(abi.encode(bridgeId, "transactionBatch", chainId, batchNonce, batchTimeout, amounts, destinations, fees)) */
export function batchDigest(domain: BridgeDomain, batch: OutgoingBatch): string {
  return keccak256(abiEncode([
    abiBytes32(domain.bridgeId), abiBytes32(BATCH_TAG), abiUint(domain.chainId, 256), abiUint(batch.batchNonce, 64), abiUint(batch.batchTimeout, 64),
    abiUintArray(batch.amounts), abiAddressArray(batch.destinations), abiUintArray(batch.fees),
  ]));
}

/** keccak256(abi.encode(bridgeId, "settlement", chainId, groupId, settlementNonce, trainingSetVersion, checkpointCid)) */
export function settlementDigest(domain: BridgeDomain, settlement: SettlementRecord): string {
  return keccak256(abiEncode([
    abiBytes32(domain.bridgeId), abiBytes32(SETTLEMENT_TAG), abiUint(domain.chainId, 256), abiUint(settlement.groupId, 64),
    abiUint(settlement.settlementNonce, 64), abiBytes32(settlement.trainingSetVersion), abiString(settlement.checkpointCid),
  ]));
}

// ---- signatures ------------------------------------------------------------------------------------

/** EIP-191 personal-sign hash: keccak256("\x19Ethereum Signed Message:\n" ‖ length in decimal ‖ message). */
function personalMessageHash(message: Uint8Array): Uint8Array {
  return keccak_256(concatBytes(utf8ToBytes(`\x19Ethereum Signed Message:\n${message.length}`), message));
}

/** EIP-191 personal-sign hash of a 32-byte digest: keccak256("\x19Ethereum Signed Message:\n32" ‖ digest). */
export function ethSignedDigest(digest: string): string {
  return hex(personalMessageHash(bytesOf(digest)));
}

/** The address whose key made `signature` (v 27/28) over the 32-byte `hash`; throws when nothing recovers. */
function recoverAddress(hash: Uint8Array, r: bigint, s: bigint, v: number): string {
  const point = new secp256k1.Signature(r, s, v - 27).recoverPublicKey(hash);
  return addressOfPublicKey(point.toBytes(false));
}

/** The check NRNBridge applies to one signature: v 27 or 28, low s, recovers to `signer`. */
export function isValidDigestSignature(digest: string, signature: BridgeSignature, signer: string): boolean {
  if (signature.v !== 27 && signature.v !== 28) return false;
  try {
    const r = BigInt(signature.r);
    const s = BigInt(signature.s);
    if (s === 0n || s > SECP256K1_HALF_ORDER || r === 0n) return false;
    return recoverAddress(personalMessageHash(bytesOf(digest)), r, s, signature.v) === checksumAddress(signer);
  } catch {
    return false;
  }
}

/**
 * The signer of an EIP-191 signature (`r ‖ s ‖ v`, 65 bytes, 0x-hex) of a text message, as ethers' verifyMessage
 * reads it: v 0/27 or 1/28 (or an EIP-155 v ≥ 35 by its parity), s with its top bit clear. Throws on anything else.
 */
export function recoverMessageSigner(message: string, signature: string): string {
  const bytes = bytesOf(signature);
  if (bytes.length !== 65) throw new TypeError(`a signature is 65 bytes (r ‖ s ‖ v), got ${bytes.length}`);
  const rawV = bytes[64]!;
  if (rawV > 1 && rawV !== 27 && rawV !== 28 && rawV < 35) throw new TypeError(`invalid v ${rawV}`);
  const v = rawV === 0 || rawV === 27 ? 27 : rawV === 1 || rawV === 28 ? 28 : rawV % 2 === 1 ? 27 : 28;
  if (bytes[32]! & 0x80) throw new TypeError('non-canonical s (its top bit is set)');
  const r = BigInt(hex(bytes.subarray(0, 32)));
  const s = BigInt(hex(bytes.subarray(32, 64)));
  return recoverAddress(personalMessageHash(utf8ToBytes(message)), r, s, v);
}

/** `r ‖ s ‖ v`, 65 bytes: the form NRNBridge reads and orchestrators post in their confirms. */
export function packSignature(signature: BridgeSignature): string {
  const r = bytesOf(signature.r);
  const s = bytesOf(signature.s);
  if (r.length > 32 || s.length > 32) throw new RangeError('r and s are at most 32 bytes each');
  return hex(concatBytes(new Uint8Array(32 - r.length), r, new Uint8Array(32 - s.length), s, uintBytes(BigInt(signature.v), 1)));
}

/** Order a signer set as the contract requires: descending power, ties by ascending address. */
export function sortValset(members: { validator: string; power: bigint }[], nonce: bigint): Valset {
  const sorted = [...members].sort((a, b) => {
    if (a.power !== b.power) return a.power > b.power ? -1 : 1;
    const x = a.validator.toLowerCase();
    const y = b.validator.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return {
    validators: sorted.map((m) => checksumAddress(m.validator)),
    powers: sorted.map((m) => m.power),
    nonce,
  };
}

// ---- signing (orchestrators and tests; the chain only verifies) --------------------------------------

/** The checksummed address of a secp256k1 private key (0x-hex). */
export function ethAddressOf(privateKey: string): string {
  return addressOfPublicKey(secp256k1.getPublicKey(bytesOf(privateKey), false));
}

function signHash(privateKey: string, hash: Uint8Array): BridgeSignature {
  // RFC 6979 without extra entropy and low s, as ethers' SigningKey signs: the same key and hash give the same bytes.
  const sig = secp256k1.Signature.fromBytes(secp256k1.sign(hash, bytesOf(privateKey), { prehash: false, lowS: true, format: 'recovered' }), 'recovered');
  return { v: 27 + sig.recovery!, r: hex(uintBytes(sig.r, 32)), s: hex(uintBytes(sig.s, 32)) };
}

/** Sign a digest the way validators' orchestrators do (same as eth_sign / personal_sign over the 32 bytes). */
export function signDigest(privateKey: string, digest: string): BridgeSignature {
  return signHash(privateKey, personalMessageHash(bytesOf(digest)));
}

/** An EIP-191 signature of a text message, `r ‖ s ‖ v` (what a wallet's signMessage returns). */
export function signMessage(privateKey: string, message: string): string {
  return packSignature(signHash(privateKey, personalMessageHash(utf8ToBytes(message))));
}
