// Verifies secp256k1 signatures on worker threads so CheckTx's in-order work overlaps the costliest step.
// Each item of a batch is claimed exactly once, by a worker or by the main thread, through a shared slot:
// the main thread never waits for a worker that has not started an item, it verifies that item itself.
// Only where the CPU time is spent changes: a verdict is what libsecp256k1 says for the same bytes.
import { Worker } from 'node:worker_threads';

/** signature (64) ‖ digest (32) ‖ compressed public key (33). */
export const ITEM_BYTES = 129;
/** A slot's states: unclaimed, being verified by a worker, taken by the main thread, verdicts. */
export const SLOT = { free: 0, worker: 1, main: 2, valid: 3, invalid: 4 } as const;
/** How long the main thread waits for a worker already verifying an item (one verification is ~0.1 ms; past that the worker is descheduled and the caller verifies itself). */
const WAIT_MS = 1;

// ES2024's Atomics.waitAsync (Node has it; the project's TypeScript lib predates it).
const waitAsync = (Atomics as unknown as {
  waitAsync(a: Int32Array, i: number, v: number, t: number): { async: boolean; value: Promise<string> | string };
}).waitAsync;

export interface SignatureCheck { signature: Uint8Array; digest: Uint8Array; pubkey: Uint8Array }

/** The verdicts of one submitted batch. */
export class SignatureBatch {
  readonly #slots: Int32Array;
  constructor(slots: Int32Array) {
    this.#slots = slots;
  }
  /**
   * The verdict for item `i` (true valid, false invalid), waiting only for a worker mid-verification;
   * undefined when the caller must verify it itself (no worker had started it, or the worker stalled).
   */
  take(i: number): boolean | undefined {
    let s = Atomics.compareExchange(this.#slots, i, SLOT.free, SLOT.main);
    if (s === SLOT.free || s === SLOT.main) return undefined;
    if (s === SLOT.worker) {
      Atomics.wait(this.#slots, i, SLOT.worker, WAIT_MS);
      s = Atomics.load(this.#slots, i);
    }
    return s === SLOT.valid ? true : s === SLOT.invalid ? false : undefined;
  }
  /** Every verdict once the workers have published them all (for callers that take none themselves). */
  async all(timeoutMs = 10_000): Promise<boolean[]> {
    const out: boolean[] = [];
    for (let i = 0; i < this.#slots.length; i++) {
      for (let s = Atomics.load(this.#slots, i); s === SLOT.free || s === SLOT.worker; s = Atomics.load(this.#slots, i)) {
        const w = waitAsync(this.#slots, i, s, timeoutMs);
        if ((w.async ? await w.value : w.value) === 'timed-out') throw new Error(`no verdict for item ${i} within ${timeoutMs} ms`);
      }
      out.push(Atomics.load(this.#slots, i) === SLOT.valid);
    }
    return out;
  }
}

export class SignatureVerifierPool {
  #workers: Worker[] = [];
  #broken = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./sigverify-worker.ts', import.meta.url));
      worker.unref(); // the main thread never awaits a worker, so none keeps the process alive
      worker.on('error', () => { this.#broken = true; });
      worker.on('exit', () => { this.#broken = true; });
      this.#workers.push(worker);
    }
  }

  /** False once a worker has failed: callers then verify on their own thread. */
  get usable() { return !this.#broken && this.#workers.length > 0; }

  /** Hands a batch to every worker; they share it item by item. */
  submit(checks: SignatureCheck[]): SignatureBatch {
    const packed = new SharedArrayBuffer(checks.length * ITEM_BYTES);
    const bytes = new Uint8Array(packed);
    for (const [i, c] of checks.entries()) {
      const o = i * ITEM_BYTES;
      bytes.set(c.signature, o);
      bytes.set(c.digest, o + 64);
      bytes.set(c.pubkey, o + 96);
    }
    const slots = new SharedArrayBuffer(checks.length * 4);
    for (const w of this.#workers) w.postMessage({ packed, slots });
    return new SignatureBatch(new Int32Array(slots));
  }

  async close() {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
