// Worker thread body for SignatureVerifierPool: claims unclaimed items of a shared batch and publishes each verdict.
import { parentPort } from 'node:worker_threads';
import secp256k1 from 'secp256k1';
import { ITEM_BYTES, SLOT } from './sigpool.ts';

parentPort!.on('message', (msg: { packed: SharedArrayBuffer; slots: SharedArrayBuffer }) => {
  const packed = new Uint8Array(msg.packed);
  const slots = new Int32Array(msg.slots);
  for (let i = 0; i < slots.length; i++) {
    if (Atomics.compareExchange(slots, i, SLOT.free, SLOT.worker) !== SLOT.free) continue;
    const o = i * ITEM_BYTES;
    let ok = false;
    try {
      ok = secp256k1.ecdsaVerify(packed.subarray(o, o + 64), packed.subarray(o + 64, o + 96), packed.subarray(o + 96, o + 129));
    } catch {
      ok = false; // r or s outside the curve order: not a valid signature
    }
    Atomics.store(slots, i, ok ? SLOT.valid : SLOT.invalid);
    Atomics.notify(slots, i);
  }
});
