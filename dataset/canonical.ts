/**
 * The canonical text of a dataset, the form every delta and CID is computed over: UTF-8, one example per line,
 * LF line ends, a final newline. Canonicalising also drops a leading BOM, trailing spaces and tabs on each line
 * (editors strip them silently, which would break hand-made deltas; a CSV value that needs them is quoted) and
 * blank lines (a blank line is not an example). The empty dataset is the empty string.
 */
export function canonicalizeDataset(text: string): string {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = unmarked.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed !== '') kept.push(trimmed);
  }
  return kept.length === 0 ? '' : kept.join('\n') + '\n';
}

export function isCanonicalDataset(text: string): boolean {
  return canonicalizeDataset(text) === text;
}
