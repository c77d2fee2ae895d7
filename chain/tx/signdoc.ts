// The bytes a SIGN_MODE_DIRECT signature covers, hashed: what the ante handler and CheckTx's signature workers verify.
import { createHash } from 'node:crypto';
import { putVarint } from './wire.ts';

const chainIdBytes = new Map<string, Buffer>();

/**
 * sha256 of the SignDoc {body_bytes=1, auth_info_bytes=2, chain_id=3, account_number=4} in protobuf encoding,
 * streamed into the hash without building the message (same bytes as SignDoc.encode; tested against it).
 */
export function signDocDigest(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Buffer {
  const h = createHash('sha256');
  // Field headers are at most 1 tag byte + a 10-byte varint; they go in one scratch buffer.
  const head = new Uint8Array(24);
  let o = 0;
  if (bodyBytes.length) {
    head[0] = 0x0a;
    o = putVarint(head, 1, bodyBytes.length);
    h.update(head.subarray(0, o)).update(bodyBytes);
  }
  if (authInfoBytes.length) {
    head[0] = 0x12;
    o = putVarint(head, 1, authInfoBytes.length);
    h.update(head.subarray(0, o)).update(authInfoBytes);
  }
  let chain = chainIdBytes.get(chainId);
  if (!chain) {
    const utf8 = Buffer.from(chainId, 'utf8');
    const tag = new Uint8Array(11);
    tag[0] = 0x1a;
    chain = utf8.length ? Buffer.concat([tag.subarray(0, putVarint(tag, 1, utf8.length)), utf8]) : Buffer.alloc(0);
    if (chainIdBytes.size < 16) chainIdBytes.set(chainId, chain);
  }
  if (chain.length) h.update(chain);
  if (accountNumber !== 0n) {
    head[0] = 0x20;
    h.update(head.subarray(0, putVarint(head, 1, accountNumber)));
  }
  return h.digest();
}
