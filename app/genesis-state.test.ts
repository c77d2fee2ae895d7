// The params-and-state genesis shared by bridge, checkpoint and trainingset: each way a genesis can be wrong is
// refused with the module's codespace and a message naming the field; a good one round-trips through export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../chain/errors.ts';
import { CacheKV } from '../chain/store/kv.ts';
import type { Context, GenesisHandlers } from '../chain/module.ts';
import type { ParamsAndState } from '../chain/genesis-state.ts';
import { bridgeGenesis } from '../modules/bridge/genesis.ts';
import { checkpointGenesis } from '../modules/checkpoint/genesis.ts';
import { trainingsetGenesis } from '../modules/trainingset/genesis.ts';

const empty = { get: () => undefined, async *iterate() {} };
type Case = [what: string, change: Record<string, unknown>, message: RegExp];

const modules: { name: string; codespace: string; prefix: string; genesis: GenesisHandlers<ParamsAndState<any>>; cases: Case[] }[] = [
  {
    name: 'bridge', codespace: 'bridge', prefix: 'bridge/', genesis: bridgeGenesis,
    cases: [
      ['bridge_id not hex', { bridge_id: '0xZZ' }, /params\.bridge_id must be 0x followed by 64 lower-case hex characters/],
      ['bridge_id upper case', { bridge_id: '0x' + 'A'.repeat(64) }, /params\.bridge_id/],
      ['eth_chain_id zero', { eth_chain_id: '0' }, /params\.eth_chain_id must be a positive decimal integer in a string/],
      ['eth_chain_id not decimal', { eth_chain_id: '0x1' }, /params\.eth_chain_id/],
      ['eth_chain_id a number, not a string', { eth_chain_id: 31337 }, /params\.eth_chain_id must be a positive decimal integer in a string/],
      ['batch_max_size 0', { batch_max_size: 0 }, /params\.batch_max_size must be 1 to 1000/],
      ['batch_max_size above 1000', { batch_max_size: 1001 }, /params\.batch_max_size must be 1 to 1000/],
      ['batch_max_size fractional', { batch_max_size: 1.5 }, /params\.batch_max_size/],
      ['batch_timeout_eth_blocks 0', { batch_timeout_eth_blocks: 0 }, /params\.batch_timeout_eth_blocks must be positive/],
      ['valset_change_percent above 100', { valset_change_percent: 101 }, /params\.valset_change_percent must be 0 to 100/],
      ['valset_change_percent negative', { valset_change_percent: -1 }, /params\.valset_change_percent must be 0 to 100/],
    ],
  },
  {
    name: 'checkpoint', codespace: 'checkpoint', prefix: 'ckpt/', genesis: checkpointGenesis,
    cases: [
      ['reveal_deposit negative', { reveal_deposit: '-1' }, /params\.reveal_deposit must be a non-negative integer string \(unrn\)/],
      ['reveal_deposit a number, not a string', { reveal_deposit: 5 }, /params\.reveal_deposit/],
      ['default_tolerance_micro negative', { default_tolerance_micro: -1 }, /params\.default_tolerance_micro must be a non-negative integer/],
      ['default_tolerance_micro fractional', { default_tolerance_micro: 0.5 }, /params\.default_tolerance_micro/],
    ],
  },
  {
    name: 'trainingset', codespace: 'trainingset', prefix: 'ts/', genesis: trainingsetGenesis,
    cases: [
      ['min_creation_deposit not an integer', { min_creation_deposit: '1.5' }, /params\.min_creation_deposit must be a non-negative integer string/],
      ['min_creation_deposit a number, not a string', { min_creation_deposit: 10 }, /params\.min_creation_deposit/],
      ['an epoch length of 0', { min_epoch_length_seconds: 0 }, /params epoch lengths must be positive integers/],
      ['default below min', { min_epoch_length_seconds: 10, default_epoch_length_seconds: 5 }, /min_epoch_length_seconds ≤ default_epoch_length_seconds ≤ max_epoch_length_seconds/],
      ['default above max', { default_epoch_length_seconds: 40_000_000 }, /min_epoch_length_seconds ≤ default_epoch_length_seconds ≤ max_epoch_length_seconds/],
    ],
  },
];

const refusal = (f: () => void) => {
  try { f(); } catch (e) { assert.ok(e instanceof AppError, `an AppError, got ${e}`); return e; }
  assert.fail('accepted');
};

for (const m of modules) {
  test(`${m.name} genesis: each bad params field, a missing params and a foreign state key are refused with the module's code`, () => {
    const good = m.genesis.default();
    m.genesis.validate(good);
    const all: Case[] = [
      ...m.cases,
      ['params missing', { __drop: true }, /params missing/],
      ['a state key of another module', { __state: [['bank/bal/x/unrn', 'MQ==']] }, /state key "bank\/bal\/x\/unrn" is not a \w+ key/],
      ['the params key given again as state', { __state: [[`${m.prefix}params`, 'MQ==']] }, /state key ".*params" is not a \w+ key/],
    ];
    for (const [what, change, message] of all) {
      const g = change.__drop ? { params: undefined } : change.__state ? { ...good, state: change.__state } : { ...good, params: { ...good.params, ...change } };
      const e = refusal(() => m.genesis.validate(g as any));
      assert.equal(e.codespace, m.codespace, what);
      assert.match(e.message, message, what);
    }
  });

  test(`${m.name} genesis: init then export gives back the same params and state, no more fields`, async () => {
    const kv = new CacheKV(empty);
    const g = { ...m.genesis.default(), state: [[`${m.prefix}zz/1`, Buffer.from('one').toString('base64')]] as [string, string][] };
    m.genesis.validate(g);
    await m.genesis.init({ kv } as unknown as Context, g);
    const out = await m.genesis.export({ kv, height: 1 });
    assert.deepEqual(out, g);
  });
}
