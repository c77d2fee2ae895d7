// Picks the fastest TensorFlow.js backend present: CUDA bindings, CPU bindings, WASM, then pure JS.
import * as tf from '@tensorflow/tfjs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type BackendName = 'tensorflow-gpu' | 'tensorflow' | 'wasm' | 'cpu';
export const BACKEND_ORDER: readonly BackendName[] = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];

export interface BackendChoice {
  name: BackendName;
  /** Why this one: what was tried before it and how it failed, or the override. */
  reason: string;
}

/** How a backend gets loaded; tests replace it to simulate machines with other packages. */
export type BackendLoader = (name: BackendName) => Promise<void>;

const NATIVE_PACKAGE: Record<'tensorflow-gpu' | 'tensorflow', string> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
};

/** Directory of the WASM binaries, as a file path with a trailing separator (Node reads it with fs). */
export function wasmDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + path.sep;
}

async function activate(tfName: string): Promise<void> {
  const ok = await tf.setBackend(tfName);
  if (!ok || tf.getBackend() !== tfName) throw new Error(`tf.setBackend('${tfName}') did not take`);
  await tf.ready();
}

/** The real loader: dynamic imports, since the native packages are optional and usually absent. */
export const defaultLoader: BackendLoader = async (name) => {
  if (name === 'tensorflow-gpu' || name === 'tensorflow') {
    const pkg: string = NATIVE_PACKAGE[name];
    await import(pkg); // registers the 'tensorflow' backend with the shared tfjs core
    await activate('tensorflow');
    return;
  }
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(wasmDirectory());
    await activate('wasm');
    return;
  }
  await activate('cpu');
};

function reasonOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 200);
}

/**
 * Activates the fastest backend this machine has and says which. `NRN_TF_BACKEND` (one of BACKEND_ORDER) forces
 * one and fails if it cannot load.
 * @example const { name, reason } = await selectBackend(); console.log(`training on ${name}: ${reason}`)
 */
export async function selectBackend(options: { env?: Record<string, string | undefined>; loader?: BackendLoader } = {}): Promise<BackendChoice> {
  const env = options.env ?? process.env;
  const loader = options.loader ?? defaultLoader;
  const forced = env['NRN_TF_BACKEND'];
  if (forced !== undefined && forced !== '') {
    if (!(BACKEND_ORDER as readonly string[]).includes(forced)) {
      throw new Error(`NRN_TF_BACKEND='${forced}' is not one of ${BACKEND_ORDER.join(', ')}`);
    }
    try {
      await loader(forced as BackendName);
    } catch (err) {
      throw new Error(`NRN_TF_BACKEND='${forced}' cannot be used: ${reasonOf(err)}`, { cause: err });
    }
    return { name: forced as BackendName, reason: `forced by NRN_TF_BACKEND` };
  }
  const skipped: string[] = [];
  for (const name of BACKEND_ORDER) {
    try {
      await loader(name);
      const why = skipped.length ? `${skipped.join('; ')}` : 'first choice available';
      return { name, reason: why };
    } catch (err) {
      skipped.push(`${name} unavailable (${reasonOf(err)})`);
    }
  }
  throw new Error(`no TensorFlow.js backend could be activated: ${skipped.join('; ')}`);
}
