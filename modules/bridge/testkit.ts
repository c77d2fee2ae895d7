// An in-process NRN app for bridge tests: four equal genesis validators (accounts 0–3, operator = account), users (4…),
// and each validator's orchestrator Ethereum key.
import type { ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import type { NrnApp } from '../../chain/app.ts';
import { moduleAddress } from '../../chain/address.ts';
import { fundedValidatorsGenesis, hdAccounts, startAppChain } from '../../app/testkit.ts';
import { BRIDGE_MODULE } from './claims.ts';
import { ethAddressOf, keccak256, signMessage } from './digest.ts';
import type { BridgeGenesis } from './genesis.ts';
import { DEFAULT_PARAMS } from './genesis.ts';
export { eventsOf, msgResponses } from '../../app/testkit.ts';

export const CHAIN_ID = 'nrn-bridge-1';
export const GENESIS_MS = 1_700_000_000_000;
export const FEE = 25_000n;
export const VALIDATORS = 4;
export const SELF_BOND = 10_000_000n;
export const START_BALANCE = 1_000_000_000_000n;

/** An Ethereum key as the tests use one: address, private key and an EIP-191 signMessage (what a wallet signs). */
export interface EthKey {
  address: string;
  privateKey: string;
  signMessage(message: string): string;
}

/** A deterministic key: keccak256 of the label's UTF-8 bytes (ethers' `id(label)`), so failures reproduce. */
export function ethKeyFromLabel(label: string): EthKey {
  const privateKey = keccak256(new TextEncoder().encode(label));
  return { privateKey, address: ethAddressOf(privateKey), signMessage: (message) => signMessage(privateKey, message) };
}

export interface BridgeKit {
  app: NrnApp;
  addrs: string[];
  /** Orchestrator Ethereum keys of validators 0–3. */
  ethKeys: EthKey[];
  readonly height: number;
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
  const { wallet, accounts, addrs } = await hdAccounts(VALIDATORS + (o.users ?? 3));
  const chain = await startAppChain({
    chainId: CHAIN_ID, genesisMs: GENESIS_MS,
    appState: {
      ...fundedValidatorsGenesis(addrs, { validators: VALIDATORS, selfBond: SELF_BOND, balance: START_BALANCE }),
      bridge: { params: { ...DEFAULT_PARAMS, ...o.params } },
      ...o.genesis,
    },
  });
  const kit: BridgeKit = {
    app: chain.app, addrs,
    get height() { return chain.height; },
    ethKeys: Array.from({ length: VALIDATORS }, (_, i) => ethKeyFromLabel(`orchestrator ${i}`)),
    async block(txs = []) {
      const res = await chain.block(txs);
      return { results: res.txResults, events: res.events };
    },
    tx: (who, typeUrl, value, fee = FEE) => chain.tx({ wallet, address: addrs[who]!, pubkey: accounts[who]!.pubkey }, [{ typeUrl, value }], { fee }),
    async send(who, typeUrl, value) {
      const { results } = await kit.block([await kit.tx(who, typeUrl, value)]);
      return results[0]!;
    },
    query: (path, data) => chain.query(path, data),
    balance: chain.balance,
    escrow: () => chain.balance(moduleAddress(BRIDGE_MODULE)),
    dump: chain.dump,
    close: chain.close,
  };
  await kit.block([]);
  return kit;
}
