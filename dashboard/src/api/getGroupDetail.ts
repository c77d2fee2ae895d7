// One training group as the group page shows it: the group, its version chain (with each delta's reward read from
// the delta_applied event of the block that applied it), open proposals with their votes.
import { nrn } from '../../../proto/gen/nrn.js';
import { abciQuery } from './abciQuery.ts';
import { rpcCall } from './rpc.ts';
import { toEvents } from './types.ts';
import type { ChainEvent } from './types.ts';

const pb = nrn.trainingset.v1;
export type Group = nrn.trainingset.v1.Group;
export type VersionRecord = nrn.trainingset.v1.VersionRecord;

export interface VersionEntry {
  number: number;
  version: string;
  deltaCid: string;
  datasetCid: string;
  proposalId: number;
  proposer: string;
  epoch: number;
  height: number;
  timeMs: number;
  /** unrn minted to the proposer, undefined when the block's events do not say (initial version, pruned results). */
  reward: bigint | undefined;
  yesWeight: string | undefined;
}

export interface VoteView { voter: string; yes: boolean; weight: bigint }
export interface ProposalView {
  id: number;
  proposer: string;
  deltaCid: string;
  parentVersion: string;
  epoch: number;
  height: number;
  yes: bigint;
  no: bigint;
  status: string;
  votes: VoteView[];
}

export interface GroupDetail {
  group: Group;
  versions: VersionEntry[];
  proposals: ProposalView[];
}

const ask = (method: string, bytes: Uint8Array) => abciQuery(`/nrn.trainingset.v1.Query/${method}`, bytes);

/** The delta_applied attributes for `proposalId` among a block's FinalizeBlock and tx events. */
function appliedEvent(events: ChainEvent[], proposalId: number): Record<string, string> | undefined {
  for (const e of events) {
    if (e.type !== 'delta_applied') continue;
    const attrs = Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));
    if (attrs.proposal_id === String(proposalId)) return attrs;
  }
  return undefined;
}

// Results of applied versions do not change, so each height is read once per page load.
const appliedCache = new Map<string, Record<string, string> | undefined>();

async function appliedAt(height: number, proposalId: number): Promise<Record<string, string> | undefined> {
  const key = `${height}/${proposalId}`;
  if (appliedCache.has(key)) return appliedCache.get(key);
  let found: Record<string, string> | undefined;
  try {
    const r = await rpcCall<any>('block_results', { height: String(height) });
    const all = [...toEvents(r.finalize_block_events), ...((r.txs_results ?? []) as any[]).flatMap((t) => toEvents(t.events))];
    found = appliedEvent(all, proposalId);
  } catch {
    found = undefined;
  }
  appliedCache.set(key, found);
  return found;
}

/** @example const { group, versions, proposals } = await getGroupDetail(1); */
export async function getGroupDetail(groupId: number): Promise<GroupDetail> {
  const [g, v, p] = await Promise.all([
    ask('Group', pb.QueryGroupRequest.encode({ group_id: groupId }).finish()),
    ask('Versions', pb.QueryVersionsRequest.encode({ group_id: groupId }).finish()),
    ask('Proposals', pb.QueryProposalsRequest.encode({ group_id: groupId }).finish()),
  ]);
  const group = pb.QueryGroupResponse.decode(g).group as Group;
  const records = pb.QueryVersionsResponse.decode(v).versions as VersionRecord[];
  const versions = await Promise.all(records.map(async (r): Promise<VersionEntry> => {
    const applied = r.delta_cid ? await appliedAt(Number(r.height), Number(r.proposal_id)) : undefined;
    return {
      number: Number(r.number), version: r.version, deltaCid: r.delta_cid, datasetCid: r.dataset_cid,
      proposalId: Number(r.proposal_id), proposer: r.proposer, epoch: Number(r.epoch), height: Number(r.height), timeMs: Number(r.time_ms),
      reward: applied?.reward ? BigInt(applied.reward.replace(/unrn$/, '')) : undefined,
      yesWeight: applied?.yes_weight,
    };
  }));
  const proposals = pb.QueryProposalsResponse.decode(p).proposals.map((pw): ProposalView => {
    const d = pw.proposal!;
    return {
      id: Number(d.id), proposer: d.proposer ?? '', deltaCid: d.delta_cid ?? '', parentVersion: d.parent_version ?? '',
      epoch: Number(d.epoch), height: Number(d.height), yes: BigInt(d.yes_weight || '0'), no: BigInt(d.no_weight || '0'), status: d.status ?? '',
      votes: (pw.votes ?? []).map((x) => ({ voter: x.voter ?? '', yes: x.option === pb.VoteOption.VOTE_OPTION_YES, weight: BigInt(x.weight || '0') })),
    };
  });
  return { group, versions: versions.reverse(), proposals };
}
