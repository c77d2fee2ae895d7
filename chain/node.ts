// `nrnd start`: the app's ABCI server and the CometBFT process beside it, stopped together.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AbciServer } from './abci/server.ts';
import { AppStore } from './store/store.ts';
import { createApp } from './app.ts';
import type { AppModules, NrnApp } from './app.ts';
import { loadAppConfig, formatGasPrice } from './config.ts';
import type { AppConfig } from './config.ts';
import { createLogger } from './log.ts';
import type { Logger } from './log.ts';
import { MetricsRegistry, appMetrics, serveMetrics } from './metrics.ts';
import type { MetricsServer } from './metrics.ts';
import { ensureCometBFT } from './cometbft.ts';
import { SnapshotManager } from './snapshot.ts';

export interface StartOptions {
  home: string;
  /** The modules the app runs and its ante handler (NRN's: `nrnModules()` in app/wiring.ts). */
  modules: AppModules;
  /** CometBFT flags passed through unchanged, e.g. { 'rpc.laddr': 'tcp://127.0.0.1:26657' }. */
  cometFlags?: Record<string, string>;
  minimumGasPrices?: string;
  logger?: Logger;
  /** Where CometBFT's output goes: 'inherit' (the terminal), or a file path (default <home>/cometbft.log). */
  cometLog?: 'inherit' | string;
  /** Serve ABCI only and let CometBFT run elsewhere (its own container, say). */
  abciOnly?: boolean;
}

export interface RunningNode {
  app: NrnApp;
  config: AppConfig;
  comet: ChildProcess | null;
  stop(): Promise<void>;
  /** Resolves when CometBFT exits (by stop() or on its own), with its exit code. */
  exited: Promise<number | null>;
}

export async function startNode(o: StartOptions): Promise<RunningNode> {
  const config = await loadAppConfig(o.home);
  const log = o.logger ?? createLogger({ level: config.log.level, format: config.log.format });
  const bin = await ensureCometBFT();
  await mkdir(join(o.home, 'data'), { recursive: true });
  const store = await AppStore.open(join(o.home, 'data', 'application.db'), { keepRecent: config.pruning.keepRecent, pruneInterval: config.pruning.interval });

  const registry = new MetricsRegistry();
  const m = appMetrics(registry);
  const app = createApp({
    store, modules: o.modules.modules, ante: o.modules.ante,
    minimumGasPrices: o.minimumGasPrices ?? `${formatGasPrice(config.minimumGasPrices)}`,
    maxTxBytes: config.api.maxTxBytes,
    logger: log.child({ module: 'app' }),
    onBlock: ({ txs, finalizeMs }) => { m.txs.inc(txs); m.finalizeBlockSeconds.observe(finalizeMs / 1000); },
    onCommit: ({ height, commitMs }) => { m.height.set(height); m.commitSeconds.observe(commitMs / 1000); },
    onCheckTx: ({ code, codespace }) => { if (code !== 0) m.checkTxRejections.inc({ codespace, code: String(code) }); },
    snapshots: new SnapshotManager(join(o.home, 'data', 'snapshots'), { interval: config.stateSync.snapshotInterval, keepRecent: config.stateSync.snapshotKeepRecent }),
  });
  let metricsServer: MetricsServer | undefined;
  if (config.metrics.enabled) {
    metricsServer = await serveMetrics(registry, config.metrics.laddr);
    log.info('app metrics served', { laddr: config.metrics.laddr });
  }

  const shutdown = async () => {
    await server.close();
    await metricsServer?.close();
    await store.close();
  };
  const proxyApp = o.cometFlags?.proxy_app ?? config.abci.address;
  if (proxyApp.startsWith('unix://')) await rm(proxyApp.slice('unix://'.length), { force: true });
  const server = new AbciServer(app, { logger: { info: (msg) => log.debug(msg), debug: () => {}, error: (msg, ...d) => log.error(msg, { detail: d.map(String).join(' ') }) } });
  await server.listen(proxyApp);
  log.info('ABCI server listening', { address: proxyApp, height: store.height });

  if (o.abciOnly) {
    let release!: (code: number | null) => void;
    const exited = new Promise<number | null>((res) => (release = res));
    return { app, config, comet: null, exited, async stop() { await shutdown(); release(0); } };
  }
  const flags = { ...o.cometFlags, proxy_app: proxyApp };
  const args = ['start', '--home', o.home, ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])];
  const logTarget = o.cometLog ?? join(o.home, 'cometbft.log');
  const comet = spawn(bin, args, { stdio: ['ignore', logTarget === 'inherit' ? 'inherit' : 'pipe', logTarget === 'inherit' ? 'inherit' : 'pipe'] });
  if (logTarget !== 'inherit') {
    const out = createWriteStream(logTarget, { flags: 'a' });
    comet.stdout?.pipe(out);
    comet.stderr?.pipe(out);
  }
  const exited = new Promise<number | null>((res) => comet.once('exit', (code) => res(code)));
  // A terminal's Ctrl-C reaches the whole process group, CometBFT included: after a signal its exit is expected.
  let exitExpected = false;
  const expectExit = () => { exitExpected = true; };
  process.on('SIGINT', expectExit);
  process.on('SIGTERM', expectExit);
  let stopped: Promise<void> | undefined;
  const finish = async () => {
    process.off('SIGINT', expectExit);
    process.off('SIGTERM', expectExit);
    await shutdown();
    log.info('node stopped', { height: store.height });
  };
  exited.then((code) => {
    if (stopped) return;
    if (!exitExpected) log.error('CometBFT exited unexpectedly', { code, log: logTarget });
    stopped = finish();
  });
  return {
    app, config, comet, exited,
    stop() {
      stopped ??= (async () => {
        comet.kill('SIGTERM');
        const timer = setTimeout(() => comet.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
        await finish();
      })();
      return stopped;
    },
  };
}
