// An in-process NRN app for module tests: ABCI calls made by hand, block times chosen by the test, txs signed by
// a few HD accounts of one wallet, and helpers to read trainingset state.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, makeAuthInfoBytes, makeSignDoc, encodePubkey } from '@cosmjs/proto-signing';
import type { AccountData } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey, makeCosmoshubPath } from '@cosmjs/amino';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import type { ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import { AppStore } from '../../chain/store/store.ts';
import { NrnApp } from '../../chain/app.ts';
import { createRegistry } from '../../client/registry.ts';
import { accounts } from '../auth/index.ts';

export const CHAIN_ID = 'nrn-unit-1';
export const GENESIS_MS = 1_700_000_000_000;
export const FEE = 25_000n;
const GAS = 1_000_000;
const MNEMONIC = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

export interface Kit {
  app: NrnApp;
  addrs: string[];
  nowMs: number;
  /** Runs one block at `timeMs` (default: 1 s after the last) and commits it. */
  block(txs?: Uint8Array[], timeMs?: number): Promise<{ results: ExecTxResult[]; events: Event[] }>;
  /** A signed tx of one message from account `who`. */
  tx(who: number, typeUrl: string, value: object): Promise<Uint8Array>;
  /** Runs one tx in its own block and returns its result. */
  send(who: number, typeUrl: string, value: object, timeMs?: number): Promise<ExecTxResult>;
  query(path: string, data: Uint8Array): Promise<Uint8Array>;
  balance(addr: string): bigint;
  supply(): bigint;
  /** Every committed key under `prefix` with its value, to compare state before and after. */
  dump(prefix: string): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export async function startKit(o: { accounts?: number; balance?: bigint; genesis?: Record<string, unknown> } = {}): Promise<Kit> {
  const n = o.accounts ?? 5;
  const dir = await mkdtemp(join(tmpdir(), 'nrn-ts-'));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'nrn', hdPaths: Array.from({ length: n }, (_, i) => makeCosmoshubPath(i)) });
  const accts: readonly AccountData[] = await wallet.getAccounts();
  const addrs = accts.map((a) => a.address);
  const balance = (o.balance ?? 1_000_000_000_000n).toString();
  const store = await AppStore.open(dir);
  const app = new NrnApp(store);
  const genesis = {
    auth: { accounts: addrs.map((address) => ({ address })) },
    bank: { balances: addrs.map((address) => ({ address, coins: [{ denom: 'unrn', amount: balance }] })), supply: [] },
    ...o.genesis,
  };
  await app.initChain(RequestInitChain.fromPartial({
    chainId: CHAIN_ID, initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)),
    time: { seconds: BigInt(GENESIS_MS / 1000), nanos: 0 },
  }));
  const registry = createRegistry();
  let height = 0;
  const kit: Kit = {
    app, addrs, nowMs: GENESIS_MS,
    async block(txs = [], timeMs) {
      height++;
      kit.nowMs = timeMs ?? kit.nowMs + 1000;
      const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({
        height: BigInt(height), txs, time: { seconds: BigInt(Math.floor(kit.nowMs / 1000)), nanos: (kit.nowMs % 1000) * 1_000_000 },
      }));
      await app.commit({});
      return { results: res.txResults, events: res.events };
    },
    async tx(who, typeUrl, value) {
      const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [registry.encodeAsAny({ typeUrl, value })] })).finish();
      const authInfoBytes = makeAuthInfoBytes(
        [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(accts[who]!.pubkey)), sequence: Number(accounts.get(store.committed, addrs[who]!)!.sequence) }],
        [{ denom: 'unrn', amount: FEE.toString() }], GAS, undefined, undefined,
      );
      const { signature } = await wallet.signDirect(addrs[who]!, makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, who));
      return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
    },
    async send(who, typeUrl, value, timeMs) {
      const { results } = await kit.block([await kit.tx(who, typeUrl, value)], timeMs);
      return results[0]!;
    },
    async query(path, data) {
      const r = await app.query({ path, data, height: 0n, prove: false });
      if (r.code !== 0) throw Object.assign(new Error(r.log), { code: r.code, codespace: r.codespace });
      return r.value;
    },
    balance: (addr) => app.bank.balance(store.committed, addr, 'unrn'),
    supply: () => app.bank.supply(store.committed, 'unrn'),
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
  await kit.block([], GENESIS_MS);
  return kit;
}

/** The attributes of every event of `type`, as plain objects. */
export function eventsOf(events: Event[], type: string): Record<string, string>[] {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}
