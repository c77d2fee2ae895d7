// The Ethereum bridge: NRN escrowed here, wNRN it backs on Ethereum, batches signed but not yet relayed, the newest valset.
import { useHead, useLoad } from '../live.ts';
import { getModuleBalance, moduleAddress } from '../api/getEscrow.ts';
import { getBridge } from '../api/getBridge.ts';
import { Card, Stat, Empty, Loading, ErrorNote, AccountLink, BlockLink, Cmd } from '../components/ui.tsx';
import { formatNrn, shortHash } from '../format.ts';

export function BridgePage() {
  const { head } = useHead();
  const { data, error } = useLoad(async () => {
    const [escrow, bridge] = await Promise.all([getModuleBalance('bridge'), getBridge()]);
    return { escrow, bridge };
  }, [], head?.height);

  if (!data) return error ? <ErrorNote error={error} /> : <Loading what="the bridge" />;
  const b = data.bridge;
  const escrowed = b?.escrowed ?? data.escrow;
  // Invariant of the bridge: escrowed NRN = wNRN supply on Ethereum + NRN on its way out.
  const wnrn = b ? escrowed - b.outgoingInFlight : 0n;
  return (
    <div class="page" data-testid="page-bridge">
      <div class="page-title"><h1>Ethereum bridge</h1>{b && <span class="muted">Ethereum chain {b.ethChainId} · bridge <span class="mono" title={b.bridgeId}>{shortHash(b.bridgeId, 10, 6)}</span></span>}</div>
      <div class="stats">
        <Stat testid="bridge-escrow" label="Escrowed on NRN" value={`${formatNrn(escrowed, 2)} NRN`} sub={<span>in <AccountLink address={moduleAddress('bridge')} /></span>} />
        <Stat testid="bridge-wnrn" label="wNRN on Ethereum" value={b ? `${formatNrn(wnrn < 0n ? 0n : wnrn, 2)} wNRN` : '—'} sub="escrow less what is still in flight" />
        <Stat testid="bridge-inflight" label="Batches in flight" value={b ? String(b.batches.length) : '—'} sub={b ? `${formatNrn(b.outgoingInFlight, 2)} NRN outgoing · ${b.pendingTransfers} unbatched transfer${b.pendingTransfers === 1 ? '' : 's'}` : 'signed, not yet relayed'} />
        <Stat testid="bridge-valset" label="Last valset" value={b?.lastValset ? `#${b.lastValset.nonce}` : '—'} sub={b?.lastValset ? `${b.lastValset.members.length} signer${b.lastValset.members.length === 1 ? '' : 's'} · ${b.lastValset.confirms} confirm${b.lastValset.confirms === 1 ? '' : 's'}` : 'validator-set checkpoint for NRNBridge'} />
      </div>
      {!b ? (
        <Card>
          <Empty title="The bridge is not on this chain" icon="⇋">
            <p>This node's app has no <code>bridge</code> module, so nothing is escrowed or relayed.</p>
          </Empty>
        </Card>
      ) : (
        <>
          <Card title="Batches in flight" aside={<span class="muted">signed by validators, waiting for a relayer</span>}>
            {b.batches.length ? (
              <table class="table" data-testid="bridge-batches">
                <thead><tr><th>Nonce</th><th>Made at</th><th class="num">Transfers</th><th class="num">Amount</th><th class="num">Fees</th><th class="num">Confirms</th><th>Ethereum timeout</th><th>Digest</th></tr></thead>
                <tbody>
                  {b.batches.map((x) => (
                    <tr key={x.nonce}><td>{x.nonce}</td><td><BlockLink height={x.height} /></td><td class="num">{x.transfers}</td><td class="num">{formatNrn(x.amount)} NRN</td><td class="num">{formatNrn(x.fees)}</td><td class="num">{x.confirms}</td><td>block {x.timeout.toLocaleString('en-US')}</td><td class="mono muted" title={x.digest}>{shortHash(x.digest, 10, 6)}</td></tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty title="No batches in flight" icon="⇋">
                <p>Send NRN to Ethereum:</p>
                <p><Cmd>{'npx nrn-bridge send-to-eth <0x address> <unrn> --from <key>'}</Cmd></p>
                <p>Validators' orchestrators (<Cmd>npx nrn-bridge orchestrator</Cmd>) sign the batch; a relayer (<Cmd>npx nrn-bridge relayer</Cmd>) submits it to NRNBridge.</p>
              </Empty>
            )}
          </Card>
          <Card title={b.lastValset ? `Valset #${b.lastValset.nonce}` : 'Valset'} aside={b.lastValset ? <span class="muted">made at height {b.lastValset.height}</span> : undefined}>
            {b.lastValset?.members.length ? (
              <table class="table" data-testid="bridge-valset-members">
                <thead><tr><th>Validator</th><th>Ethereum signer</th><th class="num">Power (normalised)</th></tr></thead>
                <tbody>
                  {b.lastValset.members.map((m) => <tr key={m.ethAddress}><td><AccountLink address={m.validator} /></td><td class="mono">{m.ethAddress}</td><td class="num">{m.power.toLocaleString('en-US')}</td></tr>)}
                </tbody>
              </table>
            ) : (
              <Empty title="No valset yet" icon="◈">
                <p>Each validator binds an Ethereum signing key with <Cmd>{'npx nrn-bridge orchestrator --bridge <0x NRNBridge> --eth-key-file <file>'}</Cmd>; the chain then asks for the first valset.</p>
              </Empty>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
