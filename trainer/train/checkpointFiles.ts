// A checkpoint on IPFS is one directory: model.json (TensorFlow.js Layers format) and weights.bin.
import type { ContentStore } from '../../storage/ipfs.ts';
import type { DirectoryEntryInput, GetOptions } from '../../storage/types.ts';
import type { Checkpoint } from '../ml/train.ts';
import { WEIGHTS_FILE } from '../ml/train.ts';
import type { ModelJson } from '../ml/evaluator.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Adds the checkpoint directory and returns its CID (the same bytes give the same CID on every machine). */
export async function packageCheckpoint(store: ContentStore, c: Checkpoint): Promise<string> {
  const entries: DirectoryEntryInput[] = [{ path: 'model.json', content: enc.encode(JSON.stringify(c.modelJson)) }];
  for (const [path, bytes] of Object.entries(c.weightFiles)) entries.push({ path, content: bytes });
  return store.addDirectory(entries);
}

/** Fetches a checkpoint directory; every block is verified against the CID, so what loads is what was revealed. */
export async function loadCheckpoint(store: ContentStore, cid: string, o: Pick<GetOptions, 'timeoutMs'> = {}): Promise<Checkpoint> {
  const listing = await store.ls(cid, o);
  const entry = (name: string) => {
    const e = listing.find((l) => l.name === name && l.type === 'file');
    if (!e) throw new Error(`checkpoint ${cid} has no ${name} (it lists ${listing.map((l) => l.name).join(', ') || 'nothing'})`);
    return e;
  };
  const modelJson = JSON.parse(dec.decode(await store.getBytes(entry('model.json').cid, o))) as ModelJson;
  const weightFiles: Record<string, Uint8Array> = {};
  for (const path of new Set((modelJson.weightsManifest ?? []).flatMap((g) => g.paths))) {
    if (path.includes('/') || path.startsWith('.')) throw new Error(`checkpoint ${cid}: weights path "${path}" must be a plain file name`);
    weightFiles[path] = await store.getBytes(entry(path).cid, o);
  }
  if (Object.keys(weightFiles).length === 0) weightFiles[WEIGHTS_FILE] = await store.getBytes(entry(WEIGHTS_FILE).cid, o);
  return { modelJson, weightFiles };
}
