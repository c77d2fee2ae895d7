/**
 * CometBFT's ABCI socket framing: every message is `uvarint(len) ‖ protobuf body`.
 * The prefix is an unsigned varint (Go's binary.PutUvarint via libs/protoio), not the zigzag varint of Tendermint <= 0.33.
 */
// The length prefix is the protobuf varint: one writer and one sizer for both (chain/tx/wire.ts).
import { putVarint, varintSize } from '../tx/wire.ts';

/** Largest frame accepted unless told otherwise; CometBFT's own ceiling is 100 MB, blocks default to 21 MiB. */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** Go's binary.MaxVarintLen64: a longer prefix is malformed. */
const MAX_UVARINT_BYTES = 10;

/** Raised by {@link FrameDecoder.push} when the peer sends a frame the decoder must not buffer, or a malformed prefix. */
export class FrameError extends Error {
  override name = 'FrameError';
}

/** One frame: the length prefix followed by `body`. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const frame = new Uint8Array(varintSize(body.length) + body.length);
  frame.set(body, putVarint(frame, 0, body.length));
  return frame;
}

export interface FrameDecoderOptions {
  /** Frames whose declared length exceeds this are refused with a {@link FrameError}. */
  maxFrameBytes?: number;
}

/**
 * Streaming decoder: feed socket chunks of any size, get back the complete frame bodies they finish.
 * A body that arrives in one chunk is returned as a view into that chunk (no copy).
 * After a FrameError the stream is unrecoverable; drop the connection.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number;
  #prefixValue = 0;
  #prefixBytes = 0;
  #body: Uint8Array | null = null;
  #bodyFilled = 0;

  constructor(options: FrameDecoderOptions = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
  }

  /** True when no partial frame is buffered (the stream is at a frame boundary). */
  get idle(): boolean {
    return this.#body === null && this.#prefixBytes === 0;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    let pos = 0;
    const end = chunk.length;
    while (pos < end) {
      const body = this.#body;
      if (body !== null) {
        const take = Math.min(body.length - this.#bodyFilled, end - pos);
        body.set(chunk.subarray(pos, pos + take), this.#bodyFilled);
        this.#bodyFilled += take;
        pos += take;
        if (this.#bodyFilled === body.length) {
          frames.push(body);
          this.#body = null;
        }
        continue;
      }
      const byte = chunk[pos++]!;
      this.#prefixValue += (byte & 0x7f) * 2 ** (7 * this.#prefixBytes);
      this.#prefixBytes++;
      if (this.#prefixValue > this.maxFrameBytes) {
        throw new FrameError(`frame exceeds the ${this.maxFrameBytes}-byte limit`);
      }
      if (byte & 0x80) {
        if (this.#prefixBytes >= MAX_UVARINT_BYTES) throw new FrameError('length prefix is not a valid uvarint');
        continue;
      }
      const length = this.#prefixValue;
      this.#prefixValue = 0;
      this.#prefixBytes = 0;
      if (end - pos >= length) {
        frames.push(chunk.subarray(pos, pos + length));
        pos += length;
      } else {
        this.#body = new Uint8Array(length);
        this.#bodyFilled = 0;
      }
    }
    return frames;
  }
}
