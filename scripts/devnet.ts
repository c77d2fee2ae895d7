// `npm start`: a single-validator devnet in .devnet/ with a funded faucet key; Ctrl-C stops it,
// the next `npm start` resumes the same chain, `--reset` starts over.
import { parseArgs } from 'node:util';
import { rm, readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { initHome, addGenesisAccount } from '../cli/nrnd/home.ts';
import { REPO_ROOT } from '../chain/cometbft.ts';
import { startNode } from '../chain/node.ts';
import { createLogger } from '../chain/log.ts';
import { generateMnemonic } from '../cli/keyring.ts';
import { buildDashboard, DIST_DIR } from '../dashboard/build.ts';
import { startDashboard } from '../dashboard/server.ts';
import { genesisPath } from '../cli/nrnd/home.ts';
import { openHelia } from '../storage/ipfs.ts';
import { startDemo, DEMO_EPOCH_SECONDS } from './demo.ts';
import { getStatus } from '../client/status.ts';
import { mnemonicWallet } from '../client/connect.ts';
import { startBridgeDevnet } from './bridge-devnet.ts';
import { operatorKeyPath } from '../cli/nrnd/home.ts';
import { nrnModules } from '../app/wiring.ts';

const { values: args } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    home: { type: 'string', default: join(REPO_ROOT, '.devnet') },
    rpc: { type: 'string', default: 'tcp://127.0.0.1:26657' },
    p2p: { type: 'string', default: 'tcp://127.0.0.1:26656' },
    'chain-id': { type: 'string', default: 'nrn-devnet-1' },
    dashboard: { type: 'string', default: '8080' },
    'rebuild-dashboard': { type: 'boolean', default: false },
    'no-demo': { type: 'boolean', default: false },
    'no-bridge': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`Usage: npm start -- [--reset] [--home DIR] [--rpc tcp://127.0.0.1:26657] [--p2p tcp://127.0.0.1:26656] [--chain-id ID]

Runs a one-validator NRN devnet (CometBFT + the NRN app) and prints a funded faucet key.
  --reset      delete the devnet's home and start a new chain
  --home       where the devnet keeps its state (default .devnet/)
  --dashboard  port of the web dashboard (default 8080)
  --rebuild-dashboard  rebuild the dashboard even if a build exists
  --no-demo    do not run the demo training group, trainer and verifier
  --no-bridge  do not run the Hardhat network, NRNBridge, orchestrator and relayer`);
  process.exit(0);
}

const home = args.home!;
const faucetFile = join(home, 'faucet.json');
const FAUCET_AMOUNT = '100000000000000unrn'; // 100M NRN: the devnet's token sale

if (args.reset) await rm(home, { recursive: true, force: true });
let fresh = false;
try { await access(faucetFile); } catch { fresh = true; }
if (fresh) {
  await rm(home, { recursive: true, force: true });
  console.log('Creating a new devnet in', home);
  await initHome({ home, moniker: 'devnet-validator', chainId: args['chain-id']!, timeoutCommit: '1s' });
  const mnemonic = generateMnemonic();
  const { address } = await mnemonicWallet(mnemonic);
  await addGenesisAccount(home, address, FAUCET_AMOUNT);
  await writeFile(faucetFile, JSON.stringify({ address, mnemonic }, null, 2), { mode: 0o600 });
}
const faucet = JSON.parse(await readFile(faucetFile, 'utf8'));
const logger = createLogger({ level: 'info' });
const node = await startNode({ home, modules: nrnModules(), cometFlags: { 'rpc.laddr': args.rpc!, 'p2p.laddr': args.p2p! }, logger });
const rpcUrl = args.rpc!.replace(/^tcp:/, 'http:');
let built = true;
try { await access(join(DIST_DIR, 'index.html')); } catch { built = false; }
if (!built || args['rebuild-dashboard']) {
  console.log('Building the dashboard (first run only, ~30 s)…');
  await buildDashboard({ quiet: true });
}
const dashboard = await startDashboard({ rpc: rpcUrl, port: Number(args.dashboard), genesisPath: genesisPath(home) });
const ipfs = await openHelia({ dir: join(home, 'ipfs'), listen: true });
const ipfsAddrs = await ipfs.multiaddrs();
await untilFirstBlock(rpcUrl);
const demo = args['no-demo'] ? null : await startDemo({ home, rpc: rpcUrl, store: ipfs, faucetMnemonic: faucet.mnemonic, log: logger.child({ module: 'demo' }) });
const bridge = args['no-bridge'] ? null : await startBridgeDevnet({
  home, rpc: rpcUrl, log: (line) => logger.child({ module: 'bridge' }).info(line),
  operatorMnemonic: (JSON.parse(await readFile(operatorKeyPath(home), 'utf8')) as { mnemonic: string }).mnemonic,
});
const bridgeHints = bridge ? `  Ethereum RPC   ${bridge.ethRpc}  (Hardhat, chain id 31337; state replayed from ${join(home, 'bridge')})
  NRNBridge      ${bridge.bridgeAddress}
  wNRN (ERC20)   ${bridge.tokenAddress}
Bridge (Hardhat dev account #2 ${bridge.accounts[2]!.address}; its key is public, devnet only):
     echo "${faucet.mnemonic}" | NRN_KEYRING_PASSPHRASE=devnet-keyring npx nrnd keys add faucet --recover --home ${home}
     NRN_KEYRING_PASSPHRASE=devnet-keyring npx node bin/nrn-bridge.js send-to-eth ${bridge.accounts[2]!.address} 1000000 --bridge-fee 1000 --from faucet --home ${home} --node ${rpcUrl}
     NRN_BRIDGE_ETH_KEY=${bridge.accounts[2]!.privateKey} npx node bin/nrn-bridge.js send-to-chain ${faucet.address} 500000 --eth-rpc ${bridge.ethRpc} --bridge ${bridge.bridgeAddress}
` : '  Bridge         off (--no-bridge)\n';
console.log(`
NRN devnet running (chain-id ${args['chain-id']}, home ${home})
  Dashboard      ${dashboard.url}
  CometBFT RPC   ${rpcUrl}
  CometBFT log   ${join(home, 'cometbft.log')}
  IPFS (Helia)   ${ipfsAddrs[0] ?? '(not listening)'}
  Demo           ${demo ? `training group ${demo.groupId} (Iris): a delta applies at each ${DEMO_EPOCH_SECONDS} s epoch end; a trainer and the validator's verifier are running` : 'off (--no-demo)'}
  Faucet address ${faucet.address}  (${FAUCET_AMOUNT} at genesis)
  Faucet mnemonic (devnet only, kept in ${faucetFile}):
    ${faucet.mnemonic}
${bridgeHints}Try: npx nrnd status --node ${rpcUrl}
     npx nrnd q bank balances ${faucet.address} --node ${rpcUrl}
Ctrl-C stops the devnet; npm start resumes it; npm start -- --reset starts over.
`);
/** CosmJS needs a committed block; CometBFT lists block 1 before the app commits it, so wait for block 2. */
async function untilFirstBlock(rpc: string) {
  for (;;) {
    try { if ((await getStatus(rpc)).latestHeight >= 2) return; } catch { /* RPC not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stop = () => {
  void (async () => {
    // Together, so both loops see the stop at once: Ctrl-C also reaches Hardhat, and a relayer pass that meets the
    // dying Ethereum node before its loop is told to stop would log a failure that is only the shutdown.
    await Promise.all([demo?.stop(), bridge?.stop()]);
    await dashboard.close();
    await ipfs.stop();
    await node.stop();
    process.exit(0);
  })();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
process.exitCode = (await node.exited) ?? 1;
