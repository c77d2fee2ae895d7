// The 4-validator localnet under load: the same state on every node, a validator crash tolerated, and its catch-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StargateClient } from '@cosmjs/stargate';
import { createLocalnet } from '../scripts/localnet.ts';
import type { Localnet } from '../scripts/localnet.ts';
import { devAccount, presignSends, txHashHex } from '../scripts/dev-accounts.ts';
import type { DevAccount } from '../scripts/dev-accounts.ts';
import { broadcastInOrder, latestHeight, waitForHeight, waitForTx } from '../scripts/rpc.ts';
import { freeBasePort, assertSameStateAtEveryHeight, countCommittedTxs, commitSigners, validatorSet } from './netcheck.ts';
import { readFile } from 'node:fs/promises';

const SENDERS = 8;
const FIRST_LOAD = 125; // per sender: 1,000 txs
const SECOND_LOAD = 40; // per sender, while a validator is killed

async function signBatches(net: Localnet, senders: DevAccount[], to: string, count: number): Promise<Uint8Array[][]> {
  const client = await StargateClient.connect(net.nodes[0]!.rpc);
  const batches = await Promise.all(senders.map(async (from) => {
    const acct = await client.getAccount(from.address);
    assert.ok(acct, `sender ${from.address} is funded in genesis`);
    return presignSends({ from, to, chainId: net.chainId, accountNumber: acct.accountNumber, firstSequence: acct.sequence, count });
  }));
  client.disconnect();
  return batches;
}

/** Waits for each sender's last tx (sequences commit in order, so the rest are in by then); returns the highest height. */
async function waitForAll(rpc: string, batches: Uint8Array[][]): Promise<number> {
  const last = await Promise.all(batches.map((b) => waitForTx(rpc, txHashHex(b[b.length - 1]!), 120_000)));
  return Math.max(...last.map((t) => Number(t.height)));
}

test('4 validators: 1,000 txs, same app hash everywhere, a kill -9 tolerated and caught up', { timeout: 240_000 }, async (t) => {
  const started = performance.now();
  const phase = (name: string) => t.diagnostic(`${name} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const dir = await mkdtemp(join(tmpdir(), 'nrn-localnet-'));
  const net = await createLocalnet({
    dir, basePort: await freeBasePort(), timeoutCommit: '300ms', accounts: SENDERS + 1,
    configEdits: { 'consensus.timeout_propose': '"1s"' },
  });
  phase('4 validators producing blocks');
  try {
    const rpcs = net.nodes.map((n) => n.rpc);
    const senders = net.accounts.slice(1);
    const recipient = (await devAccount('localnet-test-recipient', 0)).address;
    const validatorAddress = await Promise.all(net.nodes.map(async (n) => JSON.parse(await readFile(join(n.home, 'config', 'priv_validator_key.json'), 'utf8')).address as string));
    const set = await validatorSet(rpcs[0]!, 1);
    assert.deepEqual([...set.keys()].sort(), [...validatorAddress].sort(), 'all 4 nodes are validators');
    assert.deepEqual([...set.values()], [10, 10, 10, 10]);

    // 1,000 txs, each sender through one node (its sequences then reach every mempool in order).
    const first = await signBatches(net, senders, recipient, FIRST_LOAD);
    await Promise.all(first.map((txs, k) => broadcastInOrder(rpcs[k % rpcs.length]!, txs)));
    const h1 = await waitForAll(rpcs[0]!, first);
    await Promise.all(rpcs.map((rpc) => waitForHeight(rpc, h1)));
    assert.deepEqual(await countCommittedTxs(rpcs[0]!, 1, h1), { ok: SENDERS * FIRST_LOAD, failed: 0 });
    await assertSameStateAtEveryHeight(rpcs, h1);
    assert.ok((await commitSigners(rpcs[0]!, h1)).length >= 3, 'blocks carry precommits from at least 3 of the 4 validators');
    phase(`1,000 txs committed, same state on 4 nodes at heights 1–${h1}`);

    // Under load, validator 3 crashes; the others hold 30 of 40 power (> 2/3) and keep committing.
    const live = rpcs.slice(0, 3);
    const second = await signBatches(net, senders, recipient, SECOND_LOAD);
    let accepted = 0;
    let killedAt = 0;
    const crash = (async () => {
      while (accepted < (SENDERS * SECOND_LOAD) / 4) await new Promise((r) => setTimeout(r, 20));
      killedAt = await latestHeight(live[0]!);
      await net.kill9(3);
    })();
    await Promise.all([crash, ...second.map((txs, k) => broadcastInOrder(live[k % live.length]!, txs, () => accepted++))]);
    const lastTxHeight = await waitForAll(live[0]!, second);
    const h2 = await waitForHeight(live[0]!, Math.max(lastTxHeight, killedAt + 3));
    assert.ok(h2 >= killedAt + 3, `chain kept committing after the kill (height ${killedAt} → ${h2})`);
    assert.deepEqual(await countCommittedTxs(live[0]!, h1 + 1, h2), { ok: SENDERS * SECOND_LOAD, failed: 0 });
    const afterKill = await commitSigners(live[0]!, h2 - 1);
    assert.ok(!afterKill.includes(validatorAddress[3]!) && afterKill.length === 3, `height ${h2 - 1} was committed by the 3 live validators, got ${afterKill.join(', ')}`);
    phase(`validator 3 killed at height ${killedAt}; ${SENDERS * SECOND_LOAD} more txs committed by the other 3 (height ${h2})`);

    // The crashed validator restarts from its home, replays and syncs, and agrees at every height.
    await net.start(3);
    const target = (await latestHeight(live[0]!)) + 1;
    await Promise.all(rpcs.map((rpc) => waitForHeight(rpc, target, 120_000)));
    await assertSameStateAtEveryHeight(rpcs, target);
    phase(`validator 3 restarted and caught up; same state on 4 nodes at heights 1–${target} (heights now ${(await Promise.all(rpcs.map(latestHeight))).join(', ')})`);

    const client = await StargateClient.connect(rpcs[3]!);
    assert.equal((await client.getBalance(recipient, 'unrn')).amount, String(SENDERS * (FIRST_LOAD + SECOND_LOAD)));
    client.disconnect();
  } finally {
    await net.stop();
    // NRN_KEEP_LOCALNET=1 keeps the homes and their logs for a post-mortem.
    if (process.env.NRN_KEEP_LOCALNET) t.diagnostic(`homes kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
});
