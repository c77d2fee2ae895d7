// A group's training-set version chain, checked hash by hash before anyone trains, evaluates or syncs on it.
import type { TrainingsetQueries, VersionRecord } from './queries.ts';
import { verifyVersionChain } from './sync.ts';
import type { VersionChainError } from './sync.ts';

export type GetVerifiedVersionsParameters = { groupId: number };
export type GetVerifiedVersionsReturnType = VersionRecord[];
/** VersionChainError when a version is not what the chain's own records make it; query errors as they come. */
export type GetVerifiedVersionsErrorType = VersionChainError | Error;

/**
 * The group's versions, each checked to be sha256(previous ‖ delta CID) back to sha256(initial CID); a fork's
 * first version must be a version of its parent's chain, itself checked the same way.
 * @example
 * const q = await trainingsetQueries('http://127.0.0.1:26657');
 * const versions = await getVerifiedVersions(q, { groupId: 1 });
 * // [{ number: 0, version: sha256(initial CID), dataset_cid, … }, { number: 1, parent_version, delta_cid, dataset_cid, … }]
 * const set = await materializeTrainingSet(store, versions); // { text, version, cid, source: 'latest' | 'replay' }
 */
export async function getVerifiedVersions(q: Pick<TrainingsetQueries, 'group' | 'versions'>, p: GetVerifiedVersionsParameters): Promise<GetVerifiedVersionsReturnType> {
  const group = await q.group(p.groupId);
  const versions = await q.versions(p.groupId);
  let trusted: ((v: VersionRecord) => boolean) | undefined;
  if (group.forked_from) {
    const parent = await getVerifiedVersions(q, { groupId: group.forked_from });
    trusted = (v) => parent.some((x) => x.version === v.version && x.dataset_cid === v.dataset_cid);
  }
  verifyVersionChain(versions, trusted);
  return versions;
}
