import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir, readFile, stat, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secp256k1 } from '@cosmjs/crypto';
import { toBase64 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { openKeyring, KeyringError } from './keyring.ts';

// BIP39 test vector (all-zero entropy): valid checksum, 12 words.
const ABANDON = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'nrn-keyring-'));
  try {
    await fn(join(root, 'keyring-file'));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function cosmjsAccount(mnemonic: string) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'nrn' });
  const [account] = await wallet.getAccounts();
  return account!;
}

test('add without a mnemonic generates 24 words whose address CosmJS derives too', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    const key = await kr.add('validator');
    assert.equal(key.name, 'validator');
    assert.equal(key.mnemonic.split(' ').length, 24);
    assert.match(key.address, /^nrn1[02-9ac-hj-np-z]{38}$/);
    const account = await cosmjsAccount(key.mnemonic);
    assert.equal(key.address, account.address);
    assert.equal(key.pubkeyBase64, toBase64(account.pubkey));
  });
});

test('add with a mnemonic normalizes spacing and case and matches CosmJS', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    const key = await kr.add('faucet', { mnemonic: `  ${ABANDON.toUpperCase().replace(/ /g, '  \n')} ` });
    assert.equal(key.mnemonic, ABANDON);
    const account = await cosmjsAccount(ABANDON);
    assert.equal(key.address, account.address);
    assert.equal(key.pubkeyBase64, toBase64(account.pubkey));
  });
});

test('each key is one 0600 file holding a versioned envelope without the mnemonic in clear', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    const key = await kr.add('alice', { mnemonic: ABANDON });
    assert.deepEqual(await readdir(dir), ['alice.key']);
    const st = await stat(join(dir, 'alice.key'));
    assert.equal(st.mode & 0o777, 0o600);
    const text = await readFile(join(dir, 'alice.key'), 'utf8');
    const envelope = JSON.parse(text);
    assert.equal(envelope.version, 1);
    assert.equal(envelope.name, 'alice');
    assert.deepEqual({ ...envelope.kdf, salt: undefined }, { name: 'scrypt', N: 32768, r: 8, p: 1, salt: undefined });
    assert.equal(envelope.cipher.name, 'aes-256-gcm');
    assert.ok(!text.includes('abandon'));
    assert.ok(!text.includes(key.address));
  });
});

test('list, show and delete; an unknown name lists the known ones', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    const bob = await kr.add('bob');
    const alice = await kr.add('alice', { mnemonic: ABANDON });
    assert.deepEqual((await kr.list()).map((k) => k.name), ['alice', 'bob']);
    assert.deepEqual(await kr.show('bob'), { name: 'bob', address: bob.address, pubkeyBase64: bob.pubkeyBase64 });
    assert.deepEqual(await kr.show('alice'), { name: 'alice', address: alice.address, pubkeyBase64: alice.pubkeyBase64 });
    assert.ok((await kr.list()).every((k) => !('mnemonic' in k)), 'list must not reveal mnemonics');
    assert.equal(await kr.mnemonic('bob'), bob.mnemonic);
    await kr.delete('bob');
    assert.deepEqual((await kr.list()).map((k) => k.address), [alice.address]);
    await assert.rejects(kr.show('bob'), (err: Error) => {
      assert.ok(err instanceof KeyringError);
      assert.equal(err.message, `no key named 'bob' in keyring at ${dir} (known keys: alice)`);
      return true;
    });
    await assert.rejects(kr.delete('bob'), /no key named 'bob'.*known keys: alice/);
    await kr.delete('alice');
    await assert.rejects(kr.wallet('alice'), /the keyring is empty/);
  });
});

test('a wrong passphrase is refused at open and when reading a key', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'right');
    await kr.add('alice', { mnemonic: ABANDON });
    await assert.rejects(openKeyring(dir, 'wrong'), { name: 'KeyringError', message: `wrong passphrase for keyring at ${dir}` });
    // A key sealed under another passphrase (e.g. copied in by hand) is refused when read.
    const other = await openKeyring(join(dir, '..', 'other'), 'other');
    await other.add('mallory');
    await rename(join(dir, '..', 'other', 'mallory.key'), join(dir, 'mallory.key'));
    await assert.rejects(kr.show('mallory'), { message: `wrong passphrase for keyring at ${dir}` });
    await assert.rejects(openKeyring(dir, ''), /empty passphrase/);
  });
});

test('duplicate names and duplicate addresses are refused', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    await kr.add('alice', { mnemonic: ABANDON });
    await assert.rejects(kr.add('alice'), { message: `key 'alice' already exists in keyring at ${dir}; delete it first or pick another name` });
    await assert.rejects(kr.add('alice2', { mnemonic: ABANDON }), /already stored as 'alice'/);
    assert.equal((await kr.list()).length, 1);
  });
});

test('invalid mnemonics are refused with the reason', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    const badChecksum = ABANDON.replace(/about$/, 'abandon');
    await assert.rejects(kr.add('a', { mnemonic: badChecksum }), /^KeyringError: invalid mnemonic \(12 words\): .*checksum/i);
    await assert.rejects(kr.add('a', { mnemonic: ABANDON.replace('about', 'notaword') }), /invalid mnemonic \(12 words\)/);
    await assert.rejects(kr.add('a', { mnemonic: 'abandon abandon about' }), /invalid mnemonic \(3 words\)/);
    assert.deepEqual(await kr.list(), []);
  });
});

test('invalid names are refused before touching the disk', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    for (const name of ['', 'a b', '../escape', 'x'.repeat(65), 'ünï', 'a.key']) {
      await assert.rejects(kr.add(name), { name: 'KeyringError', message: `invalid key name ${JSON.stringify(name)}: use 1 to 64 letters, digits, '_' or '-'` });
      await assert.rejects(kr.show(name), /invalid key name/);
    }
    const ok = await kr.add('A_z-9' + 'x'.repeat(59));
    assert.equal(ok.name.length, 64);
    assert.deepEqual(await readdir(dir), [ok.name + '.key']);
  });
});

test('wallet and privateKey give the key CosmJS would hold', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    const key = await kr.add('alice', { mnemonic: ABANDON });
    const wallet = await kr.wallet('alice');
    const [account] = await wallet.getAccounts();
    assert.equal(account!.address, key.address);
    assert.equal(wallet.mnemonic, ABANDON);
    const privkey = await kr.privateKey('alice');
    assert.equal(privkey.length, 32);
    const pubkey = Secp256k1.compressPubkey(Secp256k1.makeKeypair(privkey).pubkey);
    assert.equal(toBase64(pubkey), key.pubkeyBase64);
  });
});

test('a key file renamed by hand or of an unknown version is reported, not misread', async () => {
  await withDir(async (dir) => {
    const kr = await openKeyring(dir, 'pass-1');
    await kr.add('alice', { mnemonic: ABANDON });
    await rename(join(dir, 'alice.key'), join(dir, 'carol.key'));
    await assert.rejects(kr.show('carol'), /holds key 'alice', not 'carol'/);
    const envelope = JSON.parse(await readFile(join(dir, 'carol.key'), 'utf8'));
    await writeFile(join(dir, 'carol.key'), JSON.stringify({ ...envelope, version: 2 }));
    await assert.rejects(kr.show('carol'), /unsupported format version 2/);
    await writeFile(join(dir, 'carol.key'), JSON.stringify({ ...envelope, name: 'carol', kdf: { ...envelope.kdf, N: 2 ** 24 } }));
    await assert.rejects(kr.show('carol'), /uses scrypt parameters N=16777216 r=8 p=1; format version 1 uses N=32768/);
  });
});
