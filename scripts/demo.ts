// The devnet's demo: an Iris training group whose training set grows by one voted delta, a trainer competing
// on it and the validator's verifier checking each checkpoint — so the dashboard shows the whole loop running.
import { readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import type { SigningStargateClient } from '@cosmjs/stargate';
import { connectSigner, mnemonicWallet } from '../client/connect.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { stake } from '../client/trainingset/stake.ts';
import { prepareDelta } from '../client/trainingset/prepareDelta.ts';
import { proposeDelta } from '../client/trainingset/proposeDelta.ts';
import { voteDelta } from '../client/trainingset/voteDelta.ts';
import { trainingsetQueries } from '../client/trainingset/queries.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import { generateMnemonic } from '../cli/keyring.ts';
import type { ContentStore } from '../storage/ipfs.ts';
import { irisCsv } from '../datasets/iris.ts';
import { modelSpecPath } from '../models/index.ts';
import { diffDatasets, applyDelta } from '../dataset/diff.ts';
import { Trainer } from '../trainer/train/trainer.ts';
import { Verifier } from '../trainer/verifier/verifier.ts';
import type { Logger } from '../chain/log.ts';

export const DEMO_EPOCH_SECONDS = 60;
export const DEMO_ROUND_SECONDS = 20;
const HELD_BACK_ROWS = 15; // the delta a contributor proposes: the last rows of the Iris data

export interface DemoOptions {
  home: string;
  rpc: string;
  store: ContentStore;
  faucetMnemonic: string;
  log: Logger;
}

interface DemoState { groupId: number; trainerMnemonic: string }

/** First run: the group, a stake, a delta and its vote. Returns what later runs resume from. */
async function seedDemo(o: DemoOptions, faucet: { client: SigningStargateClient; address: string }): Promise<DemoState> {
  const enc = new TextEncoder();
  const iris = irisCsv();
  const lines = iris.trimEnd().split('\n');
  const initial = lines.slice(0, lines.length - HELD_BACK_ROWS).join('\n') + '\n';
  const delta = diffDatasets(initial, iris, { oldLabel: 'iris.csv', newLabel: 'iris.csv' });
  if (applyDelta(initial, delta) !== iris) throw new Error('demo delta does not reproduce the Iris data');
  const spec = await readFile(modelSpecPath('iris-mlp'), 'utf8');
  const created = await createGroup(faucet.client, {
    creator: faucet.address, name: 'iris', modelSpecCid: await o.store.addBytes(enc.encode(spec)),
    initialDatasetCid: await o.store.addBytes(enc.encode(initial)),
    trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: 64, marginMicro: 1000 },
    epochLengthSeconds: DEMO_EPOCH_SECONDS, trainingRoundSeconds: DEMO_ROUND_SECONDS, deposit: 10_000_000n,
  });
  const groupId = created.response.groupId;
  await stake(faucet.client, { staker: faucet.address, groupId, amount: 1_000_000_000n });
  const q = await trainingsetQueries(o.rpc);
  const group = await q.group(groupId);
  q.disconnect();
  const prepared = await prepareDelta(o.store, { group, delta, current: initial });
  const proposal = await proposeDelta(faucet.client, { proposer: faucet.address, ...prepared });
  await voteDelta(faucet.client, { voter: faucet.address, proposalId: proposal.response.proposalId, yes: true });
  const trainerMnemonic = generateMnemonic();
  const trainer = await mnemonicWallet(trainerMnemonic);
  await faucet.client.sendTokens(faucet.address, trainer.address, [{ denom: 'unrn', amount: '100000000000' }], 'auto');
  o.log.info('demo group created', { groupId, epochSeconds: DEMO_EPOCH_SECONDS, proposal: proposal.response.proposalId });
  return { groupId, trainerMnemonic };
}

export async function startDemo(o: DemoOptions): Promise<{ stop(): Promise<void>; groupId: number }> {
  const stateFile = join(o.home, 'demo.json');
  const faucetWallet = await mnemonicWallet(o.faucetMnemonic);
  const faucetClient = await connectSigner(o.rpc, faucetWallet.wallet);
  let state: DemoState;
  try {
    await access(stateFile);
    state = JSON.parse(await readFile(stateFile, 'utf8'));
  } catch {
    state = await seedDemo(o, { client: faucetClient, address: faucetWallet.address });
    await writeFile(stateFile, JSON.stringify(state, null, 2), { mode: 0o600 });
  }
  const stopper = new AbortController();
  const operator = JSON.parse(await readFile(operatorKeyPath(o.home), 'utf8')) as { address: string; mnemonic: string };
  const validator = await mnemonicWallet(operator.mnemonic);
  const verifierClient = await connectSigner(o.rpc, validator.wallet);
  const verifier = new Verifier({
    rpc: o.rpc, client: verifierClient, address: validator.address, store: o.store, signal: stopper.signal,
    log: (level, msg, f) => o.log[level](`verifier: ${msg}`, f),
  });
  const trainerKey = await mnemonicWallet(state.trainerMnemonic);
  const trainerClient = await connectSigner(o.rpc, trainerKey.wallet);
  const trainer = new Trainer({
    rpc: o.rpc, client: trainerClient, address: trainerKey.address, store: o.store, home: join(o.home, 'trainer'),
    groupId: state.groupId, epochs: 10, learningRate: 0.02, progress: false, signal: stopper.signal,
    log: (msg, f) => (msg === 'trained' ? o.log.debug : o.log.info)(`trainer: ${msg}`, f), // one line per pass is noise
  });
  const running = [
    // Once stopping, a request cut short by the node going away is the stop itself, not an error.
    verifier.run().catch((e) => { if (!stopper.signal.aborted) o.log.error('verifier stopped', { error: String(e) }); }),
    trainer.run().catch((e) => { if (!stopper.signal.aborted) o.log.error('trainer stopped', { error: String(e) }); }),
  ];
  return {
    groupId: state.groupId,
    async stop() {
      stopper.abort();
      await Promise.all(running);
      for (const c of [faucetClient, verifierClient, trainerClient]) c.disconnect();
    },
  };
}
