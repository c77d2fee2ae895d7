// The Ethereum bridge: escrow on this chain now; wNRN supply, batches and valsets once the bridge module lands.
import { useHead, useLoad } from '../live.ts';
import { getModuleBalance, moduleAddress } from '../api/getEscrow.ts';
import { abciQuery, AppQueryError } from '../api/abciQuery.ts';
import { Card, Stat, Empty, Loading, ErrorNote, AccountLink, Cmd } from '../components/ui.tsx';
import { formatNrn } from '../format.ts';

/** Whether the app answers the bridge's queries at all (unknown query path means no bridge module). */
async function bridgeOnChain(): Promise<boolean> {
  try {
    await abciQuery('/nrn.bridge.v1.Query/Params', new Uint8Array(0));
    return true;
  } catch (e) {
    if (e instanceof AppQueryError && e.unknownPath) return false;
    throw e;
  }
}

export function BridgePage() {
  const { head } = useHead();
  const { data, error } = useLoad(async () => {
    const [escrow, live] = await Promise.all([getModuleBalance('bridge'), bridgeOnChain()]);
    return { escrow, live };
  }, [], head?.height);

  if (!data) return error ? <ErrorNote error={error} /> : <Loading what="the bridge" />;
  return (
    <div class="page" data-testid="page-bridge">
      <div class="page-title"><h1>Ethereum bridge</h1></div>
      <div class="stats">
        <Stat testid="bridge-escrow" label="Escrowed on NRN" value={`${formatNrn(data.escrow, 2)} NRN`} sub={<span>in <AccountLink address={moduleAddress('bridge')} /></span>} />
        <Stat label="wNRN on Ethereum" value="—" sub="read from the relayed batches" />
        <Stat label="Batches in flight" value="—" sub="signed, not yet relayed" />
        <Stat label="Last valset relayed" value="—" sub="validator-set checkpoint on Ethereum" />
      </div>
      <Card>
        {data.live ? (
          <Empty title="No bridge activity yet" icon="⇋">
            <p>Send NRN to Ethereum with</p>
            <p><Cmd>{'nrn bridge send-to-eth <0x address> <amount>'}</Cmd></p>
            <p>batches appear here as validators sign them.</p>
          </Empty>
        ) : (
          <Empty title="The bridge is not on this chain yet" icon="⇋">
            <p>This node's app has no <code>bridge</code> module, so nothing is escrowed or relayed. When it is there, this page shows the
            escrow, wNRN supply on Ethereum, batches in flight and the last validator set relayed
            (invariant: escrowed NRN = wNRN supply + in flight).</p>
          </Empty>
        )}
      </Card>
    </div>
  );
}
