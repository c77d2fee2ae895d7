// `nrnd q staking|slashing|distribution …` reads, in-process: the commands run against the app's query surface
// (CosmJS's QueryClient over the app, no CometBFT), and each explains itself with --help.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command, Option } from 'commander';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { addStakingCommands } from './staking.ts';
import { withStakingExtensions } from '../../client/staking/queries.ts';
import { valconsOfPubkey } from '../../client/staking/address.ts';
import { startChain, consAddr } from '../../modules/staking/testkit.ts';
import type { Chain } from '../../modules/staking/testkit.ts';

function cliFor(c: Chain) {
  const printed: unknown[] = [];
  let out = '';
  const program = new Command('nrnd').exitOverride().configureOutput({ writeOut: (s) => { out += s; }, writeErr: (s) => { out += s; } });
  const tx = program.command('tx');
  const query = program.command('query').alias('q');
  addStakingCommands(tx, query, {
    homeOpt: () => new Option('--home <dir>').default('/nonexistent'),
    nodeOpt: () => new Option('--node <url>', 'CometBFT RPC of the node to talk to').default('http://127.0.0.1:1'),
    passphrase: async () => { throw new Error('no keyring in this test'); },
    print: (v) => printed.push(v),
    queries: async () => ({ q: withStakingExtensions(c.comet()), disconnect() {} }),
  });
  return {
    async run(...args: string[]) {
      printed.length = 0;
      await program.parseAsync(args, { from: 'user' });
      return JSON.parse(JSON.stringify(printed[0]));
    },
    async help(...args: string[]) {
      out = '';
      await assert.rejects(program.parseAsync([...args, '--help'], { from: 'user' }), { code: 'commander.helpDisplayed' });
      return out;
    },
  };
}

test('nrnd q slashing|distribution|staking params print the chain\'s params as decimals people read', async () => {
  const c = await startChain();
  try {
    const cli = cliFor(c);
    assert.deepEqual(await cli.run('q', 'slashing', 'params'), {
      signed_blocks_window: '10', min_signed_per_window: '0.5', downtime_jail_duration: '60s', slash_fraction_double_sign: '0.05', slash_fraction_downtime: '0.01',
    });
    assert.deepEqual(await cli.run('q', 'distribution', 'params'), { community_tax: '0', base_proposer_reward: '0', bonus_proposer_reward: '0', withdraw_addr_enabled: false });
    assert.deepEqual(await cli.run('q', 'staking', 'params'), { unbonding_time: '100s', max_validators: 100, max_entries: 7, historical_entries: 0, bond_denom: 'unrn', min_commission_rate: '0' });
    assert.deepEqual(await cli.run('q', 'staking', 'pool'), { bonded_tokens: '10000000', not_bonded_tokens: '0' });
    for (const [cmd, what] of [['slashing params', /slash fractions/], ['distribution params', /distribution parameters/], ['slashing signing-info', /nrnvalcons1… or nrnvaloper1…/], ['distribution rewards', /withdrawable rewards/], ['staking params', /unbonding time/]] as const) {
      const help = await cli.help('q', ...cmd.split(' '));
      assert.match(help, /Usage: nrnd query /, cmd);
      assert.match(help, what, cmd);
      assert.match(help, /--node <url>/, cmd);
    }
  } finally { await c.close(); }
});

test('nrnd q slashing signing-info takes a consensus or an operator address; an unknown one fails readably', async () => {
  const c = await startChain();
  try {
    const a = c.actors[0]!;
    await c.block([], { votes: [{ validator: { address: consAddr(c.genesisKey), power: 10n }, blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_ABSENT }] });
    const cli = cliFor(c);
    const valcons = valconsOfPubkey(c.genesisKey);
    const info = await cli.run('q', 'slashing', 'signing-info', valcons);
    assert.deepEqual(info, { address: valcons, start_height: String(c.height), index_offset: '1', jailed_until: '1970-01-01T00:00:00.000Z', tombstoned: false, missed_blocks_counter: '1' });
    assert.deepEqual(await cli.run('q', 'slashing', 'signing-info', a.valoper), info);
    assert.deepEqual(await cli.run('q', 'slashing', 'signing-infos'), { info: [info] });
    await assert.rejects(cli.run('q', 'slashing', 'signing-info', c.actors[1]!.valoper), /Query failed with \(3\): .*validator does not exist/);
    await assert.rejects(cli.run('q', 'slashing', 'signing-info', c.actors[1]!.address), /must be a consensus address \(nrnvalcons1…\) or an operator address/);
    assert.deepEqual(await cli.run('q', 'distribution', 'commission', a.valoper), { commission: [] });
    await assert.rejects(cli.run('q', 'distribution', 'outstanding-rewards', c.actors[1]!.valoper), /Query failed with \(12\): .*validator does not exist/);
  } finally { await c.close(); }
});
