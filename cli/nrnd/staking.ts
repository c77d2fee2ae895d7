// `nrnd tx staking|distribution|slashing …` and `nrnd q staking …`: running a validator and delegating.
import type { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromBech32 } from '@cosmjs/encoding';
import type { OfflineSigner } from '@cosmjs/proto-signing';
import type { SigningStargateClient, DeliverTxResponse } from '@cosmjs/stargate';
import { openKeyring } from '../keyring.ts';
import { keyringDir, keyringDirOpt, parseUnrn } from '../common.ts';
import { operatorKeyPath } from './home.ts';
import type { OperatorKeyFile } from './home.ts';
import { connect, connectSigner, mnemonicWallet } from '../../client/connect.ts';
import { createValidator } from '../../client/staking/createValidator.ts';
import { editValidator } from '../../client/staking/editValidator.ts';
import { delegate } from '../../client/staking/delegate.ts';
import { undelegate } from '../../client/staking/undelegate.ts';
import { redelegate } from '../../client/staking/redelegate.ts';
import { unjail } from '../../client/staking/unjail.ts';
import { withdrawRewards } from '../../client/staking/withdrawRewards.ts';
import { getValidators } from '../../client/staking/validators.ts';
import { connectStakingQueries } from '../../client/staking/queries.ts';
import type { StakingQueryClient } from '../../client/staking/queries.ts';
import { valconsOfPubkey } from '../../client/staking/address.ts';
import { fromUtf8 } from '@cosmjs/encoding';
import type { DecCoin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import type { Duration } from 'cosmjs-types/google/protobuf/duration';
import { Decimal } from '@cosmjs/math';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { bondStatusToJSON } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import type { Validator } from 'cosmjs-types/cosmos/staking/v1beta1/staking';

export interface StakingCliDeps {
  homeOpt(): Option;
  nodeOpt(): Option;
  passphrase(): Promise<string>;
  print(v: unknown): void;
  /** How `q` commands reach the chain; tests pass an in-process client. Default: CometBFT RPC at --node. */
  queries?(node: string): Promise<{ q: StakingQueryClient; disconnect(): void }>;
}

const dec = (atomics: string) => Decimal.fromAtomics(atomics || '0', 18).toString();
/** Slashing params carry their decimals as bytes: the ASCII digits of the 18-place atomics. */
const decBytes = (b: Uint8Array) => dec(fromUtf8(b));
const duration = (d: Duration | undefined) => `${d?.seconds ?? 0n}s`;
const decCoins = (coins: DecCoin[]) => coins.map((c) => ({ denom: c.denom, amount: dec(c.amount) }));

function assertValoperArg(s: string, what: string) {
  let prefix = '';
  try { prefix = fromBech32(s, 90).prefix; } catch { /* reported below */ }
  if (prefix !== 'nrnvaloper') throw new Error(`${what} "${s}" is not a validator operator address (nrnvaloper1…)`);
}

/** The signer: a keyring key by name, or with --operator-key the key `nrnd init` wrote for this node's operator. */
async function signerFor(o: any, fromKey: string | undefined, deps: StakingCliDeps): Promise<{ wallet: OfflineSigner; address: string }> {
  let wallet: OfflineSigner;
  if (o.operatorKey) {
    const k = JSON.parse(await readFile(operatorKeyPath(o.home), 'utf8')) as OperatorKeyFile;
    wallet = (await mnemonicWallet(k.mnemonic)).wallet;
  } else {
    if (!fromKey) throw new Error('name a keyring key with --from <key>, or use --operator-key');
    wallet = await (await openKeyring(keyringDir(o), await deps.passphrase())).wallet(fromKey);
  }
  const [acct] = await wallet.getAccounts();
  return { wallet, address: acct!.address };
}

function report(r: DeliverTxResponse, deps: StakingCliDeps) {
  deps.print({ txhash: r.transactionHash, height: r.height, code: r.code, raw_log: r.rawLog, gas_used: r.gasUsed, gas_wanted: r.gasWanted });
  if (r.code !== 0) process.exitCode = 1;
}

/** A validator as people read it: the consensus key in base64 (as in priv_validator_key.json), rates as decimals. */
function readableValidator(v: Validator) {
  return {
    operator_address: v.operatorAddress,
    consensus_pubkey: v.consensusPubkey ? Buffer.from(Ed25519PubKey.decode(v.consensusPubkey.value).key).toString('base64') : '',
    jailed: v.jailed,
    status: bondStatusToJSON(v.status),
    tokens: v.tokens,
    delegator_shares: dec(v.delegatorShares),
    moniker: v.description.moniker,
    commission: { rate: dec(v.commission.commissionRates.rate), max_rate: dec(v.commission.commissionRates.maxRate), max_change_rate: dec(v.commission.commissionRates.maxChangeRate) },
    min_self_delegation: v.minSelfDelegation,
  };
}

export function addStakingCommands(tx: Command, query: Command, deps: StakingCliDeps) {
  const txCommand = (parent: Command, spec: string, description: string) => parent.command(spec).description(description)
    .addOption(deps.homeOpt()).addOption(deps.nodeOpt())
    .option('--from <key>', 'keyring key that signs')
    .option('--operator-key', "sign with <home>/config/operator_key.json (this node's operator, written by nrnd init)")
    .addOption(keyringDirOpt())
    .option('--gas-prices <price>', 'gas price', '0.025unrn');
  const withClient = async (o: any, run: (c: SigningStargateClient, address: string) => Promise<DeliverTxResponse>) => {
    const { wallet, address } = await signerFor(o, o.from, deps);
    const client = await connectSigner(o.node, wallet, o.gasPrices);
    try { report(await run(client, address), deps); } finally { client.disconnect(); }
  };

  const staking = tx.command('staking').description('validators and delegation');
  txCommand(staking, 'create-validator', 'make this node a validator: bond --amount behind its consensus key')
    .requiredOption('--amount <coins>', 'self-bond, e.g. 2000000unrn')
    .option('--moniker <name>', 'validator name (default: the node\'s moniker is not read; give one)', 'validator')
    .option('--commission-rate <dec>', 'commission, e.g. 0.1', '0.1')
    .option('--commission-max-rate <dec>', 'highest commission ever allowed', '0.2')
    .option('--commission-max-change-rate <dec>', 'largest change per day', '0.01')
    .option('--min-self-delegation <n>', 'unrn the operator promises to keep bonded', '1')
    .option('--pubkey-home <dir>', 'home whose config/priv_validator_key.json holds the consensus key (default --home)')
    .action(async (o) => {
      const key = JSON.parse(await readFile(join(o.pubkeyHome ?? o.home, 'config', 'priv_validator_key.json'), 'utf8'));
      const consensusPubkey = Buffer.from(key.pub_key.value, 'base64');
      await withClient(o, (c, operator) => createValidator(c, {
        operator, consensusPubkey, selfBond: parseUnrn(o.amount, '--amount'), moniker: o.moniker,
        commission: { rate: o.commissionRate, maxRate: o.commissionMaxRate, maxChangeRate: o.commissionMaxChangeRate },
        minSelfDelegation: BigInt(o.minSelfDelegation),
      }));
    });
  txCommand(staking, 'edit-validator', 'change commission rate, min self-delegation, moniker, website or details')
    .option('--commission-rate <dec>', 'new commission rate')
    .option('--min-self-delegation <n>', 'new minimum self-delegation (may only grow)')
    .option('--moniker <name>').option('--website <url>').option('--details <text>')
    .action(async (o) => withClient(o, (c, operator) => editValidator(c, {
      operator, commissionRate: o.commissionRate, minSelfDelegation: o.minSelfDelegation ? BigInt(o.minSelfDelegation) : undefined,
      moniker: o.moniker, website: o.website, details: o.details,
    })));
  txCommand(staking, 'delegate <validator> <amount>', 'bond tokens to a validator, e.g. `delegate nrnvaloper1… 1000000unrn --from alice`')
    .action(async (validator: string, amount: string, o) => {
      assertValoperArg(validator, 'validator');
      const value = parseUnrn(amount, 'amount');
      await withClient(o, (c, a) => delegate(c, { delegator: a, validator, amount: value }));
    });
  txCommand(staking, 'unbond <validator> <amount>', 'start unbonding; the tokens return after the unbonding period')
    .action(async (validator: string, amount: string, o) => {
      assertValoperArg(validator, 'validator');
      const value = parseUnrn(amount, 'amount');
      await withClient(o, (c, a) => undelegate(c, { delegator: a, validator, amount: value }));
    });
  txCommand(staking, 'redelegate <src-validator> <dst-validator> <amount>', 'move a delegation to another validator at once')
    .action(async (src: string, dst: string, amount: string, o) => {
      assertValoperArg(src, 'src-validator');
      assertValoperArg(dst, 'dst-validator');
      const value = parseUnrn(amount, 'amount');
      await withClient(o, (c, a) => redelegate(c, { delegator: a, src, dst, amount: value }));
    });

  const distribution = tx.command('distribution').description('fee rewards');
  txCommand(distribution, 'withdraw-rewards <validator>', 'withdraw the rewards of a delegation (--commission also withdraws the validator\'s commission)')
    .option('--commission', 'also withdraw the commission (the signer must be the operator)')
    .action(async (validator: string, o) => {
      assertValoperArg(validator, 'validator');
      await withClient(o, (c, a) => withdrawRewards(c, { delegator: a, validator, commission: !!o.commission }));
    });

  const slashing = tx.command('slashing').description('jail and unjail');
  txCommand(slashing, 'unjail', 'bring the signer\'s validator back after its jail period')
    .action(async (o) => withClient(o, (c, a) => unjail(c, { operator: a })));

  const qstaking = query.command('staking').description('staking queries');
  qstaking.command('validators').description('all validators with tokens, status and commission').addOption(deps.nodeOpt())
    .option('--status <status>', 'BOND_STATUS_BONDED or BOND_STATUS_UNBONDED', '')
    .action(async (o) => deps.print({ validators: (await getValidators(o.node, { status: o.status })).map(readableValidator) }));
  qstaking.command('delegation <delegator> <validator>').description('a delegation\'s shares and balance').addOption(deps.nodeOpt())
    .action(async (delegator: string, validator: string, o) => {
      assertValoperArg(validator, 'validator');
      const c = await connect(o.node);
      try {
        const d = await c.getDelegation(delegator, validator);
        if (!d) throw new Error(`${delegator} has no delegation to ${validator}`);
        deps.print({ delegator, validator, balance: d });
      } finally { c.disconnect(); }
    });

  addParamQueries(query, qstaking, deps);
}

function addParamQueries(query: Command, qstaking: Command, deps: StakingCliDeps) {
  const open = deps.queries ?? connectStakingQueries;
  const read = (parent: Command, spec: string, description: string, run: (q: StakingQueryClient, ...args: any[]) => Promise<unknown>) =>
    parent.command(spec).description(description).addOption(deps.nodeOpt()).action(async (...args: any[]) => {
      const o = args.at(-2) as { node: string };
      const { q, disconnect } = await open(o.node);
      try { deps.print(await run(q, ...args.slice(0, -2))); } finally { disconnect(); }
    });

  read(qstaking, 'validator <validator>', 'one validator', async (q, validator: string) => {
    assertValoperArg(validator, 'validator');
    return readableValidator((await q.staking.validator(validator)).validator);
  });
  read(qstaking, 'params', 'staking parameters (unbonding time, bond denom, max validators)', async (q) => {
    const { params: p } = await q.staking.params();
    return { unbonding_time: duration(p.unbondingTime), max_validators: p.maxValidators, max_entries: p.maxEntries, historical_entries: p.historicalEntries, bond_denom: p.bondDenom, min_commission_rate: dec(p.minCommissionRate) };
  });
  read(qstaking, 'pool', 'tokens in the bonded and not-bonded (unbonding) pools', async (q) => {
    const { pool } = await q.staking.pool();
    return { bonded_tokens: pool.bondedTokens, not_bonded_tokens: pool.notBondedTokens };
  });

  const qslashing = query.command('slashing').description('slashing queries');
  read(qslashing, 'params', 'downtime window, jail durations and slash fractions', async (q) => {
    const { params: p } = await q.slashing.params();
    return {
      signed_blocks_window: p.signedBlocksWindow.toString(), min_signed_per_window: decBytes(p.minSignedPerWindow), downtime_jail_duration: duration(p.downtimeJailDuration),
      slash_fraction_double_sign: decBytes(p.slashFractionDoubleSign), slash_fraction_downtime: decBytes(p.slashFractionDowntime),
    };
  });
  read(qslashing, 'signing-info <validator>', 'a validator\'s missed blocks and jail time; give its nrnvalcons1… or nrnvaloper1… address', async (q, validator: string) => {
    let valcons = validator;
    if (validator.startsWith('nrnvaloper')) {
      const { validator: v } = await q.staking.validator(validator);
      valcons = valconsOfPubkey(Ed25519PubKey.decode(v.consensusPubkey!.value).key);
    } else if (!validator.startsWith('nrnvalcons')) throw new Error(`validator "${validator}" must be a consensus address (nrnvalcons1…) or an operator address (nrnvaloper1…)`);
    return readableSigningInfo((await q.slashing.signingInfo(valcons)).valSigningInfo);
  });
  read(qslashing, 'signing-infos', 'signing info of every validator seen in a commit', async (q) => ({ info: (await q.slashing.signingInfos()).info.map(readableSigningInfo) }));

  const qdistribution = query.command('distribution').description('fee reward queries');
  read(qdistribution, 'params', 'distribution parameters', async (q) => {
    const { params: p } = await q.distribution.params();
    return { community_tax: dec(p.communityTax), base_proposer_reward: dec(p.baseProposerReward), bonus_proposer_reward: dec(p.bonusProposerReward), withdraw_addr_enabled: p.withdrawAddrEnabled };
  });
  read(qdistribution, 'rewards <delegator> [validator]', 'withdrawable rewards of a delegator, from one validator or all', async (q, delegator: string, validator?: string) => {
    if (validator) {
      assertValoperArg(validator, 'validator');
      return { rewards: decCoins((await q.distribution.delegationRewards(delegator, validator)).rewards) };
    }
    const r = await q.distribution.delegationTotalRewards(delegator);
    return { rewards: r.rewards.map((x) => ({ validator_address: x.validatorAddress, reward: decCoins(x.reward) })), total: decCoins(r.total) };
  });
  read(qdistribution, 'commission <validator>', 'a validator\'s commission not yet withdrawn', async (q, validator: string) => {
    assertValoperArg(validator, 'validator');
    return { commission: decCoins((await q.distribution.validatorCommission(validator)).commission?.commission ?? []) };
  });
  read(qdistribution, 'outstanding-rewards <validator>', 'rewards of a validator not yet withdrawn: commission plus its delegators\' rewards', async (q, validator: string) => {
    assertValoperArg(validator, 'validator');
    return { rewards: decCoins((await q.distribution.validatorOutstandingRewards(validator)).rewards?.rewards ?? []) };
  });
}

function readableSigningInfo(i: { address: string; startHeight: bigint; indexOffset: bigint; jailedUntil: { seconds: bigint }; tombstoned: boolean; missedBlocksCounter: bigint }) {
  return {
    address: i.address, start_height: i.startHeight.toString(), index_offset: i.indexOffset.toString(),
    jailed_until: new Date(Number(i.jailedUntil.seconds) * 1000).toISOString(), tombstoned: i.tombstoned, missed_blocks_counter: i.missedBlocksCounter.toString(),
  };
}
