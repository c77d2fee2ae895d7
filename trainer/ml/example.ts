// The canonical dataset text: one example per line, comma-separated decimal numbers, features first, then the
// label; no header, no spaces, no blank lines, '\n' line ends (a final '\n' is allowed).

/** How a line's label reads: a class index, a one-hot vector, or regression targets. */
export type LabelSpec =
  | { kind: 'class'; classes: number }
  | { kind: 'onehot'; classes: number }
  | { kind: 'regression'; outputs: number };

/** The shape of one dataset line: `featureCount` features, then the label as `label` says. */
export interface ExampleSpec {
  featureCount: number;
  label: LabelSpec;
}

/** One example; `target` is always the dense vector the model's output is compared with (class → one-hot). */
export interface Example {
  features: Float64Array;
  target: Float64Array;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Number() is correctly rounded in every engine only up to 20 significant digits, so longer ones are refused. */
function parseDecimal(field: string, where: string): number {
  if (!DECIMAL.test(field)) throw new Error(`${where}: "${field}" is not a decimal number`);
  const mantissa = field.replace(/^[+-]/, '').replace(/[eE].*$/, '').replace('.', '').replace(/^0+/, '');
  if (mantissa.replace(/0+$/, '').length > 20) throw new Error(`${where}: "${field}" has more than 20 significant digits`);
  const value = Number(field);
  if (!Number.isFinite(value)) throw new Error(`${where}: "${field}" is out of range`);
  return value;
}

/** Number of fields a line's label takes. */
export function labelWidth(label: LabelSpec): number {
  return label.kind === 'class' ? 1 : label.kind === 'onehot' ? label.classes : label.outputs;
}

/** Width of the target vector the model must output. */
export function targetWidth(label: LabelSpec): number {
  return label.kind === 'regression' ? label.outputs : label.classes;
}

function checkSpec(spec: ExampleSpec): void {
  const positive = (n: number) => Number.isInteger(n) && n > 0;
  if (!positive(spec.featureCount)) throw new Error(`example spec: featureCount must be a positive integer, got ${spec.featureCount}`);
  if (!positive(targetWidth(spec.label))) throw new Error(`example spec: label width must be a positive integer`);
}

/**
 * Parses one canonical dataset line.
 * @example parseExample('5.1,3.5,1.4,0.2,0', { featureCount: 4, label: { kind: 'class', classes: 3 } })
 */
export function parseExample(line: string, spec: ExampleSpec, lineNumber?: number): Example {
  checkSpec(spec);
  const where = lineNumber === undefined ? 'example' : `example on line ${lineNumber}`;
  if (line.length === 0) throw new Error(`${where}: empty line`);
  const fields = line.split(',');
  const expected = spec.featureCount + labelWidth(spec.label);
  if (fields.length !== expected) {
    throw new Error(`${where}: expected ${spec.featureCount} features + ${labelWidth(spec.label)} label field(s) = ${expected} fields, got ${fields.length}`);
  }
  const values = fields.map((f, i) => parseDecimal(f, `${where}, field ${i + 1}`));
  const features = Float64Array.from(values.slice(0, spec.featureCount));
  const labelFields = values.slice(spec.featureCount);
  const label = spec.label;
  if (label.kind === 'class') {
    const index = labelFields[0]!;
    if (!Number.isInteger(index) || index < 0 || index >= label.classes) {
      throw new Error(`${where}: class index ${index} is not an integer in [0, ${label.classes})`);
    }
    const target = new Float64Array(label.classes);
    target[index] = 1;
    return { features, target };
  }
  if (label.kind === 'onehot') {
    const ones = labelFields.filter((v) => v === 1).length;
    const zeros = labelFields.filter((v) => v === 0).length;
    if (ones !== 1 || zeros !== label.classes - 1) throw new Error(`${where}: label is not one-hot`);
  }
  return { features, target: Float64Array.from(labelFields) };
}

/** Splits canonical dataset text into lines (the dataset's indices are these line numbers minus one). */
export function datasetLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Parses a whole canonical dataset text, or only the lines at `indices` when given. */
export function parseDataset(text: string, spec: ExampleSpec, indices?: readonly number[]): Example[] {
  const lines = datasetLines(text);
  const picked = indices ?? lines.map((_, i) => i);
  return picked.map((i) => {
    if (!Number.isInteger(i) || i < 0 || i >= lines.length) throw new Error(`dataset: index ${i} outside [0, ${lines.length})`);
    return parseExample(lines[i]!, spec, i + 1);
  });
}
