// Staking genesis: params and the genesis validators (each created with its self-bond, which the bonded
// pool must already hold in bank genesis), or a raw state dump from export. init returns the initial set.
import type { GenesisHandlers, Context } from '../../chain/module.ts';
import { assertAddress } from '../../chain/address.ts';
import type { BankView } from '../bank/index.ts';
import type { AccountsView } from '../auth/index.ts';
import { keys, writeJson, writeInt, encodeText } from './state.ts';
import { defaultParams, validateParams, toParams } from './params.ts';
import type { StakingParams } from './params.ts';
import { consAddrOf, accountFromValoper, writeValidator, BONDED_POOL, SHARES_PER_TOKEN } from './keeper.ts';
import type { StakingKeeper, ValidatorRecord } from './keeper.ts';
import { assertValoper, parseCommission } from './msgs.ts';

export interface GenesisValidator {
  operator_address: string;
  /** base64 of the ed25519 public key (CometBFT's priv_validator_key.json pub_key.value). */
  consensus_pubkey: string;
  moniker: string;
  /** In bond_denom; the bonded_tokens_pool holds it in bank genesis. */
  self_bond: string;
  commission?: { rate: string; max_rate: string; max_change_rate: string };
  min_self_delegation?: string;
}

export interface StakingGenesis {
  params: StakingParams;
  validators: GenesisValidator[];
  /** Exported state, key → base64 value; written back as is. */
  state?: Record<string, string>;
}

const STATE_PREFIXES = ['staking/', 'distr/', 'slashing/'];

export function stakingGenesis(keeper: StakingKeeper, bank: BankView, accounts: AccountsView): GenesisHandlers<StakingGenesis> {
  return {
    default: () => ({ params: defaultParams(), validators: [] }),
    validate(g) {
      validateParams({ ...defaultParams(), ...g.params });
      const p = toParams({ ...defaultParams(), ...g.params });
      const ops = new Set<string>(), cons = new Set<string>();
      for (const v of g.validators ?? []) {
        assertValoper(v.operator_address, 'genesis validator operator_address');
        const key = Buffer.from(v.consensus_pubkey, 'base64');
        if (key.length !== 32) throw new Error(`genesis validator ${v.operator_address}: consensus_pubkey must be a base64 ed25519 key of 32 bytes`);
        if (ops.has(v.operator_address)) throw new Error(`genesis validator ${v.operator_address} listed twice`);
        if (cons.has(v.consensus_pubkey)) throw new Error(`genesis validator ${v.operator_address}: consensus key used twice`);
        ops.add(v.operator_address); cons.add(v.consensus_pubkey);
        if (!/^\d+$/.test(v.self_bond) || BigInt(v.self_bond) < p.minSelfBond) throw new Error(`genesis validator ${v.operator_address}: self_bond ${v.self_bond} is below min_self_bond ${p.minSelfBond}`);
        if (!v.moniker.trim()) throw new Error(`genesis validator ${v.operator_address}: moniker is blank`);
        if (v.commission) parseCommission({ rate: v.commission.rate, maxRate: v.commission.max_rate, maxChangeRate: v.commission.max_change_rate });
        assertAddress(accountFromValoper(v.operator_address), 'genesis validator operator account');
      }
      for (const k of Object.keys(g.state ?? {})) {
        if (!STATE_PREFIXES.some((pre) => k.startsWith(pre))) throw new Error(`genesis staking state has foreign key "${k}"`);
      }
    },
    async init(ctx: Context, g) {
      const params = { ...defaultParams(), ...g.params };
      writeJson(ctx.kv, keys.params, params);
      const p = toParams(params);
      // Last-sent powers are left out so InitChain hands CometBFT the whole set again.
      for (const [k, v] of Object.entries(g.state ?? {})) {
        if (k !== keys.params && !k.startsWith(keys.lastPowerPrefix)) ctx.kv.set(k, Buffer.from(v, 'base64'));
      }
      let bonded = 0n;
      for (const gv of g.validators ?? []) {
        const pubkey = Buffer.from(gv.consensus_pubkey, 'base64');
        const amount = BigInt(gv.self_bond);
        const c = gv.commission ?? { rate: '0.1', max_rate: '0.2', max_change_rate: '0.01' };
        const rates = parseCommission({ rate: c.rate, maxRate: c.max_rate, maxChangeRate: c.max_change_rate });
        const v: ValidatorRecord = {
          operator: gv.operator_address, consPubkey: gv.consensus_pubkey, consAddr: consAddrOf(pubkey),
          description: { moniker: gv.moniker, identity: '', website: '', securityContact: '', details: '' },
          tokens: amount.toString(), shares: (amount * SHARES_PER_TOKEN).toString(), jailed: false, jailedUntilMs: 0,
          commission: { rate: rates.rate.toString(), maxRate: rates.maxRate.toString(), maxChangeRate: rates.maxChangeRate.toString(), updateTimeMs: ctx.block.timeMs },
          minSelfDelegation: gv.min_self_delegation ?? '1',
        };
        const operator = accountFromValoper(gv.operator_address);
        accounts.ensure(ctx.kv, operator);
        writeValidator(ctx.kv, v);
        ctx.kv.set(keys.byConsAddr(v.consAddr), encodeText(v.operator));
        writeInt(ctx.kv, keys.delegation(operator, v.operator), amount * SHARES_PER_TOKEN);
        bonded += amount;
      }
      if (g.validators?.length) {
        const pool = bank.balance(ctx.kv, bank.moduleAddress(BONDED_POOL), p.bondDenom);
        if (pool !== bonded) throw new Error(`genesis: bonded_tokens_pool (${bank.moduleAddress(BONDED_POOL)}) holds ${pool}${p.bondDenom} in bank genesis but the genesis validators' self-bonds sum to ${bonded}${p.bondDenom}`);
      }
      return keeper.validatorUpdates(ctx);
    },
    async export(ctx) {
      const state: Record<string, string> = {};
      for (const pre of STATE_PREFIXES) {
        for await (const [k, v] of ctx.kv.iterate(pre)) if (k !== keys.params) state[k] = Buffer.from(v).toString('base64');
      }
      const params = (JSON.parse(new TextDecoder().decode(ctx.kv.get(keys.params) ?? encodeText(JSON.stringify(defaultParams()))))) as StakingParams;
      return { params, validators: [], state };
    },
  };
}

