// The dashboard's server: the built bundle, a same-origin proxy to CometBFT's RPC (HTTP and websocket), and the
// wallet configs generated from the genesis. `startDashboard({ rpc })` → `{ url, close() }`.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect as netConnect } from 'node:net';
import type { Socket } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keplrChainInfo, chainRegistryEntry } from './chain-config.ts';
import type { GenesisInfo } from './chain-config.ts';

export const DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), 'dist');

export interface DashboardOptions {
  /** CometBFT RPC, e.g. http://127.0.0.1:26657. */
  rpc: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Read chain id and genesis time from this file; without it they come from the node's /genesis. */
  genesisPath?: string;
  distDir?: string;
}

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.map': 'application/json',
};

/**
 * @example
 * const dash = await startDashboard({ rpc: 'http://127.0.0.1:26657', port: 8080 });
 * console.log(`dashboard at ${dash.url}`);
 */
export async function startDashboard(o: DashboardOptions): Promise<RunningDashboard> {
  const target = new URL(o.rpc);
  const dist = o.distDir ?? DIST_DIR;
  const host = o.host ?? '127.0.0.1';
  let genesis: Promise<GenesisInfo> | undefined;
  const loadGenesis = () => (genesis ??= readGenesis(o).catch((e) => {
    genesis = undefined;
    throw e;
  }));

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 502, 'text/plain; charset=utf-8', `dashboard server: ${(e as Error).message}\n`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://dashboard');
    const origin = `http://${req.headers.host ?? `${host}`}`;
    if (url.pathname === '/rpc' || url.pathname.startsWith('/rpc/')) return proxy(req, res, url);
    if (url.pathname === '/keplr.json') return sendJson(res, keplrChainInfo(await loadGenesis(), origin));
    if (url.pathname === '/chain.json') return sendJson(res, chainRegistryEntry(await loadGenesis(), origin));
    if (url.pathname === '/rest' || url.pathname.startsWith('/rest/')) {
      return sendJson(res, { code: 12, message: 'NRN serves no REST (LCD) gateway; use the CometBFT RPC at /rpc (abci_query on the gRPC method paths)' }, 501);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    return serveStatic(res, url.pathname);
  }

  function proxy(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname.slice('/rpc'.length) || '/';
    const upstream = httpRequest({
      host: target.hostname, port: target.port, method: req.method, path: path + url.search,
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json', ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}) },
    }, (up) => {
      res.writeHead(up.statusCode ?? 502, { 'content-type': up.headers['content-type'] ?? 'application/json', 'cache-control': 'no-store' });
      up.pipe(res);
    });
    upstream.on('error', (e) => send(res, 502, 'application/json', JSON.stringify({ jsonrpc: '2.0', id: -1, error: { code: -32000, message: 'node unreachable', data: `cannot reach CometBFT RPC at ${o.rpc}: ${e.message}` } })));
    req.pipe(upstream);
  }

  async function serveStatic(res: ServerResponse, pathname: string) {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\]|\.\.[/\\])+/, '');
    let file = join(dist, rel);
    if (!file.startsWith(dist)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden\n');
    const isFile = await stat(file).then((s) => s.isFile(), () => false);
    // Unknown paths get the app shell (routes live in the hash, but a pasted deep link should still load).
    if (!isFile) file = join(dist, 'index.html');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 503, 'text/plain; charset=utf-8', `the dashboard is not built: run \`npx node dashboard/build.ts\` (looked in ${dist})\n`);
    }
    const hashed = file.includes(`${join(dist, 'assets')}`);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(body);
  }

  // Websocket upgrades (/rpc/websocket) are piped byte for byte, so Keplr and subscribers reach CometBFT's /websocket.
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://dashboard');
    if (!url.pathname.startsWith('/rpc/')) return client.destroy();
    const up = netConnect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${url.pathname.slice('/rpc'.length)}${url.search} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i]!;
        lines.push(`${name}: ${name.toLowerCase() === 'host' ? target.host : req.rawHeaders[i + 1]}`);
      }
      up.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    sockets.add(up);
    up.on('close', () => sockets.delete(up));
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    }),
  };
}

async function readGenesis(o: DashboardOptions): Promise<GenesisInfo> {
  if (o.genesisPath) {
    const g = JSON.parse(await readFile(o.genesisPath, 'utf8'));
    return { chain_id: g.chain_id, genesis_time: g.genesis_time };
  }
  const res = await fetch(`${o.rpc.replace(/\/$/, '')}/genesis`);
  const { result } = (await res.json()) as { result: { genesis: { chain_id: string; genesis_time: string } } };
  return { chain_id: result.genesis.chain_id, genesis_time: result.genesis.genesis_time };
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown, status = 200) {
  send(res, status, 'application/json', JSON.stringify(value, null, 2) + '\n');
}
