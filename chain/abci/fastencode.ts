// Protobuf encoding of the two ABCI responses whose size grows with the txs: CheckTx (one per tx) and
// FinalizeBlock (a result and events per tx). The generated encoder forks a writer per nested message; here
// sizes are computed first and the bytes written once into one buffer. Output is byte-for-byte what
// cosmjs-types' Response.encode writes (tested against it); every other response takes the generated path.
// CheckTx requests, likewise, are read without the generated decoder.
import { ValidatorUpdate } from 'cosmjs-types/tendermint/abci/types';
import type { Request, Response, ResponseCheckTx, ResponseFinalizeBlock, ExecTxResult, Event } from 'cosmjs-types/tendermint/abci/types';
import { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import { putVarint, varintSize } from '../tx/wire.ts';


const strLen = (s: string) => Buffer.byteLength(s, 'utf8');
/** Bytes of a length-delimited field with a one-byte tag (fields 1–15), 0 when proto3 skips it. */
const strField = (s: string) => { if (s === '') return 0; const n = strLen(s); return 1 + varintSize(n) + n; };
const bytesField = (b: Uint8Array) => (b.length === 0 ? 0 : 1 + varintSize(b.length) + b.length);
const nested = (size: number) => 1 + varintSize(size) + size;

/** ExecTxResult and ResponseCheckTx share fields 1–8 (ResponseCheckTx's later fields are reserved in ABCI 2.0). */
type TxResultLike = Pick<ExecTxResult, 'code' | 'data' | 'log' | 'info' | 'gasWanted' | 'gasUsed' | 'events' | 'codespace'>;

/**
 * The sizing pass: each nested message's size, in the order the writing pass meets its length prefix (a message's
 * own size before its children's), so every size is computed once and read back by position.
 */
class Sizes {
  readonly list: number[] = [];
  #reserve() { this.list.push(0); return this.list.length - 1; }
  event(e: Event): number {
    const at = this.#reserve();
    let n = strField(e.type);
    for (const a of e.attributes) {
      const attr = this.#reserve();
      const size = strField(a.key) + strField(a.value) + (a.index ? 2 : 0);
      this.list[attr] = size;
      n += nested(size);
    }
    this.list[at] = n;
    return n;
  }
  txResult(r: TxResultLike): number {
    const at = this.#reserve();
    let n = 0;
    if (r.code !== 0) n += 1 + varintSize(r.code);
    n += bytesField(r.data) + strField(r.log) + strField(r.info);
    if (r.gasWanted !== 0n) n += 1 + varintSize(r.gasWanted);
    if (r.gasUsed !== 0n) n += 1 + varintSize(r.gasUsed);
    for (const e of r.events) n += nested(this.event(e));
    n += strField(r.codespace);
    this.list[at] = n;
    return n;
  }
}

class Out {
  readonly buf: Buffer;
  readonly sizes: number[];
  o = 0;
  #next = 0;
  constructor(size: number, sizes: Sizes) {
    this.buf = Buffer.allocUnsafe(size);
    this.sizes = sizes.list;
  }
  varint(n: number | bigint) {
    this.o = putVarint(this.buf, this.o, n);
  }
  /** The tag and length prefix of the next nested message the sizing pass measured. */
  open(tag: number) {
    this.buf[this.o++] = tag;
    this.varint(this.sizes[this.#next++]!);
  }
  str(tag: number, s: string) {
    if (s === '') return;
    this.buf[this.o++] = tag;
    this.varint(strLen(s));
    this.o += this.buf.write(s, this.o, 'utf8');
  }
  bytes(tag: number, b: Uint8Array) {
    if (b.length === 0) return;
    this.buf[this.o++] = tag;
    this.varint(b.length);
    this.buf.set(b, this.o);
    this.o += b.length;
  }
  event(tag: number, e: Event) {
    this.open(tag);
    this.str(10, e.type);
    for (const a of e.attributes) {
      this.open(18);
      this.str(10, a.key);
      this.str(18, a.value);
      if (a.index) { this.buf[this.o++] = 24; this.buf[this.o++] = 1; }
    }
  }
  txResult(tag: number, r: TxResultLike) {
    this.open(tag);
    if (r.code !== 0) { this.buf[this.o++] = 8; this.varint(r.code); }
    this.bytes(18, r.data);
    this.str(26, r.log);
    this.str(34, r.info);
    if (r.gasWanted !== 0n) { this.buf[this.o++] = 40; this.varint(r.gasWanted); }
    if (r.gasUsed !== 0n) { this.buf[this.o++] = 48; this.varint(r.gasUsed); }
    for (const e of r.events) this.event(58, e);
    this.str(66, r.codespace);
  }
}

function checkTxBytes(r: ResponseCheckTx): Uint8Array {
  const sizes = new Sizes();
  const inner = sizes.txResult(r);
  // Response.check_tx is field 9: tag 74.
  const out = new Out(nested(inner), sizes);
  out.txResult(74, r);
  return out.buf;
}

function finalizeBlockBytes(r: ResponseFinalizeBlock): Uint8Array {
  const validatorUpdates = r.validatorUpdates.map((v) => ValidatorUpdate.encode(v).finish());
  const params = r.consensusParamUpdates ? ConsensusParams.encode(r.consensusParamUpdates).finish() : undefined;
  const sizes = new Sizes();
  let inner = 0;
  for (const e of r.events) inner += nested(sizes.event(e));
  for (const t of r.txResults) inner += nested(sizes.txResult(t));
  for (const v of validatorUpdates) inner += nested(v.length);
  if (params) inner += nested(params.length);
  inner += bytesField(r.appHash);
  // Response.finalize_block is field 21: tag 170 as a two-byte varint.
  const out = new Out(2 + varintSize(inner) + inner, sizes);
  out.buf[out.o++] = 0xaa;
  out.buf[out.o++] = 0x01;
  out.varint(inner);
  for (const e of r.events) out.event(10, e);
  for (const t of r.txResults) out.txResult(18, t);
  // Repeated and optional messages are written even when empty (bytes() would skip them).
  for (const v of validatorUpdates) { out.buf[out.o++] = 26; out.varint(v.length); out.buf.set(v, out.o); out.o += v.length; }
  if (params) { out.buf[out.o++] = 34; out.varint(params.length); out.buf.set(params, out.o); out.o += params.length; }
  out.bytes(42, r.appHash);
  return out.buf;
}

/** The encoded Response for CheckTx and FinalizeBlock answers; undefined for every other kind. */
export function encodeResponseFast(response: Response): Uint8Array | undefined {
  if (response.checkTx !== undefined) return checkTxBytes(response.checkTx);
  if (response.finalizeBlock !== undefined) return finalizeBlockBytes(response.finalizeBlock);
  return undefined;
}

/**
 * A CheckTx request decoded without the generated decoder (the one request that arrives once per tx):
 * exactly `Request{check_tx=8: {tx=1, type=2}}`, else undefined and the caller uses Request.decode.
 * The tx is a view into the frame, as the generated decoder gives for Buffer input.
 */
export function decodeCheckTxFast(frame: Uint8Array): Request | undefined {
  if (frame[0] !== 0x42) return undefined;
  let o = 1;
  const varint = (): number => {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (o >= frame.length) return -1;
      const b = frame[o++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
    return -1;
  };
  const len = varint();
  if (len < 0 || o + len !== frame.length) return undefined;
  let tx: Uint8Array = new Uint8Array(0);
  let type = 0;
  while (o < frame.length) {
    const tag = frame[o++];
    if (tag === 0x0a) {
      const n = varint();
      if (n < 0 || o + n > frame.length) return undefined;
      tx = frame.subarray(o, o + n);
      o += n;
    } else if (tag === 0x10) {
      type = varint();
      if (type < 0) return undefined;
    } else {
      return undefined;
    }
  }
  return { checkTx: { tx, type } } as Request;
}
