// Summarises a V8 .cpuprofile (from --cpu-prof): self time and inclusive time per function, hottest first.
import { readFile } from 'node:fs/promises';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const where = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|work\/main)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;

async function main() {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: node bench/profile-summary.ts <file.cpuprofile> [top]');
  const top = Number(topArg ?? 30);
  const p = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const [i, id] of p.samples.entries()) {
    const dt = p.timeDeltas[i] ?? 0;
    all += dt;
    const leaf = byId.get(id)!;
    self.set(where(leaf), (self.get(where(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const w = where(byId.get(cur)!);
      if (!seen.has(w)) { seen.add(w); total.set(w, (total.get(w) ?? 0) + dt); }
    }
  }
  const show = (title: string, m: Map<string, number>) => {
    console.log(`\n${title} (of ${(all / 1e6).toFixed(1)} s sampled)`);
    for (const [w, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(t / 1e6).toFixed(2).padStart(7)} s ${((100 * t) / all).toFixed(1).padStart(5)}%  ${w}`);
  };
  show('self time', self);
  show('inclusive time', total);
}

main().catch((e) => { console.error(e); process.exit(1); });
