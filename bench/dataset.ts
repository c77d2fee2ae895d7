/**
 * `npm run bench:dataset`: time and peak memory to materialise a 1,000,000-line training set built from 100 deltas,
 * by replaying the deltas and by the latest result CID (local Helia store), beside GNU diff and patch on the same
 * files in the same run. Each measured run is its own process, so its peak RSS is its own.
 *
 *   npm run bench:dataset -- [--lines 1000000] [--deltas 100] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticLines } from '../datasets/synthetic.ts';
import { versionChain } from '../dataset/version.ts';
import { parseDelta } from '../dataset/diff.ts';
import { applyDeltaStream } from '../dataset/stream.ts';
import { contentCid, materializeTrainingSetToFile } from '../client/trainingset/sync.ts';
import type { VersionRecord } from '../client/trainingset/queries.ts';

const GNU_TIME = '/usr/bin/time';
const GNU_DIFF = '/usr/bin/diff';
const GNU_PATCH = '/usr/bin/patch';

interface Figure { wallMs: number; maxRssKiB: number }

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

/** Runs a command under GNU time when present: wall time from here, peak RSS of the command and its children. */
function measured(cmd: string, args: string[], okCodes = [0]): Figure & { stdout: string } {
  const useTime = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  if (r.status === null || !okCodes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return { wallMs, maxRssKiB: rss ? Number(rss[1]) : NaN, stdout: r.stdout };
}

/** Peak RSS of this process so far, KiB. */
const peakRssKiB = () => {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '');
  return hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
};

/** Seeded edits: `changes` lines replaced, `removals` removed, `additions` inserted, at positions past the header. */
function nextVersion(lines: string[], fresh: Iterator<string>, rand: () => number, o: { additions: number; removals: number; changes: number }): string[] {
  const at = (n: number) => Array.from({ length: n }, () => 1 + Math.floor(rand() * (lines.length - 1))).sort((a, b) => a - b);
  const touched = new Set<number>();
  while (touched.size < o.removals + o.changes) touched.add(1 + Math.floor(rand() * (lines.length - 1)));
  const removed = new Set([...touched].slice(0, o.removals));
  const changed = new Set([...touched].slice(o.removals));
  const inserts = at(o.additions);
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    while (k < inserts.length && inserts[k] === i) { out.push(fresh.next().value as string); k++; }
    if (removed.has(i)) continue;
    out.push(changed.has(i) ? (fresh.next().value as string) : lines[i]!);
  }
  while (k++ < inserts.length) out.push(fresh.next().value as string);
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function build(work: string, totalLines: number, deltas: number) {
  const per = { additions: 1500, removals: 500, changes: 500 };
  const net = per.additions - per.removals;
  const v0Lines = totalLines - deltas * net;
  const base = [...syntheticLines({ examples: v0Lines - 1, seed: 1 })];
  const fresh = syntheticLines({ examples: deltas * (per.additions + per.changes), seed: 2 });
  fresh.next(); // its header
  const rand = mulberry32(3);
  writeFileSync(join(work, 'v0.csv'), base.join('\n') + '\n');
  const cids = [await contentCid(readFileSync(join(work, 'v0.csv')))];
  const diffFigures: Figure[] = [];
  let lines = base;
  for (let i = 1; i <= deltas; i++) {
    lines = nextVersion(lines, fresh, rand, per);
    const path = join(work, `v${i}.csv`);
    writeFileSync(path, lines.join('\n') + '\n');
    const d = measured(GNU_DIFF, ['-u', join(work, `v${i - 1}.csv`), path], [1]);
    diffFigures.push(d);
    writeFileSync(join(work, `d${i}.diff`), d.stdout);
    cids.push(await contentCid(readFileSync(path)));
    if (i > 1) rmSync(join(work, `v${i - 1}.csv`));
    process.stderr.write(`\rbuilt version ${i}/${deltas} (${lines.length} lines)`);
  }
  process.stderr.write('\n');
  copyFileSync(join(work, `v${deltas}.csv`), join(work, 'expected.csv'));
  rmSync(join(work, `v${deltas}.csv`));

  const { openHelia } = await import('../storage/helia.ts');
  const store = await openHelia({ dir: join(work, 'ipfs') });
  try {
    const added = [await store.addFile(join(work, 'v0.csv'))];
    const deltaCids: string[] = [];
    for (let i = 1; i <= deltas; i++) deltaCids.push(await store.addFile(join(work, `d${i}.diff`)));
    const latest = await store.addFile(join(work, 'expected.csv'));
    if (added[0] !== cids[0] || latest !== cids[deltas]) throw new Error('Helia and contentCid disagree');
    const chain = versionChain(cids[0]!, deltaCids);
    const versions = chain.map((version, n) => ({
      group_id: 1, number: n, version, parent_version: n === 0 ? '' : chain[n - 1]!, delta_cid: n === 0 ? '' : deltaCids[n - 1]!, dataset_cid: cids[n]!,
    }));
    writeFileSync(join(work, 'versions.json'), JSON.stringify(versions));
  } finally {
    await store.stop();
  }
  return {
    diff: { wallMs: diffFigures.reduce((s, f) => s + f.wallMs, 0), maxRssKiB: Math.max(...diffFigures.map((f) => f.maxRssKiB)) },
    v0Lines,
    bytes: statSync(join(work, 'expected.csv')).size,
  };
}

/** One measured materialisation in this (child) process; prints its figures as JSON. */
async function child(mode: string, work: string): Promise<void> {
  const versions = JSON.parse(readFileSync(join(work, 'versions.json'), 'utf8')) as VersionRecord[];
  const out = join(work, `out-${mode}.csv`);
  let t0 = 0;
  if (mode === 'apply-only') {
    // The applier alone, file to file, no IPFS and no hashing: the like-for-like peer of GNU patch.
    t0 = performance.now();
    let current = join(work, 'v0.csv');
    for (let i = 1; i < versions.length; i++) {
      const next = join(work, `apply-${i}.csv`);
      const file = await open(next, 'w');
      const delta = parseDelta(readFileSync(join(work, `d${i}.diff`), 'utf8'));
      for await (const chunk of applyDeltaStream(createReadStream(current, { highWaterMark: 1 << 20 }), delta)) await file.write(chunk);
      await file.close();
      if (i > 1) rmSync(current);
      current = next;
    }
    copyFileSync(current, out);
    rmSync(current);
  } else {
    const { openHelia } = await import('../storage/helia.ts');
    const store = await openHelia({ dir: join(work, 'ipfs') });
    try {
      t0 = performance.now();
      await materializeTrainingSetToFile(store, versions, out, { replay: mode === 'replay' });
    } finally {
      await store.stop();
    }
  }
  const wallMs = performance.now() - t0;
  console.log(JSON.stringify({ wallMs, maxRssKiB: peakRssKiB() }));
}

function sameFile(a: string, b: string): boolean {
  return spawnSync('cmp', ['-s', a, b]).status === 0;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]!, process.argv[4]!);
  const totalLines = arg('lines', 1_000_000);
  const deltas = arg('deltas', 100);
  const work = mkdtempSync(join(tmpdir(), 'nrn-bench-dataset-'));
  try {
    const tBuild = performance.now();
    const built = await build(work, totalLines, deltas);
    console.log(`built: version 0 ${built.v0Lines} lines, ${deltas} deltas (GNU diff -u), version ${deltas} ${totalLines} lines, ${(built.bytes / 2 ** 20).toFixed(1)} MiB, in ${((performance.now() - tBuild) / 1000).toFixed(1)} s`);

    // GNU patch replays the same deltas, one process per delta, into a fresh file each time (no fuzz, as we apply).
    const script = `set -e; cp "$1/v0.csv" "$1/p0.csv"; for i in $(seq 1 ${deltas}); do ${GNU_PATCH} --batch --fuzz=0 -s -o "$1/p$i.csv" "$1/p$((i-1)).csv" "$1/d$i.diff"; rm "$1/p$((i-1)).csv"; done`;
    const patch = measured('bash', ['-c', script, 'bench', work]);
    if (!sameFile(join(work, `p${deltas}.csv`), join(work, 'expected.csv'))) throw new Error('GNU patch did not rebuild the expected file');
    rmSync(join(work, `p${deltas}.csv`));

    const runs: Record<string, Figure & { processMs: number; processRssKiB: number }> = {};
    for (const mode of ['apply-only', 'replay', 'latest']) {
      const r = measured(process.execPath, [import.meta.filename, '--child', mode, work]);
      const inner = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Figure;
      if (!sameFile(join(work, `out-${mode}.csv`), join(work, 'expected.csv'))) throw new Error(`${mode} did not rebuild the expected file`);
      rmSync(join(work, `out-${mode}.csv`));
      runs[mode] = { ...inner, processMs: r.wallMs, processRssKiB: r.maxRssKiB };
    }

    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const m = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
    const rows: [string, Figure, string][] = [
      [`GNU diff -u (${deltas} deltas made)`, built.diff, 'reference'],
      [`GNU patch (replay ${deltas} deltas)`, patch, 'reference'],
      ['nrn applyDeltaStream (replay, no hashing)', runs['apply-only']!, ''],
      ['nrn sync --replay (Helia, CID checks)', runs.replay!, ''],
      ['nrn sync (latest result CID, Helia)', runs.latest!, ''],
    ];
    console.log(`\n${'what'.padEnd(44)} ${'time'.padStart(9)} ${'peak RSS'.padStart(9)}   vs GNU patch`);
    for (const [name, f] of rows) {
      const ratio = name.startsWith('GNU') ? '' : `${(f.wallMs / patch.wallMs).toFixed(2)}× time`;
      console.log(`${name.padEnd(44)} ${s(f.wallMs).padStart(9)} ${m(f.maxRssKiB).padStart(9)}   ${ratio}`);
    }
    console.log(`(nrn rows: time of the materialisation inside its process; peak RSS of that whole process incl. Node and Helia;`);
    console.log(` whole process under GNU time: ${Object.entries(runs).map(([k, r]) => `${k} ${s(r.processMs)} / ${m(r.processRssKiB)}`).join(', ')})`);
    console.log(`dataset ${m(built.bytes / 1024)}; GNU patch peak RSS is per patch process; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`replay ${(runs.replay!.wallMs / patch.wallMs).toFixed(2)}× GNU patch, latest ${(runs.latest!.wallMs / patch.wallMs).toFixed(2)}×, peak RSS ${m(runs.replay!.maxRssKiB)} for a ${m(built.bytes / 1024)} set`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

await main();
