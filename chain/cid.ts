// Content ids carried in txs: one canonical spelling per content (base32 CIDv1 of UnixFS, raw or dag-pb),
// so a CID hashed into state or "accepted once" cannot be dodged by re-encoding it.
import { CID } from 'multiformats/cid';

const RAW = 0x55;
const DAG_PB = 0x70;

/** What is wrong with `value` as a canonical UnixFS CIDv1, or null when nothing is. */
export function cidProblem(value: string, field: string): string | null {
  let cid: CID;
  try {
    cid = CID.parse(value);
  } catch (e) {
    return `${field} "${value}" does not parse (${(e as Error).message}); expected a CIDv1 such as bafkrei…`;
  }
  if (cid.version !== 1) return `${field} "${value}" is a CIDv0; use its CIDv1 form ${cid.toV1().toString()}`;
  if (cid.code !== RAW && cid.code !== DAG_PB) return `${field} "${value}" has codec 0x${cid.code.toString(16)}; expected raw (0x55) or dag-pb (0x70) UnixFS content`;
  if (cid.toString() !== value) return `${field} "${value}" is not in canonical base32 form; use ${cid.toString()}`;
  return null;
}
