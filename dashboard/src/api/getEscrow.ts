// NRN held by a module account (the bridge's escrow), read as any balance: module addresses are sha256(name)[:20].
import { sha256 } from '@noble/hashes/sha2.js';
import { toBech32, toUtf8 } from '@cosmjs/encoding';
import { getBalances } from './getBalances.ts';

export function moduleAddress(name: string): string {
  return toBech32('nrn', sha256(toUtf8(name)).slice(0, 20));
}

/** @example const escrowed = await getModuleBalance('bridge'); */
export async function getModuleBalance(name: string, denom = 'unrn'): Promise<bigint> {
  return (await getBalances(moduleAddress(name))).find((c) => c.denom === denom)?.amount ?? 0n;
}
