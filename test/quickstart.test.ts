// The README's Quick start, verbatim, in a fresh clone of the committed tree: the install-and-run line must
// bring up a chain that commits blocks, the dashboard, and the demo group, and Ctrl-C must stop it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../chain/cometbft.ts';
import { portFree } from './netcheck.ts';

async function quickStartLines(): Promise<string[]> {
  const readme = await readFile(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split('## Quick start')[1]!;
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block.trim().split('\n').map((l) => l.trim());
}

test('the Quick start has exactly two lines: install+run, and the test command that .ci/run calls', async () => {
  const lines = await quickStartLines();
  assert.equal(lines.length, 2);
  assert.equal(lines[1], 'npm test');
  const ci = await readFile(join(REPO_ROOT, '.ci', 'run'), 'utf8');
  assert.ok(ci.split('\n').some((l) => l.trim() === lines[1]), '.ci/run calls the README test command');
});

test('README Quick start line 1 in a fresh clone: a devnet with blocks, the dashboard and the demo group; Ctrl-C stops it', { timeout: 900_000 }, async () => {
  const [installAndRun] = await quickStartLines();
  for (const port of [26656, 26657, 8080]) {
    assert.ok(await portFree(port), `port ${port} is in use (a devnet already running here? stop it first): the Quick start uses the default ports`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'nrn-quickstart-'));
  try {
    execFileSync('git', ['clone', '-q', REPO_ROOT, join(dir, 'nrn')]);
    const child = spawn('bash', ['-c', installAndRun!], { cwd: join(dir, 'nrn'), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => { out += d; });
    child.stderr!.on('data', (d) => { out += d; });
    const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
    try {
      const deadline = Date.now() + 840_000;
      let height = 0;
      let groups = 0;
      while (Date.now() < deadline && (height < 3 || groups < 1)) {
        await new Promise((r) => setTimeout(r, 1000));
        try {
          const st = (await (await fetch('http://127.0.0.1:26657/status')).json()) as any;
          height = Number(st.result.sync_info.latest_block_height);
          const page = await fetch('http://127.0.0.1:8080/');
          assert.equal(page.status, 200);
          groups = /training group (\d+)/.test(out) ? 1 : 0;
        } catch { /* still installing or starting */ }
      }
      assert.ok(height >= 3, `blocks are committed (height ${height}); output:\n${out.slice(-3000)}`);
      assert.ok(groups >= 1, `the demo group is running; output:\n${out.slice(-3000)}`);
      assert.match(out, /Faucet address nrn1/);
    } finally {
      process.kill(-child.pid!, 'SIGINT');
      const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 30_000);
      await exited;
      clearTimeout(timer);
    }
    assert.ok(await portFree(26657), 'CometBFT stopped with Ctrl-C');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
