// An account: balances and the txs it sent or received; reloads every block.
import { fromBech32 } from '@cosmjs/encoding';
import { useHead, useLoad } from '../live.ts';
import { getBalances } from '../api/getBalances.ts';
import { getAccountTxs } from '../api/getAccountTxs.ts';
import { Card, Stat, Empty, Loading, ErrorNote } from '../components/ui.tsx';
import { TxTable } from '../components/TxTable.tsx';
import { formatNrn, formatCoin } from '../format.ts';

function checkAddress(address: string): string | undefined {
  try {
    const { prefix } = fromBech32(address, 90);
    return prefix === 'nrn' ? undefined : `prefix is "${prefix}", NRN addresses start with "nrn1"`;
  } catch (e) {
    return (e as Error).message;
  }
}

export function AccountPage({ address }: { address: string }) {
  const { head } = useHead();
  const problem = checkAddress(address);
  const { data, error } = useLoad(async () => {
    if (problem) return undefined;
    const [balances, txs] = await Promise.all([getBalances(address), getAccountTxs(address)]);
    return { balances, txs };
  }, [address], head?.height);

  if (problem) return <Empty title="Not an NRN address" icon="!">{address}: {problem}</Empty>;
  if (!data) return error ? <ErrorNote error={error} /> : <Loading what="the account" />;
  const nrn = data.balances.find((b) => b.denom === 'unrn')?.amount ?? 0n;

  return (
    <div class="page" data-testid="page-account">
      <div class="page-title"><h1>Account</h1></div>
      <p class="mono address-line" data-testid="account-address">{address}</p>
      <div class="stats">
        <Stat testid="account-balance" label="Balance" value={`${formatNrn(nrn)} NRN`} sub={`${nrn.toLocaleString('en-US')} unrn`} />
        <Stat label="Transactions" value={data.txs.length} sub="sent or received" />
      </div>
      <Card title="Balances">
        {data.balances.length === 0 ? <Empty title="No balance" icon="○">This address holds nothing yet; send it NRN to create it.</Empty> : (
          <table class="table" data-testid="balances-table">
            <thead><tr><th>Denom</th><th class="num">Amount</th><th class="num">Base units</th></tr></thead>
            <tbody>
              {data.balances.map((b) => (
                <tr key={b.denom}><td>{b.denom === 'unrn' ? 'NRN' : b.denom}</td><td class="num">{formatCoin(b.amount, b.denom)}</td><td class="num mono muted">{b.amount.toString()} {b.denom}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title="History">
        {data.txs.length ? <TxTable txs={data.txs} direction /> : <Empty title="No transactions yet" icon="⇄">Txs this address signs or receives will appear here as they are committed.</Empty>}
      </Card>
    </div>
  );
}
