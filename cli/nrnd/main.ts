// `nrnd`: the node and its operator commands, named as Cosmos SDK CLIs name them so scripts carry over.
import { Command } from 'commander';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fromBech32 } from '@cosmjs/encoding';
import { initHome, addGenesisAccount } from './home.ts';
import { startNode } from '../../chain/node.ts';
import { createLogger } from '../../chain/log.ts';
import { connect, connectSigner } from '../../client/connect.ts';
import { getStatus } from '../../client/status.ts';
import { getTotalSupply } from '../../client/supply.ts';
import { addStakingCommands } from './staking.ts';
import { homeOpt, keyringDirOpt, nodeOpt, openHomeKeyring, passphrase, print } from '../common.ts';
import { runCli } from '../run.ts';
import { nrnModules } from '../../app/wiring.ts';

function isAddress(s: string): boolean {
  try { fromBech32(s, 90); return true; } catch { return false; }
}

export function buildCli(): Command {
  const program = new Command('nrnd')
    .description('NRN node: a CometBFT validator running the NRN app, and the commands to operate it')
    .showHelpAfterError()
    .configureOutput({ outputError: (s, write) => write(`Error: ${s.replace(/^error: /, '')}`) });
  program.command('init <moniker>')
    .description('create a node home: CometBFT keys and config, a one-validator genesis, app.toml')
    .addOption(homeOpt())
    .requiredOption('--chain-id <id>', 'chain id of the new network')
    .option('--overwrite', 'replace an existing genesis')
    .option('--timeout-commit <duration>', 'time between blocks', '1s')
    .action(async (moniker: string, o) => {
      const { nodeId } = await initHome({ home: o.home, moniker, chainId: o.chainId, overwrite: o.overwrite, timeoutCommit: o.timeoutCommit });
      print({ moniker, chain_id: o.chainId, node_id: nodeId, home: resolve(o.home) });
    });

  const genesis = program.command('genesis').description('edit the genesis file');
  genesis.command('add-account <address-or-key> <amount>')
    .description('give an account a balance in genesis (e.g. 1000000000unrn); supply is the sum of balances')
    .addOption(homeOpt())
    .addOption(keyringDirOpt())
    .action(async (who: string, amount: string, o) => {
      const address = isAddress(who) ? who : (await (await openHomeKeyring(o)).show(who)).address;
      await addGenesisAccount(o.home, address, amount);
      print({ address, amount });
    });

  const keys = program.command('keys').description('manage keys in the encrypted file keyring');
  keys.command('add <name>')
    .description('create a key (prints its mnemonic once) or, with --recover, import one from a mnemonic')
    .addOption(homeOpt())
    .addOption(keyringDirOpt())
    .option('--recover', 'read a BIP39 mnemonic from stdin instead of generating one')
    .action(async (name: string, o) => {
      let mnemonic: string | undefined;
      if (o.recover) {
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        mnemonic = (await rl.question('Enter your bip39 mnemonic: ')).trim();
        rl.close();
      }
      const kr = await openHomeKeyring(o, true);
      const k = await kr.add(name, { mnemonic });
      print({ name: k.name, address: k.address, pubkey: k.pubkeyBase64, ...(o.recover ? {} : { mnemonic: k.mnemonic }) });
      if (!o.recover) console.error('\n**Write this mnemonic phrase down and keep it safe. It is the only way to recover the key.**');
    });
  keys.command('list').description('list keys').addOption(homeOpt()).addOption(keyringDirOpt())
    .action(async (o) => print(await (await openHomeKeyring(o)).list()));
  keys.command('show <name>').description('show a key\'s address and public key').addOption(homeOpt())
    .addOption(keyringDirOpt()).option('-a, --address', 'print only the address')
    .action(async (name: string, o) => {
      const k = await (await openHomeKeyring(o)).show(name);
      if (o.address) console.log(k.address); else print(k);
    });

  program.command('start')
    .description('run the node: the NRN app and CometBFT, until SIGINT/SIGTERM')
    .addOption(homeOpt())
    .option('--rpc.laddr <addr>', 'CometBFT RPC listen address')
    .option('--p2p.laddr <addr>', 'CometBFT P2P listen address')
    .option('--p2p.persistent_peers <peers>', 'comma-separated id@host:port peers')
    .option('--proxy_app <addr>', 'where the app listens for CometBFT (tcp:// or unix://)')
    .option('--minimum-gas-prices <price>', 'lowest gas price this node accepts into its mempool, e.g. 0.025unrn')
    .option('--log_level <level>', 'app log level: debug|info|warn|error')
    .option('--abci-only', 'serve ABCI on --proxy_app and leave CometBFT to run elsewhere (e.g. its own container)')
    .action(async (o) => {
      const cometFlags: Record<string, string> = {};
      for (const k of ['rpc.laddr', 'p2p.laddr', 'p2p.persistent_peers', 'proxy_app']) if (o[k]) cometFlags[k] = o[k];
      const logger = createLogger({ level: o.log_level ?? 'info' });
      const node = await startNode({ home: o.home, modules: nrnModules(), cometFlags, minimumGasPrices: o.minimumGasPrices, logger, cometLog: join(o.home, 'cometbft.log'), abciOnly: o.abciOnly });
      logger.info('node started', { home: resolve(o.home), chainId: node.app.chainId || '(genesis pending)', cometbftLog: join(o.home, 'cometbft.log') });
      const stop = () => { void node.stop().then(() => process.exit(0)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const code = await node.exited;
      process.exitCode = code ?? 1;
    });

  const tx = program.command('tx').description('build, sign and broadcast transactions');
  const bank = tx.command('bank').description('bank transactions');
  bank.command('send <from-key> <to-address> <amount>')
    .description('send tokens, e.g. `nrnd tx bank send alice nrn1… 1000unrn`')
    .addOption(homeOpt()).addOption(nodeOpt())
    .addOption(keyringDirOpt())
    .option('--gas <gas>', 'gas limit, or "auto" to simulate first', 'auto')
    .option('--gas-prices <price>', 'gas price used with --gas', '0.025unrn')
    .option('--fees <fees>', 'fixed fee, e.g. 5000unrn (needs a numeric --gas)')
    .option('--note <memo>', 'memo', '')
    .action(async (fromKey: string, to: string, amount: string, o) => {
      const m = /^(\d+)([a-z][a-z0-9/]{2,127})$/.exec(amount);
      if (!m) throw new Error(`amount "${amount}" must look like 1000unrn`);
      if (!isAddress(to)) throw new Error(`recipient "${to}" is not a bech32 address (nrn1…)`);
      const wallet = await (await openHomeKeyring(o)).wallet(fromKey);
      const [acct] = await wallet.getAccounts();
      const client = await connectSigner(o.node, wallet, o.gasPrices);
      const fee = o.fees ? { amount: [{ denom: 'unrn', amount: o.fees.replace(/unrn$/, '') }], gas: o.gas === 'auto' ? '200000' : o.gas } : o.gas === 'auto' ? 'auto' : Number(o.gas);
      const r = await client.sendTokens(acct!.address, to, [{ denom: m[2]!, amount: m[1]! }], fee as never, o.note);
      print({ txhash: r.transactionHash, height: r.height, code: r.code, gas_used: r.gasUsed, gas_wanted: r.gasWanted });
      client.disconnect();
    });

  const query = program.command('query').alias('q').description('query the chain');
  const qbank = query.command('bank').description('bank queries');
  qbank.command('balances <address>').description('all balances of an address').addOption(nodeOpt())
    .action(async (address: string, o) => {
      if (!isAddress(address)) throw new Error(`"${address}" is not a bech32 address (nrn1…)`);
      const c = await connect(o.node);
      print({ balances: await c.getAllBalances(address) });
      c.disconnect();
    });
  qbank.command('total').description('total supply').addOption(nodeOpt())
    .action(async (o) => {
      print({ supply: await getTotalSupply(o.node) });
    });
  query.command('account <address>').description('account number, sequence and public key').addOption(nodeOpt())
    .action(async (address: string, o) => {
      if (!isAddress(address)) throw new Error(`"${address}" is not a bech32 address (nrn1…)`);
      const c = await connect(o.node);
      const a = await c.getAccount(address);
      if (!a) throw new Error(`account ${address} does not exist on chain yet (it has never received tokens)`);
      print(a);
      c.disconnect();
    });
  query.command('tx <hash>').description('a committed transaction by hash').addOption(nodeOpt())
    .action(async (hash: string, o) => {
      if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new Error(`"${hash}" is not a tx hash (64 hex characters)`);
      const c = await connect(o.node);
      const t = await c.getTx(hash.toUpperCase());
      if (!t) throw new Error(`tx ${hash} not found (not committed, or the node's tx index does not have it)`);
      print({ height: t.height, code: t.code, gas_used: t.gasUsed, gas_wanted: t.gasWanted, events: t.events, raw_log: t.rawLog });
      c.disconnect();
    });

  addStakingCommands(tx, query, { homeOpt, nodeOpt, passphrase: () => passphrase(), print });

  program.command('status').description('the node\'s height, app hash and sync state').addOption(nodeOpt())
    .action(async (o) => print(await getStatus(o.node)));

  return program;
}

export const main = (argv = process.argv) => runCli(buildCli(), argv);
