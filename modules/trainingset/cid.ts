// CIDs carried in txs are hashed into the version chain as strings, so only one spelling of each is accepted.
import { CID } from 'multiformats/cid';
import { errors } from './errors.ts';

const RAW = 0x55;
const DAG_PB = 0x70;

/** A canonical base32 CIDv1 of UnixFS content (raw or dag-pb), as storage/import-params.ts makes them. */
export function assertCid(value: string, field: string): void {
  let cid: CID;
  try {
    cid = CID.parse(value);
  } catch (e) {
    throw errors.invalidCid.wrap(`${field} "${value}" does not parse (${(e as Error).message}); expected a CIDv1 such as bafkrei…`);
  }
  if (cid.version !== 1) throw errors.invalidCid.wrap(`${field} "${value}" is a CIDv0; use its CIDv1 form ${cid.toV1().toString()}`);
  if (cid.code !== RAW && cid.code !== DAG_PB) throw errors.invalidCid.wrap(`${field} "${value}" has codec 0x${cid.code.toString(16)}; expected raw (0x55) or dag-pb (0x70) UnixFS content`);
  const canonical = cid.toString();
  if (canonical !== value) throw errors.invalidCid.wrap(`${field} "${value}" is not in canonical base32 form; use ${canonical}`);
}
