// Builds the dashboard (dashboard/src → dashboard/dist) with Vite's API, so `npx node dashboard/build.ts` is the whole build.
import { build } from 'vite';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const DASHBOARD_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(DASHBOARD_DIR, 'dist');

export interface BuildReport {
  outDir: string;
  files: { name: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
}

/** @example const { totalGzipBytes } = await buildDashboard({ quiet: true }); */
export async function buildDashboard(o: { quiet?: boolean } = {}): Promise<BuildReport> {
  await build({
    root: DASHBOARD_DIR,
    configFile: false,
    base: './',
    logLevel: o.quiet ? 'warn' : 'info',
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      outDir: DIST_DIR, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048, reportCompressedSize: false,
      rollupOptions: {
        // @scure/base places a purity comment where Rollup cannot use it; harmless, and not ours to fix.
        onwarn(w, warn) {
          if (w.code !== 'INVALID_ANNOTATION') warn(w);
        },
      },
    },
  });
  const files = [];
  for (const name of await listFiles(DIST_DIR)) {
    const bytes = readFileSync(join(DIST_DIR, name));
    files.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes).length });
  }
  return {
    outDir: DIST_DIR, files,
    totalBytes: files.reduce((s, f) => s + f.bytes, 0),
    totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir)) {
    const full = join(dir, e);
    if ((await stat(full)).isDirectory()) out.push(...(await listFiles(full, `${prefix}${e}/`)));
    else out.push(`${prefix}${e}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await buildDashboard();
  console.log(`dashboard built into ${r.outDir}: ${(r.totalBytes / 1024).toFixed(1)} KiB (${(r.totalGzipBytes / 1024).toFixed(1)} KiB gzipped) in ${r.files.length} files`);
}
