// Every mint storage key, in one place. Values are decimal strings.
import type { KV, KVReader } from '../../chain/store/kv.ts';

export const keys = {
  genesisTimeMs: 'mint/genesis_time_ms',
  lastBlockTimeMs: 'mint/last_block_time_ms',
};

const enc = new TextEncoder();
const dec = new TextDecoder();

const readNumber = (kv: KVReader, key: string): bigint => {
  const raw = kv.get(key);
  return raw ? BigInt(dec.decode(raw)) : 0n;
};

export const readGenesisTime = (kv: KVReader) => readNumber(kv, keys.genesisTimeMs);
export const writeGenesisTime = (kv: KV, ms: bigint) => kv.set(keys.genesisTimeMs, enc.encode(ms.toString()));
export const readLastBlockTime = (kv: KVReader) => readNumber(kv, keys.lastBlockTimeMs);
export const writeLastBlockTime = (kv: KV, ms: bigint) => kv.set(keys.lastBlockTimeMs, enc.encode(ms.toString()));
