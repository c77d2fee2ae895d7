// A small JSON state file per process, written atomically, so a restart resumes where it stopped.
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function loadState<T>(path: string, initial: T): Promise<T> {
  try {
    return { ...initial, ...(JSON.parse(await readFile(path, 'utf8')) as T) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return initial;
    throw e;
  }
}

export async function saveState(path: string, state: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  await writeFile(tmp, JSON.stringify(state, null, 2));
  await rename(tmp, path);
}
