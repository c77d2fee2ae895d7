// The dashboard in a real browser (Debian chromium via playwright-core) against a real chain: every page renders
// real data, a tx sent with CosmJS during the test shows up live, search resolves hash/address/height, Keplr gets
// the genesis-derived config, and no page logs a console error. Screenshots go to test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SigningStargateClient, GasPrice, QueryClient, setupBankExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { startTestChain, walletFor, TEST_MNEMONICS } from './harness.ts';
import type { TestChain } from './harness.ts';
import { genesisPath } from '../cli/nrnd/home.ts';
import { REPO_ROOT } from '../chain/cometbft.ts';
import { buildDashboard } from '../dashboard/build.ts';
import { startDashboard } from '../dashboard/server.ts';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { createRegistry } from '../client/registry.ts';
import { createGroup } from '../client/trainingset/createGroup.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import { openHelia } from '../storage/ipfs.ts';
import type { ContentStore } from '../storage/ipfs.ts';
import { irisCsv } from '../datasets/iris.ts';
import { modelSpecPath } from '../models/index.ts';
import { Trainer } from '../trainer/train/trainer.ts';
import { Verifier } from '../trainer/verifier/verifier.ts';
import type { RunningDashboard } from '../dashboard/server.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
const ALICE_FUNDS = 5_000_000_000n;
const BOB_FUNDS = 1_000_000n;
const SENT = 12_345_678n;
const SENT_LATER = 4_200n;

let chain: TestChain;
let dash: RunningDashboard;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let signing: SigningStargateClient;
let bank: ReturnType<typeof setupBankExtension>['bank'];
let comet: Awaited<ReturnType<typeof connectComet>>;
let alice: { address: string };
let bob: { address: string };
let txHash: string;
let txHeight: number;
const consoleErrors: string[] = [];
let tmp: string;
let trainerStore: ContentStore | undefined;
let verifierStore: ContentStore | undefined;
let groupSigner: SigningStargateClient | undefined;

function watchConsole(p: Page) {
  p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`); });
  p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: uncaught ${e.message}`));
}

async function open(route: string, testid: string): Promise<void> {
  await page.goto(`${dash.url}#/${route}`);
  await page.getByTestId(testid).waitFor();
}

/** unrn written the way a person reads NRN: 50110000n → "50.11". */
function nrnText(unrn: bigint): string {
  const frac = (unrn % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${(unrn / 1_000_000n).toLocaleString('en-US')}${frac ? `.${frac}` : ''}`;
}

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the dashboard test drives Debian's chromium. Install it with \`apt-get update && apt-get install -y chromium\``);
  }
  const [a, b] = await Promise.all([walletFor(TEST_MNEMONICS[0]!), walletFor(TEST_MNEMONICS[1]!)]);
  alice = a; bob = b;
  [chain] = await Promise.all([
    startTestChain({ balances: { [a.address]: `${ALICE_FUNDS}unrn`, [b.address]: `${BOB_FUNDS}unrn` } }),
    buildDashboard({ quiet: true }),
    mkdir(ARTIFACTS, { recursive: true }),
  ]);
  dash = await startDashboard({ rpc: chain.rpc, port: 0, genesisPath: genesisPath(chain.home) });
  signing = await SigningStargateClient.connectWithSigner(chain.rpc, a.wallet, { gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200 });
  const sent = await signing.sendTokens(a.address, b.address, [{ denom: 'unrn', amount: String(SENT) }], 'auto', 'dashboard test');
  assert.equal(sent.code, 0, sent.rawLog);
  txHash = sent.transactionHash;
  txHeight = sent.height;
  comet = await connectComet(chain.rpc);
  bank = setupBankExtension(QueryClient.withExtensions(comet)).bank;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  watchConsole(page);
});

after(async () => {
  groupSigner?.disconnect();
  await verifierStore?.stop();
  await trainerStore?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
  await browser?.close();
  signing?.disconnect();
  comet?.disconnect();
  await dash?.close();
  await chain?.stop();
});

test('the server derives Keplr and chain-registry configs from the genesis, and says there is no REST', async () => {
  const keplr = (await (await fetch(`${dash.url}keplr.json`)).json()) as any;
  const origin = dash.url.replace(/\/$/, '');
  assert.equal(keplr.chainId, chain.chainId);
  assert.equal(keplr.rpc, `${origin}/rpc`);
  assert.equal(keplr.bip44.coinType, 118);
  assert.equal(keplr.bech32Config.bech32PrefixAccAddr, 'nrn');
  assert.equal(keplr.bech32Config.bech32PrefixValAddr, 'nrnvaloper');
  assert.deepEqual(keplr.currencies, [{ coinDenom: 'NRN', coinMinimalDenom: 'unrn', coinDecimals: 6 }]);
  assert.deepEqual(keplr.feeCurrencies[0].gasPriceStep, { low: 0.025, average: 0.03, high: 0.04 });
  assert.equal(keplr.stakeCurrency.coinMinimalDenom, 'unrn');
  const rest = await fetch(keplr.rest + '/cosmos/bank/v1beta1/balances/x');
  assert.equal(rest.status, 501);
  assert.match(((await rest.json()) as any).message, /no REST/);

  const registry = (await (await fetch(`${dash.url}chain.json`)).json()) as any;
  assert.equal(registry.chain_id, chain.chainId);
  assert.equal(registry.bech32_prefix, 'nrn');
  assert.equal(registry.slip44, 118);
  assert.equal(registry.fees.fee_tokens[0].denom, 'unrn');
  assert.deepEqual(registry.apis.rest, []);

  // The /rpc proxy reaches CometBFT as is.
  const status = (await (await fetch(`${dash.url}rpc/status`)).json()) as any;
  assert.equal(status.result.node_info.network, chain.chainId);
});

test('overview: head, validators with power, recent blocks and the tx sent with CosmJS', async () => {
  await open('', 'page-overview');
  assert.ok(Number((await page.getByTestId('stat-height').locator('.stat-value').innerText()).replace(/,/g, '')) >= txHeight);
  assert.match(await page.getByTestId('stat-blocktime').innerText(), /\d+\.\d\d s/);
  const validators = page.getByTestId('validators-table').locator('tbody tr');
  assert.equal(await validators.count(), 1);
  assert.match(await validators.first().innerText(), /10\s+100\.00%/);
  assert.ok((await page.getByTestId('blocks-table').locator('tbody tr').count()) >= 2);
  await page.locator(`#recent-txs a[title="${txHash}"]`).waitFor();
  assert.match(await page.locator('#recent-txs').innerText(), /MsgSend[\s\S]*12\.345678 NRN[\s\S]*Success/);
  await shot('overview');
});

test('overview follows the chain live: a new block and a new tx appear without a reload', async () => {
  await open('', 'page-overview');
  const before = await page.getByTestId('stat-height').locator('.stat-value').innerText();
  await page.waitForFunction((h) => document.querySelector('[data-testid="stat-height"] .stat-value')?.textContent !== h, before);
  const later = await signing.sendTokens(alice.address, bob.address, [{ denom: 'unrn', amount: String(SENT_LATER) }], 'auto');
  assert.equal(later.code, 0);
  await page.locator(`#recent-txs a[title="${later.transactionHash}"]`).waitFor();
});

test('tx page: decoded MsgSend, fee, signer, events', async () => {
  await open(`tx/${txHash}`, 'page-tx');
  assert.equal(await page.getByTestId('tx-hash').innerText(), txHash);
  const msg = await page.getByTestId('msg').innerText();
  assert.match(msg, /MsgSend/);
  assert.match(msg, /\/cosmos\.bank\.v1beta1\.MsgSend/);
  assert.ok(msg.includes(alice.address) && msg.includes(bob.address));
  assert.match(msg, /12\.345678 NRN \(12345678unrn\)/);
  const events = await page.getByTestId('events').innerText();
  for (const type of ['transfer', 'coin_spent', 'coin_received', 'message']) assert.ok(events.includes(type), `event ${type} shown`);
  const summary = await page.locator('.details').innerText();
  assert.match(summary, /dashboard test/);
  assert.ok(summary.includes(alice.address));
  assert.equal(await page.locator('.badge.ok').count(), 1);
  await shot('tx');
});

test('account page: balance and history of the recipient', async () => {
  await open(`account/${bob.address}`, 'page-account');
  const balance = BigInt((await signing.getBalance(bob.address, 'unrn')).amount);
  assert.equal(balance, BOB_FUNDS + SENT + SENT_LATER);
  await page.waitForFunction((v) => document.querySelector('[data-testid="account-balance"] .stat-sub')?.textContent === v, `${balance.toLocaleString('en-US')} unrn`);
  assert.match(await page.getByTestId('account-balance').locator('.stat-value').innerText(), /^13\.349878 NRN$/);
  const history = page.getByTestId('tx-table');
  await history.locator(`a[title="${txHash}"]`).waitFor();
  assert.equal(await history.locator('tbody tr').count(), 2);
  assert.match(await history.locator('tbody tr').last().innerText(), /in/);
  await shot('account');
});

test('block page: header and the block\'s txs', async () => {
  await open(`block/${txHeight}`, 'page-block');
  assert.equal(await page.getByTestId('block-height').innerText(), String(txHeight));
  await page.getByTestId('block-txs').locator(`a[title="${txHash}"]`).waitFor();
  assert.match(await page.getByTestId('block-txs').innerText(), /MsgSend/);
  await shot('block');
});

test('search finds a tx by hash, an address and a height, and says when nothing matches', async () => {
  const search = async (q: string, testid: string) => {
    await page.getByTestId('search-input').fill(q);
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId(testid).waitFor();
  };
  await open('', 'page-overview');
  await search(txHash.toLowerCase(), 'page-tx');
  assert.equal(await page.getByTestId('tx-hash').innerText(), txHash);
  await search(alice.address, 'page-account');
  assert.equal(await page.getByTestId('account-address').innerText(), alice.address);
  await search(String(txHeight), 'page-block');
  assert.equal(await page.getByTestId('block-height').innerText(), String(txHeight));
  await page.getByTestId('search-input').fill('no-such-thing');
  await page.getByTestId('search-input').press('Enter');
  await page.getByText('Nothing matches').waitFor();
});

test('token page: supply now, a plot of supply over heights, the halving schedule', async () => {
  await open('token', 'page-token');
  const supply = BigInt((await bank.supplyOf('unrn')).amount);
  assert.ok(supply >= ALICE_FUNDS + BOB_FUNDS);
  await page.waitForFunction((v) => document.querySelector('[data-testid="token-supply"] .stat-sub')?.textContent?.startsWith(v), `${supply.toLocaleString('en-US')} unrn`);
  const plot = page.getByTestId('supply-plot');
  await plot.locator('canvas').waitFor();
  assert.ok(Number(await plot.getAttribute('data-points')) >= 2);
  const rows = page.getByTestId('halving-table').locator('tbody tr');
  assert.equal(await rows.count(), 8);
  // Era 0 pays supply × 10 / 1e6 per winning round and supply × 1 / 1e6 per delta, rounded down to the unrn.
  const cells = (await rows.first().locator('td').allInnerTexts()).slice(3);
  assert.deepEqual(cells, ['0.001%', '0.0001%', `${nrnText((supply * 10n) / 1_000_000n)} NRN`, `${nrnText(supply / 1_000_000n)} NRN`]);
  assert.match(await rows.nth(1).innerText(), /0\.0005%\s+0\.00005%/);
  await shot('token');
});

test('groups and bridge pages say what to do next', async () => {
  await open('groups', 'page-groups');
  assert.match(await page.getByTestId('page-groups').innerText(), /nrn group create|npm start/);
  await shot('groups');
  await open('bridge', 'page-bridge');
  assert.match(await page.getByTestId('bridge-escrow').innerText(), /0 NRN/);
  assert.match(await page.getByTestId('page-bridge').innerText(), /bridge/i);
  await shot('bridge');
});

test('a group created with CosmJS gets a detail page; its loss plot gains a point when a round is won', async () => {
  tmp = await mkdtemp(join(tmpdir(), 'nrn-dash-'));
  trainerStore = await openHelia({ dir: join(tmp, 'ipfs-trainer'), listen: true });
  verifierStore = await openHelia({ dir: join(tmp, 'ipfs-verifier') });
  await verifierStore.dial((await trainerStore.multiaddrs())[0]!);
  const a = await walletFor(TEST_MNEMONICS[0]!);
  groupSigner = await SigningStargateClient.connectWithSigner(chain.rpc, a.wallet, { registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200 });
  const enc = new TextEncoder();
  const modelSpecCid = await trainerStore.addBytes(enc.encode(await readFile(modelSpecPath('iris-mlp'), 'utf8')));
  const created = await createGroup(groupSigner, {
    creator: a.address, name: 'iris-dash', modelSpecCid, initialDatasetCid: await trainerStore.addBytes(enc.encode(irisCsv())),
    trainingConfig: { loss: 'categoricalCrossentropy', optimizer: 'adam', batchSize: 16, evalSampleSize: 64, marginMicro: 1000 },
    trainingRoundSeconds: 8, deposit: 10_000_000n,
  });
  const groupId = created.response.groupId;

  await open('groups', 'groups-table');
  await page.getByTestId('groups-table').getByText('iris-dash').click();
  await page.getByTestId('page-group').waitFor();
  assert.equal(await page.getByTestId('group-name').innerText(), 'iris-dash');
  assert.ok((await page.getByTestId('group-model').locator('a').first().getAttribute('title')) === modelSpecCid);
  assert.equal(await page.getByTestId('group-loss-fn').innerText(), 'categoricalCrossentropy');
  assert.match(await page.getByTestId('group-epoch').innerText(), /epoch 1\s+(7d 0h 0m|6d 23h 5\dm)/i);
  assert.match(await page.getByTestId('versions-table').locator('tbody tr').first().innerText(), /v0[\s\S]*creator \(initial set\)/);
  await page.getByTestId('loss-plot-empty').waitFor();
  await shot('group-empty');

  // One winning round: the trainer reveals a checkpoint, the validator's verifier reports its loss, the round settles.
  const operator = JSON.parse(await readFile(operatorKeyPath(chain.home), 'utf8')) as { address: string; mnemonic: string };
  const vWallet = await DirectSecp256k1HdWallet.fromMnemonic(operator.mnemonic, { prefix: 'nrn' });
  const vClient = await SigningStargateClient.connectWithSigner(chain.rpc, vWallet, { registry: createRegistry(), gasPrice: GasPrice.fromString('0.025unrn'), broadcastPollIntervalMs: 200 });
  const stop = new AbortController();
  const verifying = new Verifier({
    rpc: chain.rpc, client: vClient, address: operator.address, store: verifierStore, pollMs: 200, fetchTimeoutMs: 10_000, signal: stop.signal, log: () => {},
  }).run();
  let outcomes;
  try {
    outcomes = await new Trainer({
      rpc: chain.rpc, client: groupSigner, address: a.address, store: trainerStore, home: join(tmp, 'trainer-home'), groupId,
      epochs: 15, learningRate: 0.02, maxReveals: 1, maxPasses: 4, pollMs: 200, minRoundLeftMs: 5000, progress: false,
    }).run();
  } finally {
    stop.abort();
    await verifying;
    vClient.disconnect();
  }
  const won = outcomes.find((o) => o.verdict?.status === 'won');
  assert.ok(won, `the round was won (got ${outcomes.map((o) => o.verdict?.status).join(', ')})`);

  const plot = page.getByTestId('loss-plot');
  await plot.locator('canvas').waitFor();
  assert.equal(await plot.getAttribute('data-points'), '1');
  assert.match(await page.getByTestId('group-best').innerText(), /\d\.\d{6}/);
  await page.getByTestId('leaderboard').locator(`a[title="${a.address}"]`).waitFor();
  await page.getByTestId('round-checkpoints').locator(`a[title="${won.cid}"]`).waitFor();
  assert.match(await page.getByTestId('round-checkpoints').innerText(), /won/);
  await shot('group');
});

test('bridge page: escrow, batches in flight and valset from the bridge module, with what to do next', async () => {
  await open('bridge', 'page-bridge');
  await page.getByTestId('bridge-inflight').getByText('0', { exact: true }).waitFor();
  assert.match(await page.getByTestId('page-bridge').innerText(), /npx nrn-bridge send-to-eth/);
  await shot('bridge-detail');
});

test('Add to Keplr suggests the genesis-derived chain when Keplr is there, and explains when it is not', async () => {
  await open('', 'page-overview');
  await page.getByTestId('keplr-button').click();
  assert.match(await page.getByTestId('keplr-outcome').innerText(), /Keplr was not found/);
  await shot('keplr-missing');

  const withKeplr = await context.newPage();
  watchConsole(withKeplr);
  await withKeplr.addInitScript(() => {
    const w = window as any;
    w.__suggested = [];
    w.keplr = { experimentalSuggestChain: async (info: unknown) => void w.__suggested.push(info), enable: async () => {} };
  });
  await withKeplr.goto(dash.url);
  await withKeplr.getByTestId('keplr-button').click();
  await withKeplr.getByText('is in Keplr').waitFor();
  const suggested = (await withKeplr.evaluate(() => (window as any).__suggested)) as any[];
  assert.equal(suggested.length, 1);
  assert.equal(suggested[0].chainId, chain.chainId);
  assert.equal(suggested[0].feeCurrencies[0].coinMinimalDenom, 'unrn');
  await withKeplr.close();
});

test('no page logged a console error', () => {
  assert.deepEqual(consoleErrors, []);
});
