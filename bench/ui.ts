// `npm run bench:ui`: the dashboard in headless Chromium against a real devnet chain. Measures the first load
// (cold browser context, until the overview shows the chain's height), client-side navigation, and live data
// refreshes at each new block, beside the peer of the same run: a bare page from the same server.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startTestChain, walletFor, TEST_MNEMONICS, waitForHeight } from '../test/harness.ts';
import { genesisPath } from '../cli/nrnd/home.ts';
import { buildDashboard } from '../dashboard/build.ts';
import { startDashboard } from '../dashboard/server.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  console.log('Usage: npm run bench:ui -- [--runs N]\nFirst load, navigation and live refresh times of the dashboard in headless Chromium, against a bare page from the same server.');
  process.exit(0);
}
if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

const build = await buildDashboard({ quiet: true });
const alice = await walletFor(TEST_MNEMONICS[0]!);
const chain = await startTestChain({ balances: { [alice.address]: '1000000000unrn' }, timeoutCommit: '500ms' });
const dash = await startDashboard({ rpc: chain.rpc, port: 0, genesisPath: genesisPath(chain.home) });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  await waitForHeight(chain.rpc, 3);
  const runs = Number(values.runs);
  const firstLoad: number[] = [], bare: number[] = [], navigate: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext(); // cold: no cache, no service worker
    const page = await ctx.newPage();
    let t = performance.now();
    await page.goto(`${dash.url}keplr.json`);
    bare.push(performance.now() - t);
    t = performance.now();
    await page.goto(dash.url);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="stat-height"] .stat-value')?.textContent ?? ''));
    firstLoad.push(performance.now() - t);
    t = performance.now();
    await page.locator('[data-testid="blocks-table"] tbody tr a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/block/') && document.querySelectorAll('.details').length > 0);
    navigate.push(performance.now() - t);
    await ctx.close();
  }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(dash.url);
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="stat-height"] .stat-value')?.textContent ?? ''));
  const h0 = await waitForHeight(chain.rpc, 1);
  await waitForHeight(chain.rpc, h0 + 6);
  const refresh = await page.evaluate(() => (window as unknown as { __nrnRefreshMs?: number[] }).__nrnRefreshMs ?? []);
  await ctx.close();
  const gz = (build.totalGzipBytes / 1024).toFixed(0), raw = (build.totalBytes / 1024).toFixed(0);
  console.log(`dashboard bundle: ${raw} KiB (${gz} KiB gzipped), ${build.files.length} files`);
  console.log(`first load (cold context, until the height shows), median of ${runs}: ${fmt(median(firstLoad))}   [${firstLoad.map(fmt).join(', ')}]`);
  console.log(`peer: a bare page (keplr.json) from the same server, median: ${fmt(median(bare))}   ratio ${(median(firstLoad) / median(bare)).toFixed(1)}×`);
  console.log(`navigation to a block page (data shown), median: ${fmt(median(navigate))}`);
  console.log(`live data refresh on a new block (${refresh.length} refreshes), median: ${refresh.length ? fmt(median(refresh)) : 'none seen'}, max ${refresh.length ? fmt(Math.max(...refresh)) : '-'}`);
  console.log(`targets: first load < 1000 ms: ${median(firstLoad) < 1000 ? 'met' : 'NOT met'}; refresh < 200 ms: ${refresh.length && median(refresh) < 200 ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  await dash.close();
  await chain.stop();
}
