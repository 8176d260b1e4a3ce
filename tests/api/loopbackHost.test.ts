import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/csp.ts';
import { startLoopbackHost, type LoopbackHost } from '../../main/dev/loopbackHost.ts';
import { tempStore } from '../helpers/store.ts';

const store = tempStore();
let host: LoopbackHost;
beforeAll(async () => {
  const dir = join(store.dir, 'renderer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<html><head><title>x</title></head><body></body></html>');
  writeFileSync(join(store.dir, 'secret.txt'), 'outside the renderer');
  host = await startLoopbackHost({ store, rendererDir: dir });
});
afterAll(async () => {
  await host.close();
  store.cleanup();
});

const call = (channel: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('loopback test host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers the API with the right token and the same envelope as IPC', async () => {
    const r = await call('years:list', '{}', { 'x-inservice-token': host.token });
    expect(await r.json()).toEqual({ ok: true, data: [] });
    const bad = await call('overview:get', '{"year":"x"}', { 'x-inservice-token': host.token });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const junk = await call('years:list', '{not json', { 'x-inservice-token': host.token });
    expect(await junk.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    expect((await call('years:list', '{}')).status).toBe(403);
    expect((await call('years:list', '{}', { 'x-inservice-token': 'x'.repeat(48) })).status).toBe(403);
    expect((await fetch(`${host.url}/api/events`)).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) and paths outside the renderer', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(`${host.url}/`, { headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(421);
    expect((await fetch(`${host.url}/..%2fsecret.txt`)).status).toBe(404);
  });

  it('serves the page with the CSP header and the bridge script', async () => {
    const page = await fetch(`${host.url}/`);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<script src="/__bridge.js"></script>');
  });

  it('keeps the CSP of renderer/index.html equal to the one the app sends', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('loopback test host given a folder with a trailing separator', () => {
  it('still serves the page (npm run dev:web passes out/renderer/)', async () => {
    const other = tempStore();
    const dir = join(other.dir, 'renderer');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), '<html><head></head><body>ok</body></html>');
    writeFileSync(join(other.dir, 'renderer-secret.txt'), 'outside');
    const served = await startLoopbackHost({ store: other, rendererDir: `${dir}/` });
    try {
      expect((await fetch(`${served.url}/`)).status).toBe(200);
      expect((await fetch(`${served.url}/..%2frenderer-secret.txt`)).status).toBe(404);
    } finally {
      await served.close();
      other.cleanup();
    }
  });
});
