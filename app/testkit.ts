// An in-process NRN chain for module tests: NrnApp over a temporary store, ABCI calls made by hand, block times
// chosen by the test, txs signed with CosmJS. Each module's testkit adds its own genesis, actors and helpers.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, makeAuthInfoBytes, makeSignDoc, encodePubkey } from '@cosmjs/proto-signing';
import type { AccountData, OfflineDirectSigner } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey, makeCosmoshubPath } from '@cosmjs/amino';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { CheckTxType, RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import type { Event, Misbehavior, ResponseFinalizeBlock, ResponseInitChain, ResponseQuery, VoteInfo } from 'cosmjs-types/tendermint/abci/types';
import { AppStore } from '../chain/store/store.ts';
import { createApp } from '../chain/app.ts';
import type { NrnApp } from '../chain/app.ts';
import { nrnModules } from './wiring.ts';
import type { AppOptions } from '../chain/app.ts';
import { createRegistry } from '../client/registry.ts';
import { accounts } from '../modules/auth/index.ts';
import { BONDED_POOL, valoperFromAccount } from '../modules/staking/keeper.ts';
import { moduleAddress } from '../chain/address.ts';
import { toTimestamp } from '../chain/time.ts';

/** The BIP-39 test vector every module testkit derives its accounts from. */
export const TEST_MNEMONIC = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

/** Accounts 0…n-1 of one HD wallet (the Cosmos Hub path), as signers for `AppChain.tx`. */
export async function hdAccounts(n: number, mnemonic = TEST_MNEMONIC): Promise<{ wallet: DirectSecp256k1HdWallet; accounts: readonly AccountData[]; addrs: string[] }> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'nrn', hdPaths: Array.from({ length: n }, (_, i) => makeCosmoshubPath(i)) });
  const accts = await wallet.getAccounts();
  return { wallet, accounts: accts, addrs: accts.map((a) => a.address) };
}

/** A block hash that depends only on the height, for FinalizeBlock's `hash` (which seeds evaluation samples). */
export const blockHash = (height: number) => createHash('sha256').update(`block ${height}`).digest();

export interface Signer { wallet: OfflineDirectSigner; address: string; pubkey: Uint8Array }
export interface AnyMsg { typeUrl: string; value: object }

export interface AppChain {
  app: NrnApp;
  store: AppStore;
  /** What InitChain answered (the genesis validator set). */
  init: ResponseInitChain;
  readonly height: number;
  readonly nowMs: number;
  /** FinalizeBlock + Commit of the next height at `timeMs` (default 1 s after the last block). */
  block(txs?: Uint8Array[], o?: { timeMs?: number; votes?: VoteInfo[]; misbehavior?: Misbehavior[] }): Promise<ResponseFinalizeBlock>;
  /**
   * A signed tx of `msgs` (amino-JSON-free: `value` objects are encoded through the client registry, or given
   * as bytes). The sequence is the committed one unless given; a fee of 0 sends no fee coins.
   */
  tx(signer: Signer, msgs: (AnyMsg | { typeUrl: string; value: Uint8Array })[], o?: { fee?: bigint; gas?: number; sequence?: number }): Promise<Uint8Array>;
  checkTx(tx: Uint8Array): Promise<{ code: number; codespace: string; log: string }>;
  /** The raw ABCI query answer at the latest height. */
  queryRaw(path: string, data?: Uint8Array): Promise<ResponseQuery>;
  /** The query's value; an error answer throws with its code and codespace. */
  query(path: string, data?: Uint8Array): Promise<Uint8Array>;
  balance(addr: string): bigint;
  supply(): bigint;
  /** Every committed key under `prefix` with its value (hex), to compare state before and after. */
  dump(prefix: string): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export async function startAppChain(o: { chainId: string; genesisMs: number; appState: Record<string, unknown>; appOptions?: AppOptions }): Promise<AppChain> {
  const dir = await mkdtemp(join(tmpdir(), `${o.chainId}-`));
  const store = await AppStore.open(dir);
  const { bank, ...composition } = nrnModules();
  const app = createApp({ store, ...composition, ...o.appOptions });
  const init = await app.initChain(RequestInitChain.fromPartial({
    chainId: o.chainId, initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(o.appState)),
    time: toTimestamp(o.genesisMs),
  }));
  const registry = createRegistry();
  let height = 0;
  let nowMs = o.genesisMs;
  const chain: AppChain = {
    app, store, init,
    get height() { return height; },
    get nowMs() { return nowMs; },
    async block(txs = [], b = {}) {
      height++;
      nowMs = b.timeMs ?? nowMs + 1000;
      const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({
        height: BigInt(height), txs, hash: blockHash(height),
        time: toTimestamp(nowMs),
        decidedLastCommit: { round: 0, votes: b.votes ?? [] }, misbehavior: b.misbehavior ?? [],
      }));
      await app.commit({});
      return res;
    },
    async tx(signer, msgs, t = {}) {
      const messages = msgs.map((m) => (m.value instanceof Uint8Array ? m as { typeUrl: string; value: Uint8Array } : registry.encodeAsAny(m)));
      const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages })).finish();
      const account = accounts.get(store.committed, signer.address);
      if (!account) throw new Error(`${signer.address} has no account in committed state`);
      const fee = t.fee ?? 25_000n;
      const authInfoBytes = makeAuthInfoBytes(
        [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(signer.pubkey)), sequence: t.sequence ?? Number(account.sequence) }],
        fee === 0n ? [] : [{ denom: 'unrn', amount: fee.toString() }], t.gas ?? 2_000_000, undefined, undefined,
      );
      const { signature } = await signer.wallet.signDirect(signer.address, makeSignDoc(bodyBytes, authInfoBytes, o.chainId, Number(account.accountNumber)));
      return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
    },
    async checkTx(tx) {
      const r = await app.checkTx({ tx, type: CheckTxType.NEW });
      return { code: r.code, codespace: r.codespace, log: r.log };
    },
    queryRaw: (path, data = new Uint8Array(0)) => app.query({ path, data, height: 0n, prove: false }),
    async query(path, data) {
      const r = await chain.queryRaw(path, data);
      if (r.code !== 0) throw Object.assign(new Error(r.log), { code: r.code, codespace: r.codespace });
      return r.value;
    },
    balance: (addr) => bank.balance(store.committed, addr, 'unrn'),
    supply: () => bank.supply(store.committed, 'unrn'),
    async dump(prefix) {
      const out = new Map<string, string>();
      for await (const [k, v] of store.committed.iterate(prefix)) out.set(k, Buffer.from(v).toString('hex'));
      return out;
    },
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return chain;
}

/**
 * The auth, bank and staking genesis of funded accounts whose first `validators` are equal genesis validators
 * (operator = account, self-bond `selfBond`, consensus key a hash of the index).
 */
export function fundedValidatorsGenesis(addrs: string[], o: { validators: number; selfBond: bigint; balance: bigint }): Record<string, unknown> {
  return {
    auth: { accounts: addrs.map((address) => ({ address })) },
    bank: {
      balances: [
        ...addrs.map((address) => ({ address, coins: [{ denom: 'unrn', amount: o.balance.toString() }] })),
        { address: moduleAddress(BONDED_POOL), coins: [{ denom: 'unrn', amount: (o.selfBond * BigInt(o.validators)).toString() }] },
      ],
      supply: [],
    },
    staking: {
      params: {},
      validators: addrs.slice(0, o.validators).map((a, i) => ({
        operator_address: valoperFromAccount(a), moniker: `v${i}`, self_bond: o.selfBond.toString(),
        consensus_pubkey: createHash('sha256').update(`cons ${i}`).digest().toString('base64'),
      })),
    },
  };
}

/** The attributes of every event of `type`, as plain objects. */
export function eventsOf(events: Event[], type: string): Record<string, string>[] {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}

/** The encoded Msg responses of a tx result's `data`. */
export const msgResponses = (data: Uint8Array): Uint8Array[] => TxMsgData.decode(data).msgResponses.map((a) => a.value);
