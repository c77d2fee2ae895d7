// The trainer's state file (<home>/trainer-state.json): a commit is written down before it is broadcast, so a
// restart can still reveal a commit it paid for (the salt exists nowhere else).
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface PendingCommit {
  groupId: number;
  cid: string;
  saltHex: string;
  commitment: string;
  claimedLossMicro: string;
  trainingSetVersion: string;
  parentCid: string;
  /** 'signed': broadcast may or may not have landed; 'committed': included at commitHeight; 'revealed': done. */
  phase: 'signed' | 'committed' | 'revealed';
  commitHeight?: number;
  round?: number;
  roundEndMs?: number;
}

export interface TrainerState { pending: PendingCommit[] }

export const stateFile = (home: string) => join(home, 'trainer-state.json');

export async function readTrainerState(home: string): Promise<TrainerState> {
  try {
    return JSON.parse(await readFile(stateFile(home), 'utf8')) as TrainerState;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { pending: [] };
    throw e;
  }
}

/** Written to a temp file and renamed, so a crash never leaves half a state file. */
export async function writeTrainerState(home: string, s: TrainerState): Promise<void> {
  const file = stateFile(home);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(s, null, 2));
  await rename(`${file}.tmp`, file);
}
