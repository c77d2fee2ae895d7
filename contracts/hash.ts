// The digests NRNBridge checks signatures over, byte for byte, and how a relayer packs a call. The digests and the
// signature checks are the bridge module's own (modules/bridge/digest.ts, no ethers), so the chain, the orchestrator,
// the relayer and the Solidity tests all use one implementation; contracts/digest.test.ts holds it equal to ethers'.
import { checksumAddress, concatHex, packSignature, powerHex, ZERO_HASH } from '../modules/bridge/digest.ts';
import type { BridgeSignature, Valset } from '../modules/bridge/digest.ts';

export {
  BATCH_TAG, MAX_POWER, MAX_VALIDATORS, SETTLEMENT_TAG, VALSET_TAG, batchDigest, bridgeIdFromName, ethSignedDigest, isValidDigestSignature,
  packMembers, packSignature, settlementDigest, signDigest, sortValset, valsetCheckpoint,
} from '../modules/bridge/digest.ts';
export type { BridgeDomain, BridgeSignature, OutgoingBatch, SettlementRecord, Valset } from '../modules/bridge/digest.ts';

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

export const NO_SIGNATURE: BridgeSignature = { v: 0, r: ZERO_HASH, s: ZERO_HASH };

/**
 * The new set as updateValset takes it, shorter than packMembers: per member one byte `ref`, then (only when `ref` is
 * 0) its 20-byte address, then its uint64 power. `ref` k names the address of member k-1 of `current`, the set
 * NRNBridge trusts now; the contract expands this back to packMembers(next) and checks it against the checkpoint.
 */
export function packValsetUpdate(next: Valset, current: Valset): string {
  if (next.validators.length !== next.powers.length) {
    throw new RangeError(`${next.validators.length} validators but ${next.powers.length} powers`);
  }
  const indexOf = new Map(current.validators.map((validator, i) => [checksumAddress(validator), i]));
  return concatHex(
    next.validators.flatMap((validator, i) => {
      const address = checksumAddress(validator);
      const ref = indexOf.get(address);
      const power = powerHex(next.powers[i]!);
      return ref === undefined || ref >= 255 ? ['0x00', address, power] : [`0x${(ref + 1).toString(16).padStart(2, '0')}`, power];
    }),
  );
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
      members.push(powerHex(valset.powers[i]!));
      packed.push(packSignature(signature));
    } else {
      members.push(checksumAddress(validator), powerHex(valset.powers[i]!));
    }
  });
  return { signers, members: concatHex(members), signatures: concatHex(packed) };
}
