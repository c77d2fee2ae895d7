// Training groups from the trainingset module; undefined when the chain has no trainingset module.
import { nrn } from '../../../proto/gen/nrn.js';
import { abciQuery, AppQueryError } from './abciQuery.ts';

export interface GroupSummary {
  id: number;
  name: string;
  creator: string;
  modelSpecCid: string;
  epoch: number;
  versionNumber: number;
  version: string;
  datasetCid: string;
  totalBond: bigint;
  forkedFrom: number;
}

const pb = nrn.trainingset.v1;

/** @example const groups = await getGroups(); */
export async function getGroups(): Promise<GroupSummary[] | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await abciQuery('/nrn.trainingset.v1.Query/Groups', pb.QueryGroupsRequest.encode({}).finish());
  } catch (e) {
    if (e instanceof AppQueryError && e.unknownPath) return undefined;
    throw e;
  }
  return pb.QueryGroupsResponse.decode(bytes).groups.map((g) => ({
    id: Number(g.id),
    name: g.name ?? '',
    creator: g.creator ?? '',
    modelSpecCid: g.model_spec_cid ?? '',
    epoch: Number(g.epoch),
    versionNumber: Number(g.version_number),
    version: g.version ?? '',
    datasetCid: g.dataset_cid ?? '',
    totalBond: BigInt(g.total_bond || '0'),
    forkedFrom: Number(g.forked_from),
  }));
}
