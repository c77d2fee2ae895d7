// Where the pinned CometBFT binary lives (.tools/, built by scripts/install-cometbft.sh) and how it gets there.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { access } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const COMETBFT_BIN = process.env.NRN_COMETBFT_BIN ?? join(REPO_ROOT, '.tools', 'bin', 'cometbft');

export async function ensureCometBFT(): Promise<string> {
  try {
    await access(COMETBFT_BIN);
  } catch {
    await run('bash', [join(REPO_ROOT, 'scripts', 'install-cometbft.sh')], { maxBuffer: 1 << 24 });
  }
  return COMETBFT_BIN;
}
