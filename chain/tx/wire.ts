// Minimal protobuf encoding for hot paths: cosmjs-types' BinaryWriter.finish() allocates an 8 KiB slab per call.
// Field order and proto3 default-skipping are the caller's, so output matches the generated encoders byte for byte.
const utf8 = new TextEncoder();

/** Bytes `n` takes as a protobuf varint (a bigint as uint64, so negative int64 values take 10). */
export function varintSize(n: number | bigint): number {
  if (typeof n === 'bigint') {
    let v = BigInt.asUintN(64, n);
    let size = 1;
    while (v > 0x7fn) { v >>= 7n; size++; }
    return size;
  }
  let size = 1;
  while (n >= 0x80) { n = Math.floor(n / 128); size++; }
  return size;
}

/** Writes `n` (a non-negative safe integer, or a bigint as uint64) as a varint at `offset`; returns the offset after it. */
export function putVarint(out: Uint8Array, offset: number, n: number | bigint): number {
  if (typeof n === 'bigint') {
    let v = BigInt.asUintN(64, n);
    while (v > 0x7fn) { out[offset++] = Number(v & 0x7fn) | 0x80; v >>= 7n; }
    out[offset++] = Number(v);
    return offset;
  }
  while (n >= 0x80) { out[offset++] = (n % 128) | 0x80; n = Math.floor(n / 128); }
  out[offset++] = n;
  return offset;
}

const scratch = new Uint8Array(10);

export class WireWriter {
  #buf: number[] = [];

  #varint(n: number | bigint) {
    const end = putVarint(scratch, 0, n);
    for (let i = 0; i < end; i++) this.#buf.push(scratch[i]!);
  }

  bytes(field: number, b: Uint8Array): this {
    this.#varint((field << 3) | 2);
    this.#varint(b.length);
    for (let i = 0; i < b.length; i++) this.#buf.push(b[i]!);
    return this;
  }

  string(field: number, s: string): this {
    return this.bytes(field, utf8.encode(s));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.#buf);
  }
}

/** google.protobuf.Any, as Any.encode writes it. */
export function encodeAny(any: { typeUrl: string; value: Uint8Array }): Uint8Array {
  const w = new WireWriter();
  if (any.typeUrl !== '') w.string(1, any.typeUrl);
  if (any.value.length !== 0) w.bytes(2, any.value);
  return w.finish();
}

/** cosmos.base.abci.v1beta1.TxMsgData with only msg_responses (field 2), as TxMsgData.encode writes it. */
export function encodeTxMsgData(msgResponses: { typeUrl: string; value: Uint8Array }[]): Uint8Array {
  const w = new WireWriter();
  for (const r of msgResponses) w.bytes(2, encodeAny(r));
  return w.finish();
}
