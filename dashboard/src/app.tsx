// The shell: header (navigation, search, live head, Keplr), and the page the URL hash names.
import { useEffect, useState } from 'preact/hooks';
import { useHead } from './live.ts';
import { resolveSearch, routeFor } from './search.ts';
import { KeplrButton } from './components/KeplrButton.tsx';
import { OverviewPage } from './pages/Overview.tsx';
import { BlockPage } from './pages/Block.tsx';
import { TxPage } from './pages/Tx.tsx';
import { AccountPage } from './pages/Account.tsx';
import { TokenPage } from './pages/Token.tsx';
import { GroupsPage } from './pages/Groups.tsx';
import { GroupPage } from './pages/Group.tsx';
import { BridgePage } from './pages/Bridge.tsx';
import { SearchPage } from './pages/Search.tsx';
import { Empty } from './components/ui.tsx';

type Route = { page: string; arg: string };

function currentRoute(): Route {
  const [page = '', ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  return { page, arg: decodeURIComponent(rest.join('/')) };
}

const NAV = [
  { page: '', label: 'Overview' },
  { page: 'token', label: 'Token' },
  { page: 'groups', label: 'Groups' },
  { page: 'bridge', label: 'Bridge' },
];

export function App() {
  const [route, setRoute] = useState(currentRoute);
  const { head, error } = useHead();
  useEffect(() => {
    const onHash = () => {
      setRoute(currentRoute());
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const navPage = ['block', 'tx', 'account', 'search'].includes(route.page) ? '' : route.page === 'group' ? 'groups' : route.page;
  return (
    <div class="shell">
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href="#/">
            <span class="brand-mark" aria-hidden="true">◆</span>
            <span>NRN</span>
            <span class="brand-sub">explorer</span>
          </a>
          <nav class="nav">
            {NAV.map((n) => <a key={n.page} href={`#/${n.page}`} class={navPage === n.page ? 'active' : ''}>{n.label}</a>)}
          </nav>
          <SearchBox />
          <div class="head-live" data-testid="live-head" title={error ?? 'following the chain head'}>
            <span class={`dot ${error ? 'down' : head ? 'up' : ''}`} />
            {head ? <span><span class="muted">{head.chainId}</span> · <a href={`#/block/${head.height}`} class="mono">#{head.height.toLocaleString('en-US')}</a></span> : <span class="muted">{error ? 'node unreachable' : 'connecting…'}</span>}
          </div>
          <KeplrButton />
        </div>
      </header>
      <main class="main">
        <Page route={route} />
      </main>
      <footer class="footer">
        Reads CometBFT RPC and the app's queries only · <a href="./chain.json">chain.json</a> · <a href="./keplr.json">keplr.json</a>
      </footer>
    </div>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case '': return <OverviewPage />;
    case 'block': return <BlockPage height={Number(route.arg)} />;
    case 'tx': return <TxPage hash={route.arg.toUpperCase()} />;
    case 'account': return <AccountPage address={route.arg} />;
    case 'token': return <TokenPage />;
    case 'groups': return <GroupsPage />;
    case 'group': return <GroupPage id={Number(route.arg)} />;
    case 'bridge': return <BridgePage />;
    case 'search': return <SearchPage query={route.arg} />;
    default: return <Empty title="No such page" icon="?">Try the <a href="#/">overview</a>.</Empty>;
  }
}

function SearchBox() {
  const [q, setQ] = useState('');
  return (
    <form class="search" role="search" onSubmit={(e) => {
      e.preventDefault();
      if (!q.trim()) return;
      location.hash = routeFor(resolveSearch(q));
      setQ('');
    }}>
      <input
        type="search" name="q" value={q} data-testid="search-input" aria-label="search"
        placeholder="Search height, tx hash or nrn1… address"
        onInput={(e) => setQ((e.target as HTMLInputElement).value)}
      />
    </form>
  );
}
