// `nrn`: the user CLI for training groups — datasets, groups, deltas and votes.
import { Command } from 'commander';
import { datasetCommand } from './dataset.ts';
import { groupCommand } from './group.ts';
import { deltaCommand } from './delta.ts';
import { ipfsCommand } from './ipfs.ts';
import { bridgeUserCommand } from './bridge.ts';
import { runCli } from '../run.ts';

export function buildCli(): Command {
  const program = new Command('nrn')
    .description('NRN user CLI: canonical datasets and deltas, training groups, stake and votes')
    .showHelpAfterError()
    .configureOutput({ outputError: (s, write) => write(`Error: ${s.replace(/^error: /, '')}`) });
  program.addCommand(datasetCommand());
  program.addCommand(groupCommand());
  program.addCommand(deltaCommand());
  program.addCommand(ipfsCommand());
  program.addCommand(bridgeUserCommand());
  return program;
}

export const main = (argv = process.argv) => runCli(buildCli(), argv);
