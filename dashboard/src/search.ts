// What a search box entry means: a height, a tx hash or an address (bech32 checked), else nothing.
import { fromBech32 } from '@cosmjs/encoding';

export type SearchTarget = { kind: 'block'; height: number } | { kind: 'tx'; hash: string } | { kind: 'account'; address: string } | { kind: 'none'; query: string };

export function resolveSearch(input: string): SearchTarget {
  const q = input.trim();
  if (/^\d+$/.test(q) && Number(q) > 0) return { kind: 'block', height: Number(q) };
  const hex = q.replace(/^0x/i, '');
  if (/^[0-9a-fA-F]{64}$/.test(hex)) return { kind: 'tx', hash: hex.toUpperCase() };
  try {
    const { prefix } = fromBech32(q.toLowerCase(), 90);
    if (prefix === 'nrn') return { kind: 'account', address: q.toLowerCase() };
  } catch { /* not bech32 */ }
  return { kind: 'none', query: q };
}

export function routeFor(t: SearchTarget): string {
  switch (t.kind) {
    case 'block': return `#/block/${t.height}`;
    case 'tx': return `#/tx/${t.hash}`;
    case 'account': return `#/account/${t.address}`;
    case 'none': return `#/search/${encodeURIComponent(t.query)}`;
  }
}
