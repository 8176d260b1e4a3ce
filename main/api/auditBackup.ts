// The automatic backup before every import (auditRules.ts `backupFirst`), taken off the window's
// thread by auditBackupWorker.ts. A ':memory:' database (tests) has nothing to copy.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Store } from '../../db/connection.ts';
import { AppError } from './errors.ts';

// Built without `new URL(…, import.meta.url)` so that bundlers leave it alone: the packaged app
// replaces it through useBackupWorker with the path of the bundled worker.
let workerPath = join(dirname(fileURLToPath(import.meta.url)), 'auditBackupWorker.ts');

/** main/index.ts: the worker electron-vite built (`import path from './api/auditBackupWorker.ts?modulePath'`). */
export function useBackupWorker(path: string): void {
  workerPath = path;
}

type Reply = { ok: true; file: string | null } | { ok: false; code: string | null; message: string };

/** Takes a rotating automatic backup beside the database; refuses (BACKUP_FAILED) when it cannot. */
export async function backupBeforeImport(store: Pick<Store, 'path'>): Promise<string | null> {
  if (store.path === ':memory:') return null;
  const worker = new Worker(workerPath, { workerData: { dbPath: store.path, reason: 'before-import' } });
  let reply: Reply;
  try {
    reply = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`backup worker exited (${code}) before it answered`)));
    });
  } catch {
    reply = { ok: false, code: null, message: 'worker' };
  } finally {
    await worker.terminate();
  }
  if (reply.ok) return reply.file;
  const why = reply.code === 'ENOSPC' || reply.code === 'SQLITE_FULL' ? '磁碟空間不足' : '無法寫入資料庫旁的 backups 資料夾';
  throw new AppError('BACKUP_FAILED', `匯入前的自動備份沒有完成（${why}），為保護現有資料，這次匯入沒有執行，資料沒有任何變更。請清出磁碟空間或確認資料夾權限後再試。`);
}
