import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, mkdir, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultAppConfig, loadAppConfig, writeAppConfig, parseAppConfig, parseMinGasPrice, requiredFee, appConfigPath, AppConfigError,
} from './config.ts';

async function withHome(fn: (home: string) => Promise<void>): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'nrn-config-'));
  try {
    await fn(home);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

async function writeToml(home: string, text: string): Promise<void> {
  await mkdir(join(home, 'config'), { recursive: true });
  await writeFile(appConfigPath(home), text);
}

test('defaults: 0.025unrn, keep all heights, metrics on 26661 (CometBFT has 26660), info text logs, 1 MiB txs', () => {
  assert.deepEqual(defaultAppConfig(), {
    minimumGasPrices: { amount: '0.025', denom: 'unrn' },
    pruning: { keepRecent: 362880, interval: 10 },
    abci: { address: 'tcp://127.0.0.1:26658' },
    metrics: { enabled: false, laddr: 'tcp://127.0.0.1:26661' },
    log: { level: 'info', format: 'text' },
    api: { maxTxBytes: 1048576 },
    stateSync: { snapshotInterval: 0, snapshotKeepRecent: 2 },
  });
});

test('a missing app.toml loads as the defaults', async () => {
  await withHome(async (home) => {
    assert.deepEqual(await loadAppConfig(home), defaultAppConfig());
  });
});

test('write then load round-trips, and the written file carries comments', async () => {
  await withHome(async (home) => {
    const cfg = defaultAppConfig();
    cfg.minimumGasPrices = { amount: '1.5', denom: 'unrn' };
    cfg.pruning = { keepRecent: 100, interval: 5 };
    cfg.abci.address = 'unix:///tmp/nrn "app".sock';
    cfg.metrics = { enabled: true, laddr: 'tcp://0.0.0.0:9100' };
    cfg.log = { level: 'debug', format: 'json' };
    cfg.api.maxTxBytes = 2048;
    await writeAppConfig(home, cfg);
    assert.deepEqual(await loadAppConfig(home), cfg);
    const text = await readFile(appConfigPath(home), 'utf8');
    assert.match(text, /^# NRN app configuration/);
    assert.match(text, /\nminimum-gas-prices = "1\.5unrn"\n/);
    assert.match(text, /# How many recent heights of state to keep; 0 keeps every height/);
  });
});

test('a partial file fills the rest from defaults; Cosmos-style quoted numbers are accepted', async () => {
  await withHome(async (home) => {
    await writeToml(home, 'minimum-gas-prices = "0.0010unrn"\n[pruning]\nkeep-recent = "100000"\n[log]\nformat = "json"\n');
    const cfg = await loadAppConfig(home);
    const want = defaultAppConfig();
    want.minimumGasPrices.amount = '0.001';
    want.pruning.keepRecent = 100000;
    want.log.format = 'json';
    assert.deepEqual(cfg, want);
  });
});

test('min gas price parsing: canonical decimal string, unrn only', () => {
  assert.deepEqual(parseMinGasPrice('0.025unrn'), { amount: '0.025', denom: 'unrn' });
  assert.deepEqual(parseMinGasPrice('00.2500unrn'), { amount: '0.25', denom: 'unrn' });
  assert.deepEqual(parseMinGasPrice('0unrn'), { amount: '0', denom: 'unrn' });
  assert.deepEqual(parseMinGasPrice('3.000unrn'), { amount: '3', denom: 'unrn' });
  assert.throws(() => parseMinGasPrice('0.025uatom'), {
    name: 'AppConfigError',
    message: 'minimum-gas-prices = "0.025uatom" in app.toml uses denom "uatom", but fees are paid only in unrn; write it like "0.025unrn" (a decimal amount directly followed by the denom unrn)',
  });
  assert.throws(() => parseMinGasPrice('-1unrn', '--minimum-gas-prices', 'the command line'), /^AppConfigError: --minimum-gas-prices = "-1unrn" in the command line is not a gas price/);
  for (const bad of ['', 'unrn', '0.025', '.5unrn', '0.025unrn,1uatom']) {
    assert.throws(() => parseMinGasPrice(bad), /is not a gas price/, bad);
  }
  assert.throws(() => parseMinGasPrice('1e3unrn'), /uses denom "e3unrn", but fees are paid only in unrn/);
  assert.throws(() => parseMinGasPrice(`0.${'0'.repeat(18)}1unrn`), /more than 18 decimal places/);
});

test('requiredFee is ceil(gas × price) in integers', () => {
  assert.equal(requiredFee(parseMinGasPrice('0.025unrn'), 200000n), 5000n);
  assert.equal(requiredFee(parseMinGasPrice('0.025unrn'), 1n), 1n);
  assert.equal(requiredFee(parseMinGasPrice('0.025unrn'), 40n), 1n);
  assert.equal(requiredFee(parseMinGasPrice('0.025unrn'), 41n), 2n);
  assert.equal(requiredFee(parseMinGasPrice('0unrn'), 10n ** 12n), 0n);
  assert.equal(requiredFee(parseMinGasPrice('2unrn'), 7n), 14n);
  assert.equal(requiredFee(parseMinGasPrice('0.000000000000000001unrn'), 10n ** 18n + 1n), 2n);
});

test('bad values name the key, the value and the fix', () => {
  const cases: Array<[string, RegExp]> = [
    ['minimum-gas-prices = 0.025', /^minimum-gas-prices = 0\.025 in app\.toml must be a quoted string$/],
    ['[pruning]\nkeep-recent = -1', /^pruning\.keep-recent = -1 in app\.toml is invalid; it must be a whole number of heights, 0 to keep all$/],
    ['[pruning]\ninterval = 0', /^pruning\.interval = 0 in app\.toml is invalid; it must be a whole number of blocks, at least 1$/],
    ['[pruning]\ninterval = 2.5', /^pruning\.interval = 2\.5 in app\.toml is invalid/],
    ['[metrics]\nenabled = "yes"', /^metrics\.enabled = "yes" in app\.toml must be true or false \(unquoted\)$/],
    ['[metrics]\nladdr = "127.0.0.1:26661"', /^metrics\.laddr = "127\.0\.0\.1:26661" in app\.toml is not a listen address; write it as "tcp:\/\/host:port"/],
    ['[metrics]\nladdr = "tcp://127.0.0.1:70000"', /is not a listen address/],
    ['[metrics]\nladdr = "unix:///tmp/m.sock"', /is not a listen address; write it as "tcp:\/\/host:port", e\.g\./],
    ['[abci]\naddress = "http://x:1"', /abci\.address = "http:\/\/x:1" .* "tcp:\/\/host:port" or "unix:\/\/\/path\/to\.sock"/],
    ['[log]\nlevel = "verbose"', /^log\.level = "verbose" in app\.toml is invalid; use one of: "debug", "info", "warn", "error"$/],
    ['[log]\nformat = "xml"', /^log\.format = "xml" in app\.toml is invalid; use one of: "text", "json"$/],
    ['[api]\nmax-tx-bytes = 0', /^api\.max-tx-bytes = 0 in app\.toml is invalid; it must be a whole number of bytes, at least 1$/],
  ];
  for (const [toml, message] of cases) {
    assert.throws(() => parseAppConfig(toml), (err: Error) => {
      assert.ok(err instanceof AppConfigError, toml);
      assert.match(err.message, message);
      return true;
    });
  }
});

test('unknown keys (typos) and broken TOML are reported with where to look', async () => {
  assert.throws(() => parseAppConfig('[pruning]\nkeep_recent = 5'), /^AppConfigError: unknown key pruning\.keep_recent in app\.toml; remove it or use one of: .*pruning\.keep-recent/);
  assert.throws(() => parseAppConfig('minimum-gas-price = "1unrn"'), /unknown key minimum-gas-price in app\.toml/);
  assert.throws(() => parseAppConfig('pruning = "custom"'), /^AppConfigError: pruning in app\.toml must be a table \(\[pruning\]\), got "custom"$/);
  await withHome(async (home) => {
    await writeToml(home, '[log]\nlevel = "info"\nlevel = "debug"\n');
    await assert.rejects(loadAppConfig(home), (err: Error) => {
      assert.ok(err instanceof AppConfigError);
      assert.ok(err.message.startsWith(`${appConfigPath(home)} is not valid TOML (line 3,`), err.message);
      return true;
    });
  });
});

test('writeAppConfig refuses a config that would not load back', async () => {
  await withHome(async (home) => {
    const cfg = defaultAppConfig();
    cfg.pruning.interval = 0;
    await assert.rejects(writeAppConfig(home, cfg), /pruning\.interval = 0/);
    assert.deepEqual(await loadAppConfig(home), defaultAppConfig());
  });
});
