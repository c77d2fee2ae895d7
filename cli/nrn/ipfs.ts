// `nrn ipfs …`: the embedded node under --home, to add files and to serve them to other nodes.
import { Command } from 'commander';
import { homeOpt, ipfsOpt, print, openStore, withStore } from '../common.ts';

export function ipfsCommand(): Command {
  const cmd = new Command('ipfs').description('the IPFS node under --home (or a Kubo daemon with --ipfs)');

  cmd.command('add <file>').description('add a file; prints its CID (CIDv1, raw leaves, 256 KiB chunks: same as Kubo)')
    .addOption(homeOpt()).addOption(ipfsOpt())
    .action(async (file: string, o) => print({ cid: await withStore(o, (s) => s.addFile(file)) }));

  cmd.command('serve').description('run the embedded node on loopback so other nodes can fetch what it holds, until SIGINT/SIGTERM; prints its addresses')
    .addOption(homeOpt())
    .action(async (o) => {
      const store = await openStore(o, true);
      console.log(JSON.stringify({ multiaddrs: await store.multiaddrs() }));
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await store.stop();
    });

  return cmd;
}
