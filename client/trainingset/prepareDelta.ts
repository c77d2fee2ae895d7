// Getting a delta ready for MsgProposeDelta: checked against the group's current training set, applied, and the
// delta and its result put on IPFS. What it returns is proposeDelta's parameters, less the proposer.
import { applyDelta, isCanonicalDataset, parseDelta } from '../../dataset/diff.ts';
import type { DeltaConflictError, InvalidDeltaError } from '../../dataset/diff.ts';
import type { ContentUnavailableError } from '../../storage/errors.ts';
import type { ContentStore } from '../../storage/types.ts';
import type { ProposeDeltaParameters } from './proposeDelta.ts';
import type { Group } from './queries.ts';
import { contentCid } from './sync.ts';

/** The delta has no hunks: proposing it would change nothing. */
export class EmptyDeltaError extends Error {
  override name = 'EmptyDeltaError';
  constructor() {
    super('the delta changes nothing (no hunks)');
  }
}

/** The training set the caller gave is not the group's current one (the chain moved on, or another file). */
export class StaleDatasetError extends Error {
  override name = 'StaleDatasetError';
  /** The given set's CID, and the group's current one. */
  readonly cid: string;
  readonly expected: string;
  constructor(cid: string, group: PrepareDeltaParameters['group']) {
    super(`the training set given (${cid}) is not group ${group.id}'s current one ${group.dataset_cid} (version ${group.version_number})`);
    this.cid = cid;
    this.expected = group.dataset_cid;
  }
}

/** Applying the delta gives a dataset that is not canonical, which the chain's trainers would refuse. */
export class NonCanonicalResultError extends Error {
  override name = 'NonCanonicalResultError';
  constructor() {
    super('applying the delta gives a dataset that is not canonical (blank lines, trailing spaces or no final newline)');
  }
}

export type PrepareDeltaParameters = {
  /** The group as the chain has it now (`trainingsetQueries(rpc).group(id)`): the delta goes on its current version. */
  group: Pick<Group, 'id' | 'version' | 'version_number' | 'dataset_cid'>;
  /** A unified diff of the group's current training set (`nrn dataset diff`, `diffDatasets`, `diff -u`). */
  delta: string;
  /** The current training set, when the caller has it (checked against the group's CID); else fetched from IPFS. */
  current?: string;
  /** Longest wait for an IPFS block of the current set. */
  timeoutMs?: number;
};
export type PrepareDeltaReturnType = Omit<ProposeDeltaParameters, 'proposer'>;
export type PrepareDeltaErrorType =
  | InvalidDeltaError | EmptyDeltaError | StaleDatasetError | DeltaConflictError | NonCanonicalResultError | ContentUnavailableError | Error;

/**
 * Checks that `delta` applies to the group's current training set and gives a canonical dataset, then adds the
 * delta and the result to `store`; nothing is added when a check fails.
 * @example
 * const q = await trainingsetQueries('http://127.0.0.1:26657');
 * const prepared = await prepareDelta(store, { group: await q.group(1), delta: diffDatasets(current, edited) });
 * // { groupId: 1, parentVersion: '9f86d0…', deltaCid: 'bafk…', resultCid: 'bafk…' }
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * const { response } = await proposeDelta(client, { proposer: address, ...prepared }); // { proposalId: 1 }
 */
export async function prepareDelta(store: ContentStore, p: PrepareDeltaParameters): Promise<PrepareDeltaReturnType> {
  if (parseDelta(p.delta).hunks.length === 0) throw new EmptyDeltaError();
  const enc = new TextEncoder();
  let current = p.current;
  if (current === undefined) {
    current = new TextDecoder().decode(await store.getBytes(p.group.dataset_cid, { timeoutMs: p.timeoutMs }));
  } else {
    const cid = await contentCid(enc.encode(current));
    if (cid !== p.group.dataset_cid) throw new StaleDatasetError(cid, p.group);
  }
  const result = applyDelta(current, p.delta);
  if (!isCanonicalDataset(result)) throw new NonCanonicalResultError();
  const deltaCid = await store.addBytes(enc.encode(p.delta));
  const resultCid = await store.addBytes(enc.encode(result));
  return { groupId: p.group.id, parentVersion: p.group.version, deltaCid, resultCid };
}
