// `nrn group …`: create, fork, show, list, stake, unstake, versions, epoch-length proposals.
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { createGroup } from '../../client/trainingset/createGroup.ts';
import { forkGroup } from '../../client/trainingset/forkGroup.ts';
import { stake } from '../../client/trainingset/stake.ts';
import { unstake } from '../../client/trainingset/unstake.ts';
import { proposeParams } from '../../client/trainingset/proposeParams.ts';
import { voteParams } from '../../client/trainingset/voteParams.ts';
import type { Group } from '../../client/trainingset/queries.ts';
import type { ContentStore } from '../../storage/ipfs.ts';
import { readCanonical } from './dataset.ts';
import {
  UsageError, homeOpt, nodeOpt, fromOpt, ipfsOpt, gasPriceOpt, isCid, parseUnrn, parseId, print, signerFrom, withQueries, withLazyStore,
} from '../common.ts';

export function groupView(g: Group) {
  return {
    id: g.id, name: g.name, creator: g.creator, model_spec_cid: g.model_spec_cid, training_config: g.training_config,
    initial_dataset_cid: g.initial_dataset_cid, epoch: g.epoch, epoch_start_ms: g.epoch_start_ms,
    epoch_end_ms: g.epoch_start_ms + g.epoch_length_seconds * 1000, epoch_length_seconds: g.epoch_length_seconds,
    training_round_seconds: g.training_round_seconds, version_number: g.version_number, version: g.version,
    dataset_cid: g.dataset_cid, total_bond: g.total_bond, deposit: g.deposit, forked_from: g.forked_from || undefined,
  };
}

/** A CID as given, or a file uploaded to IPFS (a dataset must be canonical). */
async function cidOrUpload(store: () => Promise<ContentStore>, value: string, what: 'dataset' | 'model'): Promise<string> {
  if (isCid(value)) return value;
  const bytes = what === 'dataset' ? new TextEncoder().encode(await readCanonical(value, 'dataset')) : await readFile(value).catch(() => {
    throw new UsageError(`--model ${value} is neither a CID nor a readable file (a TensorFlow.js model.json)`);
  });
  return (await store()).addBytes(bytes);
}

const configOptions = (c: Command) => c
  .requiredOption('--name <name>', 'group name')
  .requiredOption('--model <file|cid>', 'model spec: a TensorFlow.js Layers model.json file (uploaded) or its CID')
  .option('--loss <name>', 'loss function', 'categoricalCrossentropy')
  .option('--optimizer <name>', 'optimizer', 'adam')
  .option('--batch-size <n>', 'training batch size', '32')
  .option('--eval-sample-size <n>', 'examples in each verifier evaluation sample', '100')
  .option('--margin <loss>', 'a new checkpoint must beat the best loss by this much', '0.001')
  .option('--epoch-length <seconds>', 'epoch length (default: the chain\'s, one week)')
  .option('--round-length <seconds>', 'training round length', '3600')
  .requiredOption('--deposit <amount>', 'creation deposit, e.g. 10000000unrn (at least the chain\'s minimum)')
  .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(ipfsOpt()).addOption(gasPriceOpt());

function positiveInt(s: string, what: string): number {
  if (!/^\d+$/.test(s) || Number(s) <= 0) throw new UsageError(`${what} "${s}" must be a positive integer`);
  return Number(s);
}

function configFrom(o: Record<string, string>) {
  if (!/^\d+(\.\d{1,6})?$/.test(o.margin!)) throw new UsageError(`--margin "${o.margin}" must be a non-negative decimal with at most 6 places, e.g. 0.001`);
  const [int, frac = ''] = o.margin!.split('.');
  return {
    name: o.name!, trainingConfig: {
      loss: o.loss!, optimizer: o.optimizer!, batchSize: positiveInt(o.batchSize!, '--batch-size'),
      evalSampleSize: positiveInt(o.evalSampleSize!, '--eval-sample-size'), marginMicro: Number(int) * 1_000_000 + Number(frac.padEnd(6, '0')),
    },
    epochLengthSeconds: o.epochLength ? positiveInt(o.epochLength, '--epoch-length') : 0,
    trainingRoundSeconds: positiveInt(o.roundLength!, '--round-length'), deposit: parseUnrn(o.deposit!, '--deposit'),
  };
}

export function groupCommand(): Command {
  const cmd = new Command('group').description('training groups: create, inspect, stake');

  configOptions(cmd.command('create'))
    .description('create a training group (uploads --dataset and --model files to IPFS)')
    .requiredOption('--dataset <file|cid>', 'initial training set: a canonical dataset file (uploaded) or its CID')
    .action(async (o) => {
      const cfg = configFrom(o);
      const [modelSpecCid, initialDatasetCid] = await withLazyStore(o, async (store) => [await cidOrUpload(store, o.model, 'model'), await cidOrUpload(store, o.dataset, 'dataset')]);
      const s = await signerFrom(o);
      try {
        const r = await createGroup(s.client, { creator: s.address, modelSpecCid, initialDatasetCid, ...cfg });
        print({ group_id: r.response.groupId, version: r.response.version, model_spec_cid: modelSpecCid, initial_dataset_cid: initialDatasetCid, txhash: r.txhash, height: r.height });
      } finally { s.close(); }
    });

  configOptions(cmd.command('fork <parent-group>'))
    .description('start a new group (a new model) on the parent group\'s current training set')
    .action(async (parent: string, o) => {
      const parentGroupId = parseId(parent, 'parent group');
      const cfg = configFrom(o);
      const modelSpecCid = await withLazyStore(o, (store) => cidOrUpload(store, o.model, 'model'));
      const s = await signerFrom(o);
      try {
        const r = await forkGroup(s.client, { creator: s.address, parentGroupId, modelSpecCid, ...cfg });
        print({ group_id: r.response.groupId, version: r.response.version, forked_from: parentGroupId, txhash: r.txhash, height: r.height });
      } finally { s.close(); }
    });

  cmd.command('show <group>').description('a group: config, epoch, current version and dataset CID, total bond').addOption(nodeOpt())
    .action(async (id: string, o) => print(groupView(await withQueries(o, (q) => q.group(parseId(id, 'group'))))));

  cmd.command('list').description('all groups').addOption(nodeOpt())
    .action(async (o) => print((await withQueries(o, (q) => q.groups())).map(groupView)));

  cmd.command('versions <group>').description('the group\'s training-set version chain').addOption(nodeOpt())
    .action(async (id: string, o) => print(await withQueries(o, (q) => q.versions(parseId(id, 'group')))));

  cmd.command('bond <group> <address>').description('an address\'s bond in a group and its unbonding entries').addOption(nodeOpt())
    .action(async (id: string, address: string, o) => print(await withQueries(o, (q) => q.bond(parseId(id, 'group'), address))));

  for (const [name, action, describe] of [
    ['stake', stake, 'bond NRN to a group: votes on its deltas weigh by this bond'],
    ['unstake', unstake, 'start unbonding: the bond stops voting now, the coins return after one epoch'],
  ] as const) {
    cmd.command(`${name} <group> <amount>`).description(describe)
      .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(gasPriceOpt())
      .action(async (id: string, amount: string, o) => {
        const groupId = parseId(id, 'group');
        const value = parseUnrn(amount, 'amount');
        const s = await signerFrom(o);
        try {
          const r = await action(s.client, { staker: s.address, groupId, amount: value });
          print({ ...r.response, txhash: r.txhash, height: r.height });
        } finally { s.close(); }
      });
  }

  cmd.command('propose-epoch-length <group> <seconds>')
    .description('propose a new epoch length; more than half of the group\'s bond voting yes makes it the next epoch\'s')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(gasPriceOpt())
    .action(async (id: string, seconds: string, o) => {
      const s = await signerFrom(o);
      try {
        const r = await proposeParams(s.client, { proposer: s.address, groupId: parseId(id, 'group'), epochLengthSeconds: positiveInt(seconds, 'seconds') });
        print({ proposal_id: r.response.proposalId, txhash: r.txhash, height: r.height });
      } finally { s.close(); }
    });

  cmd.command('vote-epoch-length <proposal>')
    .description('vote on an epoch-length proposal with your whole bond (a later vote replaces this one)')
    .option('--reject', 'vote no (default: yes)')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(gasPriceOpt())
    .action(async (id: string, o) => {
      const s = await signerFrom(o);
      try {
        const r = await voteParams(s.client, { voter: s.address, proposalId: parseId(id, 'proposal'), yes: !o.reject });
        print({ weight: r.response.weight, txhash: r.txhash, height: r.height });
      } finally { s.close(); }
    });

  return cmd;
}
