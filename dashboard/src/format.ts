// How the dashboard writes amounts, hashes and times for people.

export const DECIMALS = 6;

/** 1234567n unrn → "1.234567"; whole thousands grouped, trailing zeros of the fraction dropped. */
export function formatNrn(unrn: bigint, maxFraction = DECIMALS): string {
  const neg = unrn < 0n;
  const abs = neg ? -unrn : unrn;
  const whole = (abs / 10n ** BigInt(DECIMALS)).toLocaleString('en-US');
  const frac = (abs % 10n ** BigInt(DECIMALS)).toString().padStart(DECIMALS, '0').slice(0, maxFraction).replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** A coin as a person reads it: unrn in NRN, other denoms as they are. */
export function formatCoin(amount: bigint, denom: string): string {
  return denom === 'unrn' ? `${formatNrn(amount)} NRN` : `${amount.toLocaleString('en-US')} ${denom}`;
}

/** "12345unrn,7foo" (the Cosmos event form) → "0.012345 NRN, 7 foo". */
export function formatCoinList(s: string): string {
  return s.split(',').filter(Boolean).map((c) => {
    const m = /^(\d+)(.+)$/.exec(c.trim());
    return m ? formatCoin(BigInt(m[1]!), m[2]!) : c;
  }).join(', ');
}

export function shortHash(h: string, head = 8, tail = 6): string {
  return h.length <= head + tail + 1 ? h : `${h.slice(0, head)}…${h.slice(-tail)}`;
}

/** CometBFT times carry nanoseconds; Date wants at most milliseconds. */
export function parseTime(t: string): number {
  return Date.parse(t.replace(/(\.\d{3})\d+/, '$1'));
}

export function timeAgo(t: string, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - parseTime(t)) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

export function formatTime(t: string | number): string {
  const d = new Date(typeof t === 'number' ? t : parseTime(t));
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isAddress(s: string): boolean {
  return /^nrn1[02-9ac-hj-np-z]{38,58}$/.test(s);
}
