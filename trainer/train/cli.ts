// `nrn-trainer`: trains for a group and competes in its rounds (commit, then reveal) until stopped.
import { Command, Option } from 'commander';
import { homeOpt, nodeOpt, fromOpt, ipfsOpt, peerOpt, timeoutOpt, gasPriceOpt, signerFrom, openStore, parseId, UsageError } from '../../cli/common.ts';
import type { CommonOptions } from '../../cli/common.ts';
import { selectBackend } from '../ml/backend.ts';
import { runTrainer } from './trainer.ts';
import { runCli } from '../../cli/run.ts';

const log = (msg: string, fields?: Record<string, unknown>) => console.error(`${new Date().toISOString()} ${msg}${fields ? ' ' + JSON.stringify(fields) : ''}`);

export function trainerCommand(): Command {
  return new Command('nrn-trainer')
    .description('train a group\'s model and submit checkpoints that beat its best (commit, then reveal in a later block)')
    .requiredOption('--group <id>', 'training group id')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(ipfsOpt()).addOption(peerOpt())
    .addOption(timeoutOpt()).addOption(gasPriceOpt())
    .addOption(new Option('--epochs <n>', 'epochs per training pass').default('5'))
    .addOption(new Option('--learning-rate <x>', 'learning rate (default: the model spec\'s)'))
    .addOption(new Option('--max-reveals <n>', 'stop after this many reveals'))
    .addOption(new Option('--no-progress', 'no progress bar'))
    .action(async (o: CommonOptions & { group: string; epochs: string; learningRate?: string; maxReveals?: string; progress: boolean }) => {
      const backend = await selectBackend();
      log(`training on the ${backend.name} backend`, { reason: backend.reason });
      const store = await openStore(o, true);
      const s = await signerFrom(o);
      const stop = new AbortController();
      process.once('SIGINT', () => { log('stopping after the current step (a paid commit is kept in the state file)'); stop.abort(); });
      try {
        const epochs = Number(o.epochs);
        if (!Number.isInteger(epochs) || epochs < 1) throw new UsageError(`--epochs "${o.epochs}" must be a positive integer`);
        const outcomes = await runTrainer({
          rpc: o.node, client: s.client, address: s.address, store, home: o.home, groupId: parseId(o.group, 'group'), epochs,
          learningRate: o.learningRate ? Number(o.learningRate) : undefined, maxReveals: o.maxReveals ? Number(o.maxReveals) : undefined,
          fetchTimeoutMs: Number(o.timeout), progress: o.progress && process.stderr.isTTY, log, signal: stop.signal,
        });
        for (const r of outcomes) log('checkpoint', { cid: r.cid, round: r.round, claimedLossMicro: r.claimedLossMicro.toString(), status: r.verdict?.status, medianLossMicro: r.verdict?.median_loss_micro });
      } finally {
        s.close();
        await store.stop();
      }
    });
}

export const main = (argv = process.argv): Promise<void> => runCli(trainerCommand(), argv);
