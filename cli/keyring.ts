/**
 * A file keyring in the manner of the Cosmos SDK's `file` backend: one encrypted file per key,
 * all under one passphrase. Keys are BIP39 mnemonics on the Cosmos HD path, so the address is the
 * one CosmJS's `DirectSecp256k1HdWallet` derives from the same words.
 *
 * @example
 * const kr = await openKeyring('/home/op/.nrnd/keyring', 'correct horse');
 * const { address, mnemonic } = await kr.add('validator');
 * const wallet = await kr.wallet('validator');
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile, link, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Bip39, EnglishMnemonic, Random, Secp256k1, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { rawSecp256k1PubkeyToRawAddress } from '@cosmjs/amino';
import { toBase64, toBech32 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';

export const BECH32_PREFIX = 'nrn';
export const HD_PATH = "m/44'/118'/0'/0/0";
export const KEY_FILE_SUFFIX = '.key';
export const KEYRING_FILE_VERSION = 1;
const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
// scrypt needs 128·N·r bytes (32 MiB here); Node's default cap is exactly that, so give headroom.
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

/** The public part of a key, what `list` and `show` return. */
export interface KeyInfo {
  name: string;
  address: string;
  pubkeyBase64: string;
}

/** What `add` returns: the key and, once, its mnemonic for the operator to write down. */
export interface NewKey extends KeyInfo {
  mnemonic: string;
}

export interface Keyring {
  readonly dir: string;
  /** Creates key `name` from `mnemonic`, or from a fresh 24-word mnemonic when none is given. */
  add(name: string, options?: { mnemonic?: string }): Promise<NewKey>;
  /** All keys, sorted by name (no secrets, so the output is safe to print). */
  list(): Promise<KeyInfo[]>;
  show(name: string): Promise<KeyInfo>;
  /** The key's mnemonic, for an explicit export by the operator. */
  mnemonic(name: string): Promise<string>;
  delete(name: string): Promise<void>;
  wallet(name: string): Promise<DirectSecp256k1HdWallet>;
  /** The raw 32-byte secp256k1 private key at the HD path. */
  privateKey(name: string): Promise<Uint8Array>;
}

export class KeyringError extends Error {
  override name = 'KeyringError';
}

/** On-disk form of one key: the secret record, AES-256-GCM under an scrypt key, the name bound as AAD. */
interface KeyEnvelope {
  version: number;
  name: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  ciphertext: string;
}

/** Opens (creating if needed) the keyring in `dir`; rejects a passphrase the existing keys were not sealed with. */
export async function openKeyring(dir: string, passphrase: string): Promise<Keyring> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new KeyringError(`an empty passphrase is not allowed for keyring at ${dir}`);
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const existing = await keyNames(dir);
  // Checking one key at open keeps every key under the same passphrase, as the SDK's keyhash file does.
  if (existing.length > 0) await readKey(dir, existing[0]!, passphrase);

  async function unseal(name: string): Promise<NewKey> {
    assertName(name);
    const names = await keyNames(dir);
    if (!names.includes(name)) throw unknownKey(dir, name, names);
    return readKey(dir, name, passphrase);
  }

  return {
    dir,
    async add(name, options = {}) {
      assertName(name);
      const mnemonic = options.mnemonic === undefined ? generateMnemonic() : normalizeMnemonic(options.mnemonic);
      const names = await keyNames(dir);
      if (names.includes(name)) throw duplicateName(dir, name);
      const info = await deriveKeyInfo(name, mnemonic);
      for (const other of await Promise.all(names.map((n) => readKey(dir, n, passphrase)))) {
        if (other.address === info.address) {
          throw new KeyringError(`key '${name}' has address ${info.address}, which is already stored as '${other.name}' in keyring at ${dir}`);
        }
      }
      await writeKey(dir, name, await seal(name, info, passphrase));
      return info;
    },
    async list() {
      const names = await keyNames(dir);
      return (await Promise.all(names.map((n) => readKey(dir, n, passphrase)))).map(publicPart);
    },
    async show(name) {
      return publicPart(await unseal(name));
    },
    async mnemonic(name) {
      return (await unseal(name)).mnemonic;
    },
    async delete(name) {
      await unseal(name);
      await unlink(keyPath(dir, name));
    },
    async wallet(name) {
      const { mnemonic } = await unseal(name);
      return DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: BECH32_PREFIX, hdPaths: [stringToPath(HD_PATH)] });
    },
    async privateKey(name) {
      const { mnemonic } = await unseal(name);
      return derivePrivateKey(mnemonic);
    },
  };
}

/** Whether `dir` holds no key yet (or does not exist): the next passphrase given to it will seal the keyring. */
export async function isEmptyKeyring(dir: string): Promise<boolean> {
  try {
    return (await keyNames(dir)).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/** A fresh 24-word mnemonic from 256 bits of system entropy. */
export function generateMnemonic(): string {
  return Bip39.encode(Random.getBytes(32)).toString();
}

/** Trims, lower-cases and single-spaces a mnemonic, then checks its words and BIP39 checksum. */
export function normalizeMnemonic(mnemonic: string): string {
  const words = mnemonic.trim().toLowerCase().split(/\s+/);
  try {
    return new EnglishMnemonic(words.join(' ')).toString();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new KeyringError(`invalid mnemonic (${words.length} words): ${reason}; expected 12 to 24 English BIP39 words with a valid checksum`);
  }
}

export async function derivePrivateKey(mnemonic: string): Promise<Uint8Array> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  return Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(HD_PATH)).privkey;
}

function publicPart({ name, address, pubkeyBase64 }: KeyInfo): KeyInfo {
  return { name, address, pubkeyBase64 };
}

async function deriveKeyInfo(name: string, mnemonic: string): Promise<NewKey> {
  const privkey = await derivePrivateKey(mnemonic);
  const { pubkey } = Secp256k1.makeKeypair(privkey);
  const compressed = Secp256k1.compressPubkey(pubkey);
  const address = toBech32(BECH32_PREFIX, rawSecp256k1PubkeyToRawAddress(compressed));
  return { name, address, pubkeyBase64: toBase64(compressed), mnemonic };
}

function assertName(name: string): void {
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    throw new KeyringError(`invalid key name ${JSON.stringify(name)}: use 1 to 64 letters, digits, '_' or '-'`);
  }
}

function unknownKey(dir: string, name: string, names: string[]): KeyringError {
  const known = names.length === 0 ? 'the keyring is empty' : `known keys: ${names.join(', ')}`;
  return new KeyringError(`no key named '${name}' in keyring at ${dir} (${known})`);
}

function duplicateName(dir: string, name: string): KeyringError {
  return new KeyringError(`key '${name}' already exists in keyring at ${dir}; delete it first or pick another name`);
}

function keyPath(dir: string, name: string): string {
  return join(dir, name + KEY_FILE_SUFFIX);
}

async function keyNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  return entries
    .filter((f) => f.endsWith(KEY_FILE_SUFFIX))
    .map((f) => f.slice(0, -KEY_FILE_SUFFIX.length))
    .filter((n) => NAME_PATTERN.test(n))
    .sort();
}

function deriveCipherKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: SCRYPT_MAXMEM };
  return new Promise((resolve, reject) => {
    scryptCb(passphrase.normalize('NFKC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

async function seal(name: string, info: NewKey, passphrase: string): Promise<KeyEnvelope> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveCipherKey(passphrase, salt, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(name, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(info), 'utf8'), cipher.final()]);
  return {
    version: KEYRING_FILE_VERSION,
    name,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    ciphertext: ciphertext.toString('base64'),
  };
}

async function readKey(dir: string, name: string, passphrase: string): Promise<NewKey> {
  const path = keyPath(dir, name);
  let envelope: KeyEnvelope;
  try {
    envelope = JSON.parse(await readFile(path, 'utf8')) as KeyEnvelope;
  } catch (err) {
    throw new KeyringError(`key file ${path} is unreadable or not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (envelope.version !== KEYRING_FILE_VERSION || envelope.kdf?.name !== 'scrypt' || envelope.cipher?.name !== 'aes-256-gcm') {
    throw new KeyringError(`key file ${path} has unsupported format version ${JSON.stringify(envelope.version)} (this node reads version ${KEYRING_FILE_VERSION})`);
  }
  if (envelope.name !== name) {
    throw new KeyringError(`key file ${path} holds key '${envelope.name}', not '${name}'; was it renamed by hand?`);
  }
  const { N, r, p } = envelope.kdf;
  // Fixed parameters per version, so a crafted file cannot make the node burn memory in scrypt.
  if (N !== SCRYPT.N || r !== SCRYPT.r || p !== SCRYPT.p) {
    throw new KeyringError(`key file ${path} uses scrypt parameters N=${N} r=${r} p=${p}; format version ${KEYRING_FILE_VERSION} uses N=${SCRYPT.N} r=${SCRYPT.r} p=${SCRYPT.p}`);
  }
  const key = await deriveCipherKey(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), { N, r, p });
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.cipher.iv, 'base64'));
  decipher.setAAD(Buffer.from(name, 'utf8'));
  decipher.setAuthTag(Buffer.from(envelope.cipher.tag, 'base64'));
  let plaintext: string;
  try {
    plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new KeyringError(`wrong passphrase for keyring at ${dir}`);
  }
  return JSON.parse(plaintext) as NewKey;
}

async function writeKey(dir: string, name: string, envelope: KeyEnvelope): Promise<void> {
  const final = keyPath(dir, name);
  const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, JSON.stringify(envelope, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  try {
    // link() refuses to replace an existing file, so two concurrent adds of one name cannot both win.
    await link(tmp, final);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw duplicateName(dir, name);
    }
    throw err;
  } finally {
    await unlink(tmp);
  }
}
