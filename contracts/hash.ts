// The digests NRNBridge checks signatures over, byte for byte; the chain and the orchestrator sign and verify these.
import {
  AbiCoder,
  SigningKey,
  ZeroHash,
  concat,
  encodeBytes32String,
  getAddress,
  getBytes,
  hashMessage,
  keccak256,
  recoverAddress,
  toBeHex,
  toUtf8Bytes,
  zeroPadValue,
} from 'ethers';

/** NRNBridge.MAX_VALIDATORS: the chain must send at most this many signers (the top ones by power). */
export const MAX_VALIDATORS = 250;
/** Powers travel as uint64; CometBFT's voting powers (at most 2^63/8 in total) always fit. */
export const MAX_POWER = (1n << 64n) - 1n;

export const VALSET_TAG = encodeBytes32String('checkpoint');
export const BATCH_TAG = encodeBytes32String('transactionBatch');
export const SETTLEMENT_TAG = encodeBytes32String('settlement');

const SECP256K1_HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;
const abi = AbiCoder.defaultAbiCoder();

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

/**
 * NRNBridge's SignedValset: the current set as a call presents it. Bit i of `signers` marks member i as a signer;
 * `members` packs a signer as its uint64 power only (the contract recovers the address from the signature) and
 * anyone else as `address ‖ uint64 power`; `signatures` packs `r ‖ s ‖ v` (65 bytes) per signer, in set order.
 */
export interface SignedValset {
  signers: bigint;
  members: string;
  signatures: string;
}

export const NO_SIGNATURE: BridgeSignature = { v: 0, r: ZeroHash, s: ZeroHash };

/** A bridge id from a human-readable name, e.g. `bridgeIdFromName('nrn-1/mainnet')`. */
export function bridgeIdFromName(name: string): string {
  return keccak256(toUtf8Bytes(name));
}

const powerBytes = (power: bigint): string => {
  if (power < 0n || power > MAX_POWER) throw new RangeError(`power ${power} does not fit NRNBridge's uint64`);
  return toBeHex(power, 8);
};

/** The set as NRNBridge takes it: `address (20 bytes) ‖ uint64 power (8 bytes)` per member, in the set's order. */
export function packMembers(valset: Valset): string {
  if (valset.validators.length !== valset.powers.length) {
    throw new RangeError(`${valset.validators.length} validators but ${valset.powers.length} powers`);
  }
  return concat(valset.validators.flatMap((validator, i) => [getAddress(validator), powerBytes(valset.powers[i]!)]));
}

/**
 * The new set as updateValset takes it, shorter than packMembers: per member one byte `ref`, then (only when `ref` is
 * 0) its 20-byte address, then its uint64 power. `ref` k names the address of member k-1 of `current`, the set
 * NRNBridge trusts now; the contract expands this back to packMembers(next) and checks it against the checkpoint.
 */
export function packValsetUpdate(next: Valset, current: Valset): string {
  if (next.validators.length !== next.powers.length) {
    throw new RangeError(`${next.validators.length} validators but ${next.powers.length} powers`);
  }
  const indexOf = new Map(current.validators.map((validator, i) => [getAddress(validator), i]));
  return concat(
    next.validators.flatMap((validator, i) => {
      const address = getAddress(validator);
      const ref = indexOf.get(address);
      const power = powerBytes(next.powers[i]!);
      return ref === undefined || ref >= 255 ? ['0x00', address, power] : [toBeHex(ref + 1, 1), power];
    }),
  );
}

/** keccak256(bridgeId ‖ "checkpoint" ‖ uint256 chainId ‖ uint256 nonce ‖ packMembers(valset)) */
export function valsetCheckpoint(domain: BridgeDomain, valset: Valset): string {
  return keccak256(
    concat([domain.bridgeId, VALSET_TAG, toBeHex(domain.chainId, 32), toBeHex(valset.nonce, 32), packMembers(valset)]),
  );
}

/** keccak256(abi.encode(bridgeId, "transactionBatch", chainId, batchNonce, batchTimeout, amounts, destinations, fees)) */
export function batchDigest(domain: BridgeDomain, batch: OutgoingBatch): string {
  return keccak256(
    abi.encode(
      ['bytes32', 'bytes32', 'uint256', 'uint64', 'uint64', 'uint256[]', 'address[]', 'uint256[]'],
      [
        domain.bridgeId,
        BATCH_TAG,
        domain.chainId,
        batch.batchNonce,
        batch.batchTimeout,
        batch.amounts,
        batch.destinations,
        batch.fees,
      ],
    ),
  );
}

/** keccak256(abi.encode(bridgeId, "settlement", chainId, groupId, settlementNonce, trainingSetVersion, checkpointCid)) */
export function settlementDigest(domain: BridgeDomain, settlement: SettlementRecord): string {
  return keccak256(
    abi.encode(
      ['bytes32', 'bytes32', 'uint256', 'uint64', 'uint64', 'bytes32', 'string'],
      [
        domain.bridgeId,
        SETTLEMENT_TAG,
        domain.chainId,
        settlement.groupId,
        settlement.settlementNonce,
        settlement.trainingSetVersion,
        settlement.checkpointCid,
      ],
    ),
  );
}

/** EIP-191 personal-sign hash of a 32-byte digest: keccak256("\x19Ethereum Signed Message:\n32" ‖ digest). */
export function ethSignedDigest(digest: string): string {
  return hashMessage(getBytes(digest));
}

/** Sign a digest the way validators' orchestrators do (same as eth_sign / personal_sign over the 32 bytes). */
export function signDigest(privateKey: string, digest: string): BridgeSignature {
  const signature = new SigningKey(privateKey).sign(ethSignedDigest(digest));
  return { v: signature.v, r: signature.r, s: signature.s };
}

/** The check NRNBridge applies to one signature: v 27 or 28, low s, recovers to `signer`. */
export function isValidDigestSignature(digest: string, signature: BridgeSignature, signer: string): boolean {
  if (signature.v !== 27 && signature.v !== 28) return false;
  const s = BigInt(signature.s);
  if (s === 0n || s > SECP256K1_HALF_ORDER || BigInt(signature.r) === 0n) return false;
  try {
    return recoverAddress(ethSignedDigest(digest), signature) === getAddress(signer);
  } catch {
    return false;
  }
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
    validators: sorted.map((m) => getAddress(m.validator)),
    powers: sorted.map((m) => m.power),
    nonce,
  };
}

/**
 * Line signatures up with the valset and cut the list once strictly more than 2/3 of the power is covered,
 * which is all the contract needs. Returns undefined when the signatures at hand do not reach that power.
 */
export function signaturesForSubmission(
  valset: Valset,
  signatureOf: (validator: string) => BridgeSignature | undefined,
): BridgeSignature[] | undefined {
  const totalPower = valset.powers.reduce((sum, power) => sum + power, 0n);
  const signatures: BridgeSignature[] = [];
  let signedPower = 0n;
  for (let i = 0; i < valset.validators.length; i++) {
    const signature = signatureOf(valset.validators[i]!);
    signatures.push(signature ?? NO_SIGNATURE);
    if (!signature) continue;
    signedPower += valset.powers[i]!;
    if (signedPower * 3n > totalPower * 2n) return signatures;
  }
  return undefined;
}

/**
 * The SignedValset for a call: `signatures` is aligned with the set (v = 0 or a missing entry: did not sign).
 * Members past the list's end are sent as non-signers, so a list cut at > 2/3 costs no ecrecover beyond that.
 */
export function signedValset(valset: Valset, signatures: readonly BridgeSignature[]): SignedValset {
  if (signatures.length > valset.validators.length) {
    throw new RangeError(`${signatures.length} signatures for ${valset.validators.length} validators`);
  }
  let signers = 0n;
  const members: string[] = [];
  const packed: string[] = [];
  valset.validators.forEach((validator, i) => {
    const signature = signatures[i];
    if (signature && signature.v !== 0) {
      signers |= 1n << BigInt(i);
      members.push(powerBytes(valset.powers[i]!));
      packed.push(packSignature(signature));
    } else {
      members.push(getAddress(validator), powerBytes(valset.powers[i]!));
    }
  });
  return { signers, members: concat(members), signatures: concat(packed) };
}

/** `r ‖ s ‖ v`, 65 bytes: the form NRNBridge reads and orchestrators post in their confirms. */
export function packSignature(signature: BridgeSignature): string {
  return concat([zeroPadValue(signature.r, 32), zeroPadValue(signature.s, 32), toBeHex(signature.v, 1)]);
}
