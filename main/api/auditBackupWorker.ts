// The rotating backup an import takes first, on a thread of its own with its own connection: VACUUM
// INTO and the check of the copy take seconds on a national database, and the window's process
// must not stand still meanwhile. Loaded as TypeScript by Node (tests, CLI, loopback host) and as
// the bundle electron-vite builds from it (`?modulePath` in main/index.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { autoBackup } from '../../db/backup.ts';
import { openSqlite, type Sqlite } from '../../db/connection.ts';

const port = parentPort;
if (!port) throw new Error('auditBackupWorker.ts runs only as a worker thread');
const { dbPath, reason } = workerData as { dbPath: string; reason: string };

let sqlite: Sqlite | null = null;
try {
  sqlite = openSqlite(dbPath);
  port.postMessage({ ok: true, file: autoBackup(sqlite, dbPath, reason) });
} catch (error) {
  port.postMessage({ ok: false, code: (error as NodeJS.ErrnoException).code ?? null, message: error instanceof Error ? error.message : String(error) });
} finally {
  sqlite?.close();
}
