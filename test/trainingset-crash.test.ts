// A validator killed -9 as a group's epoch ends, then restarted, agrees with the other three on the version chain
// and on the app hash at every height.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CID } from 'multiformats/cid';
import * as raw from 'multiformats/codecs/raw';
import { create as createDigest } from 'multiformats/hashes/digest';
import { SigningStargateClient, GasPrice } from '@cosmjs/stargate';
import { createLocalnet } from '../scripts/localnet.ts';
import { latestHeight, waitForHeight } from '../scripts/rpc.ts';
import { freeBasePort, assertSameStateAtEveryHeight } from './netcheck.ts';
import { createRegistry } from '../client/registry.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { stake } from '../client/trainingset/stake.ts';
import { proposeDelta } from '../client/trainingset/proposeDelta.ts';
import { voteDelta } from '../client/trainingset/voteDelta.ts';
import { trainingsetQueries } from '../client/trainingset/queries.ts';
import { versionChain } from '../dataset/version.ts';

const EPOCH_SECONDS = 10;
const cidOf = (text: string) => CID.createV1(raw.code, createDigest(0x12, createHash('sha256').update(text).digest())).toString();

async function versionsAt(rpc: string, groupId: number) {
  const q = await trainingsetQueries(rpc);
  try {
    return (await q.versions(groupId)).map((v) => [v.number, v.version, v.delta_cid, v.dataset_cid]);
  } finally { q.disconnect(); }
}

test('kill -9 of a validator at an epoch end: after restart it has the same version chain and app hashes', { timeout: 240_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-ts-crash-'));
  const net = await createLocalnet({
    dir, basePort: await freeBasePort(), timeoutCommit: '300ms', accounts: 4, configEdits: { 'consensus.timeout_propose': '"1s"' },
  });
  const clients: SigningStargateClient[] = [];
  try {
    const rpcs = net.nodes.map((n) => n.rpc);
    for (const a of net.accounts) {
      clients.push(await SigningStargateClient.connectWithSigner(rpcs[0]!, a.wallet, {
        registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200,
      }));
    }
    const [creator, staker, proposer] = net.accounts;
    const dataset = cidOf('x,y\n1,2\n');
    const { response: { groupId, version } } = await createGroup(clients[0]!, {
      creator: creator!.address, name: 'crash', modelSpecCid: cidOf('model'), initialDatasetCid: dataset,
      trainingConfig: { loss: 'meanSquaredError', optimizer: 'sgd', batchSize: 8, evalSampleSize: 10, marginMicro: 0 },
      epochLengthSeconds: EPOCH_SECONDS, trainingRoundSeconds: 5, deposit: 10_000_000n,
    });
    await stake(clients[1]!, { staker: staker!.address, groupId, amount: 1000n });
    const delta = cidOf('--- a\n+++ b\n@@ -1,0 +2 @@\n+3,4\n');
    const { response: { proposalId } } = await proposeDelta(clients[2]!, { proposer: proposer!.address, groupId, parentVersion: version, deltaCid: delta, resultCid: cidOf('x,y\n1,2\n3,4\n') });
    await voteDelta(clients[1]!, { voter: staker!.address, proposalId });

    const q = await trainingsetQueries(rpcs[0]!);
    const g = await q.group(groupId);
    q.disconnect();
    assert.equal(g.version_number, 0, 'the vote landed before the epoch end');
    // Block times follow the wall clock here, so the epoch-end block is being made around this instant.
    const endMs = g.epoch_start_ms + EPOCH_SECONDS * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, endMs - Date.now() - 150)));
    await net.kill9(3);
    t.diagnostic(`validator 3 killed ${Date.now() - endMs} ms from the epoch end`);

    const live = rpcs.slice(0, 3);
    const deadline = Date.now() + 60_000;
    while ((await versionsAt(live[0]!, groupId)).length < 2) {
      if (Date.now() > deadline) throw new Error('the live validators never applied the delta');
      await new Promise((r) => setTimeout(r, 250));
    }
    const h = (await latestHeight(live[0]!)) + 2;
    await Promise.all(live.map((rpc) => waitForHeight(rpc, h)));
    await net.start(3);
    await waitForHeight(rpcs[3]!, h, 120_000);

    const expected = versionChain(dataset, [delta]);
    const chains = await Promise.all(rpcs.map((rpc) => versionsAt(rpc, groupId)));
    for (const c of chains) assert.deepEqual(c.map((v) => v[1]), expected);
    for (const c of chains.slice(1)) assert.deepEqual(c, chains[0]);
    await assertSameStateAtEveryHeight(rpcs, h);
  } finally {
    for (const c of clients) c.disconnect();
    await net.stop();
    if (process.env.NRN_KEEP_TEST_DIRS) t.diagnostic(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
});
