// The relayer: anyone may run it. Submits signer-set updates and batches to NRNBridge once the chain holds
// signatures of strictly more than 2/3 of the power of the set NRNBridge currently trusts.
import { JsonRpcProvider, Wallet, getAddress } from 'ethers';
import type { Contract } from 'ethers';
import { bridgeQueries } from '../client/bridge/queries.ts';
import type { BridgeQueries, Confirm } from '../client/bridge/queries.ts';
import { packValsetUpdate, signaturesForSubmission, signedValset } from '../contracts/hash.ts';
import { valsetDigest } from '../modules/bridge/valset.ts';
import { parseSignature } from '../modules/bridge/msgs.ts';
import type { BridgeSignature, Valset as EthValset } from '../contracts/hash.ts';
import { bridgeAt, bridgeRevert } from '../contracts/deploy.ts';
import { ethBatchOf, ethSettlementOf, ethValsetOf } from './orchestrator.ts';
import { runEvery } from './loop.ts';
import { loadState, saveState } from './state.ts';

export interface RelayerConfig {
  rpc: string;
  ethRpc: string;
  bridgeAddress: string;
  /** Pays Ethereum gas and receives the batches' fees (in wNRN). */
  ethPrivateKey: string;
  stateFile: string;
  /** Relay a batch only when its fees total at least this (unrn); 0 relays everything. */
  minBatchFees?: bigint;
  log?: (line: string) => void;
}

interface RelayerState {
  /** Transactions sent, by "valset:N" / "batch:N" / "settlement:G:N": a restart waits for these instead of sending again. */
  sent: Record<string, string>;
}

export interface RelayReport {
  valsets: number[];
  batches: number[];
  /** "group:nonce" of each settlement recorded. */
  settlements: string[];
}

function sigOf(confirms: Confirm[]): (validator: string) => BridgeSignature | undefined {
  const byAddress = new Map(confirms.map((c) => [getAddress(c.eth_address), c.signature]));
  return (validator) => {
    const hex = byAddress.get(getAddress(validator));
    return hex ? parseSignature(hex) : undefined;
  };
}

export class Relayer {
  private readonly cfg: RelayerConfig;
  private readonly q: BridgeQueries;
  private readonly provider: JsonRpcProvider;
  private readonly bridge: Contract;
  private state: RelayerState;

  private constructor(cfg: RelayerConfig, q: BridgeQueries, state: RelayerState) {
    this.cfg = cfg;
    this.q = q;
    this.state = state;
    this.provider = new JsonRpcProvider(cfg.ethRpc, undefined, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 100 });
    this.bridge = bridgeAt(cfg.bridgeAddress, new Wallet(cfg.ethPrivateKey, this.provider));
  }

  static async create(cfg: RelayerConfig): Promise<Relayer> {
    return new Relayer(cfg, await bridgeQueries(cfg.rpc), await loadState<RelayerState>(cfg.stateFile, { sent: {} }));
  }

  private log(line: string) {
    this.cfg.log?.(`relayer: ${line}`);
  }

  /** The signer set NRNBridge trusts now, with its members as the chain recorded them. */
  private async currentValset(): Promise<EthValset> {
    const nonce = Number(await this.bridge.getFunction('lastValsetNonce')());
    const stored = await this.q.valset(nonce);
    if (!stored) throw new Error(`the chain has no valset ${nonce}, which NRNBridge trusts: wrong chain or bridge address?`);
    return ethValsetOf(stored.valset);
  }

  /** True when a transaction for `key` was sent before and did not fail (mined, or still pending). */
  private async alreadySent(key: string): Promise<boolean> {
    const hash = this.state.sent[key];
    if (!hash) return false;
    const receipt = await this.provider.getTransactionReceipt(hash);
    if (receipt && receipt.status === 0) return false;
    return receipt !== null || (await this.provider.getTransaction(hash)) !== null;
  }

  private async submit(key: string, send: () => Promise<{ hash: string; wait(): Promise<unknown> }>): Promise<boolean> {
    if (await this.alreadySent(key)) return false;
    let tx;
    try {
      tx = await send();
    } catch (e) {
      const revert = bridgeRevert(e);
      this.log(`${key} not submitted: ${revert ? revert.name : (e as Error).message}`);
      return false;
    }
    this.state.sent[key] = tx.hash;
    await saveState(this.cfg.stateFile, this.state);
    await tx.wait();
    this.log(`${key} relayed in ${tx.hash}`);
    return true;
  }

  async tick(): Promise<RelayReport> {
    const report: RelayReport = { valsets: [], batches: [], settlements: [] };
    let current = await this.currentValset();
    // The newest valset the current set signed for wins: intermediate ones need not be relayed.
    const newer = (await this.q.valsets(20)).filter((v) => BigInt(v.valset.nonce) > current.nonce).reverse();
    for (const { valset, confirms } of newer) {
      const sigs = signaturesForSubmission(current, sigOf(confirms));
      if (!sigs) continue;
      const next = ethValsetOf(valset);
      const params = await this.q.params();
      const checkpoint = valsetDigest(params, valset);
      const update = () => this.bridge.getFunction('updateValset')(packValsetUpdate(next, current), next.nonce, checkpoint, signedValset(current, sigs));
      if (await this.submit(`valset:${valset.nonce}`, update)) report.valsets.push(valset.nonce);
      current = await this.currentValset();
      break;
    }
    const lastBatch = BigInt(await this.bridge.getFunction('lastBatchNonce')());
    const head = await this.provider.getBlockNumber();
    const batches = (await this.q.pendingBatches()).filter((b) => BigInt(b.batch.nonce) > lastBatch && b.batch.timeout > head + 1);
    for (const { batch, confirms } of batches.sort((a, b) => a.batch.nonce - b.batch.nonce)) {
      const eth = ethBatchOf(batch);
      if (eth.fees.reduce((s, f) => s + f, 0n) < (this.cfg.minBatchFees ?? 0n)) continue;
      const sigs = signaturesForSubmission(current, sigOf(confirms));
      if (!sigs) continue;
      const sent = await this.submit(`batch:${batch.nonce}`, () => this.bridge.getFunction('submitBatch')(
        signedValset(current, sigs), eth.amounts, eth.destinations, eth.fees, eth.batchNonce, eth.batchTimeout));
      if (sent) report.batches.push(batch.nonce);
    }
    // Settlements carry no fee: relayed whenever signed and newer than what NRNBridge holds for the group.
    for (const { settlement, confirms } of await this.q.settlements()) {
      const [, , recorded] = await this.bridge.getFunction('latestSettlement')(settlement.group_id) as [string, string, bigint];
      if (BigInt(settlement.nonce) <= recorded) continue;
      const sigs = signaturesForSubmission(current, sigOf(confirms));
      if (!sigs) continue;
      const eth = ethSettlementOf(settlement);
      const key = `settlement:${settlement.group_id}:${settlement.nonce}`;
      const sent = await this.submit(key, () => this.bridge.getFunction('recordSettlement')(
        signedValset(current, sigs), eth.groupId, eth.trainingSetVersion, eth.checkpointCid, eth.settlementNonce));
      if (sent) report.settlements.push(`${settlement.group_id}:${settlement.nonce}`);
    }
    return report;
  }

  async run(intervalMs: number, signal: AbortSignal): Promise<void> {
    await runEvery(intervalMs, signal, () => this.tick(), (line) => this.log(line));
  }

  close() {
    this.q.disconnect();
    this.provider.destroy();
  }
}
