// An in-process NRN app for checkpoint tests: four genesis validators (accounts 0–3), trainers (4…), one training
// group, blocks with a hash (FinalizeBlock's `hash`, which seeds evaluation samples) at times the test chooses.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, makeAuthInfoBytes, makeSignDoc, encodePubkey } from '@cosmjs/proto-signing';
import type { AccountData } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey, makeCosmoshubPath } from '@cosmjs/amino';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { RequestFinalizeBlock, RequestInitChain, CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import type { ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import { AppStore } from '../../chain/store/store.ts';
import { NrnApp } from '../../chain/app.ts';
import { moduleAddress } from '../../chain/address.ts';
import { createRegistry } from '../../client/registry.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { accounts } from '../auth/index.ts';
import { BONDED_POOL } from '../staking/index.ts';
import { valoperFromAccount } from '../staking/keeper.ts';
import { checkpointCommitment } from './commitment.ts';

export const CHAIN_ID = 'nrn-ckpt-1';
/** A multiple of the round length, so round 1's window starts at genesis. */
export const GENESIS_MS = 1_700_000_000_000;
export const ROUND_SECONDS = 100;
export const FEE = 25_000n;
export const VALIDATORS = 4;
export const SELF_BOND = 10_000_000n;
export const MARGIN_MICRO = 10_000;
const GAS = 2_000_000;
const MNEMONIC = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const pb = nrn.checkpoint.v1;

export interface CheckpointKit {
  app: NrnApp;
  addrs: string[];
  nowMs: number;
  height: number;
  groupId: number;
  version: string;
  block(txs?: Uint8Array[], timeMs?: number): Promise<{ results: ExecTxResult[]; events: Event[] }>;
  tx(who: number, typeUrl: string, value: object, fee?: bigint): Promise<Uint8Array>;
  send(who: number, typeUrl: string, value: object, timeMs?: number): Promise<ExecTxResult>;
  checkTx(tx: Uint8Array): Promise<{ code: number; codespace: string; log: string }>;
  query(path: string, data: Uint8Array): Promise<Uint8Array>;
  balance(addr: string): bigint;
  supply(): bigint;
  dump(prefix: string): Promise<Map<string, string>>;
  /** The first block at or after the current round's end: the one that settles it. */
  roundEndMs(): number;
  close(): Promise<void>;
}

export const blockHash = (height: number) => createHash('sha256').update(`block ${height}`).digest();

/** A canonical CIDv1 (raw, sha256) of `text`, as a checkpoint directory CID would look. */
export async function cidOf(text: string): Promise<string> {
  return CID.create(1, 0x55, await sha256.digest(new TextEncoder().encode(text))).toString();
}

export const saltOf = (n: number) => createHash('sha256').update(`salt ${n}`).digest('hex');

export const msgs = {
  commit: '/nrn.checkpoint.v1.MsgCommitCheckpoint',
  reveal: '/nrn.checkpoint.v1.MsgRevealCheckpoint',
  report: '/nrn.checkpoint.v1.MsgReportLoss',
};

export async function startCheckpointKit(o: { trainers?: number; revealDeposit?: string; toleranceMicro?: number } = {}): Promise<CheckpointKit> {
  const n = VALIDATORS + (o.trainers ?? 3);
  const dir = await mkdtemp(join(tmpdir(), 'nrn-ckpt-'));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'nrn', hdPaths: Array.from({ length: n }, (_, i) => makeCosmoshubPath(i)) });
  const accts: readonly AccountData[] = await wallet.getAccounts();
  const addrs = accts.map((a) => a.address);
  const store = await AppStore.open(dir);
  const app = new NrnApp(store);
  const pool = moduleAddress(BONDED_POOL);
  const genesis = {
    auth: { accounts: addrs.map((address) => ({ address })) },
    bank: {
      balances: [
        ...addrs.map((address) => ({ address, coins: [{ denom: 'unrn', amount: '1000000000000' }] })),
        { address: pool, coins: [{ denom: 'unrn', amount: (SELF_BOND * BigInt(VALIDATORS)).toString() }] },
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
    checkpoint: { params: { reveal_deposit: o.revealDeposit ?? '1000000', default_tolerance_micro: o.toleranceMicro ?? 50_000 } },
  };
  await app.initChain(RequestInitChain.fromPartial({
    chainId: CHAIN_ID, initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)),
    time: { seconds: BigInt(GENESIS_MS / 1000), nanos: 0 },
  }));
  const registry = createRegistry();
  const kit: CheckpointKit = {
    app, addrs, nowMs: GENESIS_MS, height: 0, groupId: 0, version: '',
    async block(txs = [], timeMs) {
      kit.height++;
      kit.nowMs = timeMs ?? kit.nowMs + 1000;
      const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({
        height: BigInt(kit.height), txs, hash: blockHash(kit.height),
        time: { seconds: BigInt(Math.floor(kit.nowMs / 1000)), nanos: (kit.nowMs % 1000) * 1_000_000 },
      }));
      await app.commit({});
      return { results: res.txResults, events: res.events };
    },
    async tx(who, typeUrl, value, fee = FEE) {
      const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [registry.encodeAsAny({ typeUrl, value })] })).finish();
      const authInfoBytes = makeAuthInfoBytes(
        [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(accts[who]!.pubkey)), sequence: Number(accounts.get(store.committed, addrs[who]!)!.sequence) }],
        fee === 0n ? [] : [{ denom: 'unrn', amount: fee.toString() }], GAS, undefined, undefined,
      );
      const accountNumber = Number(accounts.get(store.committed, addrs[who]!)!.accountNumber);
      const { signature } = await wallet.signDirect(addrs[who]!, makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, accountNumber));
      return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
    },
    async send(who, typeUrl, value, timeMs) {
      const { results } = await kit.block([await kit.tx(who, typeUrl, value)], timeMs);
      return results[0]!;
    },
    async checkTx(tx) {
      const r = await app.checkTx({ tx, type: CheckTxType.NEW });
      return { code: r.code, codespace: r.codespace, log: r.log };
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
    roundEndMs: () => (Math.floor(kit.nowMs / (ROUND_SECONDS * 1000)) + 1) * ROUND_SECONDS * 1000,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await kit.block([], GENESIS_MS);
  const created = await kit.send(VALIDATORS, '/nrn.trainingset.v1.MsgCreateGroup', {
    creator: addrs[VALIDATORS], name: 'iris', model_spec_cid: await cidOf('model.json'), initial_dataset_cid: await cidOf('iris.csv'),
    training_config: { loss: 'categoricalCrossentropy', optimizer: 'adam', batch_size: 16, eval_sample_size: 150, margin_micro: MARGIN_MICRO },
    epoch_length_seconds: 0, training_round_seconds: ROUND_SECONDS, deposit: '10000000',
  });
  if (created.code !== 0) throw new Error(`group creation failed: ${created.log}`);
  const r = nrn.trainingset.v1.MsgCreateGroupResponse.decode(TxMsgResponses(created.data)[0]!);
  kit.groupId = r.group_id;
  kit.version = r.version;
  return kit;
}

function TxMsgResponses(data: Uint8Array): Uint8Array[] {
  return TxMsgData.decode(data).msgResponses.map((a) => a.value);
}

/** A trainer's commit then reveal values for `cid`. */
export function commitFor(kit: CheckpointKit, who: number, cid: string, salt: string) {
  return { trainer: kit.addrs[who]!, group_id: kit.groupId, commitment: checkpointCommitment(cid, kit.addrs[who]!, salt) };
}
export function revealFor(kit: CheckpointKit, who: number, cid: string, salt: string, claimedMicro: bigint | number, parent = '') {
  return { trainer: kit.addrs[who]!, group_id: kit.groupId, cid, salt, claimed_loss_micro: claimedMicro.toString(), training_set_version: kit.version, parent_cid: parent };
}
export function reportFor(kit: CheckpointKit, who: number, cid: string, lossMicro: bigint | number) {
  return { validator: kit.addrs[who]!, cid, loss_micro: lossMicro.toString() };
}

export async function queryRound(kit: CheckpointKit, round = 0) {
  return pb.QueryRoundResponse.decode(await kit.query('/nrn.checkpoint.v1.Query/Round', pb.QueryRoundRequest.encode({ group_id: kit.groupId, round }).finish()));
}
export async function queryBest(kit: CheckpointKit) {
  return pb.QueryBestResponse.decode(await kit.query('/nrn.checkpoint.v1.Query/Best', pb.QueryBestRequest.encode({ group_id: kit.groupId }).finish()));
}
export async function queryHistory(kit: CheckpointKit) {
  return pb.QueryHistoryResponse.decode(await kit.query('/nrn.checkpoint.v1.Query/History', pb.QueryHistoryRequest.encode({ group_id: kit.groupId }).finish())).history;
}
export async function queryCheckpoint(kit: CheckpointKit, cid: string) {
  return pb.QueryCheckpointResponse.decode(await kit.query('/nrn.checkpoint.v1.Query/Checkpoint', pb.QueryCheckpointRequest.encode({ cid }).finish())).checkpoint!;
}

/** The attributes of every event of `type`, as plain objects. */
export function eventsOf(events: Event[], type: string): Record<string, string>[] {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}
