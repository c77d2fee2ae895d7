// An in-process NRN app for trainingset tests: a few funded HD accounts, block times chosen by the test.
import type { ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import type { NrnApp } from '../../chain/app.ts';
import { hdAccounts, startAppChain } from '../../app/testkit.ts';
export { eventsOf } from '../../app/testkit.ts';

export const CHAIN_ID = 'nrn-unit-1';
export const GENESIS_MS = 1_700_000_000_000;
export const FEE = 25_000n;
const GAS = 1_000_000;

export interface Kit {
  app: NrnApp;
  addrs: string[];
  readonly nowMs: number;
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
  const { wallet, accounts, addrs } = await hdAccounts(o.accounts ?? 5);
  const balance = (o.balance ?? 1_000_000_000_000n).toString();
  const chain = await startAppChain({
    chainId: CHAIN_ID, genesisMs: GENESIS_MS,
    appState: {
      auth: { accounts: addrs.map((address) => ({ address })) },
      bank: { balances: addrs.map((address) => ({ address, coins: [{ denom: 'unrn', amount: balance }] })), supply: [] },
      ...o.genesis,
    },
  });
  const kit: Kit = {
    app: chain.app, addrs,
    get nowMs() { return chain.nowMs; },
    async block(txs = [], timeMs) {
      const res = await chain.block(txs, { timeMs });
      return { results: res.txResults, events: res.events };
    },
    tx: (who, typeUrl, value) => chain.tx({ wallet, address: addrs[who]!, pubkey: accounts[who]!.pubkey }, [{ typeUrl, value }], { fee: FEE, gas: GAS }),
    async send(who, typeUrl, value, timeMs) {
      const { results } = await kit.block([await kit.tx(who, typeUrl, value)], timeMs);
      return results[0]!;
    },
    query: (path, data) => chain.query(path, data),
    balance: chain.balance,
    supply: chain.supply,
    dump: chain.dump,
    close: chain.close,
  };
  await kit.block([], GENESIS_MS);
  return kit;
}
