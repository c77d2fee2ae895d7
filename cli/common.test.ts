// What the CLIs share: one default home, one keyring under it, the passphrase rule for a new keyring, typed amounts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_HOME, MIN_PASSPHRASE_LENGTH, keyringDir, openHomeKeyring, parseUnrn } from './common.ts';
import { buildCli as nrndCli } from './nrnd/main.ts';
import { buildCli as nrnCli } from './nrn/main.ts';

const sub = (c: Command, ...path: string[]) => path.reduce((n, name) => n.commands.find((x) => x.name() === name)!, c);
const homeDefault = (c: Command) => c.options.find((o) => o.long === '--home')!.defaultValue as string;

async function withEnv<T>(passphrase: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.NRN_KEYRING_PASSPHRASE;
  process.env.NRN_KEYRING_PASSPHRASE = passphrase;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.NRN_KEYRING_PASSPHRASE;
    else process.env.NRN_KEYRING_PASSPHRASE = before;
  }
}

test('nrnd and nrn default to one home, and the keyring is <home>/keyring', () => {
  const nrnd = nrndCli();
  const nrn = nrnCli();
  const homes = new Set([
    homeDefault(sub(nrnd, 'keys', 'add')), homeDefault(sub(nrnd, 'start')), homeDefault(sub(nrnd, 'tx', 'staking', 'delegate')),
    homeDefault(sub(nrn, 'group', 'stake')), homeDefault(sub(nrn, 'ipfs', 'add')),
  ]);
  assert.deepEqual([...homes], [DEFAULT_HOME]);
  assert.equal(keyringDir({ home: '/h' }), join('/h', 'keyring'));
  assert.equal(keyringDir({ home: '/h', keyringDir: '/k' }), '/k');
});

test('a key `nrnd keys add` makes is in the keyring every CLI opens; a new keyring needs an 8-character passphrase', async () => {
  const home = await mkdtemp(join(tmpdir(), 'nrn-common-'));
  try {
    const run = (...args: string[]) => nrndCli().exitOverride().parseAsync(args, { from: 'user' });
    const { log, error } = console;
    console.log = console.error = () => {};
    try {
      await withEnv('short', () => assert.rejects(run('keys', 'add', 'alice', '--home', home), new RegExp(`at least ${MIN_PASSPHRASE_LENGTH} characters`)));
      await withEnv('a long passphrase', () => run('keys', 'add', 'alice', '--home', home));
    } finally {
      Object.assign(console, { log, error });
    }
    const alice = await withEnv('a long passphrase', async () => (await openHomeKeyring({ home })).show('alice'));
    assert.match(alice.address, /^nrn1/);
    // The rule is for a passphrase that creates a keyring; an existing one checks the passphrase that sealed it.
    await withEnv('short', () => assert.rejects(openHomeKeyring({ home }, true), /wrong passphrase/));
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});

test('typed amounts: unrn, bare integers and decimal nrn; zero only where allowed', () => {
  assert.equal(parseUnrn('1000unrn', 'amount'), 1000n);
  assert.equal(parseUnrn('1000', 'amount'), 1000n);
  assert.equal(parseUnrn('1.5nrn', 'amount'), 1_500_000n);
  assert.equal(parseUnrn('2nrn', 'amount'), 2_000_000n);
  assert.throws(() => parseUnrn('0', '--deposit'), /--deposit must be more than zero/);
  assert.equal(parseUnrn('0', '--bridge-fee', { allowZero: true }), 0n);
  for (const bad of ['-5', '1.5', '1.1234567nrn', '5atom', '']) assert.throws(() => parseUnrn(bad, 'amount'), /is not an amount; write e\.g\./);
});
