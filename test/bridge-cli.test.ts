// `nrn-bridge` surfaces: every command documents itself, and a missing Ethereum key is a readable usage error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = new URL('../bin/nrn-bridge.js', import.meta.url).pathname;
const nrnBridge = (...args: string[]) => run(process.execPath, [bin, ...args], { env: { ...process.env, NRN_BRIDGE_ETH_KEY: '' } });

test('nrn-bridge --help lists orchestrator, relayer, send-to-eth and send-to-chain, each with its own help', async () => {
  const { stdout } = await nrnBridge('--help');
  for (const cmd of ['orchestrator', 'relayer', 'send-to-eth', 'send-to-chain']) {
    assert.match(stdout, new RegExp(`\\n\\s+${cmd} `));
    const sub = await nrnBridge(cmd, '--help');
    assert.match(sub.stdout, new RegExp(`Usage: nrn-bridge ${cmd}`));
  }
  assert.match((await nrnBridge('orchestrator', '--help')).stdout, /--confirmations <n>/);
});

test('send-to-chain without an Ethereum key fails with a usage error, not a stack trace', async () => {
  const err = await nrnBridge('send-to-chain', 'nrn1xyz', '5', '--bridge', '0x1111111111111111111111111111111111111111').then(() => undefined, (e: { stderr: string; code: number }) => e);
  assert.ok(err, 'exits non-zero');
  assert.equal(err.code, 1);
  assert.match(err.stderr, /^error: an Ethereum private key/);
});

const nrnBin = new URL('../bin/nrn.js', import.meta.url).pathname;
const nrn = (...args: string[]) => run(process.execPath, [nrnBin, ...args], { env: { ...process.env, NRN_BRIDGE_ETH_KEY: '' } });

test('nrn bridge offers send-to-eth and send-to-chain with the same options as nrn-bridge', async () => {
  assert.match((await nrn('--help')).stdout, /\n\s+bridge /);
  const { stdout } = await nrn('bridge', '--help');
  for (const cmd of ['send-to-eth', 'send-to-chain']) assert.match(stdout, new RegExp(`\\n\\s+${cmd} `));
  assert.doesNotMatch(stdout, /\n\s+(orchestrator|relayer) /);
  const toEth = (await nrn('bridge', 'send-to-eth', '--help')).stdout;
  assert.match(toEth, /Usage: nrn bridge send-to-eth \[options\] <eth-address> <amount>/);
  assert.match(toEth, /--bridge-fee <unrn>/);
  const toChain = (await nrn('bridge', 'send-to-chain', '--help')).stdout;
  assert.match(toChain, /Usage: nrn bridge send-to-chain \[options\] <nrn-address> <amount>/);
  assert.match(toChain, /--eth-key-file <file>/);
});

test('nrn bridge send-to-chain without an Ethereum key fails with a usage error', async () => {
  const err = await nrn('bridge', 'send-to-chain', 'nrn1xyz', '5', '--bridge', '0x1111111111111111111111111111111111111111').then(() => undefined, (e: { stderr: string; code: number }) => e);
  assert.ok(err, 'exits non-zero');
  assert.equal(err.code, 1);
  assert.match(err.stderr, /^error: an Ethereum private key/);
});
