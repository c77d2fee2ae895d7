// Mint genesis: the time emission is measured from. Absent, it is the chain's genesis time (InitChain's header time).
import type { GenesisHandlers } from '../../chain/module.ts';
import { errors } from './errors.ts';
import { readGenesisTime, writeGenesisTime, writeLastBlockTime } from './state.ts';

export interface MintGenesis {
  /** Milliseconds since the Unix epoch, as a decimal string; set when a chain is restarted from an export. */
  genesis_time_ms?: string;
}

export const mintGenesis: GenesisHandlers<MintGenesis> = {
  default: () => ({}),
  validate(g) {
    if (g.genesis_time_ms !== undefined && !/^\d+$/.test(g.genesis_time_ms)) {
      throw errors.invalidGenesis.wrap(`genesis_time_ms "${g.genesis_time_ms}" is not a non-negative integer`);
    }
  },
  init(ctx, g) {
    const ms = g.genesis_time_ms !== undefined ? BigInt(g.genesis_time_ms) : BigInt(ctx.block.timeMs);
    writeGenesisTime(ctx.kv, ms);
    writeLastBlockTime(ctx.kv, BigInt(ctx.block.timeMs));
  },
  export: (ctx) => ({ genesis_time_ms: readGenesisTime(ctx.kv).toString() }),
};
