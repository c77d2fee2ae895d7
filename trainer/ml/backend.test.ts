import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { BACKEND_ORDER, selectBackend, type BackendName } from './backend.ts';

test('falls back past the missing native bindings to wasm here, says why, and computes', async () => {
  const choice = await selectBackend({ env: {} });
  assert.equal(choice.name, 'wasm');
  assert.match(choice.reason, /tensorflow-gpu unavailable \(.*@tensorflow\/tfjs-node-gpu/);
  assert.match(choice.reason, /tensorflow unavailable \(.*@tensorflow\/tfjs-node'/);
  assert.equal(tf.getBackend(), 'wasm');
  const product = tf.tidy(() => tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]])).dataSync()[0]);
  assert.equal(product, 11);
});

test('NRN_TF_BACKEND forces a backend, and refuses one that cannot load', async () => {
  assert.deepEqual(await selectBackend({ env: { NRN_TF_BACKEND: 'cpu' } }), { name: 'cpu', reason: 'forced by NRN_TF_BACKEND' });
  assert.equal(tf.getBackend(), 'cpu');
  await assert.rejects(selectBackend({ env: { NRN_TF_BACKEND: 'tensorflow-gpu' } }), /NRN_TF_BACKEND='tensorflow-gpu' cannot be used: .*@tensorflow\/tfjs-node-gpu/);
  await assert.rejects(selectBackend({ env: { NRN_TF_BACKEND: 'webgpu' } }), /NRN_TF_BACKEND='webgpu' is not one of tensorflow-gpu, tensorflow, wasm, cpu/);
  assert.equal((await selectBackend({ env: { NRN_TF_BACKEND: 'wasm' } })).name, 'wasm');
});

test('tries backends fastest first and stops at the first that loads', async () => {
  const attempt = async (available: BackendName[]) => {
    const tried: BackendName[] = [];
    const choice = await selectBackend({
      env: {},
      loader: async (name) => { tried.push(name); if (!available.includes(name)) throw new Error(`no ${name} here`); },
    });
    return { choice, tried };
  };
  const gpu = await attempt(['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu']);
  assert.deepEqual(gpu, { choice: { name: 'tensorflow-gpu', reason: 'first choice available' }, tried: ['tensorflow-gpu'] });
  const native = await attempt(['tensorflow', 'cpu']);
  assert.equal(native.choice.name, 'tensorflow');
  assert.deepEqual(native.tried, ['tensorflow-gpu', 'tensorflow']);
  const cpuOnly = await attempt(['cpu']);
  assert.equal(cpuOnly.choice.name, 'cpu');
  assert.deepEqual(cpuOnly.tried, [...BACKEND_ORDER]);
  assert.match(cpuOnly.choice.reason, /wasm unavailable \(no wasm here\)/);
  await assert.rejects(attempt([]), /no TensorFlow.js backend could be activated/);
});
