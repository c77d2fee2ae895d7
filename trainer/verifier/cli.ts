// `nrn-verifier`: run beside a validator; evaluates every revealed checkpoint and reports its loss (fee-free).
import { Command, Option } from 'commander';
import { homeOpt, nodeOpt, fromOpt, ipfsOpt, peerOpt, timeoutOpt, gasPriceOpt, signerFrom, openStore } from '../../cli/common.ts';
import type { CommonOptions } from '../../cli/common.ts';
import { runVerifier } from './verifier.ts';
import { runCli } from '../../cli/run.ts';

export function verifierCommand(): Command {
  return new Command('nrn-verifier')
    .description('watch revealed checkpoints, evaluate them deterministically and send MsgReportLoss from the validator\'s operator key')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(ipfsOpt()).addOption(peerOpt())
    .addOption(timeoutOpt()).addOption(gasPriceOpt())
    .addOption(new Option('--concurrency <n>', 'checkpoints evaluated at once').default('2'))
    .addOption(new Option('--poll <ms>', 'how often to ask the chain for new reveals').default('1000'))
    .addOption(new Option('--attempts <n>', 'fetch attempts per checkpoint per poll').default('3'))
    .action(async (o: CommonOptions & { concurrency: string; poll: string; attempts: string }) => {
      const store = await openStore(o, true);
      const s = await signerFrom(o);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      try {
        await runVerifier({
          rpc: o.node, client: s.client, address: s.address, store, concurrency: Number(o.concurrency), pollMs: Number(o.poll),
          fetchTimeoutMs: Number(o.timeout), fetchAttempts: Number(o.attempts), signal: stop.signal,
          log: (level, msg, fields) => console.error(`${new Date().toISOString()} ${level} ${msg}${fields ? ' ' + JSON.stringify(fields) : ''}`),
        });
      } finally {
        s.close();
        await store.stop();
      }
    });
}

export const main = (argv = process.argv): Promise<void> => runCli(verifierCommand(), argv);
