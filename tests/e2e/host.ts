// Playwright's webServer: a fresh temp database with two small demo years (113 and 112, so the year
// switcher has something to switch to), served by the loopback test host on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { startLoopbackHost } from '../../main/dev/loopbackHost.ts';

const dir = mkdtempSync(join(tmpdir(), 'inservice-e2e-'));
const store = openStore(join(dir, 'e2e.db'));
createDemo(store.sqlite, { scale: 'small', year: 113, seed: 113 });
createDemo(store.sqlite, { scale: 'small', year: 112, seed: 112 });
const host = await startLoopbackHost({
  store,
  rendererDir: join(import.meta.dirname, '../../out/renderer'),
  port: Number(process.env.E2E_PORT ?? 47613),
});
console.log(`e2e host ${host.url} db ${store.path}`);

function stop() {
  void host.close().then(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
