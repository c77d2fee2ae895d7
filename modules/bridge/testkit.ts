// An in-process NRN app for bridge tests: four equal genesis validators (accounts 0–3, operator = account), users (4…),
// and each validator's orchestrator Ethereum key.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, makeAuthInfoBytes, makeSignDoc, encodePubkey } from '@cosmjs/proto-signing';
import type { AccountData } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey, makeCosmoshubPath } from '@cosmjs/amino';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import type { ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import { Wallet, id as keccakId } from 'ethers';
import { AppStore } from '../../chain/store/store.ts';
import { NrnApp } from '../../chain/app.ts';
import { moduleAddress } from '../../chain/address.ts';
import { createRegistry } from '../../client/registry.ts';
import { accounts } from '../auth/index.ts';
import { BONDED_POOL } from '../staking/index.ts';
import { valoperFromAccount } from '../staking/keeper.ts';
import { BRIDGE_MODULE } from './claims.ts';
import type { BridgeGenesis } from './genesis.ts';
import { DEFAULT_PARAMS } from './genesis.ts';

export const CHAIN_ID = 'nrn-bridge-1';
export const GENESIS_MS = 1_700_000_000_000;
export const FEE = 25_000n;
export const VALIDATORS = 4;
export const SELF_BOND = 10_000_000n;
export const START_BALANCE = 1_000_000_000_000n;
const GAS = 2_000_000;
const MNEMONIC = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

export interface BridgeKit {
  app: NrnApp;
  addrs: string[];
  /** Orchestrator Ethereum keys of validators 0–3. */
  ethKeys: Wallet[];
  height: number;
  block(txs?: Uint8Array[]): Promise<{ results: ExecTxResult[]; events: Event[] }>;
  tx(who: number, typeUrl: string, value: object, fee?: bigint): Promise<Uint8Array>;
  send(who: number, typeUrl: string, value: object): Promise<ExecTxResult>;
  query(path: string, data?: Uint8Array): Promise<Uint8Array>;
  balance(addr: string): bigint;
  escrow(): bigint;
  dump(prefix: string): Promise<Map<string, string>>;
  close(): Promise<void>;
}

/** `genesis` adds other modules' genesis sections (e.g. trainingset and checkpoint state for settlements). */
export async function startBridgeKit(o: { users?: number; params?: Partial<BridgeGenesis['params']>; genesis?: Record<string, unknown> } = {}): Promise<BridgeKit> {
  const n = VALIDATORS + (o.users ?? 3);
  const dir = await mkdtemp(join(tmpdir(), 'nrn-bridge-'));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'nrn', hdPaths: Array.from({ length: n }, (_, i) => makeCosmoshubPath(i)) });
  const accts: readonly AccountData[] = await wallet.getAccounts();
  const addrs = accts.map((a) => a.address);
  const store = await AppStore.open(dir);
  const app = new NrnApp(store);
  const genesis = {
    auth: { accounts: addrs.map((address) => ({ address })) },
    bank: {
      balances: [
        ...addrs.map((address) => ({ address, coins: [{ denom: 'unrn', amount: START_BALANCE.toString() }] })),
        { address: moduleAddress(BONDED_POOL), coins: [{ denom: 'unrn', amount: (SELF_BOND * BigInt(VALIDATORS)).toString() }] },
      ],
      supply: [],
    },
    staking: {
      params: {},
      validators: addrs.slice(0, VALIDATORS).map((a, i) => ({
        operator_address: valoperFromAccount(a), moniker: `v${i}`, self_bond: SELF_BOND.toString(),
        consensus_pubkey: createHash('sha256').update(`cons ${i}`).digest().toString('base64'),
      })),
    },
    bridge: { params: { ...DEFAULT_PARAMS, ...o.params } },
    ...o.genesis,
  };
  await app.initChain(RequestInitChain.fromPartial({
    chainId: CHAIN_ID, initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)),
    time: { seconds: BigInt(GENESIS_MS / 1000), nanos: 0 },
  }));
  const registry = createRegistry();
  const kit: BridgeKit = {
    app, addrs, height: 0,
    ethKeys: Array.from({ length: VALIDATORS }, (_, i) => new Wallet(keccakId(`orchestrator ${i}`))),
    async block(txs = []) {
      kit.height++;
      const ms = GENESIS_MS + kit.height * 1000;
      const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({
        height: BigInt(kit.height), txs, hash: createHash('sha256').update(`block ${kit.height}`).digest(),
        time: { seconds: BigInt(Math.floor(ms / 1000)), nanos: 0 },
      }));
      await app.commit({});
      return { results: res.txResults, events: res.events };
    },
    async tx(who, typeUrl, value, fee = FEE) {
      const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [registry.encodeAsAny({ typeUrl, value })] })).finish();
      const account = accounts.get(store.committed, addrs[who]!)!;
      const authInfoBytes = makeAuthInfoBytes(
        [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(accts[who]!.pubkey)), sequence: Number(account.sequence) }],
        fee === 0n ? [] : [{ denom: 'unrn', amount: fee.toString() }], GAS, undefined, undefined,
      );
      const { signature } = await wallet.signDirect(addrs[who]!, makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, Number(account.accountNumber)));
      return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
    },
    async send(who, typeUrl, value) {
      const { results } = await kit.block([await kit.tx(who, typeUrl, value)]);
      return results[0]!;
    },
    async query(path, data = new Uint8Array(0)) {
      const r = await app.query({ path, data, height: 0n, prove: false });
      if (r.code !== 0) throw Object.assign(new Error(r.log), { code: r.code, codespace: r.codespace });
      return r.value;
    },
    balance: (addr) => app.bank.balance(store.committed, addr, 'unrn'),
    escrow: () => app.bank.balance(store.committed, moduleAddress(BRIDGE_MODULE), 'unrn'),
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
  await kit.block([]);
  return kit;
}

export const msgResponses = (data: Uint8Array) => TxMsgData.decode(data).msgResponses.map((a) => a.value);

export function eventsOf(events: Event[], type: string): Record<string, string>[] {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}
