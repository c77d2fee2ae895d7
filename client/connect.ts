// Connecting to a node with CosmJS: read-only, or with a signer and NRN's registry and gas price.
import { StargateClient, SigningStargateClient, GasPrice, TimeoutError } from '@cosmjs/stargate';
import { fromHex } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import type { OfflineSigner } from '@cosmjs/proto-signing';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { CometClient } from '@cosmjs/tendermint-rpc';
import { createRegistry } from './registry.ts';
import { SimulateTxError } from './tx.ts';
import type { TxReceipt } from './tx.ts';

export const DEFAULT_RPC = 'http://127.0.0.1:26657';
export const DEFAULT_GAS_PRICE = '0.025unrn';

/**
 * @example
 * const client = await connect('http://127.0.0.1:26657');
 * console.log(await client.getBalance('nrn1…', 'unrn'));
 */
export function connect(rpc: string = DEFAULT_RPC): Promise<StargateClient> {
  return StargateClient.connect(rpc);
}

/**
 * A mnemonic's first account (m/44'/118'/0'/0/0, `nrn1…`) as a signer, and its address: the devnet's faucet.json,
 * `nrnd init`'s operator_key.json and the demo's trainer hold such mnemonics.
 * @example
 * const { mnemonic } = JSON.parse(await readFile('.devnet/faucet.json', 'utf8'));
 * const { wallet, address } = await mnemonicWallet(mnemonic); // address: 'nrn1…'
 */
export async function mnemonicWallet(mnemonic: string): Promise<{ wallet: DirectSecp256k1HdWallet; address: string }> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'nrn' });
  const [account] = await wallet.getAccounts();
  return { wallet, address: account!.address };
}

/**
 * A signing client with NRN's registry and gas price. A tx it refuses or fails keeps the chain's codespace (which
 * CosmJS drops from simulations and from getTx), so broadcastMsg's TxFailedError can carry it.
 * @example
 * const { wallet, address } = await mnemonicWallet(faucetMnemonic);
 * const client = await connectSigner('http://127.0.0.1:26657', wallet);
 * console.log(await client.getBalance(address, 'unrn')); // { denom: 'unrn', amount: '100000000000000' }
 * client.disconnect();
 */
export async function connectSigner(rpc: string, signer: OfflineSigner, gasPrice: string = DEFAULT_GAS_PRICE): Promise<SigningStargateClient> {
  const comet = await connectComet(rpc);
  keepSimulateCodespace(comet);
  const client = SigningStargateClient.createWithSigner(comet, signer, { registry: createRegistry(), gasPrice: GasPrice.fromString(gasPrice), broadcastPollIntervalMs: 300 });
  client.broadcastTx = (tx, timeoutMs, pollIntervalMs) => broadcastAndWait(client, comet, tx, timeoutMs, pollIntervalMs);
  return client;
}

const SIMULATE_PATH = '/cosmos.tx.v1beta1.Service/Simulate';

/** CosmJS's QueryClient turns a failed query into "Query failed with (code): log" without its codespace; keep it for simulations. */
export function keepSimulateCodespace(comet: CometClient): void {
  const abciQuery = comet.abciQuery.bind(comet);
  comet.abciQuery = async (params: Parameters<typeof abciQuery>[0]) => {
    const r = await abciQuery(params);
    if (r.code && params.path === SIMULATE_PATH) throw new SimulateTxError(r.code, r.codespace ?? '', r.log ?? '');
    return r;
  };
}

/**
 * CosmJS's broadcastTx, minus its leak: CosmJS 0.39 starts its timeout timer before broadcasting and never clears
 * it when CheckTx refuses the tx, which keeps a CLI that just printed the refusal alive for another minute. A tx
 * that failed in its block also gets its codespace, which CosmJS's getTx leaves out.
 */
export async function broadcastAndWait(client: StargateClient, comet: CometClient, tx: Uint8Array, timeoutMs = 60_000, pollIntervalMs = 3_000): Promise<TxReceipt> {
  const hash = await client.broadcastTxSync(tx);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    const r = await client.getTx(hash);
    if (r) {
      const res = {
        code: r.code, height: r.height, txIndex: r.txIndex, events: r.events, rawLog: r.rawLog, transactionHash: hash,
        msgResponses: r.msgResponses, gasUsed: r.gasUsed, gasWanted: r.gasWanted,
      };
      if (r.code === 0) return res;
      return { ...res, codespace: (await comet.tx({ hash: fromHex(hash) })).result.codespace ?? '' };
    }
    if (Date.now() >= deadline) throw new TimeoutError(`Transaction with ID ${hash} was submitted but was not yet found on the chain after ${timeoutMs / 1000} s; check later with its hash.`, hash);
  }
}
