// Moving and creating coins. Modules get a BankView; mint and burn are reachable only through it, never by a Msg.
import type { Context } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { moduleAddress } from '../../chain/address.ts';
import type { AccountsView } from '../auth/index.ts';
import type { Amount } from './coins.ts';
import { formatCoins } from './coins.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';
import { readBalance, writeBalance, readSupply, writeSupply } from './state.ts';

export interface BankView {
  balance(kv: KVReader, addr: string, denom: string): bigint;
  supply(kv: KVReader, denom: string): bigint;
  send(ctx: Context, from: string, to: string, coins: Amount[]): void;
  /** Creates coins into a module's account; `module` must be one the bank was told may mint. */
  mint(ctx: Context, module: string, coins: Amount[]): void;
  burn(ctx: Context, module: string, coins: Amount[]): void;
  moduleAddress(module: string): string;
}

export function createBankKeeper(accounts: AccountsView, minters: readonly string[]): BankView {
  const moduleAddrs = new Map<string, string>();
  const addrOf = (module: string) => {
    let a = moduleAddrs.get(module);
    if (!a) moduleAddrs.set(module, (a = moduleAddress(module)));
    return a;
  };

  function subtract(ctx: Context, addr: string, coins: Amount[]) {
    for (const c of coins) {
      const have = readBalance(ctx.kv, addr, c.denom);
      if (have < c.amount) {
        throw errors.insufficientFunds.wrap(`spendable balance ${have}${c.denom} of ${addr} is smaller than ${c.amount}${c.denom}`);
      }
      writeBalance(ctx.kv, addr, c.denom, have - c.amount);
    }
    if (ctx.events.keep) ctx.events.emit(events.coinSpent(addr, coins));
  }

  function add(ctx: Context, addr: string, coins: Amount[]) {
    for (const c of coins) writeBalance(ctx.kv, addr, c.denom, readBalance(ctx.kv, addr, c.denom) + c.amount);
    if (ctx.events.keep) ctx.events.emit(events.coinReceived(addr, coins));
  }

  function assertMinter(module: string) {
    if (!minters.includes(module)) throw errors.unknownModule.wrap(`module "${module}" may not mint or burn (allowed: ${minters.join(', ') || 'none'})`);
  }

  return {
    balance: readBalance,
    supply: readSupply,
    moduleAddress: addrOf,
    send(ctx, from, to, coins) {
      subtract(ctx, from, coins);
      accounts.ensure(ctx.kv, to);
      add(ctx, to, coins);
      if (ctx.events.keep) ctx.events.emit(events.transfer(from, to, coins));
    },
    mint(ctx, module, coins) {
      assertMinter(module);
      const addr = addrOf(module);
      accounts.ensure(ctx.kv, addr);
      add(ctx, addr, coins);
      for (const c of coins) writeSupply(ctx.kv, c.denom, readSupply(ctx.kv, c.denom) + c.amount);
      ctx.events.emit(events.mint(addr, coins));
    },
    burn(ctx, module, coins) {
      assertMinter(module);
      const addr = addrOf(module);
      subtract(ctx, addr, coins);
      for (const c of coins) writeSupply(ctx.kv, c.denom, readSupply(ctx.kv, c.denom) - c.amount);
      ctx.events.emit(events.burn(addr, coins));
    },
  };
}

export { formatCoins };
