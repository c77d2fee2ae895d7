// Signer sets for Ethereum: bonded validators with a registered key, sorted as NRNBridge requires, and when to ask for a new one.
import type { Context } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { MAX_VALIDATORS, sortValset, valsetCheckpoint } from './digest.ts';
import type { BridgeDomain, Valset as EthValset } from './digest.ts';
import { nrn } from '../../proto/gen/nrn.js';
import { events } from './events.ts';
import { keys, readEthKey, readNumber, readValset, takeNext, writeNumber, writeValset } from './state.ts';
import type { Params, Valset } from './state.ts';

type ValsetMember = InstanceType<typeof nrn.bridge.v1.ValsetMember>;
import type { SignerSetView } from './views.ts';

const pb = nrn.bridge.v1;

export const domainOf = (p: Params): BridgeDomain => ({ bridgeId: p.bridge_id, chainId: BigInt(p.eth_chain_id) });

/** The Ethereum shape of a stored valset (the order is already the contract's). */
export const membersOf = (v: Valset) => v.members as ValsetMember[];

export const toEthValset = (v: Valset): EthValset => ({
  validators: membersOf(v).map((m) => m.eth_address), powers: membersOf(v).map((m) => BigInt(m.power)), nonce: BigInt(v.nonce),
});

export const valsetDigest = (p: Params, v: Valset) => valsetCheckpoint(domainOf(p), toEthValset(v));

/** Bonded validators that registered a key, top MAX_VALIDATORS by power, in the contract's order. */
export async function currentMembers(kv: KVReader, signers: SignerSetView): Promise<{ eth_address: string; power: string; validator: string }[]> {
  const withKeys: { validator: string; power: bigint; operator: string }[] = [];
  for (const v of await signers.bondedValidators(kv)) {
    const key = readEthKey(kv, v.operator);
    if (key && v.power > 0n) withKeys.push({ validator: key.eth_address, power: v.power, operator: v.operator });
  }
  const sorted = sortValset(withKeys, 0n);
  const operatorOf = new Map(withKeys.map((m) => [m.validator, m.operator]));
  return sorted.validators.slice(0, MAX_VALIDATORS).map((addr, i) => ({ eth_address: addr, power: sorted.powers[i]!.toString(), validator: operatorOf.get(addr)! }));
}

/**
 * Whether normalised power moved by more than `percent`: Σ |p_new/T_new − p_old/T_old| over every address,
 * compared in integers (cross-multiplied), so a changed or added member counts as a shift too.
 */
export function powerShifted(old: { eth_address: string; power: string }[], now: { eth_address: string; power: string }[], percent: bigint): boolean {
  const total = (ms: { power: string }[]) => ms.reduce((s, m) => s + BigInt(m.power), 0n);
  const tOld = total(old), tNew = total(now);
  if (tOld === 0n || tNew === 0n) return tOld !== tNew;
  const oldPower = new Map(old.map((m) => [m.eth_address, BigInt(m.power)]));
  const newPower = new Map(now.map((m) => [m.eth_address, BigInt(m.power)]));
  let diff = 0n;
  for (const addr of new Set([...oldPower.keys(), ...newPower.keys()])) {
    const d = (newPower.get(addr) ?? 0n) * tOld - (oldPower.get(addr) ?? 0n) * tNew;
    diff += d < 0n ? -d : d;
  }
  return diff * 100n > percent * tOld * tNew;
}

export const latestValset = (kv: KVReader) => {
  const n = readNumber(kv, keys.latestValsetNonce);
  return n ? readValset(kv, n) : undefined;
};

/** Asks for a new valset when there is none yet (and someone can sign) or power shifted past the threshold. */
export async function maybeRequestValset(ctx: Context, signers: SignerSetView, p: Params): Promise<Valset | undefined> {
  const members = await currentMembers(ctx.kv, signers);
  if (members.length === 0) return undefined;
  const latest = latestValset(ctx.kv);
  if (latest && !powerShifted(membersOf(latest), members, BigInt(p.valset_change_percent))) return undefined;
  const valset = pb.Valset.create({ nonce: takeNext(ctx.kv, keys.nextValsetNonce), members, height: ctx.block.height });
  writeValset(ctx.kv, valset);
  writeNumber(ctx.kv, keys.latestValsetNonce, valset.nonce);
  ctx.events.emit(events.valsetRequested(valset));
  return valset;
}
