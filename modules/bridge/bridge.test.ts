import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signDigest } from './digest.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { startBridgeKit, eventsOf, ethKeyFromLabel, msgResponses, FEE, VALIDATORS } from './testkit.ts';
import type { BridgeKit } from './testkit.ts';
import { powerShifted } from './valset.ts';
import { formatSignature } from './msgs.ts';
import { nextEventNonce, pinClaimStart } from './claims.ts';
import { keys, writeNumber } from './state.ts';
import { CacheKV } from '../../chain/store/kv.ts';

const pb = nrn.bridge.v1;
const T = {
  register: '/nrn.bridge.v1.MsgRegisterEthKey',
  send: '/nrn.bridge.v1.MsgSendToEth',
  cancel: '/nrn.bridge.v1.MsgCancelSendToEth',
  confirmValset: '/nrn.bridge.v1.MsgConfirmValset',
  confirmBatch: '/nrn.bridge.v1.MsgConfirmBatch',
  deposit: '/nrn.bridge.v1.MsgDepositClaim',
  batchExecuted: '/nrn.bridge.v1.MsgBatchExecutedClaim',
  valsetUpdated: '/nrn.bridge.v1.MsgValsetUpdatedClaim',
};
const USER = VALIDATORS, USER2 = VALIDATORS + 1;
const DEST = '0x1111111111111111111111111111111111111111';

async function expectRefused(kit: BridgeKit, who: number, typeUrl: string, value: object, code: number, codespace = 'bridge') {
  const before = await kit.dump('bridge/');
  const r = await kit.send(who, typeUrl, value);
  assert.equal(r.codespace, codespace, r.log);
  assert.equal(r.code, code, r.log);
  assert.ok(r.log.length > 20, `a readable log: ${r.log}`);
  assert.deepEqual(await kit.dump('bridge/'), before, 'no bridge state change');
  return r;
}

async function registerAll(kit: BridgeKit, count = VALIDATORS) {
  const txs = [];
  for (let v = 0; v < count; v++) {
    txs.push(await kit.tx(v, T.register, { validator: kit.addrs[v], eth_address: kit.ethKeys[v]!.address, signature: await kit.ethKeys[v]!.signMessage(kit.addrs[v]!) }));
  }
  const { results } = await kit.block(txs);
  for (const r of results) assert.equal(r.code, 0, r.log);
}

const decode = {
  valsets: async (kit: BridgeKit) => pb.QueryValsetsResponse.decode(await kit.query('/nrn.bridge.v1.Query/Valsets', pb.QueryValsetsRequest.encode({ limit: 10 }).finish())).valsets,
  batches: async (kit: BridgeKit) => pb.QueryPendingBatchesResponse.decode(await kit.query('/nrn.bridge.v1.Query/PendingBatches')).batches,
  pool: async (kit: BridgeKit) => pb.QueryPendingTransfersResponse.decode(await kit.query('/nrn.bridge.v1.Query/PendingTransfers')).transfers,
  escrow: async (kit: BridgeKit) => pb.QueryEscrowResponse.decode(await kit.query('/nrn.bridge.v1.Query/Escrow')),
  nonce: async (kit: BridgeKit, v: string) => pb.QueryLastEventNonceResponse.decode(await kit.query('/nrn.bridge.v1.Query/LastEventNonce', pb.QueryLastEventNonceRequest.encode({ validator: v }).finish())),
};

test('eth key registration: proven by an EIP-191 signature; each bad input refused with code, log and no state change', async () => {
  const kit = await startBridgeKit();
  try {
    const [v0, v1] = [kit.addrs[0]!, kit.addrs[1]!];
    const k0 = kit.ethKeys[0]!;
    await expectRefused(kit, 0, T.register, { validator: v0, eth_address: k0.address, signature: await k0.signMessage(v1) }, 3);
    await expectRefused(kit, 0, T.register, { validator: v0, eth_address: k0.address, signature: await kit.ethKeys[1]!.signMessage(v0) }, 3);
    await expectRefused(kit, 0, T.register, { validator: v0, eth_address: '0x1234', signature: await k0.signMessage(v0) }, 2);
    await expectRefused(kit, 0, T.register, { validator: v0, eth_address: k0.address, signature: '0xabcd' }, 3);
    const outsider = ethKeyFromLabel('outsider');
    await expectRefused(kit, USER, T.register, { validator: kit.addrs[USER], eth_address: outsider.address, signature: await outsider.signMessage(kit.addrs[USER]!) }, 4);
    assert.equal((await decode.valsets(kit)).length, 0, 'no valset before any key');

    const ok = await kit.send(0, T.register, { validator: v0, eth_address: k0.address, signature: await k0.signMessage(v0) });
    assert.equal(ok.code, 0, ok.log);
    const valsets = await decode.valsets(kit);
    assert.equal(valsets.length, 1, 'the first key asks for the first valset');
    assert.equal(valsets[0]!.valset!.members![0]!.eth_address, k0.address);
    await expectRefused(kit, 0, T.register, { validator: v0, eth_address: kit.ethKeys[2]!.address, signature: await kit.ethKeys[2]!.signMessage(v0) }, 6);
    await expectRefused(kit, 1, T.register, { validator: v1, eth_address: k0.address, signature: await k0.signMessage(v1) }, 5);
  } finally {
    await kit.close();
  }
});

test('send-to-eth escrows amount + fee; cancel refunds while unbatched; bad inputs refused', async () => {
  const kit = await startBridgeKit();
  try {
    const user = kit.addrs[USER]!;
    const start = kit.balance(user);
    const r = await kit.send(USER, T.send, { sender: user, eth_dest: DEST, amount: '5000000', bridge_fee: '10000' });
    assert.equal(r.code, 0, r.log);
    const id = pb.MsgSendToEthResponse.decode(msgResponses(r.data)[0]!).transfer_id;
    assert.equal(id, 1);
    assert.equal(kit.balance(user), start - 5_010_000n - FEE);
    assert.equal(kit.escrow(), 5_010_000n);
    assert.equal((await decode.pool(kit)).length, 1, 'no valset yet, so no batch');

    await expectRefused(kit, USER, T.send, { sender: user, eth_dest: '0x0000000000000000000000000000000000000000', amount: '1', bridge_fee: '0' }, 2);
    await expectRefused(kit, USER, T.send, { sender: user, eth_dest: DEST, amount: '0', bridge_fee: '0' }, 8);
    await expectRefused(kit, USER, T.send, { sender: user, eth_dest: DEST, amount: '-5', bridge_fee: '0' }, 8);
    await expectRefused(kit, USER, T.send, { sender: user, eth_dest: DEST, amount: '99999999999999999999', bridge_fee: '0' }, 5, 'sdk');
    await expectRefused(kit, USER2, T.cancel, { sender: kit.addrs[USER2], transfer_id: id }, 10);
    await expectRefused(kit, USER, T.cancel, { sender: user, transfer_id: 99 }, 9);

    const beforeCancel = kit.balance(user);
    const c = await kit.send(USER, T.cancel, { sender: user, transfer_id: id });
    assert.equal(c.code, 0, c.log);
    assert.equal(kit.balance(user), beforeCancel + 5_010_000n - FEE, 'amount + bridge fee refunded exactly');
    assert.ok(kit.balance(user) < start);
    assert.equal(kit.escrow(), 0n);
    assert.equal((await decode.pool(kit)).length, 0);
  } finally {
    await kit.close();
  }
});

test('batches: fee-ordered, size-capped, timeout from the observed Ethereum height; confirms checked against the registered key', async () => {
  const kit = await startBridgeKit({ params: { batch_max_size: 2, batch_timeout_eth_blocks: 50 } });
  try {
    const user = kit.addrs[USER]!;
    for (const fee of [1n, 3n, 2n]) assert.equal((await kit.send(USER, T.send, { sender: user, eth_dest: DEST, amount: '1000', bridge_fee: fee.toString() })).code, 0);
    await registerAll(kit);
    const [b] = await decode.batches(kit);
    assert.ok(b, 'a batch once a signer set exists');
    assert.deepEqual(b.batch!.transfers!.map((t) => t.bridge_fee), ['3', '2'], 'highest fees first, capped at 2');
    assert.equal(b.batch!.timeout, 50, 'no Ethereum height observed yet: timeout = param');
    assert.equal((await decode.pool(kit)).length, 1);
    await expectRefused(kit, USER, T.cancel, { sender: user, transfer_id: 2 }, 11);

    const digest = b.digest!;
    const nonce = b.batch!.nonce;
    await expectRefused(kit, 0, T.confirmBatch, { validator: kit.addrs[0], nonce, signature: formatSignature(signDigest(kit.ethKeys[1]!.privateKey, digest)) }, 3);
    await expectRefused(kit, 0, T.confirmBatch, { validator: kit.addrs[0], nonce: 9, signature: formatSignature(signDigest(kit.ethKeys[0]!.privateKey, digest)) }, 12);
    await expectRefused(kit, USER, T.confirmBatch, { validator: user, nonce, signature: formatSignature(signDigest(kit.ethKeys[0]!.privateKey, digest)) }, 4);
    const good = { validator: kit.addrs[0], nonce, signature: formatSignature(signDigest(kit.ethKeys[0]!.privateKey, digest)) };
    // The fee exemption is asked of a new tx in CheckTx only: a block neither asks nor pays gas for its reads.
    const handler = kit.app.modules.find((m) => m.name === 'bridge')!.msgs.find((h) => h.typeUrl === T.confirmBatch)!;
    const asked: string[] = [];
    const feeless = handler.feeless!;
    handler.feeless = (ctx, m) => { asked.push(ctx.mode); return feeless(ctx, m); };
    const confirmTx = await kit.tx(0, T.confirmBatch, good, 0n);
    try {
      assert.equal((await kit.app.checkTx({ tx: confirmTx, type: 0 })).code, 0, 'CheckTx accepts it without a fee');
      assert.equal((await kit.block([confirmTx])).results[0]!.code, 0, 'a bonded validator confirms without a fee');
    } finally {
      handler.feeless = feeless;
    }
    assert.deepEqual(asked, ['check']);
    await expectRefused(kit, 0, T.confirmBatch, good, 14);
    assert.equal((await decode.batches(kit))[0]!.confirms!.length, 1);

    // Valset confirms: the newest valset has all four; a signature over it by its own key passes.
    const valsets = await decode.valsets(kit);
    const latest = valsets.at(-1)!.valset!;
    assert.equal(latest.members!.length, 4);
    const { valsetCheckpoint } = await import('./digest.ts');
    const params = pb.QueryParamsResponse.decode(await kit.query('/nrn.bridge.v1.Query/Params')).params!;
    const cp = valsetCheckpoint({ bridgeId: params.bridge_id!, chainId: BigInt(params.eth_chain_id!) }, {
      validators: latest.members!.map((m) => m.eth_address!), powers: latest.members!.map((m) => BigInt(m.power!)), nonce: BigInt(latest.nonce!),
    });
    await expectRefused(kit, 1, T.confirmValset, { validator: kit.addrs[1], nonce: latest.nonce, signature: formatSignature(signDigest(kit.ethKeys[1]!.privateKey, b.digest!)) }, 3);
    assert.equal((await kit.send(1, T.confirmValset, { validator: kit.addrs[1], nonce: latest.nonce, signature: formatSignature(signDigest(kit.ethKeys[1]!.privateKey, cp)) })).code, 0);

    // Ethereum height 60 observed (a valset-updated event, attested by 3 of 4): the batch timed out, its transfers are re-batched.
    for (let v = 0; v < 3; v++) assert.equal((await kit.send(v, T.valsetUpdated, { validator: kit.addrs[v], event_nonce: 1, eth_block_height: 60, valset_nonce: 1 })).code, 0);
    const [rebatched] = await decode.batches(kit);
    assert.equal(rebatched!.batch!.nonce, 2);
    assert.equal(rebatched!.batch!.timeout, 110);
    assert.deepEqual(rebatched!.batch!.transfers!.map((t) => t.bridge_fee), ['3', '2']);
  } finally {
    await kit.close();
  }
});

test('claims: contiguous nonces, > 2/3 of power pays once, minority never; escrow = wNRN supply + in flight', async () => {
  const kit = await startBridgeKit();
  try {
    await registerAll(kit);
    const user = kit.addrs[USER]!;
    let wnrnSupply = 0n;
    const invariant = async () => {
      const e = await decode.escrow(kit);
      assert.equal(BigInt(e.escrowed!), wnrnSupply + BigInt(e.outgoing_in_flight!), 'escrowed = wNRN supply + outgoing in flight');
      assert.equal(BigInt(e.escrowed!), kit.escrow());
    };
    assert.equal((await kit.send(USER, T.send, { sender: user, eth_dest: DEST, amount: '7000000', bridge_fee: '5000' })).code, 0);
    await invariant();
    const [b] = await decode.batches(kit);
    assert.equal(b!.batch!.nonce, 1);

    const claimAll = async (count: number, kind: string, value: (v: number) => object) => {
      for (let v = 0; v < count; v++) {
        const r = await kit.send(v, kind, value(v));
        assert.equal(r.code, 0, r.log);
      }
    };
    // Event 1: the deployment's valset; event 2: batch 1 executed (wNRN minted: amount + fee to the relayer).
    // Every validator claims from the first event after it registered, so all four go through events 1 and 2.
    await claimAll(4, T.valsetUpdated, (v) => ({ validator: kit.addrs[v], event_nonce: 1, eth_block_height: 10, valset_nonce: 1 }));
    await claimAll(4, T.batchExecuted, (v) => ({ validator: kit.addrs[v], event_nonce: 2, eth_block_height: 12, batch_nonce: 1 }));
    wnrnSupply += 7_005_000n;
    assert.equal((await decode.batches(kit)).length, 0, 'executed batch dropped');
    await invariant();

    // Event 3: 2_000_000 wNRN burnt on Ethereum for USER2; two of four validators (50%) do not pay.
    const recipient = kit.addrs[USER2]!;
    const before = kit.balance(recipient);
    wnrnSupply -= 2_000_000n;
    const deposit = (v: number, nonce = 3, amount = '2000000') => ({
      validator: kit.addrs[v], event_nonce: nonce, eth_block_height: 20, eth_sender: DEST, nrn_recipient: recipient, amount,
    });
    await claimAll(2, T.deposit, (v) => deposit(v));
    assert.equal(kit.balance(recipient), before, 'a minority of power never pays');
    await expectRefused(kit, 0, T.deposit, deposit(0), 15);
    await expectRefused(kit, 2, T.deposit, deposit(2, 4), 15);
    // Validator 2 lies about the amount: its vote goes to another attestation.
    assert.equal((await kit.send(2, T.deposit, deposit(2, 3, '9000000'))).code, 0);
    assert.equal(kit.balance(recipient), before);
    const paid = await kit.send(3, T.deposit, deposit(3));
    assert.equal(paid.code, 0, paid.log);
    assert.equal(eventsOf((await kit.block()).events, 'bridge_deposit_paid').length, 0);
    assert.equal(kit.balance(recipient), before + 2_000_000n, '3 of 4 equal powers agree: paid exactly');
    await invariant();

    // Event 4: paid when the third validator agrees; the fourth's late claim of the same deposit pays nothing more.
    wnrnSupply -= 1_000_000n;
    await claimAll(3, T.deposit, (v) => deposit(v, 4, '1000000'));
    assert.equal(kit.balance(recipient), before + 3_000_000n);
    assert.equal((await kit.send(3, T.deposit, deposit(3, 4, '1000000'))).code, 0);
    assert.equal(kit.balance(recipient), before + 3_000_000n, 'claimed twice, paid once');
    await invariant();
    const n = await decode.nonce(kit, kit.addrs[3]!);
    assert.equal(n.last_event_nonce, 4);
    assert.equal(n.last_observed_nonce, 4);
    assert.equal(n.last_observed_eth_height, 20);
  } finally {
    await kit.close();
  }
});

test('powerShifted: more than the threshold of normalised power', () => {
  const m = (...ps: [string, number][]) => ps.map(([a, p]) => ({ eth_address: a, power: String(p) }));
  assert.equal(powerShifted(m(['a', 50], ['b', 50]), m(['a', 50], ['b', 50]), 5n), false);
  assert.equal(powerShifted(m(['a', 50], ['b', 50]), m(['a', 100], ['b', 100]), 5n), false, 'scaling is no shift');
  assert.equal(powerShifted(m(['a', 50], ['b', 50]), m(['a', 51], ['b', 49]), 5n), false, '2% moved');
  assert.equal(powerShifted(m(['a', 50], ['b', 50]), m(['a', 53], ['b', 47]), 5n), true, '6% moved');
  assert.equal(powerShifted(m(['a', 100]), m(['a', 100], ['c', 4]), 5n), true, 'a new member with 3.8% moves 7.7%');
  assert.equal(powerShifted(m(['a', 50], ['b', 50]), m(['a', 52.5 * 2], ['b', 47.5 * 2]), 5n), false, 'exactly 5% is not more');
});

test('a new valset is requested when bonded power shifts by more than 5%, not for less', async () => {
  const { valoperFromAccount } = await import('../staking/keeper.ts');
  const kit = await startBridgeKit();
  try {
    await registerAll(kit);
    const count = async () => (await decode.valsets(kit)).length;
    const settled = await count();
    const delegate = (unrn: string) => kit.send(USER, '/cosmos.staking.v1beta1.MsgDelegate', {
      delegatorAddress: kit.addrs[USER], validatorAddress: valoperFromAccount(kit.addrs[0]!), amount: { denom: 'unrn', amount: unrn },
    });
    assert.equal((await delegate('1000000')).code, 0, 'power 11 of 41: 3.7% of normalised power moved');
    assert.equal(await count(), settled);
    assert.equal((await delegate('1000000')).code, 0, 'power 12 of 42: 7.1% moved since the last valset');
    assert.equal(await count(), settled + 1);
    const latest = (await decode.valsets(kit)).at(-1)!.valset!;
    assert.equal(latest.members![0]!.power, '12', 'highest power first');
    assert.equal(latest.members![0]!.eth_address, kit.ethKeys[0]!.address);

    // Once Ethereum reports it adopted the latest valset, every older valset and its confirms are pruned.
    const older = (await decode.valsets(kit)).map((v) => v.valset!.nonce!).filter((n) => n < latest.nonce!);
    assert.ok(older.length > 0, 'earlier valsets exist before the update is observed');
    for (let v = 0; v < VALIDATORS; v++) {
      const r = await kit.send(v, T.valsetUpdated, { validator: kit.addrs[v], event_nonce: 1, eth_block_height: 30, valset_nonce: latest.nonce });
      assert.equal(r.code, 0, r.log);
    }
    assert.deepEqual((await decode.valsets(kit)).map((v) => v.valset!.nonce), [latest.nonce]);
    for (const n of older) {
      assert.equal(kit.app.store.committed.get(keys.valset(n)), undefined, `valset ${n} pruned`);
    }
  } finally {
    await kit.close();
  }
});

test('a validator claims from the first event after it registered, however far others get before its first claim', () => {
  const kv = new CacheKV({ get: () => undefined, async *iterate() {} });
  writeNumber(kv, keys.lastObservedNonce, 5);
  pinClaimStart(kv, 'nrn1late');
  assert.equal(nextEventNonce(kv, 'nrn1late'), 6);
  writeNumber(kv, keys.lastObservedNonce, 9); // others' claims are observed meanwhile
  assert.equal(nextEventNonce(kv, 'nrn1late'), 6, 'the start stays pinned');
  pinClaimStart(kv, 'nrn1late');
  assert.equal(nextEventNonce(kv, 'nrn1late'), 6, 'pinning again changes nothing');
  writeNumber(kv, keys.lastEventNonce('nrn1late'), 7);
  assert.equal(nextEventNonce(kv, 'nrn1late'), 8);
});
