import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import type { Event, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { encodeResponseFast, decodeCheckTxFast } from './fastencode.ts';

// A small deterministic generator, so a failure names a reproducible case.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const TEXTS = ['', 'a', 'transfer', 'nrn1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu', 'é€😀 non-ASCII', 'x'.repeat(200), 'y'.repeat(20_000)];

function randomEvent(r: () => number): Event {
  const pick = () => TEXTS[Math.floor(r() * TEXTS.length)]!;
  return {
    type: pick(),
    attributes: Array.from({ length: Math.floor(r() * 4) }, () => ({ key: pick(), value: pick(), index: r() < 0.5 })),
  };
}

function randomResult(r: () => number): ExecTxResult {
  const pick = () => TEXTS[Math.floor(r() * TEXTS.length)]!;
  const big = [0n, 1n, 127n, 128n, 200_000n, 2n ** 62n, -1n][Math.floor(r() * 7)]!;
  return {
    code: [0, 1, 5, 127, 128, 2 ** 31, 2 ** 32 - 1][Math.floor(r() * 7)]!,
    data: new Uint8Array(Math.floor(r() * 3) * 70).map((_, i) => i),
    log: pick(), info: pick(), gasWanted: big, gasUsed: big > 0n ? big / 2n : 0n,
    events: Array.from({ length: Math.floor(r() * 5) }, () => randomEvent(r)),
    codespace: pick(),
  };
}

const generated = (response: Response) => Response.encode(response).finish();

test('CheckTx answers encode byte for byte as Response.encode does', () => {
  const r = rng(1);
  for (let i = 0; i < 300; i++) {
    const checkTx = randomResult(r);
    const response = Response.fromPartial({ checkTx });
    assert.deepEqual(Buffer.from(encodeResponseFast(response)!), Buffer.from(generated(response)), `case ${i}`);
  }
});

test('FinalizeBlock answers (events, results, validator updates, params, app hash) encode byte for byte', () => {
  const r = rng(2);
  for (let i = 0; i < 100; i++) {
    const finalizeBlock = {
      events: Array.from({ length: Math.floor(r() * 4) }, () => randomEvent(r)),
      txResults: Array.from({ length: Math.floor(r() * 30) }, () => randomResult(r)),
      validatorUpdates: Array.from({ length: Math.floor(r() * 3) }, (_, j) => ({ pubKey: { ed25519: new Uint8Array(32).fill(j + 1) }, power: BigInt(j * 1000) })),
      consensusParamUpdates: r() < 0.3 ? { block: { maxBytes: 22020096n, maxGas: -1n } } : undefined,
      appHash: r() < 0.8 ? new Uint8Array(32).fill(7) : new Uint8Array(0),
    };
    const response = Response.fromPartial({ finalizeBlock });
    assert.deepEqual(Buffer.from(encodeResponseFast(response)!), Buffer.from(generated(response)), `case ${i}`);
  }
});

test('other responses are left to the generated encoder', () => {
  assert.equal(encodeResponseFast(Response.fromPartial({ commit: { retainHeight: 0n } })), undefined);
  assert.equal(encodeResponseFast(Response.fromPartial({ flush: {} })), undefined);
});

test('CheckTx requests decode as Request.decode does; anything else is left to it', () => {
  const r = rng(3);
  for (let i = 0; i < 200; i++) {
    const tx = new Uint8Array([0, 1, 127, 128, 300, 20_000][Math.floor(r() * 6)]!).map(() => Math.floor(r() * 256));
    const frame = Request.encode(Request.fromPartial({ checkTx: { tx, type: i % 2 } })).finish();
    const fast = decodeCheckTxFast(frame)!;
    const slow = Request.decode(frame);
    assert.deepEqual(Buffer.from(fast.checkTx!.tx), Buffer.from(slow.checkTx!.tx), `case ${i}`);
    assert.equal(fast.checkTx!.type, slow.checkTx!.type);
  }
  assert.equal(decodeCheckTxFast(Request.encode(Request.fromPartial({ flush: {} })).finish()), undefined);
  assert.equal(decodeCheckTxFast(Request.encode(Request.fromPartial({ finalizeBlock: { height: 3n } })).finish()), undefined);
  const good = Request.encode(Request.fromPartial({ checkTx: { tx: new Uint8Array([1, 2, 3]), type: 1 } })).finish();
  assert.equal(decodeCheckTxFast(good.subarray(0, good.length - 1)), undefined, 'truncated');
  assert.equal(decodeCheckTxFast(Uint8Array.from([...good, 0x0a, 0x00])), undefined, 'a second Request field');
});
