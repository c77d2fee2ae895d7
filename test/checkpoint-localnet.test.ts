// Training as proof of work on the 4-validator localnet: every validator runs a verifier (one of them lies), a
// trainer on the synthetic set wins improving rounds, each win mints exactly the emission formula, and the
// group's current checkpoint loads in TensorFlow.js with the loss the chain recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import type { OfflineDirectSigner } from '@cosmjs/proto-signing';
import { SigningStargateClient, GasPrice, QueryClient } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import * as tf from '@tensorflow/tfjs';
import { createLocalnet } from '../scripts/localnet.ts';
import type { Localnet } from '../scripts/localnet.ts';
import { freeBasePort } from './netcheck.ts';
import { createRegistry } from '../client/registry.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { checkpointQueries } from '../client/checkpoint/queries.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import type { OperatorKeyFile } from '../cli/nrnd/home.ts';
import { openHelia } from '../storage/ipfs.ts';
import type { ContentStore } from '../storage/ipfs.ts';
import { syntheticClassification } from '../datasets/synthetic.ts';
import { modelSpecPath } from '../models/index.ts';
import { Trainer } from '../trainer/train/trainer.ts';
import { Verifier } from '../trainer/verifier/verifier.ts';
import { loadCheckpoint } from '../trainer/train/checkpointFiles.ts';
import { examplesOf, exampleLines, datasetSpecOf } from '../trainer/train/examples.ts';
import type { ModelSpec } from '../trainer/train/examples.ts';
import { evaluateCheckpoint, sampleEvaluationIndices } from '../trainer/ml/evaluator.ts';
import { buildTfModel } from '../trainer/ml/train.ts';
import { roundReward } from '../modules/mint/emission.ts';
import { nrn } from '../proto/gen/nrn.js';

const EXAMPLES = 240;
const SAMPLE = 96;
const ROUND_SECONDS = 8;
/** What the faulty validator reports for every checkpoint: far from any honest loss. */
const GARBAGE_MICRO = 7n;

test('localnet: a trainer wins improving rounds judged by four verifiers, one of them lying', { timeout: 240_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'nrn-ckpt-localnet-'));
  const clients: SigningStargateClient[] = [];
  const stores: ContentStore[] = [];
  let net: Localnet | undefined;
  const stopVerifiers = new AbortController();
  const verifying: Promise<void>[] = [];
  const comet = { current: undefined as Awaited<ReturnType<typeof connectComet>> | undefined };
  try {
    net = await createLocalnet({
      dir, basePort: await freeBasePort(), timeoutCommit: '300ms', accounts: 2, configEdits: { 'consensus.timeout_propose': '"1s"' },
    });
    const rpcs = net.nodes.map((n) => n.rpc);
    const connect = async (rpc: string, wallet: OfflineDirectSigner) => {
      const c = await SigningStargateClient.connectWithSigner(rpc, wallet, { registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200 });
      clients.push(c);
      return c;
    };

    const trainerStore = await openHelia({ dir: join(dir, 'ipfs-trainer'), listen: true });
    stores.push(trainerStore);
    const trainerAddr = (await trainerStore.multiaddrs())[0]!;
    const trainerAccount = net.accounts[1]!;
    const tClient = await connect(rpcs[0]!, trainerAccount.wallet);

    const enc = new TextEncoder();
    const specText = await readFile(modelSpecPath('synthetic-mlp'), 'utf8');
    const csv = syntheticClassification({ examples: EXAMPLES, seed: 11, spreadMilli: 1500 });
    const { response: { groupId } } = await createGroup(tClient, {
      creator: trainerAccount.address, name: 'synthetic', modelSpecCid: await trainerStore.addBytes(enc.encode(specText)),
      initialDatasetCid: await trainerStore.addBytes(enc.encode(csv)),
      trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: SAMPLE, marginMicro: 1000 },
      trainingRoundSeconds: ROUND_SECONDS, deposit: 10_000_000n,
    });

    // One verifier per validator, each with its own IPFS node and signing through its own validator's RPC.
    const warnings: string[] = [];
    const verifiers: Verifier[] = [];
    const operators: string[] = [];
    for (const [i, node] of net.nodes.entries()) {
      const operator = JSON.parse(await readFile(operatorKeyPath(node.home), 'utf8')) as OperatorKeyFile;
      operators.push(operator.address);
      const store = await openHelia({ dir: join(dir, `ipfs-verifier${i}`) });
      stores.push(store);
      await store.dial(trainerAddr);
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: 'nrn' });
      const v = new Verifier({
        rpc: node.rpc, client: await connect(node.rpc, wallet), address: operator.address, store, pollMs: 200, fetchTimeoutMs: 10_000,
        signal: stopVerifiers.signal,
        log: (level, msg, f) => { if (level !== 'info') warnings.push(`verifier${i}: ${msg} ${JSON.stringify(f)}`); },
        ...(i === 3 ? { tamper: () => GARBAGE_MICRO } : {}),
      });
      verifiers.push(v);
      verifying.push(v.run());
    }

    const trainer = new Trainer({
      rpc: rpcs[0]!, client: tClient, address: trainerAccount.address, store: trainerStore, home: join(dir, 'trainer-home'), groupId,
      epochs: 2, learningRate: 0.005, maxReveals: 3, maxPasses: 8, pollMs: 200, minRoundLeftMs: 5000, progress: false,
    });
    const outcomes = await trainer.run();
    stopVerifiers.abort();
    await Promise.all(verifying);
    t.diagnostic(`reveals: ${outcomes.map((o) => `round ${o.round} ${o.verdict?.status} claimed ${o.claimedLossMicro} median ${o.verdict?.median_loss_micro}`).join('; ')}`);
    assert.deepEqual(warnings, []);

    const wins = outcomes.filter((o) => o.verdict?.status === 'won');
    assert.ok(wins.length >= 2, `at least two winning rounds (got ${outcomes.map((o) => o.verdict?.status).join(', ')})`);
    const q = await checkpointQueries(rpcs[0]!);
    const history = await q.history(groupId);
    assert.deepEqual(history.map((h) => h.cid), wins.map((w) => w.cid));
    for (let i = 1; i < history.length; i++) assert.ok(BigInt(history[i]!.loss_micro) < BigInt(history[i - 1]!.loss_micro), 'losses improve');

    // The median settles right despite the garbage: every checkpoint's median is the honest verifiers' common loss.
    const spec = datasetSpecOf(JSON.parse(specText) as ModelSpec);
    const lineCount = exampleLines(csv, spec).length;
    for (const o of outcomes) {
      const { checkpoint, reports } = await q.checkpoint(o.cid);
      assert.deepEqual(reports.map((r) => r.validator).sort(), [...operators].sort());
      const honest = new Set(reports.filter((r) => r.validator !== operators[3]).map((r) => r.loss_micro.toString()));
      assert.equal(honest.size, 1, 'honest verifiers agree bit for bit');
      assert.equal(reports.find((r) => r.validator === operators[3])!.loss_micro.toString(), GARBAGE_MICRO.toString());
      const weights = await loadCheckpoint(trainerStore, o.cid);
      const examples = examplesOf(csv, spec, sampleEvaluationIndices(checkpoint.seed_block_hash, lineCount, SAMPLE));
      const ours = evaluateCheckpoint({ ...weights, examples, loss: 'categoricalCrossentropy' }).lossMicro.toString();
      assert.equal(checkpoint.median_loss_micro, ours);
      assert.equal([...honest][0], ours);
    }

    // Each win minted exactly roundReward(supply before the mint, header time, genesis time), and nothing else changed supply.
    comet.current = await connectComet(rpcs[0]!);
    const qc = new QueryClient(comet.current);
    const supplyAt = async (height: number) => BigInt(QuerySupplyOfResponse.decode((await qc.queryAbci('/cosmos.bank.v1beta1.Query/SupplyOf', QuerySupplyOfRequest.encode({ denom: 'unrn' }).finish(), height)).value).amount!.amount);
    const mintParams = nrn.mint.v1.QueryParamsResponse.decode((await qc.queryAbci('/nrn.mint.v1.Query/Params', new Uint8Array(0))).value);
    const genesisMs = BigInt(mintParams.genesis_time_ms);
    for (const h of history) {
      const height = Number(h.height);
      const before = await supplyAt(height - 1);
      const after = await supplyAt(height);
      const headerMs = (await comet.current.block(height)).block.header.time.getTime();
      const expected = roundReward(before, headerMs, genesisMs);
      assert.ok(expected > 0n);
      assert.equal(BigInt(h.reward), expected, `round ${h.round} reward`);
      assert.equal(after - before, expected, `supply grew by exactly the reward at height ${height}`);
      assert.equal(h.trainer, trainerAccount.address);
    }

    // The current checkpoint loads in TensorFlow.js and gives the recorded loss on its sample (float32 vs float64).
    const best = (await q.best(groupId))!;
    assert.equal(best.cid, history.at(-1)!.cid);
    const { checkpoint } = await q.checkpoint(best.cid);
    q.disconnect();
    const examples = examplesOf(csv, spec, sampleEvaluationIndices(checkpoint.seed_block_hash, lineCount, SAMPLE));
    const weights = await loadCheckpoint(stores[1]!, best.cid);
    const model = await buildTfModel(weights.modelJson, weights.weightFiles);
    model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
    const xs = tf.tensor2d(examples.map((e) => Array.from(e.features)));
    const ys = tf.tensor2d(examples.map((e) => Array.from(e.target)));
    const tfLoss = (model.evaluate(xs, ys, { batchSize: SAMPLE }) as tf.Scalar).dataSync()[0]!;
    tf.dispose([xs, ys]);
    model.dispose();
    const ours = evaluateCheckpoint({ ...weights, examples, loss: 'categoricalCrossentropy' });
    assert.equal(best.loss_micro.toString(), ours.lossMicro.toString());
    assert.ok(Math.abs(tfLoss - ours.loss) / ours.loss < 1e-5, `tfjs ${tfLoss} vs reported ${ours.loss}`);
  } finally {
    stopVerifiers.abort();
    await Promise.allSettled(verifying);
    comet.current?.disconnect();
    for (const c of clients) c.disconnect();
    for (const s of stores) await s.stop();
    await net?.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
