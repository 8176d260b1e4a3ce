import { afterAll, describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../main/api/senderGuard.ts';
import { bindApi } from '../../main/ipc.ts';
import { API_INVOKE } from '../../preload/ipcNames.ts';
import { tempStore, testContext } from '../helpers/store.ts';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return { handle: (name: string, fn: Listener) => void handlers.set(name, fn), handlers };
}

function event(url: string, isMainFrame = true) {
  const top = {};
  return { senderFrame: { url, parent: isMainFrame ? null : top } };
}

describe('IPC binding', () => {
  const store = tempStore();
  const ipc = fakeIpc();
  bindApi(ipc as never, { context: () => testContext(store), log: () => {} });
  const invoke = ipc.handlers.get(API_INVOKE)!;
  afterAll(() => store.cleanup());

  it('answers the app’s own main frame', async () => {
    expect(await invoke(event('app://bundle/index.html'), 'years:list', {})).toEqual({ ok: true, data: [] });
  });

  it('refuses a foreign sender, a subframe and a missing frame', async () => {
    for (const e of [event('https://evil.example/'), event('app://bundle/index.html', false), event('file:///tmp/x.html'), { senderFrame: null }]) {
      expect(await invoke(e, 'years:list', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '拒絕了來源不明的請求。' } });
    }
  });

  it('refuses unknown channels and bad input through IPC too', async () => {
    expect(await invoke(event('app://bundle/'), 'fs:read', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await invoke(event('app://bundle/'), 'overview:get', { year: -1 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('trusts the dev server only on loopback and only when one is configured', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'http://evil.example:5173/', isMainFrame: true }, 'http://evil.example:5173')).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true })).toBe(false);
  });
});
