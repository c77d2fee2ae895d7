// Every staking, distribution and slashing storage key, in one place; records are JSON with bigints as strings.
import type { KV, KVReader } from '../../chain/store/kv.ts';

const pad = (n: number | bigint, w: number) => n.toString().padStart(w, '0');

export const keys = {
  params: 'staking/params',
  validator: (valoper: string) => `staking/val/${valoper}`,
  validatorsPrefix: 'staking/val/',
  byConsAddr: (consHex: string) => `staking/cons/${consHex}`,
  delegation: (delegator: string, valoper: string) => `staking/del/${delegator}/${valoper}`,
  delegationsOf: (delegator: string) => `staking/del/${delegator}/`,
  delegationsPrefix: 'staking/del/',
  unbonding: (delegator: string, valoper: string) => `staking/ubd/${delegator}/${valoper}`,
  /** Matured in endBlock in key order, i.e. by completion time. */
  unbondingQueue: (completionMs: number, delegator: string, valoper: string) => `staking/ubdq/${pad(completionMs, 15)}/${delegator}/${valoper}`,
  unbondingQueuePrefix: 'staking/ubdq/',
  /** Power last sent to CometBFT, so endBlock sends only changes. */
  lastPower: (valoper: string) => `staking/lastpower/${valoper}`,
  lastPowerPrefix: 'staking/lastpower/',
  // distribution
  rewardPerShare: (valoper: string) => `distr/acc/${valoper}`,
  rewardStart: (valoper: string, delegator: string) => `distr/start/${valoper}/${delegator}`,
  commission: (valoper: string) => `distr/commission/${valoper}`,
  communityPool: 'distr/community_pool',
  // slashing
  signingInfo: (consHex: string) => `slashing/info/${consHex}`,
  missedBit: (consHex: string, index: number) => `slashing/miss/${consHex}/${pad(index, 10)}`,
  missedPrefix: (consHex: string) => `slashing/miss/${consHex}/`,
  evidenceSeen: (consHex: string, height: bigint) => `slashing/evidence/${consHex}/${pad(height, 20)}`,
};

const enc = new TextEncoder();
const dec = new TextDecoder();

export function readJson<T>(kv: KVReader, key: string): T | undefined {
  const raw = kv.get(key);
  return raw ? (JSON.parse(dec.decode(raw)) as T) : undefined;
}
export function writeJson(kv: KV, key: string, value: unknown) {
  kv.set(key, enc.encode(JSON.stringify(value)));
}
export function readInt(kv: KVReader, key: string): bigint {
  const raw = kv.get(key);
  return raw ? BigInt(dec.decode(raw)) : 0n;
}
export function writeInt(kv: KV, key: string, v: bigint) {
  if (v === 0n) kv.delete(key);
  else kv.set(key, enc.encode(v.toString()));
}
export const decodeText = (raw: Uint8Array) => dec.decode(raw);
export const encodeText = (s: string) => enc.encode(s);
