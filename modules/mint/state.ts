// Every mint storage key, in one place. Values are decimal strings.
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { readDecimal, writeDecimal } from '../../chain/store/codec.ts';

export const keys = {
  genesisTimeMs: 'mint/genesis_time_ms',
  lastBlockTimeMs: 'mint/last_block_time_ms',
};

export const readGenesisTime = (kv: KVReader) => readDecimal(kv, keys.genesisTimeMs);
export const writeGenesisTime = (kv: KV, ms: bigint) => writeDecimal(kv, keys.genesisTimeMs, ms);
export const readLastBlockTime = (kv: KVReader) => readDecimal(kv, keys.lastBlockTimeMs);
export const writeLastBlockTime = (kv: KV, ms: bigint) => writeDecimal(kv, keys.lastBlockTimeMs, ms);
