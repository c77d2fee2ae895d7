// Module mint: emission. Other modules reward through a MintView; nothing mints by Msg.
import type { Context } from '../../chain/module.ts';
import { defineModule } from '../../chain/module.ts';
import type { DefinedModule } from '../../chain/module.ts';
import { errors } from './errors.ts';
import { DENOM } from '../../chain/address.ts';
import type { BankView } from '../bank/index.ts';
import { halvings, rewardFor } from './emission.ts';
import type { RewardKind } from './emission.ts';
import { events } from './events.ts';
import { mintGenesis } from './genesis.ts';
import type { MintGenesis } from './genesis.ts';
import { mintQueries } from './queries.ts';
import { keys, readGenesisTime, writeLastBlockTime } from './state.ts';

export type { MintGenesis, RewardKind };
export { halvingFactor, roundReward, deltaReward, HALVING_PERIOD_SECONDS } from './emission.ts';

export const MINT_MODULE = 'mint';

export interface MintView {
  /** Mints the reward of `kind` at this block's time and supply and sends it to `recipient`; returns the amount (0 mints nothing). */
  mintReward(ctx: Context, kind: RewardKind, recipient: string): bigint;
}

export function createMintModule(bank: BankView): DefinedModule<MintGenesis, MintView> {
  const view: MintView = {
    mintReward(ctx, kind, recipient) {
      const genesis = readGenesisTime(ctx.kv);
      const supply = bank.supply(ctx.kv, DENOM);
      const amount = rewardFor(kind, supply, ctx.block.timeMs, genesis);
      if (amount === 0n) return 0n;
      const coins = [{ denom: DENOM, amount }];
      bank.mint(ctx, MINT_MODULE, coins);
      bank.send(ctx, bank.moduleAddress(MINT_MODULE), recipient, coins);
      ctx.events.emit(events.reward(kind, recipient, amount, halvings(ctx.block.timeMs, genesis), supply));
      return amount;
    },
  };
  return defineModule({
    name: MINT_MODULE, state: keys, errors, events,
    queries: mintQueries(bank),
    genesis: mintGenesis,
    // Queries report rewards at the latest block; they have no header of their own.
    beginBlock(ctx) {
      writeLastBlockTime(ctx.kv, BigInt(ctx.block.timeMs));
    },
    view,
  });
}
