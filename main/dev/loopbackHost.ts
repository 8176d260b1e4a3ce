import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Store } from '../../db/connection.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';
import type { ApiContext } from '../api/context.ts';
import { dispatch } from '../api/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import { APP_VERSION } from '../version.ts';
import { bridgeScript } from './bridgeScript.ts';

// The loopback test host: serves the built renderer and the same API handlers over HTTP on 127.0.0.1,
// so Playwright (Debian's Chromium) can drive the real UI against the real API. It exists for tests
// and `npm run dev:web` only — main/index.ts never imports it, so it is never part of the packaged app.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY = 1 << 20;

export interface LoopbackHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

export async function startLoopbackHost(options: { store: Store; rendererDir: string; port?: number }): Promise<LoopbackHost> {
  const token = randomBytes(24).toString('hex');
  const listeners = new Set<ServerResponse>();
  const ctx: ApiContext = {
    store: options.store,
    appVersion: APP_VERSION,
    progress(event: ProgressEvent) {
      for (const res of listeners) res.write(`data: ${JSON.stringify(event)}\n\n`);
    },
  };
  // Without its trailing separator: 'out/renderer/' would otherwise make every file look outside it.
  const root = normalize(options.rendererDir).replace(/(.)[\\/]+$/, '$1');
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      // A page on another origin (or a DNS-rebinding host name) must not reach the API.
      if (req.headers.host !== origin.replace('http://', '')) {
        res.writeHead(421).end();
        return;
      }
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/api/')) return await serveApi(req, res, url);
      if (url.pathname === '/__bridge.js') {
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(bridgeScript(token));
        return;
      }
      await serveStatic(res, url.pathname);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });

  async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/api/events') {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return void res.writeHead(403).end();
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (req.method !== 'POST') return void res.writeHead(405).end();
    // The custom header forces a CORS preflight that this host never answers, so other origins cannot call.
    if (!sameToken(req.headers['x-inservice-token'] as string | undefined, token)) return void res.writeHead(403).end();
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body ? JSON.parse(body) : {};
    } catch {
      input = Symbol('unparseable');
    }
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    const envelope =
      typeof input === 'symbol'
        ? { ok: false, error: { code: 'BAD_INPUT', message: '輸入資料不是有效的 JSON。' } }
        : await dispatch(channel, input, ctx, { checkOutput: true, onInternalError: (ch, e) => console.error(`[${ch}]`, e) });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(envelope));
  }

  async function serveStatic(res: ServerResponse, pathname: string) {
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(404).end();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404).end();
    }
    if (rel === 'index.html') {
      // The bridge must exist before the app's module script runs.
      body = Buffer.from(body.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>'));
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (rel === 'index.html') headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    res.writeHead(200, headers).end(body);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('loopback host has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
