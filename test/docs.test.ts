// Every ```sh block of README.md and docs/*.md is checked: blocks marked `<!-- test: run -->` run verbatim in a
// temporary HOME; other blocks need a live node, network or Ethereum, so each command must parse (its path is in
// the CLI's commander tree that `--help` prints, with every option it uses); `<!-- needs: … -->` blocks are not
// run and must say why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { REPO_ROOT } from '../chain/cometbft.ts';

const NODE = join(REPO_ROOT, 'node_modules', '.bin', 'node');
const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
const BINS = Object.keys(pkg.bin);

type Mode = { kind: 'run' } | { kind: 'help' } | { kind: 'skip'; reason: string };
interface Block { file: string; line: number; mode: Mode; text: string }

/** The ```sh blocks of a markdown file, each with the marker comment right above it (blank lines allowed). */
export function shBlocks(file: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let marker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = /^<!--\s*(.+?)\s*-->\s*$/.exec(l.trim());
    if (m) { marker = m[1]; continue; }
    if (/^```sh\s*$/.test(l)) {
      const start = i + 1;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      blocks.push({ file, line: start, mode: modeOf(marker), text: body.join('\n') });
      marker = undefined;
      continue;
    }
    if (l.trim() !== '') marker = undefined;
  }
  return blocks;
}

function modeOf(marker: string | undefined): Mode {
  if (marker === undefined) return { kind: 'help' };
  if (/^test:\s*run$/.test(marker)) return { kind: 'run' };
  const needs = /^needs:\s*(.*)$/.exec(marker);
  if (needs) return { kind: 'skip', reason: needs[1]!.trim() };
  throw new Error(`unknown doc marker <!-- ${marker} -->`);
}

/** Command lines of a block: continuations joined, comments dropped, `a && b` split. */
export function commandsOf(text: string): string[] {
  const joined = text.replace(/\s*\\\n\s*/g, ' ');
  return joined.split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((l) => l.split(/\s&&\s/).map((c) => c.trim()));
}

/** Whitespace split that keeps single- or double-quoted words whole (enough for the docs' commands). */
function words(cmd: string): string[] {
  return [...cmd.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const isPlaceholder = (w: string) => /[<>…]/.test(w);

interface HelpCheck { bin: string; path: string[]; options: string[] }

/** How a command that needs a live network is checked, or undefined when it needs no check (export, npm scripts). */
export function helpCheckOf(cmd: string): HelpCheck | undefined {
  let w = words(cmd);
  while (w.length && /^[A-Z_][A-Z0-9_]*=/.test(w[0]!)) w = w.slice(1);
  if (w[0] === 'export') return undefined;
  if (w[0] === 'npm') {
    const script = w[1] === 'run' ? w[2]! : w[1]!;
    if (script === 'install' || script === 'ci') return undefined;
    assert.ok(script in pkg.scripts, `npm script "${script}" (from \`${cmd}\`) is in package.json`);
    return undefined;
  }
  if (w[0] === 'npx') w = w.slice(1);
  assert.ok(BINS.includes(w[0]!), `\`${cmd}\`: only the project's CLIs (${BINS.join(', ')}), npm scripts and exports may appear unmarked; mark other blocks <!-- test: run --> or <!-- needs: … -->`);
  const rest = w.slice(1);
  const firstOpt = rest.findIndex((x) => x.startsWith('-') || isPlaceholder(x));
  const path = firstOpt < 0 ? rest : rest.slice(0, firstOpt);
  const options = rest.filter((x) => /^--?[a-zA-Z]/.test(x)).map((x) => x.replace(/=.*$/, ''));
  return { bin: w[0]!, path, options };
}

let tmp: string;
let binDir: string;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'nrn-docs-'));
  binDir = join(tmp, 'bin');
  await mkdir(binDir);
  // `npx nrnd` in a doc means the project's CLI; outside the repo npx would try the registry, so shims stand in.
  for (const [name, file] of Object.entries(pkg.bin)) {
    const shim = join(binDir, name);
    await writeFile(shim, `#!/bin/sh\nexec "${NODE}" "${join(REPO_ROOT, file)}" "$@"\n`);
    await chmod(shim, 0o755);
  }
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function docFiles(): Promise<string[]> {
  const docs = (await readdir(join(REPO_ROOT, 'docs'))).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

/** Runs one block as a bash script in the file's own HOME and working directory (state carries between its blocks). */
function runBlock(b: Block, home: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const script = `set -euo pipefail\nnpx() { "$@"; }\ncd "$HOME/work"\n${b.text}\n`;
    const child = spawn('bash', ['-c', script], {
      env: { PATH: `${binDir}:${join(REPO_ROOT, 'node_modules', '.bin')}:${process.env.PATH}`, HOME: home, LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

/** The CLIs' commander trees, built in-process: checking a path and its options needs no process per command. */
const CLI_BUILDERS: Record<string, () => Promise<Command>> = {
  nrnd: async () => (await import('../cli/nrnd/main.ts')).buildCli(),
  nrn: async () => (await import('../cli/nrn/main.ts')).buildCli(),
  'nrn-trainer': async () => (await import('../trainer/train/cli.ts')).trainerCommand(),
  'nrn-verifier': async () => (await import('../trainer/verifier/cli.ts')).verifierCommand(),
  'nrn-bridge': async () => (await import('../bridge/cli.ts')).bridgeCommand(),
};
const trees = new Map<string, Command>();

async function checkHelp(cmd: string, c: HelpCheck): Promise<void> {
  const builder = CLI_BUILDERS[c.bin];
  assert.ok(builder, `\`${cmd}\`: ${c.bin} has a commander tree to check against`);
  if (!trees.has(c.bin)) trees.set(c.bin, await builder());
  let node = trees.get(c.bin)!;
  let i = 0;
  for (; i < c.path.length; i++) {
    const sub = node.commands.find((x) => x.name() === c.path[i] || x.aliases().includes(c.path[i]!));
    if (!sub) break;
    node = sub;
  }
  const usage = node.helpInformation().split('\n')[0];
  const args = node.registeredArguments.length;
  assert.ok(c.path.length - i <= args, `\`${cmd}\`: "${c.path.slice(i).join(' ')}" is not a command or argument of \`${usage}\``);
  for (const opt of c.options) {
    if (opt === '--help' || opt === '-h') continue;
    assert.ok(node.options.some((o) => o.long === opt || o.short === opt), `\`${cmd}\`: option ${opt} is listed by \`${usage}\``);
  }
}

test('every ```sh block of the README and docs runs, parses, or says what it needs', async (t) => {
  const files = await docFiles();
  const tally = { run: 0, help: 0, skip: 0 };
  for (const file of files) {
    const blocks = shBlocks(file, await readFile(join(REPO_ROOT, file), 'utf8'));
    const home = join(tmp, file.replace(/\W/g, '_'));
    await mkdir(join(home, 'work'), { recursive: true });
    const helps: { cmd: string; check: HelpCheck; where: string }[] = [];
    for (const b of blocks) {
      const where = `${file}:${b.line}`;
      if (b.mode.kind === 'skip') {
        assert.ok(b.mode.reason.length >= 3, `${where}: a <!-- needs: … --> marker says what is missing`);
        t.diagnostic(`not run: ${where}: needs ${b.mode.reason}`);
        tally.skip++;
      } else if (b.mode.kind === 'run') {
        const { code, out } = await runBlock(b, home);
        assert.equal(code, 0, `${where} ran with exit ${code}:\n${b.text}\n--- output ---\n${out}`);
        tally.run++;
      } else {
        for (const cmd of commandsOf(b.text)) {
          const check = helpCheckOf(cmd);
          if (check) helps.push({ cmd, check, where });
        }
        tally.help++;
      }
    }
    for (const { cmd, check, where } of helps) {
      await checkHelp(cmd, check).catch((e: Error) => { throw new Error(`${where}: ${e.message}`, { cause: e }); });
    }
  }
  t.diagnostic(`blocks: ${tally.run} run, ${tally.help} parsed with --help, ${tally.skip} not run`);
  assert.ok(tally.run >= 4 && tally.help >= 6 && tally.skip >= 2, JSON.stringify(tally));
});

test('each runnable doc block left what it promised: a node home, a key in genesis, a checked delta', async () => {
  const home = join(tmp, 'docs_operator_md');
  const genesis = JSON.parse(await readFile(join(home, '.nrnd', 'config', 'genesis.json'), 'utf8'));
  assert.equal(genesis.chain_id, 'nrn-1');
  const balances = genesis.app_state.bank.balances as { address: string; coins: { denom: string; amount: string }[] }[];
  assert.ok(balances.some((b) => b.coins.some((c) => c.denom === 'unrn' && c.amount === '1000000000')), 'treasury funded in genesis');
  const trainerWork = join(tmp, 'docs_trainer_md', 'work');
  assert.equal(await readFile(join(trainerWork, 'check.csv'), 'utf8'), await readFile(join(trainerWork, 'iris-100.csv'), 'utf8'));
  assert.equal((await readFile(join(trainerWork, 'iris-100.csv'), 'utf8')).trim().split('\n').length, 101);
});

test('the block parser and the command check: markers, continuations, comments, && chains, wrong commands and options', async () => {
  const md = ['<!-- test: run -->', '', '```sh', 'a \\', '  b # why', 'c && d', '```', 'text', '```sh', 'e', '```', '<!-- needs: GPU -->', '```sh', 'f', '```'].join('\n');
  const blocks = shBlocks('x.md', md);
  assert.deepEqual(blocks.map((b) => b.mode.kind), ['run', 'help', 'skip']);
  assert.deepEqual(commandsOf(blocks[0]!.text), ['a b', 'c', 'd']);
  assert.deepEqual(blocks[2]!.mode, { kind: 'skip', reason: 'GPU' });
  assert.deepEqual(helpCheckOf('npx nrnd tx bank send alice nrn1… 1000unrn --gas-prices 0.1unrn'), { bin: 'nrnd', path: ['tx', 'bank', 'send', 'alice'], options: ['--gas-prices'] });
  assert.equal(helpCheckOf("export X='y z'"), undefined);
  assert.throws(() => helpCheckOf('npm run no-such-script'), /no-such-script/);
  assert.throws(() => helpCheckOf('curl http://127.0.0.1:26657/status'), /only the project's CLIs/);
  await assert.rejects(checkHelp('npx nrnd q governance', helpCheckOf('npx nrnd q governance')!), /not a command or argument/);
  await assert.rejects(checkHelp('npx nrn dataset iris --bogus', helpCheckOf('npx nrn dataset iris --bogus')!), /option --bogus/);
  await checkHelp('npx nrnd q bank balances nrn1…', helpCheckOf('npx nrnd q bank balances nrn1…')!);
  assert.throws(() => shBlocks('y.md', '<!-- test: maybe -->\n```sh\nx\n```'), /unknown doc marker/);
});
