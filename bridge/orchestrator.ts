// A validator's orchestrator: signs the valsets and batches the chain asks for with its Ethereum key, and attests
// NRNBridge's events (after a confirmation depth) with claims in event-nonce order.
import type { EncodeObject } from '@cosmjs/proto-signing';
import type { SigningStargateClient } from '@cosmjs/stargate';
import { JsonRpcProvider, Wallet } from 'ethers';
import type { Contract, EventLog } from 'ethers';
import { connectSigner, mnemonicWallet } from '../client/connect.ts';
import { bridgeQueries } from '../client/bridge/queries.ts';
import type { BridgeQueries } from '../client/bridge/queries.ts';
import { bridgeMsgTypes } from '../client/bridge/types.ts';
import { registerEthKey } from '../client/bridge/registerEthKey.ts';
import { deliverTxError, signAndBroadcast } from '../client/tx.ts';
import { signDigest } from '../contracts/hash.ts';
import { valsetDigest } from '../modules/bridge/valset.ts';
import { batchDigestOf } from '../modules/bridge/batches.ts';
import { settlementDigestOf } from '../modules/bridge/settlements.ts';
import { formatSignature } from '../modules/bridge/msgs.ts';
import { bridgeAt } from '../contracts/deploy.ts';
import { runEvery } from './loop.ts';
import { loadState, saveState } from './state.ts';

export interface OrchestratorConfig {
  /** CometBFT RPC of a node of the chain. */
  rpc: string;
  ethRpc: string;
  bridgeAddress: string;
  /** The validator operator's mnemonic: it signs confirms and claims (feeless for a bonded validator). */
  operatorMnemonic: string;
  ethPrivateKey: string;
  stateFile: string;
  /** Ethereum blocks an event must be buried under before it is claimed. */
  confirmations: number;
  /** First Ethereum block to scan (the bridge's deployment block). */
  startBlock: number;
  log?: (line: string) => void;
}

/** An NRNBridge event as the chain's claim messages describe it. */
export interface BridgeEvent {
  eventNonce: number;
  blockNumber: number;
  kind: 'deposit' | 'batch_executed' | 'valset_updated';
  ethSender?: string;
  recipient?: string;
  amount?: string;
  batchNonce?: number;
  valsetNonce?: number;
}

interface OrchestratorState {
  /** Highest Ethereum block already scanned for events. */
  scannedTo: number;
  /** Events seen but not yet claimed by this validator on chain. */
  pending: BridgeEvent[];
}

export interface TickReport {
  registered: boolean;
  valsetsSigned: number[];
  batchesSigned: number[];
  /** "group:nonce" of each settlement signed. */
  settlementsSigned: string[];
  claimed: number[];
}

// The chain's own conversions and digests: what a validator signs here is, byte for byte, what the chain checks.
export { toEthValset as ethValsetOf } from '../modules/bridge/valset.ts';
export { toEthBatch as ethBatchOf } from '../modules/bridge/batches.ts';
export { toEthSettlement as ethSettlementOf } from '../modules/bridge/settlements.ts';

/** NRNBridge's ValsetUpdated, BatchExecuted and SendToChain events in [from, to], in event-nonce order. */
export async function bridgeEvents(bridge: Contract, from: number, to: number): Promise<BridgeEvent[]> {
  if (to < from) return [];
  const logs = [
    ...await bridge.queryFilter(bridge.filters.ValsetUpdatedEvent!(), from, to),
    ...await bridge.queryFilter(bridge.filters.BatchExecutedEvent!(), from, to),
    ...await bridge.queryFilter(bridge.filters.SendToChainEvent!(), from, to),
  ] as EventLog[];
  const events = logs.map((l): BridgeEvent => {
    const a = l.args;
    if (l.eventName === 'SendToChainEvent') {
      return { eventNonce: Number(a.eventNonce), blockNumber: l.blockNumber, kind: 'deposit', ethSender: a.sender, recipient: a.recipient, amount: a.amount.toString() };
    }
    if (l.eventName === 'BatchExecutedEvent') return { eventNonce: Number(a.eventNonce), blockNumber: l.blockNumber, kind: 'batch_executed', batchNonce: Number(a.batchNonce) };
    return { eventNonce: Number(a.eventNonce), blockNumber: l.blockNumber, kind: 'valset_updated', valsetNonce: Number(a.valsetNonce) };
  });
  return events.sort((x, y) => x.eventNonce - y.eventNonce);
}

function claimMsg(validator: string, e: BridgeEvent): EncodeObject {
  const common = { validator, event_nonce: e.eventNonce, eth_block_height: e.blockNumber };
  if (e.kind === 'deposit') return { typeUrl: bridgeMsgTypes.depositClaim, value: { ...common, eth_sender: e.ethSender, nrn_recipient: e.recipient, amount: e.amount } };
  if (e.kind === 'batch_executed') return { typeUrl: bridgeMsgTypes.batchExecutedClaim, value: { ...common, batch_nonce: e.batchNonce } };
  return { typeUrl: bridgeMsgTypes.valsetUpdatedClaim, value: { ...common, valset_nonce: e.valsetNonce } };
}

export class Orchestrator {
  readonly validator: string;
  readonly ethWallet: Wallet;
  private readonly cfg: OrchestratorConfig;
  private readonly client: SigningStargateClient;
  private readonly q: BridgeQueries;
  private readonly provider: JsonRpcProvider;
  private readonly bridge: Contract;
  private state: OrchestratorState;

  private constructor(cfg: OrchestratorConfig, validator: string, client: SigningStargateClient, q: BridgeQueries, state: OrchestratorState) {
    this.cfg = cfg;
    this.validator = validator;
    this.client = client;
    this.q = q;
    this.state = state;
    this.provider = new JsonRpcProvider(cfg.ethRpc, undefined, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 100 });
    this.ethWallet = new Wallet(cfg.ethPrivateKey, this.provider);
    this.bridge = bridgeAt(cfg.bridgeAddress, this.provider);
  }

  static async create(cfg: OrchestratorConfig): Promise<Orchestrator> {
    const { wallet, address } = await mnemonicWallet(cfg.operatorMnemonic);
    const client = await connectSigner(cfg.rpc, wallet);
    const q = await bridgeQueries(cfg.rpc);
    const state = await loadState<OrchestratorState>(cfg.stateFile, { scannedTo: cfg.startBlock - 1, pending: [] });
    return new Orchestrator(cfg, address, client, q, state);
  }

  private log(line: string) {
    this.cfg.log?.(`orchestrator ${this.validator.slice(0, 12)}…: ${line}`);
  }

  /** Binds this orchestrator's Ethereum key to the validator unless the chain has it already; true when it did. */
  async register(): Promise<boolean> {
    if ((await this.q.ethKeys()).some((k) => k.validator === this.validator)) return false;
    const { response } = await registerEthKey(this.client, { validator: this.validator, ethPrivateKey: this.cfg.ethPrivateKey }, { fee: 'feeless' });
    this.log(`registered Ethereum key ${response.ethAddress}`);
    return true;
  }

  /** One pass: register the key if needed, sign what is unsigned, claim what Ethereum settled. */
  async tick(): Promise<TickReport> {
    const report: TickReport = { registered: false, valsetsSigned: [], batchesSigned: [], settlementsSigned: [], claimed: [] };
    report.registered = await this.register();
    const params = await this.q.params();
    const msgs: EncodeObject[] = [];
    for (const { valset, confirms } of await this.q.valsets(10)) {
      if (confirms.some((c) => c.validator === this.validator)) continue;
      const signature = signDigest(this.cfg.ethPrivateKey, valsetDigest(params, valset));
      msgs.push({ typeUrl: bridgeMsgTypes.confirmValset, value: { validator: this.validator, nonce: valset.nonce, signature: formatSignature(signature) } });
      report.valsetsSigned.push(valset.nonce);
    }
    for (const { batch, confirms } of await this.q.pendingBatches()) {
      if (confirms.some((c) => c.validator === this.validator)) continue;
      // The digest is recomputed here, never taken from the node: the key signs only what it can check.
      const signature = signDigest(this.cfg.ethPrivateKey, batchDigestOf(params, batch));
      msgs.push({ typeUrl: bridgeMsgTypes.confirmBatch, value: { validator: this.validator, nonce: batch.nonce, signature: formatSignature(signature) } });
      report.batchesSigned.push(batch.nonce);
    }
    for (const { settlement, confirms } of await this.q.settlements()) {
      if (confirms.some((c) => c.validator === this.validator)) continue;
      const signature = signDigest(this.cfg.ethPrivateKey, settlementDigestOf(params, settlement));
      msgs.push({ typeUrl: bridgeMsgTypes.confirmSettlement, value: { validator: this.validator, group_id: settlement.group_id, nonce: settlement.nonce, signature: formatSignature(signature) } });
      report.settlementsSigned.push(`${settlement.group_id}:${settlement.nonce}`);
    }
    for (const e of await this.eventsToClaim()) {
      msgs.push(claimMsg(this.validator, e));
      report.claimed.push(e.eventNonce);
    }
    if (msgs.length) await this.broadcast(msgs);
    if (report.valsetsSigned.length || report.batchesSigned.length || report.settlementsSigned.length || report.claimed.length) {
      this.log(`valsets ${report.valsetsSigned.join(',') || '-'} batches ${report.batchesSigned.join(',') || '-'} settlements ${report.settlementsSigned.join(',') || '-'} claims ${report.claimed.join(',') || '-'}`);
    }
    return report;
  }

  /** Events buried deep enough whose nonces follow this validator's last claim, contiguous. */
  private async eventsToClaim(): Promise<BridgeEvent[]> {
    const head = await this.provider.getBlockNumber();
    const safe = head - this.cfg.confirmations;
    const { lastEventNonce } = await this.q.lastEventNonce(this.validator);
    let pending = this.state.pending.filter((e) => e.eventNonce > lastEventNonce);
    const fresh = await bridgeEvents(this.bridge, this.state.scannedTo + 1, safe);
    pending = [...pending, ...fresh.filter((e) => e.eventNonce > lastEventNonce && !pending.some((p) => p.eventNonce === e.eventNonce))];
    pending.sort((a, b) => a.eventNonce - b.eventNonce);
    let scannedTo = Math.max(this.state.scannedTo, safe);
    const out: BridgeEvent[] = [];
    for (const e of pending) {
      if (e.eventNonce !== lastEventNonce + 1 + out.length) break;
      out.push(e);
    }
    // The chain expects a nonce this file has no event for (lost file, failed tx): scan again from the start.
    if (out.length === 0 && pending.length > 0) scannedTo = this.cfg.startBlock - 1;
    this.state = { scannedTo, pending };
    await saveState(this.cfg.stateFile, this.state);
    return out;
  }

  /** A bonded validator's bridge duties (key binding, confirms, claims) are feeless, so the operator needs no liquid NRN. */
  private async broadcast(msgs: EncodeObject[]) {
    const res = await signAndBroadcast(this.client, this.validator, msgs, { fee: 'feeless' });
    if (res.code !== 0) throw deliverTxError(res);
  }

  /** Ticks every `intervalMs` until `signal` aborts; a failed tick is logged and retried on the next one. */
  async run(intervalMs: number, signal: AbortSignal): Promise<void> {
    await runEvery(intervalMs, signal, () => this.tick(), (line) => this.log(line));
  }

  close() {
    this.client.disconnect();
    this.q.disconnect();
    this.provider.destroy();
  }
}
