// Checks across nodes of one network: free port ranges, and the app hash each node's app computed per height.
import { createServer } from 'node:net';
import { blockResults, rpcCall } from '../scripts/rpc.ts';

export function portFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

/** A base port whose localnet ports (base + 10·i and base + 1 + 10·i) are all free now. */
export async function freeBasePort(validators = 4): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    // Below the kernel's ephemeral range (32768+), so outgoing connections never take a localnet port.
    const base = 20000 + 10 * Math.floor(Math.random() * 1200);
    const ports = Array.from({ length: validators }, (_, i) => [base + 10 * i, base + 1 + 10 * i]).flat();
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error('no free port range for a localnet');
}

export interface HeightRecord {
  /** What the node's own app returned from FinalizeBlock at this height (CometBFT stores it per node). */
  appHash: string;
  /** The block's hash: the same blocks on every node. */
  blockHash: string;
  /** Codes and gas of the block's tx results, as this node's app computed them. */
  results: string;
}

export async function heightRecord(rpc: string, h: number): Promise<HeightRecord> {
  const [res, block] = await Promise.all([blockResults(rpc, h), rpcCall(rpc, 'block', { height: String(h) })]);
  const results = (res.txs_results ?? []).map((t: any) => `${t.code}/${t.gas_used}`).join(',');
  return { appHash: String(res.app_hash), blockHash: String(block.block_id.hash), results };
}

/** Every height 1..upTo: records from each rpc, throwing on the first height where any two differ. */
export async function assertSameStateAtEveryHeight(rpcs: string[], upTo: number): Promise<void> {
  const heights = Array.from({ length: upTo }, (_, i) => i + 1);
  for (let i = 0; i < heights.length; i += 16) {
    await Promise.all(heights.slice(i, i + 16).map(async (h) => {
      const recs = await Promise.all(rpcs.map((rpc) => heightRecord(rpc, h)));
      for (const [j, r] of recs.entries()) {
        if (!r.appHash) throw new Error(`${rpcs[j]} has no app hash for height ${h}`);
        if (JSON.stringify(r) !== JSON.stringify(recs[0])) {
          throw new Error(`height ${h}: ${rpcs[j]} has ${JSON.stringify(r)} but ${rpcs[0]} has ${JSON.stringify(recs[0])}`);
        }
      }
    }));
  }
}

/** Sum of txs with code 0 in blocks from..to, from block_results. */
export async function countCommittedTxs(rpc: string, from: number, to: number): Promise<{ ok: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  for (let h = from; h <= to; h++) {
    const res = await blockResults(rpc, h);
    for (const t of res.txs_results ?? []) if (t.code === 0) ok++; else failed++;
  }
  return { ok, failed };
}

/** Addresses of the validators whose precommits are in the commit of height h. */
export async function commitSigners(rpc: string, h: number): Promise<string[]> {
  const c = await rpcCall(rpc, 'commit', { height: String(h) });
  return c.signed_header.commit.signatures.filter((s: any) => s.block_id_flag === 2).map((s: any) => s.validator_address as string);
}

/** The validator set (address → voting power) at height h. */
export async function validatorSet(rpc: string, h: number): Promise<Map<string, number>> {
  const v = await rpcCall(rpc, 'validators', { height: String(h), per_page: '100' });
  return new Map(v.validators.map((x: any) => [x.address as string, Number(x.voting_power)]));
}
