/**
 * Model specs that ship with NRN: TensorFlow.js Layers `model.json` topologies (no weights) whose
 * `userDefinedMetadata.nrn` says how a dataset line maps to an example and how the group trains.
 *
 * @example
 * import { modelSpecPath } from './models/index.ts';
 * // nrn group create --model $(modelSpecPath('iris-mlp')) --dataset iris.csv …
 */
import { fileURLToPath } from 'node:url';

export const MODEL_SPECS = ['iris-mlp', 'synthetic-mlp'] as const;
export type ModelSpecName = (typeof MODEL_SPECS)[number];

export function modelSpecPath(name: ModelSpecName): string {
  return fileURLToPath(new URL(`./${name}/model.json`, import.meta.url));
}
