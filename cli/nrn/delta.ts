// `nrn delta …`: propose a delta to a group's training set (checked locally first), vote, list open proposals.
import { Command } from 'commander';
import { parseDelta, InvalidDeltaError, DeltaConflictError } from '../../dataset/diff.ts';
import { prepareDelta, NonCanonicalResultError, StaleDatasetError } from '../../client/trainingset/prepareDelta.ts';
import { proposeDelta } from '../../client/trainingset/proposeDelta.ts';
import { voteDelta } from '../../client/trainingset/voteDelta.ts';
import type { Group } from '../../client/trainingset/queries.ts';
import {
  UsageError, homeOpt, nodeOpt, fromOpt, ipfsOpt, peerOpt, timeoutOpt, gasPriceOpt, parseId, print, readText, signerFrom, withQueries, withStore,
} from '../common.ts';
import type { CommonOptions } from '../common.ts';

/** Refuses, before anything touches the network, a delta that is not a unified diff or changes nothing. */
export function checkDeltaText(delta: string, path: string): void {
  try {
    if (parseDelta(delta).hunks.length === 0) throw new UsageError(`${path} changes nothing (no hunks); make a delta with \`nrn dataset diff <current> <edited>\``);
  } catch (e) {
    if (e instanceof InvalidDeltaError) throw new UsageError(`${path} is not a valid unified diff: ${e.message}; make one with \`nrn dataset diff <current> <edited>\` or \`diff -u\``);
    throw e;
  }
}

/** prepareDelta's refusals in the CLI's words: which file is wrong, and the command that fixes it. */
function usageErrorOf(e: unknown, group: Group, deltaPath: string, datasetPath: string | undefined): unknown {
  const groupId = group.id;
  if (e instanceof StaleDatasetError) {
    return new UsageError(`${datasetPath} (${e.cid}) is not group ${groupId}'s current training set ${group.dataset_cid} (version ${group.version_number}); run \`nrn dataset sync --group ${groupId} --out ${datasetPath}\``);
  }
  if (e instanceof DeltaConflictError) return new UsageError(`${deltaPath} does not apply to group ${groupId}'s version ${group.version_number}: ${e.message}; sync the current set and diff again`);
  if (e instanceof NonCanonicalResultError) return new UsageError(`applying ${deltaPath} gives a dataset that is not canonical (blank lines, trailing spaces or no final newline); fix the edited file with \`nrn dataset canonicalize\` and diff again`);
  return e;
}

export function deltaCommand(): Command {
  const cmd = new Command('delta').description('deltas to a group\'s training set: propose, vote, list');

  cmd.command('propose <delta-file>')
    .description('check the delta applies to the group\'s current version, upload delta and result to IPFS, send MsgProposeDelta')
    .requiredOption('--group <id>', 'training group id')
    .option('--dataset <file>', 'a local copy of the current training set (else fetched by its CID)')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(ipfsOpt()).addOption(peerOpt()).addOption(timeoutOpt()).addOption(gasPriceOpt())
    .action(async (deltaPath: string, o: CommonOptions & { group: string; dataset?: string }) => {
      const groupId = parseId(o.group, '--group');
      const delta = await readText(deltaPath, 'delta');
      checkDeltaText(delta, deltaPath);
      const group = await withQueries(o, (q) => q.group(groupId));
      const current = o.dataset ? await readText(o.dataset, 'dataset') : undefined;
      const prepared = await withStore(o, (store) => prepareDelta(store, { group, delta, current, timeoutMs: Number(o.timeout) }))
        .catch((e) => { throw usageErrorOf(e, group, deltaPath, o.dataset); });
      const s = await signerFrom(o);
      try {
        const r = await proposeDelta(s.client, { proposer: s.address, ...prepared });
        print({ proposal_id: r.response.proposalId, parent_version: prepared.parentVersion, delta_cid: prepared.deltaCid, result_cid: prepared.resultCid, txhash: r.txhash, height: r.height });
      } finally { s.close(); }
    });

  cmd.command('vote <proposal>')
    .description('vote on a delta with your whole bond in its group (a later vote replaces this one; votes close at epoch end)')
    .option('--reject', 'vote no (default: yes)')
    .addOption(homeOpt()).addOption(nodeOpt()).addOption(fromOpt()).addOption(gasPriceOpt())
    .action(async (id: string, o: CommonOptions & { reject?: boolean }) => {
      const proposalId = parseId(id, 'proposal');
      const s = await signerFrom(o);
      try {
        const r = await voteDelta(s.client, { voter: s.address, proposalId, yes: !o.reject });
        print({ proposal_id: proposalId, weight: r.response.weight, txhash: r.txhash, height: r.height });
      } finally { s.close(); }
    });

  cmd.command('list')
    .description('open delta proposals of a group, with tallies and votes')
    .requiredOption('--group <id>', 'training group id')
    .addOption(nodeOpt())
    .action(async (o: CommonOptions & { group: string }) => print(await withQueries(o, (q) => q.proposals(parseId(o.group, '--group')))));

  return cmd;
}
