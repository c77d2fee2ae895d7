/**
 * Datasets to start training groups with, in the canonical form (UTF-8 CSV with a header, one example per line,
 * LF line ends, final newline).
 *
 * @example
 * import { irisCsv, syntheticClassification } from './datasets/index.ts';
 * const iris = irisCsv();                                         // 151 lines
 * const big = syntheticClassification({ examples: 100_000, seed: 7 });
 */
export { irisCsv, IRIS_HEADER } from './iris.ts';
export { syntheticClassification, syntheticLines, syntheticHeader } from './synthetic.ts';
export type { SyntheticOptions } from './synthetic.ts';
