// Rounds are fixed windows of block time, aligned to the Unix epoch: round n is [n × length, (n + 1) × length).
import type { KV } from '../../chain/store/kv.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { keys, readRound, writeRound, encodeText } from './state.ts';
import type { Round } from './state.ts';

const pb = nrn.checkpoint.v1;

export function roundAt(timeMs: number, lengthSeconds: number): { round: number; startMs: number; endMs: number } {
  const lengthMs = lengthSeconds * 1000;
  const round = Math.floor(timeMs / lengthMs);
  return { round, startMs: round * lengthMs, endMs: (round + 1) * lengthMs };
}

/** The round record, created (and queued for settlement) the first time a commit lands in it. */
export function openRound(kv: KV, group: number, timeMs: number, lengthSeconds: number): Round {
  const { round, startMs, endMs } = roundAt(timeMs, lengthSeconds);
  const existing = readRound(kv, group, round);
  if (existing) return existing;
  const r = pb.Round.create({ group_id: group, round, start_ms: startMs, end_ms: endMs, settled: false, winner_cid: '', reward: '0' });
  writeRound(kv, r);
  kv.set(keys.roundEnd(endMs, group, round), new Uint8Array(0));
  kv.set(keys.latestRound(group), encodeText(String(round)));
  return r;
}
