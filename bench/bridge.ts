// `npm run bench:bridge`: gas of NRNBridge.updateValset and submitBatch on a real Hardhat node, per signer-set size,
// next to Gravity Bridge's published figures (~500k gas per valset update at 125 validators, ~500k batch base cost).
import { JsonRpcProvider, Wallet, getBytes } from 'ethers';
import type { Contract, ContractTransactionResponse, TransactionReceipt } from 'ethers';
import { compileContracts } from '../contracts/compile.ts';
import { deployBridge } from '../contracts/deploy.ts';
import { startHardhatNode } from '../contracts/devchain.ts';
import {
  MAX_VALIDATORS, batchDigest, bridgeIdFromName, packValsetUpdate, signDigest, signaturesForSubmission, signedValset, sortValset,
  valsetCheckpoint,
} from '../contracts/hash.ts';
import type { BridgeDomain, BridgeSignature, OutgoingBatch, Valset } from '../contracts/hash.ts';

/** Gravity's published count (125) in the middle, and NRNBridge's signer-set cap: the worst case it must stay inside. */
const VALSET_SIZES = [4, 50, 125, 150, MAX_VALIDATORS];
const BATCH_SIZES = [1, 10, 100];
/** The validator count Gravity's figures were published for. */
const GRAVITY_VALIDATORS = 125;
const GRAVITY_VALSET_UPDATE_GAS = 500_000n;
const GRAVITY_BATCH_BASE_GAS = 500_000n;
/**
 * Every validator gets the same power: the worst case, where the most signatures are needed to pass 2/3 (84 of 125).
 * Powers are CometBFT powers (bonded NRN at power_reduction 1e6) and their calldata cost grows with their byte length,
 * so the bench uses a realistic magnitude: 1,000,000 NRN each takes 3 bytes, like any stake from 65,536 to 16.7M NRN.
 */
const EQUAL_POWER = 1_000_000n;
const TX_BASE_GAS = 21_000n;
/**
 * Gravity asks for a new signer set when 5% of the power moved; the measured update replaces 5% of the members
 * (rounded up) with new ones, which NRNBridge's short form must spell out in full. The all-new column is the worst case.
 */
const TURNOVER_PERCENT = 5;

interface SizeFigures {
  validators: number;
  signatures: number;
  /** To a set that keeps all but TURNOVER_PERCENT of the members. */
  updateValset: Measured;
  /** To a set of entirely new members: none can be named by its index in the current set. */
  updateValsetAllNew: Measured;
  /** The deployment's first batch (1 transfer): it also pays wNRN's first mint and the relayer's first fee slot. */
  firstBatch: Measured;
  batches: Map<number, Measured>;
}

interface Measured {
  gas: bigint;
  /** EIP-2028 calldata tokens: 1 per zero byte, 4 per other (priced 4 gas each, or 10 under EIP-7623's floor). */
  calldataTokens: bigint;
}

function calldataTokens(data: string): bigint {
  let tokens = 0n;
  for (const byte of getBytes(data)) tokens += byte === 0 ? 1n : 4n;
  return tokens;
}

async function measure(call: Promise<ContractTransactionResponse>): Promise<Measured> {
  const tx = await call;
  const receipt: TransactionReceipt | null = await tx.wait();
  if (!receipt || receipt.status !== 1) throw new Error(`transaction ${tx.hash} failed`);
  return { gas: receipt.gasUsed, calldataTokens: calldataTokens(tx.data) };
}

/** Everyone signs; the relayer sends signatures only until > 2/3 of the power is covered, as bridge/relayer.ts does. */
function signAll(valset: Valset, keys: Map<string, string>, digest: string): BridgeSignature[] {
  const sigs = signaturesForSubmission(valset, (validator) => signDigest(keys.get(validator)!, digest));
  if (!sigs) throw new Error('the whole set signed but did not pass 2/3');
  return sigs;
}

async function measureSize(deployer: Wallet, chainId: bigint, size: number, blockNumber: () => Promise<bigint>): Promise<SizeFigures> {
  const keys = new Map<string, string>();
  const fresh = (count: number): string[] =>
    Array.from({ length: count }, () => {
      const w = Wallet.createRandom();
      keys.set(w.address, w.privateKey);
      return w.address;
    });
  const equalPowers = (validators: string[], nonce: bigint): Valset =>
    sortValset(validators.map((validator) => ({ validator, power: EQUAL_POWER })), nonce);
  const bridgeId = bridgeIdFromName(`nrn-bench-bridge-${size}`);
  const domain: BridgeDomain = { bridgeId, chainId };
  const genesis = equalPowers(fresh(size), 0n);
  const { bridge } = await deployBridge(deployer, bridgeId, genesis);
  const update = async (from: Valset, to: Valset): Promise<{ measured: Measured; signatures: number }> => {
    const checkpoint = valsetCheckpoint(domain, to);
    const sigs = signAll(from, keys, checkpoint);
    const measured = await measure(
      (bridge as Contract).getFunction('updateValset')(packValsetUpdate(to, from), to.nonce, checkpoint, signedValset(from, sigs)),
    );
    return { measured, signatures: sigs.filter((s) => s.v !== 0).length };
  };

  const leaving = Math.ceil((size * TURNOVER_PERCENT) / 100);
  const next = equalPowers([...genesis.validators.slice(0, size - leaving), ...fresh(leaving)], 1n);
  const { measured: updateValset, signatures } = await update(genesis, next);

  let batchNonce = 1n;
  const submitBatch = async (count: number): Promise<Measured> => {
    // Fresh recipients: each mint writes a new balance slot, the cost a real withdrawal pays.
    const destinations = fresh(count);
    const batch: OutgoingBatch = {
      amounts: destinations.map(() => 1_000_000n),
      destinations,
      fees: destinations.map(() => 1_000n),
      batchNonce: batchNonce++,
      batchTimeout: (await blockNumber()) + 1_000n,
    };
    const sigs = signAll(next, keys, batchDigest(domain, batch));
    return measure(
      (bridge as Contract).getFunction('submitBatch')(signedValset(next, sigs), batch.amounts, batch.destinations, batch.fees, batch.batchNonce, batch.batchTimeout),
    );
  };
  const firstBatch = await submitBatch(1);
  const batches = new Map<number, Measured>();
  for (const count of BATCH_SIZES) batches.set(count, await submitBatch(count));

  const { measured: updateValsetAllNew } = await update(next, equalPowers(fresh(size), 2n));
  return { validators: size, signatures, updateValset, updateValsetAllNew, firstBatch, batches };
}

/** Intercept of the batch cost line: the cost of a batch less its per-transfer part, read off the 10 and 100 batches. */
function batchBase(figures: SizeFigures): { base: bigint; perTransfer: bigint } {
  const ten = figures.batches.get(10)!.gas;
  const hundred = figures.batches.get(100)!.gas;
  const perTransfer = (hundred - ten) / 90n;
  return { base: figures.batches.get(1)!.gas - perTransfer, perTransfer };
}

const fmt = (n: bigint | number): string => n.toLocaleString('en-US');
const ratio = (ours: bigint, theirs: bigint): string => (Number(ours) / Number(theirs)).toFixed(2);
const pad = (cells: string[], widths: number[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

function report(all: SizeFigures[]): boolean {
  const widths = [10, 10, 12, 12, 12, 12, 12, 12, 12, 10];
  console.log(`\nNRNBridge gas (equal powers, signatures cut at > 2/3 of the power; ${TURNOVER_PERCENT}% of members replaced per update; fresh recipients)`);
  console.log(pad(['validators', 'signatures', 'updateValset', '(all new)', 'first batch', 'batch x1', 'batch x10', 'batch x100', 'batch base', '/transfer'], widths));
  for (const f of all) {
    const { base, perTransfer } = batchBase(f);
    console.log(
      pad(
        [
          String(f.validators),
          String(f.signatures),
          fmt(f.updateValset.gas),
          fmt(f.updateValsetAllNew.gas),
          fmt(f.firstBatch.gas),
          ...BATCH_SIZES.map((n) => fmt(f.batches.get(n)!.gas)),
          fmt(base),
          fmt(perTransfer),
        ],
        widths,
      ),
    );
  }
  console.log(
    'first batch: 1 transfer on a fresh deployment, which also pays wNRN\'s first mint (total supply from zero) and the relayer\'s first fee;' +
      ' batch x1/x10/x100 and the base come after it.',
  );
  console.log(`signer-set cap (MAX_VALIDATORS = ${MAX_VALIDATORS}): updateValset ${fmt(all.find((f) => f.validators === MAX_VALIDATORS)!.updateValsetAllNew.gas)} gas at worst (all new members).`);

  const at = all.find((f) => f.validators === GRAVITY_VALIDATORS)!;
  const { base } = batchBase(at);
  const updateMet = at.updateValset.gas < GRAVITY_VALSET_UPDATE_GAS;
  const batchMet = base < GRAVITY_BATCH_BASE_GAS;
  console.log(`\nAgainst Gravity Bridge's published figures, at ${GRAVITY_VALIDATORS} validators:`);
  console.log(pad(['', 'NRNBridge', 'Gravity', 'ratio', 'below theirs'], [22, 12, 12, 8, 13]));
  console.log(pad(['updateValset', fmt(at.updateValset.gas), `~${fmt(GRAVITY_VALSET_UPDATE_GAS)}`, ratio(at.updateValset.gas, GRAVITY_VALSET_UPDATE_GAS), updateMet ? 'yes' : 'NO'], [22, 12, 12, 8, 13]));
  console.log(pad(['submitBatch base cost', fmt(base), `~${fmt(GRAVITY_BATCH_BASE_GAS)}`, ratio(base, GRAVITY_BATCH_BASE_GAS), batchMet ? 'yes' : 'NO'], [22, 12, 12, 8, 13]));

  // The receipt's gas includes what the transaction pays for its calldata (both sets and the signatures on an update).
  const u = at.updateValset;
  const standardCalldata = u.calldataTokens * 4n;
  const floor = TX_BASE_GAS + u.calldataTokens * 10n;
  console.log(
    `\nupdateValset at ${GRAVITY_VALIDATORS}: ${fmt(u.gas)} gas = 21,000 base + ${fmt(standardCalldata)} calldata (pre-Prague pricing) + ${fmt(u.gas - TX_BASE_GAS - standardCalldata)} execution;` +
      ` EIP-7623 calldata floor for the same bytes ${fmt(floor)}${u.gas === floor ? ' (the floor priced it)' : ''}.`,
  );
  const met = updateMet && batchMet;
  console.log(
    met
      ? `target met: both figures are below Gravity's at ${GRAVITY_VALIDATORS} validators`
      : `target NOT met: ${[!updateMet && 'updateValset', !batchMet && 'submitBatch base cost'].filter(Boolean).join(' and ')} at or above Gravity's at ${GRAVITY_VALIDATORS} validators`,
  );
  return met;
}

const { compiled } = compileContracts();
if (compiled) console.error('compiled contracts');
const node = await startHardhatNode();
const provider = new JsonRpcProvider(node.url, Number(node.chainId), { staticNetwork: true, cacheTimeout: -1, pollingInterval: 20 });
try {
  const deployer = new Wallet(node.accounts[0]!.privateKey, provider);
  const blockNumber = async (): Promise<bigint> => BigInt(await provider.getBlockNumber());
  const all: SizeFigures[] = [];
  for (const size of VALSET_SIZES) {
    console.error(`measuring ${size} validators…`);
    all.push(await measureSize(deployer, node.chainId, size, blockNumber));
  }
  console.log(`hardhat node ${await provider.send('web3_clientVersion', [])}, chain id ${node.chainId}`);
  report(all);
} finally {
  provider.destroy();
  await node.stop();
}
