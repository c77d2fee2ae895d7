// Bank genesis: default / validate / init / export; init checks that supply equals the sum of balances.
import type { GenesisHandlers } from '../../chain/module.ts';
import { assertAddress } from '../../chain/address.ts';
import type { AccountsView } from '../auth/index.ts';
import { parseCoins } from './coins.ts';
import { keys, decodeAmount, writeBalance, writeSupply } from './state.ts';

export interface BankGenesis {
  balances: { address: string; coins: { denom: string; amount: string }[] }[];
  supply: { denom: string; amount: string }[];
}

export function bankGenesis(accounts: AccountsView): GenesisHandlers<BankGenesis> {
  return {
    default: () => ({ balances: [], supply: [] }),
    validate(g) {
      const sums = new Map<string, bigint>();
      const seen = new Set<string>();
      for (const b of g.balances) {
        assertAddress(b.address, 'genesis balance address');
        if (seen.has(b.address)) throw new Error(`genesis: balance of ${b.address} listed twice`);
        seen.add(b.address);
        for (const c of parseCoins(b.coins, `genesis balance of ${b.address}`)) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
      }
      const declared = g.supply.length ? parseCoins(g.supply, 'genesis supply') : [];
      for (const c of declared) {
        if ((sums.get(c.denom) ?? 0n) !== c.amount) throw new Error(`genesis: supply ${c.amount}${c.denom} does not equal the sum of balances ${sums.get(c.denom) ?? 0n}${c.denom}`);
      }
      for (const [denom, sum] of sums) {
        if (declared.length && !declared.some((c) => c.denom === denom)) throw new Error(`genesis: supply omits ${sum}${denom} held in balances`);
      }
    },
    init(ctx, g) {
      const sums = new Map<string, bigint>();
      for (const b of g.balances) {
        accounts.ensure(ctx.kv, b.address);
        for (const c of parseCoins(b.coins, 'genesis balance')) {
          writeBalance(ctx.kv, b.address, c.denom, c.amount);
          sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
        }
      }
      for (const [denom, amount] of sums) writeSupply(ctx.kv, denom, amount);
    },
    async export(ctx) {
      const byAddr = new Map<string, { denom: string; amount: string }[]>();
      for await (const [k, v] of ctx.kv.iterate(keys.balancesPrefix)) {
        const [addr, denom] = k.slice(keys.balancesPrefix.length).split('/') as [string, string];
        if (!byAddr.has(addr)) byAddr.set(addr, []);
        byAddr.get(addr)!.push({ denom, amount: decodeAmount(v).toString() });
      }
      const supply = [];
      for await (const [k, v] of ctx.kv.iterate(keys.supplyPrefix)) supply.push({ denom: k.slice(keys.supplyPrefix.length), amount: decodeAmount(v).toString() });
      return { balances: [...byAddr].map(([address, coins]) => ({ address, coins })), supply };
    },
  };
}
