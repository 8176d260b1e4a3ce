/** The browser-side window.api of the loopback host: the same Bridge the preload exposes in Electron. */
export function bridgeScript(token: string): string {
  return `(() => {
  const token = ${JSON.stringify(token)};
  let source = null;
  const listeners = new Set();
  function ensureEvents() {
    if (source) return;
    source = new EventSource('/api/events?token=' + token);
    source.onmessage = (m) => { const p = JSON.parse(m.data); for (const l of listeners) l(p); };
  }
  window.api = Object.freeze({
    async invoke(channel, input) {
      const res = await fetch('/api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-inservice-token': token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      if (!res.ok) return { ok: false, error: { code: 'TRANSPORT', message: '無法連線到資料服務（' + res.status + '）。' } };
      return res.json();
    },
    on(event, listener) {
      if (event !== 'progress') throw new Error('unknown event');
      ensureEvents();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
})();`;
}
