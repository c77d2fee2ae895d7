// `nrn bridge send-to-eth|send-to-chain`: the same commands as `nrn-bridge`, taken from bridge/cli.ts so the two never drift.
import { Command } from 'commander';
import { bridgeCommand } from '../../bridge/cli.ts';

const USER_COMMANDS = ['send-to-eth', 'send-to-chain'];

export function bridgeUserCommand(): Command {
  const cmd = new Command('bridge').description('move NRN to Ethereum as wNRN and back (the orchestrator and relayer are in nrn-bridge)');
  for (const sub of bridgeCommand().commands.filter((c) => USER_COMMANDS.includes(c.name()))) cmd.addCommand(sub);
  return cmd;
}
