// An in-process NRN app for checkpoint tests: four genesis validators (accounts 0–3), trainers (4…), one training
// group, blocks with a hash (FinalizeBlock's `hash`, which seeds evaluation samples) at times the test chooses.
import { createHash } from 'node:crypto';
import type { ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import type { NrnApp } from '../../chain/app.ts';
import { fundedValidatorsGenesis, hdAccounts, msgResponses, startAppChain } from '../../app/testkit.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { checkpointCommitment } from './commitment.ts';
export { blockHash, eventsOf } from '../../app/testkit.ts';

export const CHAIN_ID = 'nrn-ckpt-1';
/** A multiple of the round length, so round 1's window starts at genesis. */
export const GENESIS_MS = 1_700_000_000_000;
export const ROUND_SECONDS = 100;
export const FEE = 25_000n;
export const VALIDATORS = 4;
export const SELF_BOND = 10_000_000n;
export const MARGIN_MICRO = 10_000;
const pb = nrn.checkpoint.v1;

export interface CheckpointKit {
  app: NrnApp;
  addrs: string[];
  readonly nowMs: number;
  readonly height: number;
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
  const { wallet, accounts, addrs } = await hdAccounts(VALIDATORS + (o.trainers ?? 3));
  const chain = await startAppChain({
    chainId: CHAIN_ID, genesisMs: GENESIS_MS,
    appState: {
      ...fundedValidatorsGenesis(addrs, { validators: VALIDATORS, selfBond: SELF_BOND, balance: 1_000_000_000_000n }),
      checkpoint: { params: { reveal_deposit: o.revealDeposit ?? '1000000', default_tolerance_micro: o.toleranceMicro ?? 50_000 } },
    },
  });
  const kit: CheckpointKit = {
    app: chain.app, addrs, groupId: 0, version: '',
    get nowMs() { return chain.nowMs; },
    get height() { return chain.height; },
    async block(txs = [], timeMs) {
      const res = await chain.block(txs, { timeMs });
      return { results: res.txResults, events: res.events };
    },
    tx: (who, typeUrl, value, fee = FEE) => chain.tx({ wallet, address: addrs[who]!, pubkey: accounts[who]!.pubkey }, [{ typeUrl, value }], { fee }),
    async send(who, typeUrl, value, timeMs) {
      const { results } = await kit.block([await kit.tx(who, typeUrl, value)], timeMs);
      return results[0]!;
    },
    checkTx: chain.checkTx,
    query: (path, data) => chain.query(path, data),
    balance: chain.balance,
    supply: chain.supply,
    dump: chain.dump,
    roundEndMs: () => (Math.floor(kit.nowMs / (ROUND_SECONDS * 1000)) + 1) * ROUND_SECONDS * 1000,
    close: chain.close,
  };
  await kit.block([], GENESIS_MS);
  const created = await kit.send(VALIDATORS, '/nrn.trainingset.v1.MsgCreateGroup', {
    creator: addrs[VALIDATORS], name: 'iris', model_spec_cid: await cidOf('model.json'), initial_dataset_cid: await cidOf('iris.csv'),
    training_config: { loss: 'categoricalCrossentropy', optimizer: 'adam', batch_size: 16, eval_sample_size: 150, margin_micro: MARGIN_MICRO },
    epoch_length_seconds: 0, training_round_seconds: ROUND_SECONDS, deposit: '10000000',
  });
  if (created.code !== 0) throw new Error(`group creation failed: ${created.log}`);
  const r = nrn.trainingset.v1.MsgCreateGroupResponse.decode(msgResponses(created.data)[0]!);
  kit.groupId = r.group_id;
  kit.version = r.version;
  return kit;
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
