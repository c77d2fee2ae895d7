// Training groups: the list from the trainingset module, or what to do when there is none.
import { useHead, useLoad } from '../live.ts';
import { getGroups } from '../api/getGroups.ts';
import { Card, Empty, Loading, ErrorNote, AccountLink, Cmd } from '../components/ui.tsx';
import { formatNrn, shortHash } from '../format.ts';

export function GroupsPage() {
  const { head } = useHead();
  const { data: groups, error, settled } = useLoad(getGroups, [], head?.height);

  if (!settled) return <Loading what="training groups" />;
  if (error && !groups) return <ErrorNote error={error} />;
  return (
    <div class="page" data-testid="page-groups">
      <div class="page-title"><h1>Training groups</h1></div>
      <Card>
        {groups === undefined ? (
          <Empty title="Training groups are not on this chain yet" icon="◎">
            <p>This node's app has no <code>trainingset</code> module. Start a node built from a version that has it;</p>
            <p><Cmd>npm start</Cmd></p>
            <p>runs the devnet with the Iris demo group.</p>
          </Empty>
        ) : groups.length === 0 ? (
          <Empty title="No groups yet" icon="◎">
            <p>Create the first one:</p>
            <p><Cmd>{'npx nrn group create --name <name> --model <model.json|CID> --dataset <dataset file|CID> --deposit 10000000unrn --from <key>'}</Cmd></p>
            <p>A group agrees by stake-weighted vote on a training set; trainers compete on verified loss.</p>
          </Empty>
        ) : (
          <div class="table-wrap">
            <table class="table" data-testid="groups-table">
              <thead><tr><th>#</th><th>Name</th><th>Creator</th><th class="num">Epoch</th><th class="num">Version</th><th>Dataset</th><th class="num">Bonded</th></tr></thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.id}>
                    <td class="muted">{g.id}</td>
                    <td><a href={`#/group/${g.id}`}><strong>{g.name}</strong></a>{g.forkedFrom ? <span class="pill">fork of #{g.forkedFrom}</span> : null}</td>
                    <td><AccountLink address={g.creator} /></td>
                    <td class="num">{g.epoch}</td>
                    <td class="num" title={g.version}>v{g.versionNumber} <span class="mono muted">{shortHash(g.version, 6, 0)}</span></td>
                    <td class="mono muted" title={g.datasetCid}>{shortHash(g.datasetCid, 10, 4)}</td>
                    <td class="num">{formatNrn(g.totalBond, 2)} NRN</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
