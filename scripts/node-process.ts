// An `nrnd start` (or bare CometBFT) running as its own OS process group, so a test can kill -9 the whole node.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../chain/cometbft.ts';

export interface NodeProcess {
  process: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string | null>;
  /** SIGKILL to the node's whole process group (the app and its CometBFT child): a crash, nothing flushed. */
  kill9(): Promise<void>;
  /** SIGTERM to the node, which stops CometBFT cleanly; SIGKILL to the group after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export const NRND_BIN = join(REPO_ROOT, 'bin', 'nrnd.js');

/** Starts `nrnd start --home <home> [flags]` under this Node (24), output appended to `logFile`. */
export function spawnNrnd(home: string, flags: Record<string, string> = {}, logFile = join(home, 'nrnd.log'), nodeArgs: string[] = []): NodeProcess {
  const args = [...nodeArgs, NRND_BIN, 'start', '--home', home, ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])];
  return spawnGroup(process.execPath, args, logFile);
}

/** Starts any command as the leader of a new process group with stdout and stderr appended to `logFile`. */
export function spawnGroup(cmd: string, args: string[], logFile: string): NodeProcess {
  const fd = openSync(logFile, 'a');
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const exited = new Promise<number | string | null>((res) => child.once('exit', (code, signal) => res(code ?? signal)));
  const signalGroup = (sig: NodeJS.Signals) => {
    try { process.kill(-child.pid!, sig); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e; }
  };
  return {
    process: child,
    exited,
    async kill9() {
      signalGroup('SIGKILL');
      await exited;
    },
    async stop(graceMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      // CometBFT is the app's child in the same group; make sure nothing of the group outlives it.
      signalGroup('SIGKILL');
    },
  };
}
