// Compiles contracts/src/*.sol with the pinned solc-js and writes contracts/artifacts/<Name>.json (abi + bytecode).
// Usage: npx node contracts/compile.ts [--force]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTRACTS_DIR = dirname(fileURLToPath(import.meta.url));
export const SOURCES_DIR = join(CONTRACTS_DIR, 'src');
export const ARTIFACTS_DIR = join(CONTRACTS_DIR, 'artifacts');

/** The contracts this project deploys; every other compiled unit (OpenZeppelin) stays out of artifacts/. */
export const CONTRACT_NAMES = ['NRNBridge', 'WrappedNRN'] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

export interface Artifact {
  contractName: ContractName;
  abi: unknown[];
  bytecode: string;
  deployedBytecode: string;
  solcVersion: string;
  inputHash: string;
}

interface SolcCompiler {
  version(): string;
  compile(input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }): string;
}

interface SolcOutput {
  errors?: { severity: 'error' | 'warning' | 'info'; formattedMessage: string }[];
  contracts?: Record<
    string,
    Record<string, { abi: unknown[]; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>
  >;
}

const require = createRequire(import.meta.url);

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

function standardJsonInput(): { input: string; hash: string } {
  const sources: Record<string, { content: string }> = {};
  for (const file of readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.sol')).sort()) {
    sources[`src/${file}`] = { content: readFileSync(join(SOURCES_DIR, file), 'utf8') };
  }
  const input = JSON.stringify({ language: 'Solidity', sources, settings: SETTINGS });
  return { input, hash: createHash('sha256').update(input).digest('hex') };
}

// Sources import OpenZeppelin by package path; solc-js asks us for each file it cannot find among the sources.
function resolveImport(importPath: string): { contents: string } | { error: string } {
  try {
    return { contents: readFileSync(require.resolve(importPath), 'utf8') };
  } catch (err) {
    return { error: `cannot resolve ${importPath}: ${(err as Error).message}` };
  }
}

function isUpToDate(hash: string, solcVersion: string): boolean {
  return CONTRACT_NAMES.every((name) => {
    const file = join(ARTIFACTS_DIR, `${name}.json`);
    if (!existsSync(file)) return false;
    const artifact = JSON.parse(readFileSync(file, 'utf8')) as Artifact;
    return artifact.inputHash === hash && artifact.solcVersion === solcVersion;
  });
}

/** Compile unless artifacts/ already holds the output for these exact sources, settings and compiler. */
export function compileContracts(options: { force?: boolean } = {}): { compiled: boolean; warnings: string[] } {
  const solc = require('solc') as SolcCompiler;
  const solcVersion = solc.version();
  const { input, hash } = standardJsonInput();
  if (!options.force && isUpToDate(hash, solcVersion)) return { compiled: false, warnings: [] };

  const output = JSON.parse(solc.compile(input, { import: resolveImport })) as SolcOutput;
  const problems = output.errors ?? [];
  const errors = problems.filter((e) => e.severity === 'error');
  if (errors.length > 0) throw new Error(`solc ${solcVersion} failed:\n${errors.map((e) => e.formattedMessage).join('\n')}`);

  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const name of CONTRACT_NAMES) {
    const unit = output.contracts?.[`src/${name}.sol`]?.[name];
    if (!unit) throw new Error(`solc output has no contract ${name}`);
    const artifact: Artifact = {
      contractName: name,
      abi: unit.abi,
      bytecode: `0x${unit.evm.bytecode.object}`,
      deployedBytecode: `0x${unit.evm.deployedBytecode.object}`,
      solcVersion,
      inputHash: hash,
    };
    writeFileSync(join(ARTIFACTS_DIR, `${name}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
  }
  const warnings = problems.filter((e) => e.severity === 'warning').map((e) => e.formattedMessage);
  return { compiled: true, warnings };
}

/** Read a compiled contract, compiling first when the sources changed. */
export function loadArtifact(name: ContractName): Artifact {
  compileContracts();
  return JSON.parse(readFileSync(join(ARTIFACTS_DIR, `${name}.json`), 'utf8')) as Artifact;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { compiled, warnings } = compileContracts({ force: process.argv.includes('--force') });
  for (const warning of warnings) console.warn(warning);
  const ms = Math.round(performance.now() - started);
  console.log(compiled ? `compiled ${CONTRACT_NAMES.join(', ')} in ${ms} ms` : 'artifacts up to date');
}
