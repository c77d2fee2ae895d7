// The digests NRNBridge checks signatures over, byte for byte; the chain and the orchestrator sign and verify these.
import {
  AbiCoder,
  SigningKey,
  ZeroHash,
  encodeBytes32String,
  getAddress,
  getBytes,
  hashMessage,
  keccak256,
  recoverAddress,
  toUtf8Bytes,
} from 'ethers';

/** NRNBridge.MAX_VALIDATORS: the chain must send at most this many signers (the top ones by power). */
export const MAX_VALIDATORS = 250;
export const MAX_POWER = (1n << 128n) - 1n;

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

/** A signer set: validators sorted by descending power, raw (unnormalised) powers. */
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

/** The on-chain Signature struct; v = 0 marks a validator that did not sign. */
export interface BridgeSignature {
  v: number;
  r: string;
  s: string;
}

export const NO_SIGNATURE: BridgeSignature = { v: 0, r: ZeroHash, s: ZeroHash };

/** A bridge id from a human-readable name, e.g. `bridgeIdFromName('nrn-1/mainnet')`. */
export function bridgeIdFromName(name: string): string {
  return keccak256(toUtf8Bytes(name));
}

/** keccak256(abi.encode(bridgeId, "checkpoint", chainId, nonce, validators, powers)) */
export function valsetCheckpoint(domain: BridgeDomain, valset: Valset): string {
  return keccak256(
    abi.encode(
      ['bytes32', 'bytes32', 'uint256', 'uint64', 'address[]', 'uint256[]'],
      [domain.bridgeId, VALSET_TAG, domain.chainId, valset.nonce, valset.validators, valset.powers],
    ),
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
 * which is all the contract reads. Returns undefined when the signatures at hand do not reach that power.
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
