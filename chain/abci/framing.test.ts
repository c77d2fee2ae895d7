import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Request } from 'cosmjs-types/tendermint/abci/types';
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder, FrameError, encodeFrame } from './framing.ts';
import { putVarint as writeUvarint, varintSize as uvarintSize } from '../tx/wire.ts';

function bodyOf(length: number, seed: number): Uint8Array {
  const body = new Uint8Array(length);
  for (let i = 0; i < length; i++) body[i] = (i * 31 + seed) & 0xff;
  return body;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

test('uvarint prefix matches Go binary.PutUvarint (unsigned, not zigzag)', () => {
  const cases: Array<[number, number[]]> = [
    [0, [0x00]],
    [1, [0x01]],
    [127, [0x7f]],
    [128, [0x80, 0x01]],
    [300, [0xac, 0x02]],
    [16384, [0x80, 0x80, 0x01]],
    [2 ** 32, [0x80, 0x80, 0x80, 0x80, 0x10]],
  ];
  for (const [value, expected] of cases) {
    const out = new Uint8Array(10);
    const end = writeUvarint(out, 0, value);
    assert.deepEqual([...out.subarray(0, end)], expected, `uvarint(${value})`);
    assert.equal(uvarintSize(value), expected.length);
  }
  // A zigzag encoder would have written 0x02 for 1.
  assert.deepEqual([...encodeFrame(new Uint8Array([0xaa]))], [0x01, 0xaa]);
});

test('encode then decode round-trips ABCI requests', () => {
  const requests = [
    Request.fromPartial({ echo: { message: 'hello' } }),
    Request.fromPartial({ flush: {} }),
    Request.fromPartial({ checkTx: { tx: bodyOf(1000, 7) } }),
    Request.fromPartial({ finalizeBlock: { height: 9_007_199_254_740_993n, txs: [bodyOf(3, 1)] } }),
  ];
  const decoder = new FrameDecoder();
  const frames = decoder.push(concat(requests.map((r) => encodeFrame(Request.encode(r).finish()))));
  assert.deepEqual(frames.map((f) => Request.decode(f)), requests);
  assert.ok(decoder.idle);
});

test('a stream split at every byte offset yields the same frames', () => {
  const bodies = [bodyOf(0, 0), bodyOf(1, 1), bodyOf(127, 2), bodyOf(128, 3), bodyOf(300, 4)];
  const stream = concat(bodies.map(encodeFrame));
  for (let cut = 0; cut <= stream.length; cut++) {
    const decoder = new FrameDecoder();
    const frames = [...decoder.push(stream.subarray(0, cut)), ...decoder.push(stream.subarray(cut))];
    assert.deepEqual(frames, bodies, `cut at ${cut}`);
    assert.ok(decoder.idle);
  }
});

test('a stream fed one byte at a time yields the same frames', () => {
  const bodies = [bodyOf(200, 9), bodyOf(0, 0), bodyOf(5, 1)];
  const stream = concat(bodies.map(encodeFrame));
  const decoder = new FrameDecoder();
  const frames: Uint8Array[] = [];
  for (let i = 0; i < stream.length; i++) frames.push(...decoder.push(stream.subarray(i, i + 1)));
  assert.deepEqual(frames, bodies);
  assert.ok(decoder.idle);
});

test('several frames in one chunk, the last one partial', () => {
  const bodies = Array.from({ length: 50 }, (_, i) => bodyOf(i * 7, i));
  const stream = concat(bodies.map(encodeFrame));
  const decoder = new FrameDecoder();
  const first = decoder.push(stream.subarray(0, stream.length - 3));
  assert.deepEqual(first, bodies.slice(0, 49));
  assert.deepEqual(decoder.push(stream.subarray(stream.length - 3)), [bodies[49]]);
});

test('a frame declaring more than the limit is rejected before its body arrives', () => {
  const decoder = new FrameDecoder({ maxFrameBytes: 1024 });
  assert.equal(decoder.maxFrameBytes, 1024);
  assert.deepEqual(decoder.push(encodeFrame(bodyOf(1024, 0))), [bodyOf(1024, 0)]);
  const prefix = new Uint8Array(10);
  const end = writeUvarint(prefix, 0, 1025);
  assert.throws(() => decoder.push(prefix.subarray(0, end)), FrameError);
});

test('the default limit is 64 MiB', () => {
  const decoder = new FrameDecoder();
  assert.equal(decoder.maxFrameBytes, DEFAULT_MAX_FRAME_BYTES);
  assert.equal(DEFAULT_MAX_FRAME_BYTES, 64 * 1024 * 1024);
  const prefix = new Uint8Array(10);
  assert.throws(() => decoder.push(prefix.subarray(0, writeUvarint(prefix, 0, 64 * 1024 * 1024 + 1))), /limit/);
  const ok = new FrameDecoder();
  assert.deepEqual(ok.push(prefix.subarray(0, writeUvarint(prefix, 0, 64 * 1024 * 1024))), []);
});

test('an endless varint prefix is rejected', () => {
  const decoder = new FrameDecoder({ maxFrameBytes: Number.MAX_SAFE_INTEGER });
  assert.throws(() => decoder.push(new Uint8Array(11).fill(0x80)), /uvarint/);
});
