// Supply sampled at evenly spaced recent heights (the app keeps past heights queryable unless pruned).
import { getSupply } from './getSupply.ts';
import { AppQueryError } from './abciQuery.ts';

export interface SupplyPoint {
  height: number;
  supply: bigint;
}

/** @example const points = await getSupplyHistory(head.height, 500, 50); */
export async function getSupplyHistory(latest: number, span = 500, points = 50): Promise<SupplyPoint[]> {
  const first = Math.max(1, latest - span + 1);
  const step = Math.max(1, Math.ceil((latest - first + 1) / points));
  const heights: number[] = [];
  for (let h = latest; h >= first; h -= step) heights.unshift(h);
  const sampled = await Promise.all(heights.map(async (height) => {
    try {
      return { height, supply: await getSupply(height) };
    } catch (e) {
      // A pruned height has no state left to read; the plot starts where state does.
      if (e instanceof AppQueryError) return undefined;
      throw e;
    }
  }));
  return sampled.filter((p): p is SupplyPoint => p !== undefined);
}
