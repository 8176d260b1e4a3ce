import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../db/connection.ts';
import { openStore } from '../../db/open.ts';
import type { ApiContext } from '../../main/api/context.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';

export function tempDir(prefix = 'inservice-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A migrated database in a fresh temp folder. */
export function tempStore(): Store & { dir: string; cleanup(): void } {
  const { dir, cleanup } = tempDir();
  const store = openStore(join(dir, 'test.db'));
  return Object.assign(store, {
    dir,
    cleanup() {
      store.close();
      cleanup();
    },
  });
}

export function testContext(store: Store, events: ProgressEvent[] = []): ApiContext {
  return { store, appVersion: 'test', progress: (e) => events.push(e) };
}
