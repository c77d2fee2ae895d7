// Imports run one way: the node runtime (chain/) knows no module, modules know no tool, client/ knows none of the
// programs built on it. Read from the import graph of the tree as it is, so a new import across a line fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { REPO_ROOT } from '../chain/cometbft.ts';

const SKIP = new Set(['node_modules', '.tools', 'dist', '.git', 'artifacts', 'cache']);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|tsx|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(REPO_ROOT, path));
  }
  return out;
}

/** Every module specifier a file imports, statically or with import(); relative ones resolved to repo paths. */
export function importsOf(file: string, src: string): { local: string[]; packages: string[] } {
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of src.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (spec.startsWith('.')) local.push(normalize(join(dirname(file), spec)));
    else packages.push(spec);
  }
  return { local, packages };
}

const isTestSupport = (f: string) => /\.test\.tsx?$/.test(f) || /(^|\/)testkit\.ts$/.test(f);
const top = (path: string) => path.split('/')[0]!;
const moduleOf = (path: string) => path.split('/')[1];

interface Rule { from: string; tests: boolean; mayNotImport: string[]; packages?: RegExp }
const RULES: Rule[] = [
  // The node runtime: ABCI, store, tx decoding, gas. It composes whatever modules it is handed and names none.
  { from: 'chain', tests: true, mayNotImport: ['modules', 'app', 'client', 'cli', 'trainer', 'bridge', 'contracts', 'dashboard', 'scripts', 'test', 'bench', 'storage', 'dataset', 'proto'], packages: /^(ethers|hardhat)(\/|$)/ },
  // Consensus code: a module sees the core, other modules' declared views, generated types and the dataset format.
  { from: 'modules', tests: false, mayNotImport: ['app', 'client', 'cli', 'trainer', 'bridge', 'contracts', 'dashboard', 'scripts', 'test', 'bench', 'storage'], packages: /^(ethers|hardhat)(\/|$)/ },
  // Client actions: everything off chain is built on them, so they import none of it.
  { from: 'client', tests: false, mayNotImport: ['app', 'cli', 'trainer', 'bridge', 'contracts', 'dashboard', 'scripts', 'test', 'bench'] },
  // Libraries under everything: the dataset format and IPFS storage.
  { from: 'dataset', tests: false, mayNotImport: ['chain', 'modules', 'app', 'client', 'cli', 'trainer', 'bridge', 'contracts', 'dashboard', 'scripts', 'test', 'bench', 'storage'] },
];

function violations(files: { path: string; src: string }[]): string[] {
  const out: string[] = [];
  for (const { path, src } of files) {
    const rule = RULES.find((r) => top(path) === r.from);
    if (!rule || (!rule.tests && isTestSupport(path))) continue;
    const { local, packages } = importsOf(path, src);
    for (const target of local) {
      if (rule.mayNotImport.includes(top(target))) out.push(`${path} imports ${target}`);
      // A module reaches another only through what that one's index.ts exports (its view, types, constants).
      else if (rule.from === 'modules' && top(target) === 'modules' && moduleOf(target) !== moduleOf(path) && !target.endsWith('/index.ts')) {
        out.push(`${path} imports another module's internals: ${target}`);
      }
    }
    if (rule.packages) for (const p of packages) if (rule.packages.test(p)) out.push(`${path} imports the package ${p}`);
  }
  return out;
}

test('imports run one way: chain/ knows no module, modules/ no tool nor each other\'s internals, client/ none of the programs on it', () => {
  const files = sourceFiles(REPO_ROOT).map((path) => ({ path, src: readFileSync(join(REPO_ROOT, path), 'utf8') }));
  assert.ok(files.some((f) => f.path === 'chain/app.ts'), 'the walk found the tree');
  assert.deepEqual(violations(files), []);
});

test('the check catches each kind of crossing (static, dynamic, re-export, a forbidden package)', () => {
  const found = violations([
    { path: 'chain/app.ts', src: "import { accounts } from '../modules/auth/index.ts';" },
    { path: 'chain/tx/x.ts', src: "const { x } = await import('../../client/tx.ts');" },
    { path: 'modules/bridge/digest.ts', src: "export { keccak } from '../../contracts/hash.ts';\nimport { ethers } from 'ethers';" },
    { path: 'client/tx.ts', src: "import type { X } from '../cli/common.ts';" },
    { path: 'modules/bank/bank.test.ts', src: "import { x } from '../../client/registry.ts';" },
    { path: 'modules/auth/ante.ts', src: "import { parseAmount } from '../bank/coins.ts';\nimport type { BankView } from '../bank/index.ts';" },
    { path: 'client/ok.ts', src: "import { sdk } from '../chain/errors.ts';\nimport { Registry } from '@cosmjs/proto-signing';" },
  ]);
  assert.deepEqual(found, [
    'chain/app.ts imports modules/auth/index.ts',
    'chain/tx/x.ts imports client/tx.ts',
    'modules/bridge/digest.ts imports contracts/hash.ts',
    'modules/bridge/digest.ts imports the package ethers',
    'client/tx.ts imports cli/common.ts',
    "modules/auth/ante.ts imports another module's internals: modules/bank/coins.ts",
  ]);
});
