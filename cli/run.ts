// How every NRN command-line tool (nrn, nrnd, nrn-bridge, nrn-trainer, nrn-verifier) ends on an error: one line
// naming the problem, as commander's own usage errors read, and exit code 1. NRN_DEBUG=1 adds the stack.
import type { Command } from 'commander';

export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.NRN_DEBUG && e instanceof Error && e.stack) console.error(e.stack);
    process.exitCode = 1;
  }
}
