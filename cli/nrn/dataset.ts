// `nrn dataset …`: canonical form, diff and apply (GNU-compatible unified diffs), sync of a group's agreed set.
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { canonicalizeDataset, isCanonicalDataset, diffDatasets, applyDelta, InvalidDeltaError, DeltaConflictError } from '../../dataset/diff.ts';
import { materializeTrainingSetToFile } from '../../client/trainingset/sync.ts';
import { getVerifiedVersions } from '../../client/trainingset/getVerifiedVersions.ts';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { irisCsv } from '../../datasets/iris.ts';
import { syntheticLines } from '../../datasets/synthetic.ts';
import { createWriteStream } from 'node:fs';
import {
  UsageError, homeOpt, nodeOpt, ipfsOpt, peerOpt, timeoutOpt, parseId, readText, writeOut, withQueries, withStore,
} from '../common.ts';
import type { CommonOptions } from '../common.ts';

/** The first line where `text` is not canonical, for a message that says where to look. */
function firstNonCanonicalLine(text: string): number {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.endsWith('\r') || /[ \t]$/.test(l) || (l === '' && i < lines.length - 1) || (i === 0 && l.startsWith('\uFEFF'))) return i + 1;
  }
  return lines.length;
}

export async function readCanonical(path: string, what: string): Promise<string> {
  const text = await readText(path, what);
  if (!isCanonicalDataset(text)) {
    throw new UsageError(`${what} ${path} is not in canonical form (line ${firstNonCanonicalLine(text)}: CRLF, trailing spaces, a blank line or no final newline); fix it with \`nrn dataset canonicalize ${path} -o ${path}\``);
  }
  return text;
}

export function datasetCommand(): Command {
  const cmd = new Command('dataset').description('datasets in canonical form: diff, apply, sync a group\'s agreed training set');

  cmd.command('canonicalize <file>')
    .description('rewrite a dataset in canonical form: UTF-8, one example per line, LF, no trailing spaces or blank lines, final newline')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(async (file: string, o) => writeOut(canonicalizeDataset(await readText(file, 'dataset')), o.out));

  cmd.command('diff <old> <new>')
    .description('write the unified diff (diff -u format, GNU patch applies it) that turns <old> into <new>')
    .option('-o, --out <file>', 'write the delta here instead of stdout')
    .action(async (oldPath: string, newPath: string, o) => {
      const [a, b] = [await readCanonical(oldPath, 'old dataset'), await readCanonical(newPath, 'new dataset')];
      const delta = diffDatasets(a, b, { oldLabel: oldPath, newLabel: newPath });
      if (delta === '') console.error('the datasets are identical: the delta is empty');
      await writeOut(delta, o.out);
    });

  cmd.command('apply <file> <delta>')
    .description('apply a unified diff to a dataset exactly (no fuzz, no offset), as every trainer must')
    .option('-o, --out <file>', 'write the result here instead of stdout')
    .action(async (file: string, deltaPath: string, o) => {
      const text = await readText(file, 'dataset');
      const delta = await readText(deltaPath, 'delta');
      try {
        await writeOut(applyDelta(text, delta), o.out);
      } catch (e) {
        if (e instanceof InvalidDeltaError) throw new UsageError(`${deltaPath}: ${e.message}; make deltas with \`nrn dataset diff old new\` or \`diff -u old new\``);
        if (e instanceof DeltaConflictError) throw new UsageError(`${deltaPath} on ${file}: ${e.message}; the delta was made against another version of the dataset`);
        throw e;
      }
    });

  cmd.command('sync')
    .description('materialise a group\'s agreed training set: latest result CID if reachable, else replay every delta; every version hash and CID is checked')
    .requiredOption('--group <id>', 'training group id')
    .option('--out <file>', 'write the training set here instead of stdout')
    .option('--replay', 'replay every delta even when the latest result is reachable')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(ipfsOpt()).addOption(peerOpt()).addOption(timeoutOpt())
    .action(async (o: CommonOptions & { group: string; out?: string; replay?: boolean }) => {
      const groupId = parseId(o.group, '--group');
      const versions = await withQueries(o, (q) => getVerifiedVersions(q, { groupId }));
      const bar = process.stderr.isTTY ? new SingleBar({ format: 'sync [{bar}] {value}/{total} versions | {what}', stream: process.stderr }) : undefined;
      bar?.start(versions.length, 0, { what: '' });
      const result = await withStore(o, async (store) => {
        const opts = { timeoutMs: Number(o.timeout), replay: o.replay, onStep: (done: number, _t: number, what: string) => bar?.update(done, { what }) };
        if (o.out) return materializeTrainingSetToFile(store, versions, o.out, opts);
        // Without --out the set streams to stdout from a temporary file: memory stays bounded either way.
        const dir = await mkdtemp(join(tmpdir(), 'nrn-sync-'));
        try {
          const r = await materializeTrainingSetToFile(store, versions, join(dir, 'train.csv'), opts);
          for await (const c of createReadStream(r.path)) if (!process.stdout.write(c)) await once(process.stdout, 'drain');
          return r;
        } finally { await rm(dir, { recursive: true, force: true }); }
      }).finally(() => bar?.stop());
      console.error(JSON.stringify({ group: groupId, version_number: versions.at(-1)!.number, version: result.version, cid: result.cid, source: result.source, bytes: result.bytes }));
    });

  cmd.command('iris')
    .description('write the Iris data set (150 examples) as canonical CSV')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(async (o) => writeOut(irisCsv(), o.out));

  cmd.command('synthetic')
    .description('write a seeded synthetic classification set of any size as canonical CSV')
    .requiredOption('--examples <n>', 'number of examples')
    .option('--features <n>', 'features per example', '4')
    .option('--classes <n>', 'number of classes', '3')
    .option('--seed <n>', 'PRNG seed: the same seed gives the same bytes', '1')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(async (o) => {
      const out: NodeJS.WritableStream = o.out ? createWriteStream(o.out) : process.stdout;
      for (const line of syntheticLines({ examples: Number(o.examples), features: Number(o.features), classes: Number(o.classes), seed: Number(o.seed) })) {
        if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      if (o.out) await new Promise<void>((r) => out.end(() => r()));
    });

  return cmd;
}
