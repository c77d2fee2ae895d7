// Where a search that matches nothing lands, with what the box understands.
import { Empty, Card } from '../components/ui.tsx';

export function SearchPage({ query }: { query: string }) {
  return (
    <Card title="Search">
      <Empty title={`Nothing matches “${query}”`} icon="⌕">
        The search box takes a <strong>block height</strong> (e.g. <code>42</code>), a <strong>tx hash</strong> (64 hex characters)
        or an <strong>address</strong> (<code>nrn1…</code>).
      </Empty>
    </Card>
  );
}
