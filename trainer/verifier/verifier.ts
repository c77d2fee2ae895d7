// nrn-verifier: watches revealed checkpoints, fetches each (every block checked against its CID), evaluates it
// with the deterministic evaluator on the sample drawn from the recorded block hash, and reports the loss.
import type { SigningStargateClient } from '@cosmjs/stargate';
import type { ContentStore } from '../../storage/ipfs.ts';
import { ContentUnavailableError } from '../../storage/ipfs.ts';
import { trainingsetQueries } from '../../client/trainingset/queries.ts';
import type { TrainingsetQueries } from '../../client/trainingset/queries.ts';
import { materializeTrainingSet } from '../../client/trainingset/sync.ts';
import { getVerifiedVersions } from '../../client/trainingset/getVerifiedVersions.ts';
import { checkpointQueries } from '../../client/checkpoint/queries.ts';
import type { CheckpointQueries, Checkpoint } from '../../client/checkpoint/queries.ts';
import { reportLoss } from '../../client/checkpoint/reportLoss.ts';
import { TxFailedError } from '../../client/tx.ts';
import { evaluateCheckpoint, sampleEvaluationIndices, LOSS_NAMES } from '../ml/evaluator.ts';
import type { LossName } from '../ml/evaluator.ts';
import { datasetSpecOf, examplesOf, exampleLines } from '../train/examples.ts';
import type { DatasetSpec, ModelSpec } from '../train/examples.ts';
import { loadCheckpoint } from '../train/checkpointFiles.ts';

export interface VerifierLog { (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void }

export interface VerifierOptions {
  rpc: string;
  client: SigningStargateClient;
  /** The validator's operator account address (the reports' signer). */
  address: string;
  store: ContentStore;
  /** Checkpoints evaluated at once (default 2). */
  concurrency?: number;
  pollMs?: number;
  /** Stall timeout of one IPFS fetch (default 30 s). */
  fetchTimeoutMs?: number;
  /** Fetch attempts per checkpoint before it is skipped until the next poll (default 3). */
  fetchAttempts?: number;
  log?: VerifierLog;
  signal?: AbortSignal;
  /** Replaces the evaluated loss before it is sent (tests use it to play a faulty validator). */
  tamper?: (lossMicro: bigint, c: Checkpoint) => bigint;
}

export interface Evaluation { cid: string; lossMicro: bigint; sampleSize: number; seed: string }

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((res) => {
  const t = setTimeout(res, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); res(); }, { once: true });
});

interface DatasetEntry { text: string; spec: DatasetSpec; loss: LossName; sampleSize: number }

export class Verifier {
  readonly o: VerifierOptions;
  readonly reported: Evaluation[] = [];
  #tq!: TrainingsetQueries;
  #cq!: CheckpointQueries;
  #inFlight = new Set<string>();
  #done = new Set<string>();
  #datasets = new Map<string, Promise<DatasetEntry>>();
  /** Reports go out one at a time: they share the account's sequence number. */
  #sendQueue: Promise<unknown> = Promise.resolve();

  constructor(o: VerifierOptions) { this.o = o; }

  #log(level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) { this.o.log?.(level, msg, fields); }

  async run(): Promise<void> {
    this.#tq = await trainingsetQueries(this.o.rpc);
    this.#cq = await checkpointQueries(this.o.rpc);
    const running = new Set<Promise<void>>();
    try {
      while (!this.o.signal?.aborted) {
        let pending;
        try {
          pending = await this.#cq.pending();
        } catch (e) {
          this.#log('warn', 'cannot list pending checkpoints; retrying', { error: (e as Error).message });
          await sleep(this.o.pollMs ?? 500, this.o.signal);
          continue;
        }
        for (const { checkpoint, reports } of pending) {
          const cid = checkpoint.cid;
          if (this.#inFlight.has(cid) || this.#done.has(cid)) continue;
          if (reports.some((r) => r.validator === this.o.address)) { this.#done.add(cid); continue; }
          if (running.size >= (this.o.concurrency ?? 2)) break;
          this.#inFlight.add(cid);
          const task = this.verify(checkpoint).finally(() => { this.#inFlight.delete(cid); running.delete(task); });
          running.add(task);
        }
        await sleep(this.o.pollMs ?? 500, this.o.signal);
      }
    } finally {
      await Promise.allSettled(running);
      this.#tq.disconnect();
      this.#cq.disconnect();
    }
  }

  /** The group's dataset at the checkpoint's training-set version, fetched once per version. */
  #dataset(c: Checkpoint): Promise<DatasetEntry> {
    const key = `${c.group_id}/${c.training_set_version}`;
    let entry = this.#datasets.get(key);
    if (!entry) {
      entry = (async () => {
        const group = await this.#tq.group(c.group_id);
        const versions = await getVerifiedVersions(this.#tq, { groupId: c.group_id });
        const upTo = versions.findIndex((v) => v.version === c.training_set_version);
        if (upTo < 0) throw new Error(`group ${c.group_id} has no version ${c.training_set_version}`);
        const set = await materializeTrainingSet(this.o.store, versions.slice(0, upTo + 1), { timeoutMs: this.o.fetchTimeoutMs });
        const modelSpec = JSON.parse(new TextDecoder().decode(await this.o.store.getBytes(group.model_spec_cid, { timeoutMs: this.o.fetchTimeoutMs }))) as ModelSpec;
        const loss = group.training_config?.loss as LossName;
        if (!LOSS_NAMES.includes(loss)) throw new Error(`group ${c.group_id} uses loss "${loss}", which the evaluator does not support`);
        return { text: set.text, spec: datasetSpecOf(modelSpec), loss, sampleSize: group.training_config?.eval_sample_size ?? 0 };
      })();
      entry.catch(() => this.#datasets.delete(key));
      this.#datasets.set(key, entry);
    }
    return entry;
  }

  /** Fetches with retries; a fetch that keeps timing out is logged and left for the next poll, never reported. */
  async #fetch(cid: string) {
    const attempts = this.o.fetchAttempts ?? 3;
    for (let i = 1; ; i++) {
      try {
        return await loadCheckpoint(this.o.store, cid, { timeoutMs: this.o.fetchTimeoutMs });
      } catch (e) {
        if (!(e instanceof ContentUnavailableError) || i >= attempts) throw e;
        this.#log('warn', 'checkpoint fetch timed out; retrying', { cid, attempt: i, of: attempts, error: e.message });
      }
    }
  }

  /** Evaluates one checkpoint exactly as every honest verifier does. */
  async evaluate(c: Checkpoint): Promise<Evaluation> {
    const data = await this.#dataset(c);
    const weights = await this.#fetch(c.cid);
    const indices = sampleEvaluationIndices(c.seed_block_hash, exampleLines(data.text, data.spec).length, data.sampleSize);
    const { lossMicro } = evaluateCheckpoint({ ...weights, examples: examplesOf(data.text, data.spec, indices), loss: data.loss });
    return { cid: c.cid, lossMicro, sampleSize: indices.length, seed: c.seed_block_hash };
  }

  async verify(c: Checkpoint): Promise<void> {
    let evaluation: Evaluation;
    try {
      evaluation = await this.evaluate(c);
    } catch (e) {
      const unavailable = e instanceof ContentUnavailableError;
      this.#log(unavailable ? 'warn' : 'error', unavailable ? 'checkpoint unavailable; will try again on the next poll' : 'checkpoint cannot be evaluated; not reporting', { cid: c.cid, error: (e as Error).message });
      // A checkpoint that cannot be evaluated (bad topology, wrong shapes) is never reported; nothing more will change.
      if (!unavailable) this.#done.add(c.cid);
      return;
    }
    const lossMicro = this.o.tamper ? this.o.tamper(evaluation.lossMicro, c) : evaluation.lossMicro;
    const send = this.#sendQueue.then(() => reportLoss(this.o.client, { validator: this.o.address, cid: c.cid, lossMicro }));
    this.#sendQueue = send.catch(() => undefined);
    try {
      const r = await send;
      this.#done.add(c.cid);
      this.reported.push({ ...evaluation, lossMicro });
      this.#log('info', 'reported loss', { cid: c.cid, lossMicro: lossMicro.toString(), sample: evaluation.sampleSize, height: r.height });
    } catch (e) {
      if (e instanceof TxFailedError && e.codespace === 'checkpoint') {
        // Already reported, round settled, or no longer bonded: the chain's answer is final for this checkpoint.
        this.#done.add(c.cid);
        this.#log('warn', 'report refused', { cid: c.cid, code: e.code, error: e.message });
      } else {
        this.#log('error', 'report failed; will retry on the next poll', { cid: c.cid, error: (e as Error).message });
      }
    }
  }
}

/** Runs a verifier until `signal` aborts. */
export async function runVerifier(o: VerifierOptions): Promise<Verifier> {
  const v = new Verifier(o);
  await v.run();
  return v;
}
