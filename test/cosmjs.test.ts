// Unmodified @cosmjs/stargate against a real node: reads, sends with fixed and "auto" fees, tx lookup and search,
// exact balance and supply accounting, same-block sequences, and a store proof checked against the header's app hash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { StargateClient, SigningStargateClient, GasPrice, QueryClient } from '@cosmjs/stargate';
import type { StdFee } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { toHex, fromBase64, fromHex } from '@cosmjs/encoding';
import { TxRaw, AuthInfo, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import {
  QueryBalanceRequest, QueryBalanceResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse,
  QuerySupplyOfRequest, QuerySupplyOfResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { DEFAULT_SELF_BOND } from '../cli/nrnd/home.ts';
import { startTestChain, walletFor, waitForHeight, TEST_MNEMONICS } from './harness.ts';
import type { TestChain } from './harness.ts';
import { waitForTx } from './txbuilder.ts';
import type { Signer } from './txbuilder.ts';
import { moduleAddress } from '../chain/address.ts';
import { verifyProof } from '../chain/store/hashtrie.ts';
import { decodeProof } from '../chain/app.ts';

const FUNDS = 1_000_000_000n;
const BOB_FUNDS = 777n;
const FIXED_FEE: StdFee = { amount: [{ denom: 'unrn', amount: '5000' }], gas: '200000' };
let chain: TestChain;
let client: StargateClient;
let signing: SigningStargateClient;
let queryClient: QueryClient;
let comet: Awaited<ReturnType<typeof connectComet>>;
let alice: Signer;
let bob: Signer;
let carol: Signer;
const feeCollector = moduleAddress('fee_collector');

interface Ledger { alice: bigint; bob: bigint; carol: bigint; feeCollector: bigint; supply: bigint; totalSupply: bigint }

/**
 * Every figure from one height: fees move from the fee collector to distribution in the next block's BeginBlock,
 * so balances read across a block boundary could count the same fee twice. Reads go to the latest height (the
 * supply listing is served there only) and are taken again until every answer carries the same height.
 */
async function ledger(): Promise<Ledger> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const heights = new Set<number>();
    const q = async <T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> => {
      const r = await queryClient.queryAbci(path, req);
      heights.add(r.height);
      return decode(r.value);
    };
    const bal = async (address: string) => BigInt((await q('/cosmos.bank.v1beta1.Query/Balance',
      QueryBalanceRequest.encode({ address, denom: 'unrn' }).finish(), QueryBalanceResponse.decode)).balance!.amount);
    const total = await q('/cosmos.bank.v1beta1.Query/TotalSupply', QueryTotalSupplyRequest.encode({}).finish(),
      QueryTotalSupplyResponse.decode);
    assert.deepEqual(total.supply.map((c) => c.denom), ['unrn']);
    const supplyOf = await q('/cosmos.bank.v1beta1.Query/SupplyOf', QuerySupplyOfRequest.encode({ denom: 'unrn' }).finish(),
      QuerySupplyOfResponse.decode);
    const l = {
      alice: await bal(alice.address), bob: await bal(bob.address), carol: await bal(carol.address),
      feeCollector: await bal(feeCollector) + await bal(moduleAddress('distribution')),
      supply: BigInt(supplyOf.amount!.amount), totalSupply: BigInt(total.supply[0]!.amount),
    };
    if (heights.size === 1) return l;
  }
  throw new Error('no block long enough to read the ledger at one height');
}

/** The fee a committed tx actually paid, read back from its AuthInfo. */
async function paidFee(hash: string): Promise<bigint> {
  const tx = await client.getTx(hash);
  assert.ok(tx, `tx ${hash} not found`);
  const fee = AuthInfo.decode(TxRaw.decode(tx.tx).authInfoBytes).fee!;
  assert.equal(fee.amount.length, 1);
  assert.equal(fee.amount[0]!.denom, 'unrn');
  return BigInt(fee.amount[0]!.amount);
}

before(async () => {
  const [a, b, c] = await Promise.all(TEST_MNEMONICS.map((m) => walletFor(m)));
  alice = a!; bob = b!; carol = c!;
  chain = await startTestChain({ balances: { [alice.address]: `${FUNDS}unrn`, [bob.address]: `${BOB_FUNDS}unrn` } });
  client = await StargateClient.connect(chain.rpc);
  signing = await SigningStargateClient.connectWithSigner(chain.rpc, alice.wallet, {
    gasPrice: GasPrice.fromString('0.025unrn'),
    // CosmJS polls for inclusion every 3 s by default; blocks here come every ~200 ms.
    broadcastPollIntervalMs: 200,
  });
  comet = await connectComet(chain.rpc);
  queryClient = new QueryClient(comet);
});

after(async () => {
  client?.disconnect();
  comet?.disconnect();
  signing?.disconnect();
  await chain?.stop();
});

test('StargateClient reads chain id, height, accounts and balances', async () => {
  assert.equal(await client.getChainId(), chain.chainId);
  assert.ok((await client.getHeight()) >= 1);

  const a = await client.getAccount(alice.address);
  const b = await client.getAccount(bob.address);
  assert.ok(a && b);
  assert.equal(a.address, alice.address);
  assert.equal(a.sequence, 0);
  assert.equal(a.pubkey, null, 'no public key before the first tx');
  assert.equal(b.sequence, 0);
  // Genesis accounts are numbered in genesis order, as the SDK's auth module does.
  assert.equal(a.accountNumber, 0n);
  assert.equal(b.accountNumber, 1n);
  assert.equal(await client.getAccount(carol.address), null, 'a missing account reads as null');
  assert.equal(await client.getSequence(alice.address).then((s) => s.sequence), 0);

  assert.deepEqual(await client.getBalance(alice.address, 'unrn'), { denom: 'unrn', amount: String(FUNDS) });
  assert.deepEqual(await client.getBalance(alice.address, 'uatom'), { denom: 'uatom', amount: '0' });
  assert.deepEqual(await client.getBalance(carol.address, 'unrn'), { denom: 'unrn', amount: '0' });
  assert.deepEqual(await client.getAllBalances(bob.address), [{ denom: 'unrn', amount: String(BOB_FUNDS) }]);
  assert.deepEqual(await client.getAllBalances(carol.address), []);

  const l = await ledger();
  assert.equal(l.supply, FUNDS + BOB_FUNDS + DEFAULT_SELF_BOND);
  assert.equal(l.totalSupply, FUNDS + BOB_FUNDS + DEFAULT_SELF_BOND);
});

let fixedHash = '';
let autoHash = '';

test('sendTokens with a fixed fee moves exactly the amount and the fee', async () => {
  const before = await ledger();
  const r = await signing.sendTokens(alice.address, carol.address, [{ denom: 'unrn', amount: '12345' }], FIXED_FEE, 'fixed fee');
  assert.equal(r.code, 0, r.rawLog);
  assert.ok(r.gasUsed > 0n && r.gasUsed <= r.gasWanted);
  assert.equal(r.gasWanted, 200_000n);
  fixedHash = r.transactionHash;
  assert.deepEqual(await ledger(), {
    ...before,
    alice: before.alice - 12345n - 5000n,
    carol: before.carol + 12345n,
    feeCollector: before.feeCollector + 5000n,
  });
  const acct = await client.getAccount(alice.address);
  assert.equal(acct!.sequence, 1);
  assert.ok(acct!.pubkey, 'the first tx records the public key');
  const created = await client.getAccount(carol.address);
  assert.ok(created, 'receiving tokens creates the account');
  assert.equal(created.sequence, 0);
  assert.ok(created.accountNumber > 1n);
});

test('sendTokens with "auto" simulates, pays a sufficient fee and moves exactly amount + fee', async () => {
  const before = await ledger();
  const r = await signing.sendTokens(alice.address, bob.address, [{ denom: 'unrn', amount: '999' }], 'auto', 'auto fee');
  assert.equal(r.code, 0, r.rawLog);
  autoHash = r.transactionHash;
  const fee = await paidFee(autoHash);
  assert.ok(r.gasUsed <= r.gasWanted, `simulated gas ${r.gasWanted} did not cover the ${r.gasUsed} used`);
  assert.ok(fee * 1000n >= r.gasWanted * 25n, 'the auto fee meets the minimum gas price');
  assert.deepEqual(await ledger(), {
    ...before,
    alice: before.alice - 999n - fee,
    bob: before.bob + 999n,
    feeCollector: before.feeCollector + fee,
  });
});

test('getTx finds a committed tx by hash', async () => {
  const tx = await client.getTx(fixedHash);
  assert.ok(tx);
  assert.equal(tx.hash, fixedHash);
  assert.equal(tx.code, 0);
  assert.ok(tx.height > 0);
  assert.equal(TxBody.decode(TxRaw.decode(tx.tx).bodyBytes).memo, 'fixed fee');
  assert.equal(await client.getTx('00'.repeat(32)), null);
});

test('searchTx finds txs by message.sender and by transfer.recipient', async () => {
  const bySender = await client.searchTx([{ key: 'message.sender', value: alice.address }]);
  const senderHashes = bySender.map((t) => t.hash);
  assert.ok(senderHashes.includes(fixedHash) && senderHashes.includes(autoHash), `got ${senderHashes}`);

  const toCarol = await client.searchTx(`transfer.recipient='${carol.address}'`);
  assert.deepEqual(toCarol.map((t) => t.hash), [fixedHash]);
  const toBob = await client.searchTx([{ key: 'transfer.recipient', value: bob.address }]);
  assert.deepEqual(toBob.map((t) => t.hash), [autoHash]);
  assert.deepEqual(await client.searchTx([{ key: 'message.sender', value: carol.address }]), []);
});

test('two txs from one account with sequences n and n+1, signed offline, both commit', async () => {
  const offline = await SigningStargateClient.offline(alice.wallet);
  const acct = await client.getAccount(alice.address);
  const n = acct!.sequence;
  const send = (amount: string) => ({
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    value: { fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: 'unrn', amount }] },
  });
  const signerData = (sequence: number) => ({ accountNumber: acct!.accountNumber, sequence, chainId: chain.chainId });
  const tx1 = TxRaw.encode(await offline.sign(alice.address, [send('1')], FIXED_FEE, 'seq n', signerData(n))).finish();
  const tx2 = TxRaw.encode(await offline.sign(alice.address, [send('2')], FIXED_FEE, 'seq n+1', signerData(n + 1))).finish();
  const before = await ledger();

  // CheckTx must accept n+1 on top of n while n is still only in the mempool.
  const [h1, h2] = [await client.broadcastTxSync(tx1), await client.broadcastTxSync(tx2)];
  const [r1, r2] = [await waitForTx(chain.rpc, h1), await waitForTx(chain.rpc, h2)];
  assert.equal(r1.code, 0, r1.log);
  assert.equal(r2.code, 0, r2.log);
  assert.ok(r2.height >= r1.height);
  assert.equal((await client.getAccount(alice.address))!.sequence, n + 2);
  assert.deepEqual(await ledger(), {
    ...before,
    alice: before.alice - 3n - 10_000n,
    bob: before.bob + 3n,
    feeCollector: before.feeCollector + 10_000n,
  });
});

test('a /store query with prove=true verifies against the app hash in the next block header', async () => {
  const key = new TextEncoder().encode(`bank/bal/${alice.address}/unrn`);
  const height = await client.getHeight();
  // CometBFT reports a height once the block is stored, a moment before the app commits it; the next block
  // is proposed only after that commit. CometBFT records the app hash after height H in the header of H+1.
  await waitForHeight(chain.rpc, height + 1);
  const query = async (k: Uint8Array) => {
    const res = await fetch(`${chain.rpc}/abci_query?path="/store"&data=0x${toHex(k)}&prove=true&height=${height}`);
    const { result } = (await res.json()) as { result: { response: any } };
    return result.response;
  };
  const resp = await query(key);
  assert.equal(resp.code, 0, resp.log);
  assert.equal(Number(resp.height), height);
  const value = fromBase64(resp.value ?? '');
  assert.equal(new TextDecoder().decode(value), (await client.getBalance(alice.address, 'unrn')).amount);
  const ops = resp.proofOps.ops as { type: string; key: string; data: string }[];
  assert.equal(ops.length, 1);
  const proof = decodeProof(fromBase64(ops[0]!.data));

  const block = (await (await fetch(`${chain.rpc}/block?height=${height + 1}`)).json()) as { result: { block: { header: { app_hash: string } } } };
  const appHash = fromHex(block.result.block.header.app_hash);
  assert.equal(verifyProof(appHash, key, value, proof), true);
  assert.equal(verifyProof(appHash, key, new TextEncoder().encode('1'), proof), false, 'a different value must not verify');

  // A key that is absent proves its absence.
  const missingKey = new TextEncoder().encode(`bank/bal/${alice.address}/uatom`);
  const missing = await query(missingKey);
  assert.equal(missing.code, 0, missing.log);
  assert.equal(missing.value ?? null, null);
  const absence = decodeProof(fromBase64(missing.proofOps.ops[0].data));
  assert.equal(verifyProof(appHash, missingKey, null, absence), true);
  assert.equal(verifyProof(appHash, missingKey, new TextEncoder().encode('5'), absence), false);
});

test('a tx CheckTx refuses throws at once and leaves no timer behind (connectSigner works around CosmJS 0.39)', async () => {
  const { connectSigner } = await import('../client/connect.ts');
  const c = await connectSigner(chain.rpc, alice.wallet);
  try {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const tooCheap: StdFee = { amount: [{ denom: 'unrn', amount: '1' }], gas: '200000' };
    await assert.rejects(c.sendTokens(alice.address, carol.address, [{ denom: 'unrn', amount: '1' }], tooCheap), /insufficient fee/);
    assert.equal(timers(), before, 'no timeout timer left running after the refusal');
  } finally {
    c.disconnect();
  }
});
