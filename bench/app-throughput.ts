// The app alone, in-process (no CometBFT, no sockets): CheckTx, FinalizeBlock and Commit costs per tx for
// pre-signed bank sends. Tells whether tx/s on a node is bounded by the app or by what surrounds it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RequestInitChain, RequestFinalizeBlock, RequestCommit, RequestCheckTx, CheckTxType } from 'cosmjs-types/tendermint/abci/types';
import { AppStore } from '../chain/store/store.ts';
import { createApp } from '../chain/app.ts';
import { nrnModules } from '../app/wiring.ts';
import { keyAccount, presignSends, devAccount } from '../scripts/dev-accounts.ts';

async function main() {
  const { values } = parseArgs({ options: { txs: { type: 'string', default: '10000' }, senders: { type: 'string', default: '100' }, blocks: { type: 'string', default: '5' } } });
  const senders = Number(values.senders);
  const blocks = Number(values.blocks);
  const perSender = Math.ceil(Number(values.txs) / senders);
  const dir = await mkdtemp(join(tmpdir(), 'nrn-app-bench-'));
  try {
    const chainId = 'nrn-app-bench-1';
    const accounts = await Promise.all(Array.from({ length: senders }, (_, i) => keyAccount('app-bench', i)));
    const to = (await devAccount('app-bench-recipient', 0)).address;
    const balance = '1000000000000';
    const genesis = {
      auth: { accounts: accounts.map((a) => ({ address: a.address })) },
      bank: { balances: accounts.map((a) => ({ address: a.address, coins: [{ denom: 'unrn', amount: balance }] })), supply: [{ denom: 'unrn', amount: String(BigInt(balance) * BigInt(senders)) }] },
    };
    const store = await AppStore.open(dir);
    const app = createApp({ store, ...nrnModules() });
    const time = (h: number) => ({ seconds: BigInt(1_700_000_000 + h), nanos: 0 });
    await app.initChain(RequestInitChain.fromPartial({ chainId, time: time(0), initialHeight: 1n, appStateBytes: new TextEncoder().encode(JSON.stringify(genesis)) }));
    await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: 1n, time: time(1) }));
    await app.commit(RequestCommit.fromPartial({}));
    // Account numbers follow genesis order after any accounts the app creates first; read them back.
    const { accounts: authAccounts } = await import('../modules/auth/index.ts');
    const perAccount = await Promise.all(accounts.map((from) => {
      const acct = authAccounts.get(store.committed, from.address)!;
      return presignSends({ from, to, chainId, accountNumber: acct.accountNumber, firstSequence: Number(acct.sequence), count: perSender });
    }));
    // Interleave senders as a mempool would hold them.
    const txs: Uint8Array[] = [];
    for (let i = 0; i < perSender; i++) for (const b of perAccount) txs.push(b[i]!);
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${txs.length} txs of ${txs[0]!.length} bytes from ${senders} senders in ${blocks} blocks`);

    // CPU time beside wall time: on a shared machine the process's own CPU per tx is the steadier figure.
    const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let c = cpuMs();
    let t = performance.now();
    for (const tx of txs) {
      const r = await app.checkTx(RequestCheckTx.fromPartial({ tx, type: CheckTxType.NEW }));
      if (r.code !== 0) throw new Error(`CheckTx: ${r.log}`);
    }
    const check = performance.now() - t;
    const checkCpu = cpuMs() - c;
    const perBlock = Math.ceil(txs.length / blocks);
    let finalize = 0;
    let commit = 0;
    let recheck = 0;
    let finalizeCpu = 0;
    let recheckCpu = 0;
    for (let b = 0; b < blocks; b++) {
      const blockTxs = txs.slice(b * perBlock, (b + 1) * perBlock);
      t = performance.now();
      c = cpuMs();
      const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(b + 2), time: time(b + 2), txs: blockTxs }));
      finalize += performance.now() - t;
      finalizeCpu += cpuMs() - c;
      if (res.txResults.some((r) => r.code !== 0)) throw new Error('a tx failed in FinalizeBlock');
      t = performance.now();
      await app.commit(RequestCommit.fromPartial({}));
      commit += performance.now() - t;
      t = performance.now();
      c = cpuMs();
      for (const tx of txs.slice((b + 1) * perBlock)) await app.checkTx(RequestCheckTx.fromPartial({ tx, type: CheckTxType.RECHECK }));
      recheck += performance.now() - t;
      recheckCpu += cpuMs() - c;
    }
    const us = (ms: number, n = txs.length) => `${((ms * 1000) / n).toFixed(0)} µs/tx`;
    const rechecks = (txs.length * (blocks - 1)) / 2;
    console.log(`CheckTx (new)   ${check.toFixed(0)} ms, ${us(check)} (CPU ${us(checkCpu)})  → ${(txs.length / (check / 1000)).toFixed(0)} tx/s`);
    console.log(`FinalizeBlock   ${finalize.toFixed(0)} ms, ${us(finalize)} (CPU ${us(finalizeCpu)})`);
    console.log(`Commit          ${commit.toFixed(0)} ms, ${us(commit)}`);
    console.log(`CheckTx recheck ${recheck.toFixed(0)} ms over ${rechecks} rechecks, ${us(recheck, rechecks)} (CPU ${us(recheckCpu, rechecks)})`);
    const total = check + finalize + commit;
    console.log(`app ceiling without rechecks: ${(txs.length / (total / 1000)).toFixed(0)} tx/s (CheckTx + FinalizeBlock + Commit once per tx)`);
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
