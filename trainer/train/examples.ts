// How a group's dataset lines become examples: the model spec's `userDefinedMetadata.nrn.dataset` says whether the
// CSV has a header, how many features a line has, and the class names its label column uses.
import { parseExample } from '../ml/evaluator.ts';
import type { Example, ExampleSpec, LabelSpec, ModelJson } from '../ml/evaluator.ts';

export interface DatasetSpec {
  header: boolean;
  featureCount: number;
  label: LabelSpec;
  /** Class names in index order; a label that is already an index needs none. */
  classNames?: string[];
}

export interface ModelSpec extends ModelJson {
  userDefinedMetadata?: { nrn?: { dataset?: DatasetSpec; training?: { learningRate?: number } } };
}

export function datasetSpecOf(spec: ModelSpec): DatasetSpec {
  const d = spec.userDefinedMetadata?.nrn?.dataset;
  if (!d) throw new Error('model spec has no userDefinedMetadata.nrn.dataset (header, featureCount, label, classNames); see models/iris-mlp/model.json');
  return d;
}

/** The example lines of canonical dataset text (header dropped); indices of evaluation samples count these. */
export function exampleLines(text: string, spec: DatasetSpec): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return spec.header ? lines.slice(1) : lines;
}

/** Parses the example lines at `indices` (all when absent); class names become indices first. */
export function examplesOf(text: string, spec: DatasetSpec, indices?: readonly number[]): Example[] {
  const lines = exampleLines(text, spec);
  const exampleSpec: ExampleSpec = { featureCount: spec.featureCount, label: spec.label };
  const classIndex = new Map((spec.classNames ?? []).map((name, i) => [name, i]));
  const picked = indices ?? lines.map((_, i) => i);
  return picked.map((i) => {
    const line = lines[i];
    if (line === undefined) throw new Error(`dataset: example ${i} outside [0, ${lines.length})`);
    const fields = line.split(',');
    const last = fields.at(-1)!;
    if (spec.label.kind === 'class' && classIndex.size > 0) {
      const idx = classIndex.get(last);
      if (idx === undefined) throw new Error(`dataset line ${i + 1}: label "${last}" is not one of ${[...classIndex.keys()].join(', ')}`);
      fields[fields.length - 1] = String(idx);
    }
    return parseExample(fields.join(','), exampleSpec, i + 1);
  });
}
