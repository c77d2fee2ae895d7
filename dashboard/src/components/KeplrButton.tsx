// "Add to Keplr": suggests this chain to the Keplr extension with the config the server derives from the genesis.
import { useState } from 'preact/hooks';
import { getKeplrChainInfo } from '../api/getChainConfig.ts';
import type { KeplrChainInfo } from '../api/getChainConfig.ts';

interface Keplr {
  experimentalSuggestChain(info: KeplrChainInfo): Promise<void>;
  enable(chainId: string): Promise<void>;
}

type Outcome = { kind: 'idle' } | { kind: 'added'; chainId: string } | { kind: 'missing' } | { kind: 'failed'; message: string };

export function KeplrButton() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  async function add() {
    const keplr = (window as unknown as { keplr?: Keplr }).keplr;
    if (!keplr) return setOutcome({ kind: 'missing' });
    setBusy(true);
    try {
      const info = await getKeplrChainInfo();
      await keplr.experimentalSuggestChain(info);
      await keplr.enable(info.chainId);
      setOutcome({ kind: 'added', chainId: info.chainId });
    } catch (e) {
      setOutcome({ kind: 'failed', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="keplr">
      <button class="btn btn-keplr" onClick={add} disabled={busy} data-testid="keplr-button">{busy ? 'Adding…' : 'Add to Keplr'}</button>
      {outcome.kind !== 'idle' && (
        <div class="popover" role="status" data-testid="keplr-outcome">
          <button class="popover-close" aria-label="close" onClick={() => setOutcome({ kind: 'idle' })}>×</button>
          {outcome.kind === 'added' && <p><strong>{outcome.chainId}</strong> is in Keplr. Pick it in Keplr's chain list to see your nrn1… address.</p>}
          {outcome.kind === 'failed' && <p>Keplr did not add the chain: {outcome.message}</p>}
          {outcome.kind === 'missing' && (
            <>
              <p><strong>Keplr was not found in this browser.</strong> Install the Keplr extension (keplr.app), reload this page and press the button again.</p>
              <p>The config it will receive is at <a href="./keplr.json" target="_blank">/keplr.json</a> (a chain-registry entry at <a href="./chain.json" target="_blank">/chain.json</a>).</p>
              <p class="muted">NRN serves no REST (LCD) endpoint yet: Keplr can sign and broadcast over RPC, but it will not show balances; read them here.</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
