// `nrn-bridge`: the orchestrator (one per validator), the relayer (anyone), and moving NRN across by hand.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { JsonRpcProvider, Wallet } from 'ethers';
import { homeOpt, nodeOpt, fromOpt, gasPriceOpt, signerFrom, parseUnrn, print, UsageError, DEFAULT_HOME } from '../cli/common.ts';
import type { CommonOptions } from '../cli/common.ts';
import { sendToEth } from '../client/bridge/sendToEth.ts';
import { Orchestrator } from './orchestrator.ts';
import { Relayer } from './relayer.ts';
import { sendToChain } from './sendToChain.ts';
import { runCli } from '../cli/run.ts';

const ethRpcOpt = () => new Option('--eth-rpc <url>', 'Ethereum JSON-RPC endpoint').default('http://127.0.0.1:8545');
const bridgeOpt = () => new Option('--bridge <address>', 'NRNBridge contract address').makeOptionMandatory();
const ethKeyOpt = () => new Option('--eth-key-file <file>', 'file holding the 0x-hex Ethereum private key (or set NRN_BRIDGE_ETH_KEY)');
const intervalOpt = () => new Option('--interval <ms>', 'time between passes').default('2000');

interface EthOptions { ethRpc: string; bridge: string; ethKeyFile?: string }

async function ethKey(o: EthOptions): Promise<string> {
  const raw = o.ethKeyFile ? (await readFile(o.ethKeyFile, 'utf8')).trim() : process.env.NRN_BRIDGE_ETH_KEY;
  if (!raw || !/^0x[0-9a-fA-F]{64}$/.test(raw)) throw new UsageError('an Ethereum private key (0x + 64 hex) is needed: --eth-key-file <file> or NRN_BRIDGE_ETH_KEY');
  return raw;
}

function untilSignal(): AbortSignal {
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  return stop.signal;
}

const log = (line: string) => console.error(`${new Date().toISOString()} ${line}`);

export function bridgeCommand(): Command {
  const cmd = new Command('nrn-bridge').description('move NRN between the NRN chain and Ethereum (NRNBridge + wNRN)');
  cmd.command('orchestrator')
    .description('run by each validator: sign the valsets and batches the chain asks for, attest NRNBridge events')
    .addOption(nodeOpt()).addOption(ethRpcOpt()).addOption(bridgeOpt()).addOption(ethKeyOpt()).addOption(intervalOpt())
    .addOption(new Option('--operator-key <file>', 'the operator key written by `nrnd init` (signs confirms and claims)').default(join(DEFAULT_HOME, 'config', 'operator_key.json')))
    .addOption(new Option('--confirmations <n>', 'Ethereum blocks an event must be buried under before it is claimed').default('6'))
    .addOption(new Option('--start-block <n>', 'first Ethereum block to scan (the bridge deployment block)').default('0'))
    .addOption(new Option('--state <file>', 'state file, so a restart resumes').default('nrn-orchestrator.json'))
    .action(async (o: EthOptions & { node: string; interval: string; operatorKey: string; confirmations: string; startBlock: string; state: string }) => {
      const operator = JSON.parse(await readFile(o.operatorKey, 'utf8')) as { mnemonic?: string };
      if (!operator.mnemonic) throw new UsageError(`${o.operatorKey} holds no mnemonic`);
      const orchestrator = await Orchestrator.create({
        rpc: o.node, ethRpc: o.ethRpc, bridgeAddress: o.bridge, operatorMnemonic: operator.mnemonic, ethPrivateKey: await ethKey(o),
        stateFile: o.state, confirmations: Number(o.confirmations), startBlock: Number(o.startBlock), log,
      });
      try {
        await orchestrator.run(Number(o.interval), untilSignal());
      } finally {
        orchestrator.close();
      }
    });
  cmd.command('relayer')
    .description('run by anyone: submit signed valset updates and batches to NRNBridge (batch fees are paid to this key in wNRN)')
    .addOption(nodeOpt()).addOption(ethRpcOpt()).addOption(bridgeOpt()).addOption(ethKeyOpt()).addOption(intervalOpt())
    .addOption(new Option('--min-batch-fees <unrn>', 'relay a batch only when its fees total at least this').default('0'))
    .addOption(new Option('--state <file>', 'state file, so a restart does not resend').default('nrn-relayer.json'))
    .action(async (o: EthOptions & { node: string; interval: string; minBatchFees: string; state: string }) => {
      const relayer = await Relayer.create({
        rpc: o.node, ethRpc: o.ethRpc, bridgeAddress: o.bridge, ethPrivateKey: await ethKey(o), stateFile: o.state,
        minBatchFees: parseUnrn(o.minBatchFees, '--min-batch-fees', { allowZero: true }), log,
      });
      try {
        await relayer.run(Number(o.interval), untilSignal());
      } finally {
        relayer.close();
      }
    });
  cmd.command('send-to-eth')
    .description('escrow NRN on the chain for an Ethereum address; a batch carries it across (cancel while unbatched)')
    .argument('<eth-address>', 'destination 0x address')
    .argument('<amount>', 'unrn to receive as wNRN (1 NRN = 1000000)')
    .addOption(new Option('--bridge-fee <unrn>', 'paid to the relayer, in wNRN; higher fees are batched first').default('0'))
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(gasPriceOpt())
    .action(async (dest: string, amount: string, o: CommonOptions & { bridgeFee: string }) => {
      const s = await signerFrom(o);
      try {
        const r = await sendToEth(s.client, { sender: s.address, ethDest: dest, amount: parseUnrn(amount, 'amount'), bridgeFee: parseUnrn(o.bridgeFee, '--bridge-fee', { allowZero: true }) });
        print({ txhash: r.txhash, height: r.height, transfer_id: r.response.transferId });
      } finally {
        s.close();
      }
    });
  cmd.command('send-to-chain')
    .description('burn wNRN on Ethereum for an NRN address; validators attest it and the escrow pays out')
    .argument('<nrn-address>', 'recipient on the chain (nrn1…)')
    .argument('<amount>', 'wNRN units (= unrn)')
    .addOption(ethRpcOpt()).addOption(bridgeOpt()).addOption(ethKeyOpt())
    .action(async (recipient: string, amount: string, o: EthOptions) => {
      const provider = new JsonRpcProvider(o.ethRpc);
      try {
        const r = await sendToChain(new Wallet(await ethKey(o), provider), o.bridge, recipient, parseUnrn(amount, 'amount'));
        print({ tx_hash: r.txHash, event_nonce: r.eventNonce, block: r.blockNumber });
      } finally {
        provider.destroy();
      }
    });
  return cmd;
}

export const main = (argv = process.argv): Promise<void> => runCli(bridgeCommand(), argv);
