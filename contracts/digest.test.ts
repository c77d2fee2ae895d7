// The bridge module's digests and signature checks (modules/bridge/digest.ts: @noble/hashes and @noble/curves) against
// ethers, on fixed vectors and on seeded random inputs. The reference below is the ethers code contracts/hash.ts ran
// before the module got its own; contracts/bridge.test.ts checks the same functions against NRNBridge on chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  AbiCoder, SigningKey, Wallet, computeAddress, concat, encodeBytes32String, getAddress, getBytes, hashMessage, isAddress, keccak256, recoverAddress,
  toBeHex, toUtf8Bytes, verifyMessage, zeroPadValue,
} from 'ethers';
import * as noble from '../modules/bridge/digest.ts';
import type { BridgeDomain, BridgeSignature, OutgoingBatch, SettlementRecord, Valset } from '../modules/bridge/digest.ts';

// ---- the ethers reference ---------------------------------------------------------------------------

const abi = AbiCoder.defaultAbiCoder();
const HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;
const ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const ref = {
  VALSET_TAG: encodeBytes32String('checkpoint'),
  BATCH_TAG: encodeBytes32String('transactionBatch'),
  SETTLEMENT_TAG: encodeBytes32String('settlement'),
  bridgeIdFromName: (name: string) => keccak256(toUtf8Bytes(name)),
  powerBytes(power: bigint) {
    if (power < 0n || power > (1n << 64n) - 1n) throw new RangeError(`power ${power} does not fit uint64`);
    return toBeHex(power, 8);
  },
  packMembers(v: Valset) {
    if (v.validators.length !== v.powers.length) throw new RangeError('lengths');
    return concat(v.validators.flatMap((a, i) => [getAddress(a), ref.powerBytes(v.powers[i]!)]));
  },
  valsetCheckpoint: (d: BridgeDomain, v: Valset) => keccak256(concat([d.bridgeId, ref.VALSET_TAG, toBeHex(d.chainId, 32), toBeHex(v.nonce, 32), ref.packMembers(v)])),
  batchDigest: (d: BridgeDomain, b: OutgoingBatch) => keccak256(abi.encode(
    ['bytes32', 'bytes32', 'uint256', 'uint64', 'uint64', 'uint256[]', 'address[]', 'uint256[]'],
    [d.bridgeId, ref.BATCH_TAG, d.chainId, b.batchNonce, b.batchTimeout, b.amounts, b.destinations, b.fees],
  )),
  settlementDigest: (d: BridgeDomain, s: SettlementRecord) => keccak256(abi.encode(
    ['bytes32', 'bytes32', 'uint256', 'uint64', 'uint64', 'bytes32', 'string'],
    [d.bridgeId, ref.SETTLEMENT_TAG, d.chainId, s.groupId, s.settlementNonce, s.trainingSetVersion, s.checkpointCid],
  )),
  ethSignedDigest: (digest: string) => hashMessage(getBytes(digest)),
  signDigest(key: string, digest: string): BridgeSignature {
    const s = new SigningKey(key).sign(ref.ethSignedDigest(digest));
    return { v: s.v, r: s.r, s: s.s };
  },
  isValidDigestSignature(digest: string, sig: BridgeSignature, signer: string) {
    if (sig.v !== 27 && sig.v !== 28) return false;
    const s = BigInt(sig.s);
    if (s === 0n || s > HALF_ORDER || BigInt(sig.r) === 0n) return false;
    try {
      return recoverAddress(ref.ethSignedDigest(digest), sig) === getAddress(signer);
    } catch {
      return false;
    }
  },
  packSignature: (sig: BridgeSignature) => concat([zeroPadValue(sig.r, 32), zeroPadValue(sig.s, 32), toBeHex(sig.v, 1)]),
};

/** What a call does: its value, or that it threw. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch {
    return 'throws';
  }
}

// ---- a seeded source of inputs ------------------------------------------------------------------------

function seeded(seed: string) {
  let counter = 0;
  const bytes = (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 32) out.set(createHash('sha256').update(`${seed}/${counter++}`).digest().subarray(0, Math.min(32, n - i)), i);
    return out;
  };
  const int = (below: number) => Number(BigInt(`0x${Buffer.from(bytes(6)).toString('hex')}`) % BigInt(below));
  const hex = (n: number) => `0x${Buffer.from(bytes(n)).toString('hex')}`;
  const uint = (bits: number) => {
    const v = BigInt(hex(Math.ceil(bits / 8))) >> BigInt(Math.ceil(bits / 8) * 8 - bits);
    return [0n, 1n, (1n << BigInt(bits)) - 1n, v >> BigInt(int(bits))][int(4)]!;
  };
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const address = () => {
    const a = getAddress(hex(20));
    return pick([a, a.toLowerCase(), `0x${a.slice(2).toUpperCase()}`]);
  };
  const text = () => Array.from({ length: int(70) }, () => pick(['a', 'z', '0', '/', ' ', 'é', '€', '𝄞', '\u0000'])).join('');
  return { bytes, int, hex, uint, pick, address, text };
}

const KEY = '0x914972d2cf5a22675a43fc9d808660de427282b3cdb9bf1771258a5217b19d3d';
const DOMAIN: BridgeDomain = { bridgeId: '0x9bac8ba4aba612beb09759146e54ac92dcb5976df4859d8cb2bbfa8089020e9f', chainId: 31337n };

test('fixed vectors: the bytes the chain and NRNBridge signed before the module dropped ethers', () => {
  assert.equal(noble.bridgeIdFromName('nrn-devnet/hardhat'), DOMAIN.bridgeId);
  assert.equal(noble.ethAddressOf(KEY), '0x22b11Bc690F5d88D51dEfCE50b72a6e296797C8D');
  const valset = noble.sortValset([
    { validator: '0x1111111111111111111111111111111111111111', power: 30n },
    { validator: '0x22b11bc690f5d88d51defce50b72a6e296797c8d', power: 50n },
    { validator: '0xdddddddddddddddddddddddddddddddddddddddd', power: 30n },
  ], 7n);
  assert.deepEqual(valset.validators, ['0x22b11Bc690F5d88D51dEfCE50b72a6e296797C8D', '0x1111111111111111111111111111111111111111', '0xDDdDddDdDdddDDddDDddDDDDdDdDDdDDdDDDDDDd']);
  assert.equal(noble.packMembers(valset), '0x22b11bc690f5d88d51defce50b72a6e296797c8d00000000000000321111111111111111111111111111111111111111000000000000001edddddddddddddddddddddddddddddddddddddddd000000000000001e');
  const checkpoint = noble.valsetCheckpoint(DOMAIN, valset);
  assert.equal(checkpoint, '0x644297cdbe477b356f61c770b5c39ca7522aca5027791898d8ac2038e47d9d9b');
  assert.equal(noble.batchDigest(DOMAIN, {
    amounts: [1n, 10n ** 30n], destinations: ['0x2222222222222222222222222222222222222222', '0x22b11Bc690F5d88D51dEfCE50b72a6e296797C8D'], fees: [0n, 25n], batchNonce: 3n, batchTimeout: 600n,
  }), '0x5576db92a509dad0a044621b2ac5b75c7670ae450028eba5362fc5f6d7128bfd');
  assert.equal(noble.settlementDigest(DOMAIN, {
    groupId: 1n, trainingSetVersion: keccak256(toUtf8Bytes('v')), checkpointCid: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', settlementNonce: 2n,
  }), '0x0495c5374d417acbcccd0447e50d3f2094fb635ebd2f5fdf4fb25d5223c7aa86');
  assert.equal(noble.ethSignedDigest(checkpoint), '0x0768a23ff7a94b3c94a6392b7d90a1ab14ccf8794e9a1257a0e03d583fa67977');
  const sig = noble.signDigest(KEY, checkpoint);
  assert.equal(noble.packSignature(sig), '0x22e60a1f61bcb4aafa4de2f52f5e721bf787929d5484c0f80c3610c0908c8da362ff508070f93ed8b47adfe142421373f91fe7d96d158c9e43c59a57a3f11b6d1c');
  assert.ok(noble.isValidDigestSignature(checkpoint, sig, '0x22b11bc690f5d88d51defce50b72a6e296797c8d'));
  const msgSig = '0xd519e75eeb2345dff08caeab8cb0fde3d229c426b311da37514d021b8a9b01374fd975f3f3c88c1711ad014d9e073d3e6f1819acf016273c9235ee4f579cf9491b';
  assert.equal(noble.signMessage(KEY, 'nrn1validatoraddress'), msgSig);
  assert.equal(noble.recoverMessageSigner('nrn1validatoraddress', msgSig), '0x22b11Bc690F5d88D51dEfCE50b72a6e296797C8D');
  assert.deepEqual([noble.VALSET_TAG, noble.BATCH_TAG, noble.SETTLEMENT_TAG], [ref.VALSET_TAG, ref.BATCH_TAG, ref.SETTLEMENT_TAG]);
});

test('random inputs: digests, addresses and encodings equal ethers\', refusals included', () => {
  const r = seeded('digests');
  for (let i = 0; i < 300; i++) {
    const domain: BridgeDomain = { bridgeId: r.hex(32), chainId: r.uint(256) };
    const n = r.int(6);
    const valset: Valset = { validators: Array.from({ length: n }, r.address), powers: Array.from({ length: n }, () => r.uint(r.pick([64, 64, 65]))), nonce: r.uint(256) };
    if (r.int(20) === 0) valset.powers.push(1n);
    assert.deepEqual(outcome(() => noble.packMembers(valset)), outcome(() => ref.packMembers(valset)), `packMembers #${i}`);
    assert.deepEqual(outcome(() => noble.valsetCheckpoint(domain, valset)), outcome(() => ref.valsetCheckpoint(domain, valset)), `valsetCheckpoint #${i}`);
    const m = r.int(5);
    const batch: OutgoingBatch = {
      amounts: Array.from({ length: m }, () => r.uint(256)), destinations: Array.from({ length: m }, r.address), fees: Array.from({ length: r.int(5) }, () => r.uint(256)),
      batchNonce: r.uint(r.pick([64, 64, 65])), batchTimeout: r.uint(64),
    };
    assert.deepEqual(outcome(() => noble.batchDigest(domain, batch)), outcome(() => ref.batchDigest(domain, batch)), `batchDigest #${i}`);
    const settlement: SettlementRecord = { groupId: r.uint(64), settlementNonce: r.uint(r.pick([64, 64, 65])), trainingSetVersion: r.hex(r.pick([32, 32, 31])), checkpointCid: r.text() };
    assert.deepEqual(outcome(() => noble.settlementDigest(domain, settlement)), outcome(() => ref.settlementDigest(domain, settlement)), `settlementDigest #${i}`);
    const name = r.text();
    assert.equal(noble.bridgeIdFromName(name), ref.bridgeIdFromName(name));
    const members = Array.from({ length: r.int(6) }, () => ({ validator: r.address(), power: BigInt(r.int(3)) }));
    assert.deepEqual(noble.sortValset(members, 1n), { validators: [...members].sort((a, b) => (a.power !== b.power ? (a.power > b.power ? -1 : 1) : a.validator.toLowerCase() < b.validator.toLowerCase() ? -1 : 1)).map((x) => getAddress(x.validator)), powers: [...members].map((x) => x.power).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)), nonce: 1n });
    // Addresses: checksums, a wrong checksum in mixed case, and strings that are no address at all.
    const a = r.address();
    const flipped = a.replace(/[a-fA-F]/, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
    for (const candidate of [a, a.slice(2), flipped, a.slice(0, 41), `${a}0`, r.text()]) {
      assert.deepEqual(outcome(() => noble.checksumAddress(candidate)), outcome(() => getAddress(candidate)), `checksum of ${candidate}`);
      if (/^0x/.test(candidate)) assert.equal(noble.isEthAddress(candidate), isAddress(candidate), candidate);
    }
  }
});

test('random keys and signatures: signing, the contract\'s check and EIP-191 recovery equal ethers\'', () => {
  const r = seeded('signatures');
  const keys = Array.from({ length: 12 }, () => r.hex(32));
  for (let i = 0; i < 120; i++) {
    const key = r.pick(keys);
    const digest = r.hex(32);
    const sig = noble.signDigest(key, digest);
    assert.deepEqual(sig, ref.signDigest(key, digest), `signDigest #${i}`);
    assert.equal(noble.packSignature(sig), ref.packSignature(sig));
    const signer = noble.ethAddressOf(key);
    assert.equal(signer, computeAddress(key));
    // The contract's check on the signature as made, and on every way a relayer could bend it.
    const high = { ...sig, v: sig.v === 27 ? 28 : 27, s: toBeHex(ORDER - BigInt(sig.s), 32) };
    const bent: BridgeSignature[] = [
      sig, high, { ...sig, v: sig.v === 27 ? 28 : 27 }, { ...sig, v: 0 }, { ...sig, v: 1 }, { ...sig, r: toBeHex(0n, 32) }, { ...sig, s: toBeHex(0n, 32) },
      { ...sig, r: toBeHex(ORDER + 1n, 32) }, { ...sig, r: r.hex(32) }, { ...sig, s: toBeHex(BigInt(r.hex(32)) >> 1n, 32) }, { ...sig, s: toBeHex(HALF_ORDER, 32) },
    ];
    for (const [j, b] of bent.entries()) {
      for (const who of [signer, signer.toLowerCase(), noble.ethAddressOf(r.pick(keys))]) {
        assert.equal(noble.isValidDigestSignature(digest, b, who), ref.isValidDigestSignature(digest, b, who), `isValidDigestSignature #${i}.${j}`);
      }
    }
    assert.ok(noble.isValidDigestSignature(digest, sig, signer));
    // MsgRegisterEthKey's proof: what ethers' verifyMessage recovered (or refused), for any v byte and s.
    const message = r.text();
    const packed = noble.signMessage(key, message);
    assert.equal(packed, new Wallet(key).signMessageSync(message));
    const body = packed.slice(0, 130);
    const variants = [
      packed, `${body}${r.pick(['00', '01', '1b', '1c', '02', '1a', '1d', '22', '23', '24', 'ff'])}`,
      `${packed.slice(0, 66)}${toBeHex(ORDER - BigInt(`0x${packed.slice(66, 130)}`), 32).slice(2)}${packed.slice(130)}`,
      `0x${r.hex(64).slice(2)}${r.pick(['1b', '1c'])}`, packed.slice(0, 128), `${packed}00`,
    ];
    for (const v of variants) {
      assert.deepEqual(outcome(() => noble.recoverMessageSigner(message, v)), outcome(() => verifyMessage(message, v)), `recoverMessageSigner #${i} ${v}`);
    }
    assert.equal(noble.recoverMessageSigner(message, packed), signer);
  }
});
