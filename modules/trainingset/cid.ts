// CIDs carried in txs are hashed into the version chain as strings, so only one spelling of each is accepted.
import { cidProblem } from '../../chain/cid.ts';
import { errors } from './errors.ts';

/** A canonical base32 CIDv1 of UnixFS content (raw or dag-pb), as storage/import-params.ts makes them. */
export function assertCid(value: string, field: string): void {
  const problem = cidProblem(value, field);
  if (problem) throw errors.invalidCid.wrap(problem);
}
