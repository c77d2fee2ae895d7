// nrn-trainer's loop: sync the group's training set, start from its best checkpoint, train, and when the
// deterministic evaluator says the new weights beat the best by the margin, package, commit, then reveal.
import { randomBytes } from 'node:crypto';
import { SingleBar } from 'cli-progress';
import * as tf from '@tensorflow/tfjs';
import type { SigningStargateClient } from '@cosmjs/stargate';
import type { ContentStore } from '../../storage/ipfs.ts';
import { trainingsetQueries } from '../../client/trainingset/queries.ts';
import type { Group, TrainingsetQueries } from '../../client/trainingset/queries.ts';
import { materializeTrainingSet } from '../../client/trainingset/sync.ts';
import { getVerifiedVersions } from '../../client/trainingset/getVerifiedVersions.ts';
import { checkpointQueries } from '../../client/checkpoint/queries.ts';
import type { CheckpointQueries, Checkpoint } from '../../client/checkpoint/queries.ts';
import { commitCheckpoint, checkpointCommitment } from '../../client/checkpoint/commit.ts';
import { revealCheckpoint } from '../../client/checkpoint/reveal.ts';
import { TxFailedError } from '../../client/tx.ts';
import { trainRound, OPTIMIZER_NAMES } from '../ml/train.ts';
import type { BatchProgress, Checkpoint as Weights, OptimizerName } from '../ml/train.ts';
import { evaluateCheckpoint, LOSS_NAMES } from '../ml/evaluator.ts';
import type { Example, LossName } from '../ml/evaluator.ts';
import { datasetSpecOf, examplesOf } from './examples.ts';
import type { ModelSpec } from './examples.ts';
import { packageCheckpoint, loadCheckpoint } from './checkpointFiles.ts';
import { readTrainerState, writeTrainerState } from './state.ts';
import type { PendingCommit } from './state.ts';

export interface TrainerLog { (msg: string, fields?: Record<string, unknown>): void }

export interface TrainerOptions {
  rpc: string;
  client: SigningStargateClient;
  address: string;
  store: ContentStore;
  /** Where the state file lives (pending commits survive restarts). */
  home: string;
  groupId: number;
  /** Epochs per training pass; a pass that does not beat the best is followed by another from its weights. */
  epochs?: number;
  learningRate?: number;
  seed?: number;
  /** Stop after this many reveals (default: run until `signal` aborts). */
  maxReveals?: number;
  /** Stop after this many training passes. */
  maxPasses?: number;
  /** Wait for each revealed checkpoint's verdict before training on (default true). */
  awaitVerdict?: boolean;
  fetchTimeoutMs?: number;
  pollMs?: number;
  /** Commit only when at least this much of the round's block time is left (default: half the round, at most 30 s). */
  minRoundLeftMs?: number;
  /** Show a progress bar on stderr (default: when stderr is a terminal). */
  progress?: boolean;
  log?: TrainerLog;
  signal?: AbortSignal;
}

export interface RevealOutcome {
  cid: string;
  claimedLossMicro: bigint;
  round: number;
  /** The checkpoint's record after settlement (status, median), when awaited. */
  verdict?: Checkpoint;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((res) => {
  const t = setTimeout(res, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); res(); }, { once: true });
});

interface GroupData { group: Group; spec: ModelSpec; examples: Example[]; version: string; loss: LossName; optimizer: OptimizerName }

/** Materialises the group's current training set (cached per version) and its model spec. */
async function loadGroup(tq: TrainingsetQueries, store: ContentStore, groupId: number, cache: Map<string, GroupData>, timeoutMs?: number): Promise<GroupData> {
  const group = await tq.group(groupId);
  const hit = cache.get(group.version);
  if (hit) return { ...hit, group };
  const versions = await getVerifiedVersions(tq, { groupId });
  const set = await materializeTrainingSet(store, versions, { timeoutMs });
  const spec = JSON.parse(new TextDecoder().decode(await store.getBytes(group.model_spec_cid, { timeoutMs }))) as ModelSpec;
  const loss = group.training_config?.loss as LossName;
  if (!LOSS_NAMES.includes(loss)) throw new Error(`group ${groupId} trains with loss "${loss}", which the evaluator does not support (${LOSS_NAMES.join(', ')})`);
  const optimizer = group.training_config?.optimizer as OptimizerName;
  if (!OPTIMIZER_NAMES.includes(optimizer)) throw new Error(`group ${groupId} uses optimizer "${optimizer}" (supported: ${OPTIMIZER_NAMES.join(', ')})`);
  const data: GroupData = { group, spec, examples: examplesOf(set.text, datasetSpecOf(spec)), version: set.version, loss, optimizer };
  cache.set(group.version, data);
  return data;
}

function progressBar(enabled: boolean) {
  if (!enabled) return { update(_p: BatchProgress, _backend: string) {}, stop() {} };
  const bar = new SingleBar({
    format: 'train [{bar}] epoch {epoch}/{epochs} batch {batch}/{batches} loss {loss} {sps} samples/s ({backend})',
    hideCursor: true, clearOnComplete: true, stream: process.stderr,
  });
  let started = false;
  return {
    update(p: BatchProgress, backend: string) {
      const total = p.epochs * p.batches;
      const value = (p.epoch - 1) * p.batches + p.batch;
      const payload = { epoch: p.epoch, epochs: p.epochs, batch: p.batch, batches: p.batches, loss: p.loss.toFixed(4), sps: Math.round(p.samplesPerSecond), backend };
      if (!started) { bar.start(total, value, payload); started = true; } else bar.update(value, payload);
    },
    stop() { if (started) bar.stop(); started = false; },
  };
}

export class Trainer {
  readonly o: TrainerOptions;
  #tq!: TrainingsetQueries;
  #cq!: CheckpointQueries;
  #cache = new Map<string, GroupData>();
  /** Local weights and the best checkpoint they descend from. */
  #local?: { weights: Weights; parentCid: string };
  readonly outcomes: RevealOutcome[] = [];

  constructor(o: TrainerOptions) { this.o = o; }

  #log(msg: string, fields?: Record<string, unknown>) { this.o.log?.(msg, fields); }

  async run(): Promise<RevealOutcome[]> {
    this.#tq = await trainingsetQueries(this.o.rpc);
    this.#cq = await checkpointQueries(this.o.rpc);
    try {
      await this.resume();
      let passes = 0;
      while (!this.o.signal?.aborted && this.outcomes.length < (this.o.maxReveals ?? Infinity) && passes < (this.o.maxPasses ?? Infinity)) {
        passes++;
        await this.pass();
      }
      return this.outcomes;
    } finally {
      this.#tq.disconnect();
      this.#cq.disconnect();
    }
  }

  /** Reveals commits a previous run paid for but did not reveal, while their round is open. */
  async resume(): Promise<void> {
    const state = await readTrainerState(this.o.home);
    const open = state.pending.filter((p) => p.phase !== 'revealed');
    if (open.length === 0) return;
    const onChain = await this.#cq.commits(this.o.address);
    for (const p of open) {
      const c = onChain.find((x) => x.commitment === p.commitment && x.group_id === p.groupId);
      if (!c) {
        this.#log('dropping a commit that never reached the chain', { cid: p.cid, commitment: p.commitment });
        await this.#forget(p);
        continue;
      }
      if (c.revealed_cid) {
        p.phase = 'revealed';
        await this.#save(p);
        continue;
      }
      p.phase = 'committed';
      p.commitHeight = c.height;
      p.round = c.round;
      this.#log('resuming a paid commit', { cid: p.cid, round: c.round, commitHeight: c.height });
      try {
        await this.#reveal(p);
      } catch (e) {
        if (e instanceof TxFailedError && e.codespace === 'checkpoint' && e.code === 5) {
          this.#log('the round of a saved commit has ended; its deposit is forfeited', { cid: p.cid, round: c.round });
          await this.#forget(p);
        } else throw e;
      }
    }
  }

  async #save(p: PendingCommit) {
    const s = await readTrainerState(this.o.home);
    s.pending = [...s.pending.filter((x) => x.commitment !== p.commitment), p];
    await writeTrainerState(this.o.home, s);
  }

  async #forget(p: PendingCommit) {
    const s = await readTrainerState(this.o.home);
    s.pending = s.pending.filter((x) => x.commitment !== p.commitment);
    await writeTrainerState(this.o.home, s);
  }

  async #waitForHeightAbove(h: number) {
    while ((await this.#cq.height()) <= h) await sleep(this.o.pollMs ?? 200, this.o.signal);
  }

  async #reveal(p: PendingCommit): Promise<RevealOutcome> {
    await this.#waitForHeightAbove(p.commitHeight!);
    const r = await revealCheckpoint(this.o.client, {
      trainer: this.o.address, groupId: p.groupId, cid: p.cid, saltHex: p.saltHex, claimedLossMicro: BigInt(p.claimedLossMicro),
      trainingSetVersion: p.trainingSetVersion, parentCid: p.parentCid,
    });
    p.phase = 'revealed';
    await this.#save(p);
    this.#log('revealed', { cid: p.cid, round: r.response.round, height: r.height, claimedLossMicro: p.claimedLossMicro });
    const outcome: RevealOutcome = { cid: p.cid, claimedLossMicro: BigInt(p.claimedLossMicro), round: r.response.round };
    if (this.o.awaitVerdict ?? true) outcome.verdict = await this.#verdict(p.cid);
    this.outcomes.push(outcome);
    return outcome;
  }

  /** Polls the checkpoint until its round settles. */
  async #verdict(cid: string): Promise<Checkpoint | undefined> {
    for (;;) {
      const { checkpoint } = await this.#cq.checkpoint(cid);
      if (checkpoint.status !== 'revealed') {
        this.#log('verdict', { cid, status: checkpoint.status, medianLossMicro: checkpoint.median_loss_micro, reportedPower: checkpoint.reported_power, totalPower: checkpoint.total_power });
        return checkpoint;
      }
      if (this.o.signal?.aborted) return undefined;
      await sleep(this.o.pollMs ?? 200, this.o.signal);
    }
  }

  /** One training pass; commits and reveals when the result beats the best by the margin. */
  async pass(): Promise<void> {
    const timeoutMs = this.o.fetchTimeoutMs;
    const g = await loadGroup(this.#tq, this.o.store, this.o.groupId, this.#cache, timeoutMs);
    const best = await this.#cq.best(this.o.groupId);
    if (best && this.#local?.parentCid !== best.cid) {
      this.#log('starting from the group\'s best checkpoint', { cid: best.cid, lossMicro: best.loss_micro });
      this.#local = { weights: await loadCheckpoint(this.o.store, best.cid, { timeoutMs }), parentCid: best.cid };
    }
    const bar = progressBar(this.o.progress ?? process.stderr.isTTY === true);
    let result;
    try {
      result = await trainRound({
        modelJson: this.#local?.weights.modelJson ?? g.spec,
        weightFiles: this.#local?.weights.weightFiles,
        examples: g.examples,
        config: {
          optimizer: g.optimizer, loss: g.loss, batchSize: g.group.training_config?.batch_size ?? 32, epochs: this.o.epochs ?? 5,
          learningRate: this.o.learningRate ?? g.spec.userDefinedMetadata?.nrn?.training?.learningRate ?? 0.01, seed: this.o.seed ?? 1,
        },
        onBatch: (p) => bar.update(p, tfBackendName()),
      });
    } finally {
      bar.stop();
    }
    const weights: Weights = { modelJson: result.modelJson, weightFiles: result.weightFiles };
    const parentCid = this.#local?.parentCid ?? best?.cid ?? '';
    this.#local = { weights, parentCid };
    const { lossMicro } = evaluateCheckpoint({ ...weights, examples: g.examples, loss: g.loss });
    const margin = BigInt(g.group.training_config?.margin_micro ?? 0);
    const target = best ? BigInt(best.loss_micro) - margin : undefined;
    this.#log('trained', { backend: result.backend, samplesPerSecond: Math.round(result.samples / result.seconds), lossMicro: lossMicro.toString(), bestLossMicro: best?.loss_micro, targetMicro: target?.toString() });
    if (target !== undefined && !(lossMicro <= target && lossMicro < BigInt(best!.loss_micro))) return;
    const outcome = await this.commitAndReveal(g, weights, lossMicro, best?.cid ?? '');
    if (outcome.verdict?.status === 'won') this.#local = { weights, parentCid: outcome.cid };
  }

  /** Waits for the next round when the current one ends too soon for commit, reveal, seed and reports. */
  async #awaitRoomInRound(roundSeconds: number) {
    const roundMs = roundSeconds * 1000;
    const need = this.o.minRoundLeftMs ?? Math.min(roundMs / 2, 30_000);
    for (;;) {
      const now = await this.#cq.latestBlockTimeMs();
      const end = (Math.floor(now / roundMs) + 1) * roundMs;
      if (end - now >= need || this.o.signal?.aborted) return;
      this.#log('waiting for the next round', { roundEndMs: end, leftMs: end - now, needMs: need });
      await sleep(Math.max(this.o.pollMs ?? 200, Math.min(end - now, 1000)), this.o.signal);
    }
  }

  async commitAndReveal(g: GroupData, weights: Weights, lossMicro: bigint, parentCid: string): Promise<RevealOutcome> {
    const cid = await packageCheckpoint(this.o.store, weights);
    await this.#awaitRoomInRound(g.group.training_round_seconds);
    const saltHex = randomBytes(32).toString('hex');
    const p: PendingCommit = {
      groupId: this.o.groupId, cid, saltHex, commitment: checkpointCommitment(cid, this.o.address, saltHex),
      claimedLossMicro: lossMicro.toString(), trainingSetVersion: g.version, parentCid, phase: 'signed',
    };
    // Saved before broadcasting: once the deposit is paid, only this file knows the salt.
    await this.#save(p);
    const c = await commitCheckpoint(this.o.client, { trainer: this.o.address, groupId: this.o.groupId, cid, saltHex });
    Object.assign(p, { phase: 'committed', commitHeight: c.height, round: c.response.round, roundEndMs: c.response.roundEndMs });
    await this.#save(p);
    this.#log('committed', { cid, round: c.response.round, height: c.height, roundEndMs: c.response.roundEndMs });
    return this.#reveal(p);
  }
}

const tfBackendName = () => tf.getBackend();

/** Runs the trainer until `maxReveals`/`maxPasses` or the signal; returns what it revealed. */
export async function runTrainer(o: TrainerOptions): Promise<RevealOutcome[]> {
  return new Trainer(o).run();
}
