import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toBech32 } from '@cosmjs/encoding';
import { Contract, JsonRpcProvider, Signature, Wallet, keccak256, toUtf8Bytes } from 'ethers';
import type { ContractTransactionReceipt } from 'ethers';
import { loadArtifact } from './compile.ts';
import { bridgeRevert, deployBridge } from './deploy.ts';
import { startHardhatNode } from './devchain.ts';
import type { HardhatNode } from './devchain.ts';
import {
  BATCH_TAG,
  MAX_POWER,
  MAX_VALIDATORS,
  NO_SIGNATURE,
  SETTLEMENT_TAG,
  VALSET_TAG,
  batchDigest,
  bridgeIdFromName,
  isValidDigestSignature,
  packMembers,
  packSignature,
  packValsetUpdate,
  settlementDigest,
  signDigest,
  signaturesForSubmission,
  signedValset,
  sortValset,
  valsetCheckpoint,
} from './hash.ts';
import type { BridgeDomain, BridgeSignature, OutgoingBatch, SettlementRecord, SignedValset, Valset } from './hash.ts';

const BRIDGE_ID = bridgeIdFromName('nrn-test-bridge');
const OTHER_BRIDGE_ID = bridgeIdFromName('nrn-other-bridge');
const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';

let node: HardhatNode;
let provider: JsonRpcProvider;
let deployer: Wallet;
let relayer: Wallet;
let holder: Wallet;
let spender: Wallet;

// Deterministic validator keys, so failures reproduce.
const validatorKeys = Array.from({ length: MAX_VALIDATORS + 1 }, (_, i) => new Wallet(keccak256(toUtf8Bytes(`validator-${i}`))));
const keyByAddress = new Map(validatorKeys.map((w) => [w.address, w]));

interface Deployment {
  bridge: Contract;
  token: Contract;
  domain: BridgeDomain;
  valset: Valset;
}

function valsetOf(keys: Wallet[], powers: bigint[], nonce: bigint): Valset {
  return { validators: keys.map((k) => k.address), powers, nonce };
}

/** Signatures aligned with the valset: members whose index is in `signers` sign, the rest send v = 0. */
function signBy(valset: Valset, digest: string, signers: number[]): BridgeSignature[] {
  return valset.validators.map((address, i) =>
    signers.includes(i) ? signDigest(keyByAddress.get(address)!.privateKey, digest) : NO_SIGNATURE,
  );
}

function everyone(valset: Valset): number[] {
  return valset.validators.map((_, i) => i);
}

async function deploy(valset: Valset, bridgeId = BRIDGE_ID): Promise<Deployment> {
  const { bridge, token } = await deployBridge(deployer, bridgeId, valset);
  return { bridge, token, domain: { bridgeId, chainId: node.chainId }, valset };
}

async function mined(tx: Promise<{ wait(): Promise<ContractTransactionReceipt | null> }>): Promise<ContractTransactionReceipt> {
  const receipt = await (await tx).wait();
  assert.ok(receipt && receipt.status === 1);
  return receipt;
}

async function expectRevert(call: Promise<unknown>, errorName: string, args?: unknown[]): Promise<void> {
  await assert.rejects(call, (err: unknown) => {
    const revert = bridgeRevert(err);
    assert.equal(revert?.name, errorName, `expected ${errorName}, got ${revert?.name ?? String(err)}`);
    if (args) assert.deepEqual(revert?.args, args);
    return true;
  });
}

function eventsOf(deployment: Deployment, receipt: ContractTransactionReceipt, name: string): unknown[][] {
  return receipt.logs
    .map((log) => deployment.bridge.interface.parseLog(log))
    .filter((parsed) => parsed?.name === name)
    .map((parsed) => [...parsed!.args]);
}

async function blockNumber(): Promise<bigint> {
  return BigInt(await provider.send('eth_blockNumber', []));
}

function submitBatchCall(deployment: Deployment, current: SignedValset, batch: OutgoingBatch, from = relayer) {
  return (deployment.bridge.connect(from) as Contract).getFunction('submitBatch')(
    current,
    batch.amounts,
    batch.destinations,
    batch.fees,
    batch.batchNonce,
    batch.batchTimeout,
  );
}

async function batchFor(deployment: Deployment, batch: OutgoingBatch, signers: number[], from = relayer) {
  const sigs = signBy(deployment.valset, batchDigest(deployment.domain, batch), signers);
  return submitBatchCall(deployment, signedValset(deployment.valset, sigs), batch, from);
}

async function newBatch(destinations: string[], amount: bigint, fee: bigint, batchNonce: bigint): Promise<OutgoingBatch> {
  return {
    amounts: destinations.map(() => amount),
    destinations,
    fees: destinations.map(() => fee),
    batchNonce,
    batchTimeout: (await blockNumber()) + 100n,
  };
}

function updateValsetCall(deployment: Deployment, next: Valset, sigs: BridgeSignature[], current = deployment.valset) {
  return updateValsetRaw(deployment, packValsetUpdate(next, current), next, signedValset(current, sigs));
}

/** updateValset with the short form and the SignedValset given as they are, for encodings the helpers would not make. */
function updateValsetRaw(deployment: Deployment, newSet: string, next: Valset, current: SignedValset, checkpoint = valsetCheckpoint(deployment.domain, next)) {
  return deployment.bridge.getFunction('updateValset')(newSet, next.nonce, checkpoint, current);
}

function settlementCall(deployment: Deployment, record: SettlementRecord, signers: number[], digestDomain = deployment.domain) {
  const sigs = signBy(deployment.valset, settlementDigest(digestDomain, record), signers);
  return deployment.bridge.getFunction('recordSettlement')(
    signedValset(deployment.valset, sigs),
    record.groupId,
    record.trainingSetVersion,
    record.checkpointCid,
    record.settlementNonce,
  );
}

/** Bech32 with an arbitrary 5-bit payload, so tests can build checksummed strings cosmjs would refuse to make. */
function bech32(hrp: string, words: number[]): string {
  const charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  const polymod = (values: number[]): number => {
    let chk = 1;
    for (const value of values) {
      const top = chk >>> 25;
      chk = (((chk & 0x1ffffff) << 5) ^ value) >>> 0;
      generators.forEach((g, i) => {
        if ((top >>> i) & 1) chk = (chk ^ g) >>> 0;
      });
    }
    return chk;
  };
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => charset[w]).join('')}`;
}

const fourEqual = (): Valset => valsetOf(validatorKeys.slice(0, 4), [10n, 10n, 10n, 10n], 0n);

before(async () => {
  loadArtifact('NRNBridge');
  node = await startHardhatNode();
  provider = new JsonRpcProvider(node.url, Number(node.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 20 });
  [deployer, relayer, holder, spender] = node.accounts.slice(0, 4).map((a) => new Wallet(a.privateKey, provider));
});

after(async () => {
  provider?.destroy();
  await node?.stop();
});

describe('digests (hash.ts) match the contract', () => {
  test('valset checkpoint, batch and settlement digests are byte-identical', async () => {
    const d = await deploy(fourEqual());
    assert.equal(await d.bridge.getFunction('lastValsetCheckpoint')(), valsetCheckpoint(d.domain, d.valset));
    const next = valsetOf(validatorKeys.slice(4, 7), [30n, 20n, 10n], 7n);
    assert.equal(await d.bridge.getFunction('makeValsetCheckpoint')(packMembers(next), next.nonce), valsetCheckpoint(d.domain, next));
    const batch: OutgoingBatch = {
      amounts: [1n, 2n],
      destinations: [holder.address, spender.address],
      fees: [3n, 4n],
      batchNonce: 9n,
      batchTimeout: 1234n,
    };
    assert.equal(
      await d.bridge.getFunction('makeBatchDigest')(batch.amounts, batch.destinations, batch.fees, batch.batchNonce, batch.batchTimeout),
      batchDigest(d.domain, batch),
    );
    const record: SettlementRecord = { groupId: 3n, trainingSetVersion: keccak256('0x01'), checkpointCid: CID, settlementNonce: 5n };
    assert.equal(
      await d.bridge.getFunction('makeSettlementDigest')(record.groupId, record.trainingSetVersion, record.checkpointCid, record.settlementNonce),
      settlementDigest(d.domain, record),
    );
    assert.equal(await d.bridge.getFunction('VALSET_TAG')(), VALSET_TAG);
    assert.equal(await d.bridge.getFunction('BATCH_TAG')(), BATCH_TAG);
    assert.equal(await d.bridge.getFunction('SETTLEMENT_TAG')(), SETTLEMENT_TAG);
    assert.equal(await d.bridge.getFunction('MAX_VALIDATORS')(), BigInt(MAX_VALIDATORS));
    assert.equal(await d.bridge.getFunction('MAX_POWER')(), MAX_POWER);
  });

  test('call encodings: packed members, the short new set and the SignedValset', () => {
    const [a, b, c] = validatorKeys.map((k) => k.address.toLowerCase());
    const current: Valset = { validators: [a!, b!], powers: [7n, 5n], nonce: 1n };
    const strip = (hex: string) => hex.slice(2);
    assert.equal(packMembers(current), `0x${strip(a!)}${'00'.repeat(7)}07${strip(b!)}${'00'.repeat(7)}05`);
    // b is current member 1 (ref 2), c is new (ref 0 and its address), a is current member 0 (ref 1).
    const next: Valset = { validators: [b!, c!, a!], powers: [9n, 8n, 1n], nonce: 2n };
    assert.equal(packValsetUpdate(next, current), `0x02${'00'.repeat(7)}0900${strip(c!)}${'00'.repeat(7)}0801${'00'.repeat(7)}01`);
    assert.throws(() => packMembers({ validators: [a!], powers: [1n, 2n], nonce: 0n }), RangeError);
    assert.throws(() => packMembers({ validators: [a!], powers: [MAX_POWER + 1n], nonce: 0n }), RangeError);
    const sig = signDigest(validatorKeys[0]!.privateKey, keccak256('0x01'));
    const signed = signedValset(current, [sig]);
    assert.equal(signed.signers, 1n);
    assert.equal(signed.members, `0x${'00'.repeat(7)}07${strip(b!)}${'00'.repeat(7)}05`);
    assert.equal(signed.signatures, packSignature(sig));
    assert.equal(packSignature(sig).length, 2 + 130);
    assert.deepEqual(signedValset(current, [NO_SIGNATURE, sig]).signers, 2n);
  });

  test('signature helpers agree with the contract on what is valid', () => {
    const digest = keccak256('0xabcd');
    const key = validatorKeys[0]!;
    const sig = signDigest(key.privateKey, digest);
    assert.ok(isValidDigestSignature(digest, sig, key.address));
    assert.ok(!isValidDigestSignature(digest, sig, validatorKeys[1]!.address));
    const highS = { v: sig.v === 27 ? 28 : 27, r: sig.r, s: `0x${(SECP256K1_ORDER - BigInt(sig.s)).toString(16).padStart(64, '0')}` };
    assert.ok(!isValidDigestSignature(digest, highS, key.address));
    const sorted = sortValset(
      [
        { validator: validatorKeys[2]!.address, power: 5n },
        { validator: validatorKeys[1]!.address, power: 9n },
        { validator: validatorKeys[0]!.address, power: 5n },
      ],
      1n,
    );
    assert.deepEqual(sorted.powers, [9n, 5n, 5n]);
    assert.ok(sorted.validators[1]!.toLowerCase() < sorted.validators[2]!.toLowerCase());
    const valset = fourEqual();
    const collected = signaturesForSubmission(valset, (v) => (v === valset.validators[1] ? undefined : signDigest(keyByAddress.get(v)!.privateKey, digest)));
    assert.equal(collected?.length, 4);
    assert.equal(collected?.[1]?.v, 0);
    assert.equal(signaturesForSubmission(valset, (v) => (v === valset.validators[0] || v === valset.validators[1] ? undefined : sig)), undefined);
  });
});

describe('updateValset', () => {
  test('happy path: the new set takes over and the old one is refused', async () => {
    const d = await deploy(fourEqual());
    const next = valsetOf(validatorKeys.slice(1, 5), [40n, 30n, 20n, 10n], 1n);
    const checkpoint = valsetCheckpoint(d.domain, next);
    const receipt = await mined(updateValsetCall(d, next, signBy(d.valset, checkpoint, [0, 1, 2])));
    assert.deepEqual(eventsOf(d, receipt, 'ValsetUpdatedEvent'), [[1n, 2n, checkpoint]]);
    assert.equal(await d.bridge.getFunction('lastValsetCheckpoint')(), checkpoint);
    assert.equal(await d.bridge.getFunction('lastValsetNonce')(), 1n);
    assert.equal(await d.bridge.getFunction('lastEventNonce')(), 2n);

    // A batch signed by the old set no longer matches the stored checkpoint.
    const batch = await newBatch([holder.address], 5n, 1n, 1n);
    await expectRevert(batchFor(d, batch, [0, 1, 2]), 'CheckpointMismatch');
    // Validator 0 was removed: its signature in the new set's place recovers to an address the stored set lacks.
    const moved: Deployment = { ...d, valset: next };
    const digest = batchDigest(d.domain, batch);
    const sigs = signBy(next, digest, [1, 2]);
    sigs[0] = signDigest(validatorKeys[0]!.privateKey, digest);
    await expectRevert(submitBatchCall(d, signedValset(next, sigs), batch), 'CheckpointMismatch');
    await mined(batchFor(moved, batch, [0, 1]));
  });

  test('rejects forged, malleable, misplaced, missing and extra signatures', async () => {
    const d = await deploy(fourEqual());
    const next = valsetOf(validatorKeys.slice(4, 8), [1n, 1n, 1n, 1n], 1n);
    const checkpoint = valsetCheckpoint(d.domain, next);
    const good = signBy(d.valset, checkpoint, [0, 1, 2]);

    // A signature by anyone but the member puts another address in the rebuilt set: it no longer hashes to the stored one.
    const forged = [...good];
    forged[1] = signDigest(validatorKeys[200]!.privateKey, checkpoint);
    await expectRevert(updateValsetCall(d, next, forged), 'CheckpointMismatch');

    const swapped = [good[1]!, good[0]!, good[2]!, NO_SIGNATURE];
    await expectRevert(updateValsetCall(d, next, swapped), 'CheckpointMismatch');

    const sig = Signature.from(good[0]!);
    const highS = [...good];
    highS[0] = { v: sig.v === 27 ? 28 : 27, r: sig.r, s: `0x${(SECP256K1_ORDER - BigInt(sig.s)).toString(16).padStart(64, '0')}` };
    await expectRevert(updateValsetCall(d, next, highS), 'MalleableSignature', [0n]);

    const badV = [...good];
    badV[2] = { ...good[2]!, v: 29 };
    await expectRevert(updateValsetCall(d, next, badV), 'InvalidSignature', [2n]);

    const newSet = packValsetUpdate(next, d.valset);
    const signed = signedValset(d.valset, good);
    const extra = { ...signed, signatures: `${signed.signatures}${packSignature(good[0]!).slice(2)}` };
    await expectRevert(updateValsetRaw(d, newSet, next, extra), 'TooManySignatures', [4n, 3n]);
    const missing = { ...signed, signatures: signed.signatures.slice(0, -130) };
    await expectRevert(updateValsetRaw(d, newSet, next, missing), 'MissingSignature', [2n]);
    await expectRevert(updateValsetRaw(d, newSet, next, { ...signed, signers: signed.signers | (1n << 4n) }), 'SignerOutsideValset', [4n]);
    await expectRevert(updateValsetRaw(d, newSet, next, { ...signed, members: signed.members.slice(0, -2) }), 'SignedValsetTruncated');

    // Signed for another Ethereum chain id: recovers to someone else.
    const otherChain = signBy(d.valset, valsetCheckpoint({ ...d.domain, chainId: 1n }, next), [0, 1, 2]);
    await expectRevert(updateValsetCall(d, next, otherChain), 'CheckpointMismatch');

    await mined(updateValsetCall(d, next, good));
  });

  test('rejects power of exactly 2/3 and accepts strictly more', async () => {
    const d = await deploy(valsetOf(validatorKeys.slice(0, 3), [3n, 3n, 3n], 0n));
    const next = valsetOf(validatorKeys.slice(3, 6), [3n, 3n, 3n], 1n);
    const checkpoint = valsetCheckpoint(d.domain, next);
    await expectRevert(updateValsetCall(d, next, signBy(d.valset, checkpoint, [0, 2])), 'InsufficientPower', [6n, 9n]);
    await expectRevert(updateValsetCall(d, next, signBy(d.valset, checkpoint, [])), 'InsufficientPower', [0n, 9n]);
    await mined(updateValsetCall(d, next, signBy(d.valset, checkpoint, [0, 1, 2])));

    // Power-weighted, not head-counted: one validator with 70% passes alone, and the signature loop stops there.
    const e = await deploy(valsetOf(validatorKeys.slice(0, 3), [70n, 20n, 10n], 0n));
    const eNext = { ...next, nonce: 4n };
    const sigs = signBy(e.valset, valsetCheckpoint(e.domain, eNext), [0]);
    await mined(updateValsetCall(e, eNext, sigs.slice(0, 1)));
  });

  test('rejects stale nonces, a wrong current set and malformed new sets', async () => {
    const d = await deploy(valsetOf(validatorKeys.slice(0, 4), [10n, 10n, 10n, 10n], 5n));
    const signedUpdate = (next: Valset) => updateValsetCall(d, next, signBy(d.valset, valsetCheckpoint(d.domain, next), everyone(d.valset)));
    const keys = validatorKeys.slice(4, 8);

    await expectRevert(signedUpdate(valsetOf(keys, [4n, 3n, 2n, 1n], 5n)), 'StaleValsetNonce', [5n, 5n]);
    await expectRevert(signedUpdate(valsetOf(keys, [4n, 3n, 2n, 1n], 4n)), 'StaleValsetNonce', [4n, 5n]);
    // Validators and powers cannot disagree in number, nor a power pass uint64, once packed: the encoders refuse them.
    assert.throws(() => signedUpdate({ validators: keys.map((k) => k.address), powers: [3n, 2n, 1n], nonce: 6n }), RangeError);
    assert.throws(() => signedUpdate(valsetOf(keys, [1n << 64n, 3n, 2n, 1n], 6n)), RangeError);
    await expectRevert(signedUpdate({ validators: [], powers: [], nonce: 6n }), 'EmptyValset');
    await expectRevert(signedUpdate(valsetOf(keys, [4n, 3n, 5n, 1n], 6n)), 'ValsetNotSorted', [2n]);
    await expectRevert(signedUpdate(valsetOf(keys, [4n, 3n, 2n, 0n], 6n)), 'ZeroPower', [3n]);
    // Members of the current set are named by index; the sorting rule holds for them too.
    await expectRevert(signedUpdate(valsetOf(validatorKeys.slice(2, 6), [4n, 3n, 3n, 7n], 6n)), 'ValsetNotSorted', [3n]);
    await expectRevert(
      signedUpdate({ validators: [keys[0]!.address, '0x0000000000000000000000000000000000000000'], powers: [2n, 1n], nonce: 6n }),
      'ZeroAddressValidator',
      [1n],
    );
    const tooMany = validatorKeys.slice(0, MAX_VALIDATORS + 1);
    await expectRevert(signedUpdate(valsetOf(tooMany, tooMany.map(() => 1n), 6n)), 'ValsetTooLarge', [BigInt(MAX_VALIDATORS + 1), BigInt(MAX_VALIDATORS)]);

    const next = valsetOf(keys, [4n, 3n, 2n, 1n], 6n);
    const sigs = signBy(d.valset, valsetCheckpoint(d.domain, next), everyone(d.valset));
    await expectRevert(updateValsetCall(d, next, sigs, { ...d.valset, powers: [10n, 10n, 10n, 11n] }), 'CheckpointMismatch');
    await expectRevert(updateValsetCall(d, next, sigs.slice(0, 3), valsetOf(validatorKeys.slice(0, 3), [10n, 10n, 10n], 5n)), 'CheckpointMismatch');
    // The short form must expand to exactly the set that was signed: a cut one, or another one, is refused.
    const newSet = packValsetUpdate(next, d.valset);
    const current = signedValset(d.valset, sigs);
    await expectRevert(updateValsetRaw(d, newSet.slice(0, -2), next, current), 'MembersNotPacked', [BigInt((newSet.length - 4) / 2)]);
    const other = valsetOf(keys, [4n, 3n, 2n, 2n], 6n);
    await expectRevert(updateValsetRaw(d, packValsetUpdate(other, d.valset), next, current), 'CheckpointMismatch');
    // A ref past the current set (5 of 4 members) reads memory that holds no member: whatever address it yields
    // (zero, or bytes of the preimage), the expanded set is malformed or not the one signed.
    const single = valsetOf(keys.slice(0, 1), [1n], 6n);
    const singleSigs = signedValset(d.valset, signBy(d.valset, valsetCheckpoint(d.domain, single), everyone(d.valset)));
    for (const ref of ['05', '06', 'ff']) {
      await assert.rejects(updateValsetRaw(d, `0x${ref}${'00'.repeat(7)}01`, single, singleSigs), (err: unknown) => {
        assert.ok(['ZeroAddressValidator', 'CheckpointMismatch'].includes(bridgeRevert(err)?.name ?? ''), String(err));
        return true;
      });
    }
    await mined(updateValsetCall(d, next, sigs));
    // The same update replayed is stale.
    await expectRevert(updateValsetCall(d, next, sigs, next), 'StaleValsetNonce', [6n, 6n]);
  });

  test('deployment refuses a malformed genesis set', async () => {
    await expectRevert(deploy({ validators: [], powers: [], nonce: 0n }), 'EmptyValset');
    await expectRevert(deploy(valsetOf(validatorKeys.slice(0, 2), [1n, 2n], 0n)), 'ValsetNotSorted', [1n]);
  });
});

describe('submitBatch', () => {
  test('mints exact amounts to destinations and the summed fees to the relayer', async () => {
    const d = await deploy(fourEqual());
    const batch: OutgoingBatch = {
      amounts: [1_000_000n, 2_500_000n, 7n],
      destinations: [holder.address, spender.address, holder.address],
      fees: [10n, 20n, 30n],
      batchNonce: 3n,
      batchTimeout: (await blockNumber()) + 10n,
    };
    const receipt = await mined(batchFor(d, batch, [1, 2, 3]));
    const balance = (who: string): Promise<bigint> => d.token.getFunction('balanceOf')(who);
    assert.equal(await balance(holder.address), 1_000_007n);
    assert.equal(await balance(spender.address), 2_500_000n);
    assert.equal(await balance(relayer.address), 60n);
    assert.equal(await d.token.getFunction('totalSupply')(), 3_500_067n);
    assert.deepEqual(eventsOf(d, receipt, 'BatchExecutedEvent'), [[3n, 2n, 3_500_007n, 60n]]);
    assert.equal(await d.bridge.getFunction('lastBatchNonce')(), 3n);

    await expectRevert(batchFor(d, batch, [1, 2, 3]), 'StaleBatchNonce', [3n, 3n]);
    await expectRevert(batchFor(d, { ...batch, batchNonce: 2n }, [1, 2, 3]), 'StaleBatchNonce', [2n, 3n]);
    assert.equal(await d.token.getFunction('totalSupply')(), 3_500_067n);
    // Nonces may skip (the chain can drop batches), they only have to increase.
    await mined(batchFor(d, { ...batch, batchNonce: 10n }, [0, 1, 2]));
  });

  test('rejects an expired, empty, ragged or under-signed batch', async () => {
    const d = await deploy(fourEqual());
    const height = await blockNumber();
    // The batch would execute in block height + 1, which is its timeout.
    const expired = { ...(await newBatch([holder.address], 5n, 1n, 1n)), batchTimeout: height + 1n };
    await expectRevert(batchFor(d, expired, [0, 1, 2]), 'BatchTimedOut', [height + 1n, height + 1n]);
    await mined(batchFor(d, { ...expired, batchTimeout: height + 2n }, [0, 1, 2]));

    const empty: OutgoingBatch = { amounts: [], destinations: [], fees: [], batchNonce: 2n, batchTimeout: height + 100n };
    await expectRevert(batchFor(d, empty, [0, 1, 2]), 'EmptyBatch');
    const ragged: OutgoingBatch = { amounts: [1n, 2n], destinations: [holder.address], fees: [0n, 0n], batchNonce: 2n, batchTimeout: height + 100n };
    await expectRevert(batchFor(d, ragged, [0, 1, 2]), 'BatchLengthMismatch', [2n, 1n, 2n]);
    await expectRevert(batchFor(d, await newBatch([holder.address], 5n, 1n, 2n), [0, 1]), 'InsufficientPower', [20n, 40n]);
    // The signed timeout is part of the digest: stretching it breaks the signatures.
    const signed = await newBatch([holder.address], 5n, 1n, 2n);
    const sigs = signBy(d.valset, batchDigest(d.domain, signed), [0, 1, 2]);
    await expectRevert(submitBatchCall(d, signedValset(d.valset, sigs), { ...signed, batchTimeout: signed.batchTimeout + 1000n }), 'CheckpointMismatch');
  });

  test('signatures for one bridge id are refused by a second deployment', async () => {
    const a = await deploy(fourEqual(), BRIDGE_ID);
    const b = await deploy(fourEqual(), OTHER_BRIDGE_ID);
    const batch = await newBatch([holder.address], 5n, 1n, 1n);
    const sigs = signBy(a.valset, batchDigest(a.domain, batch), [0, 1, 2]);
    const submit = (d: Deployment) => submitBatchCall(d, signedValset(d.valset, sigs), batch);
    await expectRevert(submit(b), 'CheckpointMismatch');

    const next = valsetOf(validatorKeys.slice(4, 8), [1n, 1n, 1n, 1n], 1n);
    const valsetSigs = signBy(a.valset, valsetCheckpoint(a.domain, next), [0, 1, 2]);
    await expectRevert(updateValsetCall(b, next, valsetSigs), 'CheckpointMismatch');

    const record: SettlementRecord = { groupId: 1n, trainingSetVersion: keccak256('0x02'), checkpointCid: CID, settlementNonce: 1n };
    await expectRevert(settlementCall(b, record, [0, 1, 2], a.domain), 'CheckpointMismatch');

    await mined(submit(a));
    await mined(updateValsetCall(a, next, valsetSigs));
    assert.equal(await b.bridge.getFunction('lastBatchNonce')(), 0n);
  });
});

describe('sendToChain', () => {
  test('burns wNRN and emits contiguous event nonces', async () => {
    const d = await deploy(fourEqual());
    await mined(batchFor(d, await newBatch([holder.address], 1_000n, 0n, 1n), [0, 1, 2]));
    const recipient = toBech32('nrn', new Uint8Array(20).fill(7));
    const send = (amount: bigint, to = recipient) => (d.bridge.connect(holder) as Contract).getFunction('sendToChain')(to, amount);

    const first = await mined(send(300n));
    const second = await mined(send(200n));
    assert.deepEqual(eventsOf(d, first, 'SendToChainEvent'), [[holder.address, recipient, 300n, 3n]]);
    assert.deepEqual(eventsOf(d, second, 'SendToChainEvent'), [[holder.address, recipient, 200n, 4n]]);
    assert.equal(await d.token.getFunction('balanceOf')(holder.address), 500n);
    assert.equal(await d.token.getFunction('totalSupply')(), 500n);
    assert.equal(await d.bridge.getFunction('lastEventNonce')(), 4n);

    // Event nonces are shared with valset updates: 1 deploy, 2 batch, 3-4 sends, 5 valset.
    const next = valsetOf(validatorKeys.slice(4, 8), [1n, 1n, 1n, 1n], 1n);
    const update = await mined(updateValsetCall(d, next, signBy(d.valset, valsetCheckpoint(d.domain, next), [0, 1, 2])));
    assert.equal(eventsOf(d, update, 'ValsetUpdatedEvent')[0]?.[1], 5n);

    const moduleAccount = toBech32('nrn', new Uint8Array(32).fill(9));
    const third = await mined(send(1n, moduleAccount));
    assert.deepEqual(eventsOf(d, third, 'SendToChainEvent'), [[holder.address, moduleAccount, 1n, 6n]]);
    await expectRevert(send(10_000n), 'ERC20InsufficientBalance', [holder.address, 499n, 10_000n]);
  });

  test('rejects recipients the chain could not credit, and zero amounts', async () => {
    const d = await deploy(fourEqual());
    await mined(batchFor(d, await newBatch([holder.address], 1_000n, 0n, 1n), [0, 1, 2]));
    const send = (to: string, amount = 1n) => (d.bridge.connect(holder) as Contract).getFunction('sendToChain')(to, amount);
    const valid = toBech32('nrn', new Uint8Array(20).fill(1));

    await expectRevert(send(valid, 0n), 'ZeroAmount');
    await expectRevert(send(toBech32('cosmos', new Uint8Array(20).fill(1))), 'RecipientWrongPrefix');
    await expectRevert(send(valid.toUpperCase()), 'RecipientWrongPrefix');
    await expectRevert(send(''), 'RecipientWrongPrefix');
    await expectRevert(send(`nrn1${'q'.repeat(90)}`), 'RecipientBadLength', [94n]);
    await expectRevert(send(valid.slice(0, 41)), 'RecipientBadLength', [41n]);
    // Two ASCII characters replaced by one two-byte UTF-8 character keep the byte length at 42.
    await expectRevert(send(`${valid.slice(0, 10)}é${valid.slice(12)}`), 'RecipientBadCharacter', [10n]);
    await expectRevert(send(`${valid.slice(0, 10)}b${valid.slice(11)}`), 'RecipientBadCharacter', [10n]);
    await expectRevert(send(`${valid.slice(0, 10)}Q${valid.slice(11)}`), 'RecipientBadCharacter', [10n]);
    const typo = `${valid.slice(0, 20)}${valid[20] === 'q' ? 'p' : 'q'}${valid.slice(21)}`;
    await expectRevert(send(typo), 'RecipientBadChecksum');
    // 52 data characters whose last 4 padding bits are not zero: checksummed, but no 32-byte address.
    const words = Array.from({ length: 52 }, (_, i) => (i * 7) % 32);
    words[51] = 1;
    await expectRevert(send(bech32('nrn', words)), 'RecipientNonZeroPadding');
    words[51] = 16;
    await mined(send(bech32('nrn', words)));
    await mined(send(valid));
  });
});

describe('recordSettlement', () => {
  test('stores the latest version and checkpoint CID per group', async () => {
    const d = await deploy(fourEqual());
    const record: SettlementRecord = { groupId: 7n, trainingSetVersion: keccak256('0x07'), checkpointCid: CID, settlementNonce: 1n };
    const receipt = await mined(settlementCall(d, record, [0, 1, 2]));
    assert.deepEqual(eventsOf(d, receipt, 'SettlementRecordedEvent'), [[7n, 1n, record.trainingSetVersion, CID]]);
    assert.deepEqual([...(await d.bridge.getFunction('latestSettlement')(7n))], [record.trainingSetVersion, CID, 1n]);
    assert.deepEqual([...(await d.bridge.getFunction('latestSettlement')(8n))], [`0x${'0'.repeat(64)}`, '', 0n]);

    const newer = { ...record, trainingSetVersion: keccak256('0x08'), checkpointCid: `${CID}x`, settlementNonce: 4n };
    await mined(settlementCall(d, newer, [1, 2, 3]));
    assert.deepEqual([...(await d.bridge.getFunction('latestSettlement')(7n))], [newer.trainingSetVersion, newer.checkpointCid, 4n]);

    await expectRevert(settlementCall(d, record, [0, 1, 2]), 'StaleSettlementNonce', [7n, 1n, 4n]);
    await expectRevert(settlementCall(d, newer, [0, 1, 2]), 'StaleSettlementNonce', [7n, 4n, 4n]);
    // Groups are independent: nonce 1 is fresh for group 8.
    await mined(settlementCall(d, { ...record, groupId: 8n }, [0, 1, 2]));
    await expectRevert(settlementCall(d, { ...record, groupId: 9n }, [0, 1]), 'InsufficientPower', [20n, 40n]);
    await expectRevert(settlementCall(d, { ...record, groupId: 9n, checkpointCid: '' }, [0, 1, 2]), 'InvalidCheckpointCid');
    await expectRevert(settlementCall(d, { ...record, groupId: 9n, checkpointCid: 'bafy cid' }, [0, 1, 2]), 'InvalidCheckpointCid');
    await expectRevert(settlementCall(d, { ...record, groupId: 9n, checkpointCid: 'b'.repeat(129) }, [0, 1, 2]), 'InvalidCheckpointCid');
    // Settlements take no event nonce: the chain does not attest them back.
    assert.equal(await d.bridge.getFunction('lastEventNonce')(), 1n);
  });
});

describe('WrappedNRN', () => {
  test('has 6 decimals and only the bridge mints or burns', async () => {
    const d = await deploy(fourEqual());
    assert.equal(await d.token.getFunction('decimals')(), 6n);
    assert.equal(await d.token.getFunction('symbol')(), 'wNRN');
    assert.equal(await d.token.getFunction('bridge')(), await d.bridge.getAddress());
    await expectRevert(d.token.getFunction('mint')(deployer.address, 1n), 'OnlyBridge', [deployer.address]);
    await expectRevert(d.token.getFunction('burn')(deployer.address, 0n), 'OnlyBridge', [deployer.address]);
    assert.equal(await d.token.getFunction('totalSupply')(), 0n);
  });

  test('permit lets a spender move tokens with the holder\'s signature only', async () => {
    const d = await deploy(fourEqual());
    await mined(batchFor(d, await newBatch([holder.address], 1_000n, 0n, 1n), [0, 1, 2]));
    const tokenAddress = await d.token.getAddress();
    const deadline = BigInt((await provider.getBlock('latest'))!.timestamp) + 3600n;
    const value = { owner: holder.address, spender: spender.address, value: 400n, nonce: 0n, deadline };
    const signature = Signature.from(
      await holder.signTypedData(
        { name: 'Wrapped NRN', version: '1', chainId: node.chainId, verifyingContract: tokenAddress },
        {
          Permit: [
            { name: 'owner', type: 'address' },
            { name: 'spender', type: 'address' },
            { name: 'value', type: 'uint256' },
            { name: 'nonce', type: 'uint256' },
            { name: 'deadline', type: 'uint256' },
          ],
        },
        value,
      ),
    );
    // Anyone may submit the permit; the holder sends no transaction.
    await mined(d.token.getFunction('permit')(holder.address, spender.address, 400n, deadline, signature.v, signature.r, signature.s));
    assert.equal(await d.token.getFunction('allowance')(holder.address, spender.address), 400n);
    assert.equal(await d.token.getFunction('nonces')(holder.address), 1n);
    await mined((d.token.connect(spender) as Contract).getFunction('transferFrom')(holder.address, spender.address, 400n));
    assert.equal(await d.token.getFunction('balanceOf')(spender.address), 400n);
    await expectRevert(
      d.token.getFunction('permit')(holder.address, spender.address, 400n, deadline, signature.v, signature.r, signature.s),
      'ERC2612InvalidSigner',
    );
  });
});

describe('gas', () => {
  test('updateValset stays far inside a 30M block at the signer cap', async (t) => {
    const figures: string[] = [];
    let capGas = 0n;
    for (const size of [4, 50, 125, 150, MAX_VALIDATORS]) {
      // Equal powers need the most signatures to pass 2/3, and a set of all new members the longest short form.
      const keys = validatorKeys.slice(0, size);
      const d = await deploy(valsetOf(keys, keys.map(() => 100n), 0n));
      const newKeys = Array.from({ length: size }, (_, i) => new Wallet(keccak256(toUtf8Bytes(`next-validator-${i}`))));
      const next = valsetOf(newKeys, newKeys.map(() => 100n), 1n);
      const checkpoint = valsetCheckpoint(d.domain, next);
      const sigs = signaturesForSubmission(d.valset, (v) => signDigest(keyByAddress.get(v)!.privateKey, checkpoint));
      assert.ok(sigs);
      const receipt = await mined(updateValsetCall(d, next, sigs));
      const signed = sigs.filter((s) => s.v !== 0).length;
      figures.push(`updateValset ${size} validators (${signed} signatures): ${receipt.gasUsed} gas`);
      if (size === MAX_VALIDATORS) capGas = receipt.gasUsed;
    }
    for (const line of figures) t.diagnostic(line);
    assert.ok(capGas > 0n && capGas < 3_000_000n, `cap update costs ${capGas} gas, over a tenth of a 30M block`);
  });

  test('submitBatch gas for 1, 10 and 100 transfers', async (t) => {
    const d = await deploy(fourEqual());
    let nonce = 1n;
    for (const count of [1, 10, 100]) {
      const destinations = Array.from({ length: count }, (_, i) => new Wallet(keccak256(toUtf8Bytes(`dest-${count}-${i}`))).address);
      const receipt = await mined(batchFor(d, await newBatch(destinations, 1_000n, 10n, nonce++), [0, 1, 2]));
      t.diagnostic(`submitBatch ${count} transfers (4 validators, 3 signatures): ${receipt.gasUsed} gas`);
    }
  });
});
