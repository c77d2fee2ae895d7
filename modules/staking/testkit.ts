// A tiny in-process chain for staking tests: four actors with their own mnemonics, blocks with hand-made commit
// info and evidence, seconds advanced by the test.
import { createHash } from 'node:crypto';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import type { ResponseFinalizeBlock, Misbehavior, VoteInfo } from 'cosmjs-types/tendermint/abci/types';
import type { AppOptions } from '../../chain/app.ts';
import { moduleAddress } from '../../chain/address.ts';
import { startAppChain } from '../../app/testkit.ts';
import { accounts } from '../auth/index.ts';
import { valoperFromAccount, BONDED_POOL } from './keeper.ts';
import type { StakingParams } from './params.ts';
import type { CometClient } from '@cosmjs/tendermint-rpc';

export const CHAIN_ID = 'nrn-staking-1';
export const GENESIS_S = 1_700_000_000;
export const MNEMONICS = [
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong',
  'legal winner thank year wave sausage worth useful legal winner thank yellow',
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage above',
];
export const FUNDS = 1_000_000_000_000n;
export const FEE = 5000n;

/** A deterministic 32-byte stand-in for an ed25519 consensus key (the app only hashes it). */
export const consKey = (label: string) => createHash('sha256').update(`cons/${label}`).digest();
export const consAddr = (key: Uint8Array) => createHash('sha256').update(key).digest().subarray(0, 20);
export const pubkeyAny = (key: Uint8Array) => ({ typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKeyBytes(key) });
function Ed25519PubKeyBytes(key: Uint8Array) {
  // field 1, length-delimited: the ed25519 PubKey message
  return Uint8Array.from([0x0a, key.length, ...key]);
}

export interface Actor { address: string; valoper: string; wallet: DirectSecp256k1HdWallet; pubkey: Uint8Array }

export async function startChain(params: Partial<StakingParams> = {}, genesisSelfBond = 10_000_000n, appOptions: AppOptions = {}, exported?: Record<string, unknown>) {
  const actors: Actor[] = [];
  for (const m of MNEMONICS) {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(m, { prefix: 'nrn' });
    const [a] = await wallet.getAccounts();
    actors.push({ address: a!.address, valoper: valoperFromAccount(a!.address), wallet, pubkey: a!.pubkey });
  }
  const genesisKey = consKey('genesis');
  const genesis = {
    auth: { accounts: actors.map((a) => ({ address: a.address })) },
    bank: {
      balances: [...actors.map((a) => ({ address: a.address, coins: [{ denom: 'unrn', amount: FUNDS.toString() }] })),
        { address: moduleAddress(BONDED_POOL), coins: [{ denom: 'unrn', amount: genesisSelfBond.toString() }] }],
      supply: [],
    },
    staking: {
      params: { unbonding_time_s: 100, signed_blocks_window: 10, min_signed_per_window: '0.5', downtime_jail_duration_s: 60, double_sign_jail_duration_s: 120, ...params },
      validators: [{ operator_address: actors[0]!.valoper, consensus_pubkey: Buffer.from(genesisKey).toString('base64'), moniker: 'genesis', self_bond: genesisSelfBond.toString(), commission: { rate: '0.1', max_rate: '0.2', max_change_rate: '0.01' } }],
    },
  };
  const base = await startAppChain({ chainId: CHAIN_ID, genesisMs: GENESIS_S * 1000, appState: exported ?? genesis, appOptions });
  const { app, store, init } = base;
  const sequences = new Map<string, number>();

  const chain = {
    app, store, actors, genesisKey, init,
    get height() { return base.height; },
    get nowS() { return base.nowMs / 1000; },
    block(txs: Uint8Array[] = [], o: { advanceS?: number; votes?: VoteInfo[]; misbehavior?: Misbehavior[] } = {}): Promise<ResponseFinalizeBlock> {
      return base.block(txs, { timeMs: base.nowMs + (o.advanceS ?? 1) * 1000, votes: o.votes, misbehavior: o.misbehavior });
    },
    /** Signs one tx with the actor's next sequence (a failed tx still uses it up, as in a block). */
    async tx(actor: Actor, msgs: { typeUrl: string; value: Uint8Array }[], fee = FEE, gas = 400_000): Promise<Uint8Array> {
      const sequence = sequences.get(actor.address) ?? Number(accounts.get(store.committed, actor.address)!.sequence);
      sequences.set(actor.address, sequence + 1);
      return base.tx(actor, msgs, { fee, gas, sequence });
    },
    /** One tx in its own block; returns its result and the block's validator updates. */
    async run(actor: Actor, msgs: { typeUrl: string; value: Uint8Array }[], o: { advanceS?: number; votes?: VoteInfo[] } = {}) {
      const res = await chain.block([await chain.tx(actor, msgs)], o);
      return { result: res.txResults[0]!, updates: res.validatorUpdates, events: res.events };
    },
    balance: base.balance,
    query: (path: string, data: Uint8Array) => base.queryRaw(path, data),
    /**
     * Every staking/distribution/slashing key and value, to show a failed tx changed none of them — less the
     * fee pay-out records, which every block's fees move whatever its txs do.
     */
    async stakingState(): Promise<Record<string, string>> {
      const out: Record<string, string> = {};
      const feePayout = /^distr\/(acc|commission|community_pool)/;
      for (const pre of ['staking/', 'distr/', 'slashing/']) {
        for await (const [k, v] of store.committed.iterate(pre)) if (!feePayout.test(k)) out[k] = Buffer.from(v).toString('hex');
      }
      return out;
    },
    /** The app's query surface in the shape CosmJS's QueryClient asks of a CometBFT client (abciQuery only). */
    comet(): CometClient {
      const abciQuery = async (q: { path: string; data: Uint8Array }) => {
        const r = await base.queryRaw(q.path, q.data);
        return { code: r.code, codespace: r.codespace, log: r.log, value: r.value, key: r.key, index: 0, height: Number(r.height) || base.height };
      };
      return { abciQuery, disconnect() {} } as unknown as CometClient;
    },
    close: base.close,
  };
  // Genesis state is committed with the first block.
  await chain.block();
  return chain;
}

export type Chain = Awaited<ReturnType<typeof startChain>>;

/** A chain started from an exported genesis (every module's export), with the same actors. */
export const startChainFromGenesis = (exported: Record<string, unknown>) => startChain({}, 10_000_000n, {}, exported);
