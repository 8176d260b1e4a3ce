// Import jobs of the running app: each runs in a worker thread with its own database connection,
// reports progress, and can be cancelled by its task id. A ':memory:' database (tests) cannot be
// shared with a thread, so its imports run here, still yielding between batches.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Store } from '../../db/connection.ts';
import { runImport } from './run.ts';
import type { ImportJob, ImportOutcome, JobProgress } from './types.ts';
import type { WorkerReply, WorkerRequest } from './workerMessages.ts';

// Built without `new URL(…, import.meta.url)` so that bundlers leave it alone: the packaged app
// replaces it through useImportWorker with the path of the bundled worker.
let workerPath = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/** main/index.ts: the worker electron-vite built (`import path from './imports-db/worker.ts?modulePath'`). */
export function useImportWorker(path: string): void {
  workerPath = path;
}

const IMPORT_YOUNG_GENERATION_MB = 24;

const running = new Map<string, () => void>();

export function isRunning(task: string): boolean {
  return running.has(task);
}

/** Asks a running import to stop; it rolls back and ends as cancelled. False when no such task runs. */
export function cancelImport(task: string): boolean {
  const cancel = running.get(task);
  cancel?.();
  return cancel !== undefined;
}

export async function runImportJob(
  task: string,
  store: Pick<Store, 'path' | 'sqlite'>,
  job: ImportJob,
  onProgress: (progress: JobProgress) => void,
): Promise<ImportOutcome> {
  if (running.has(task)) throw new Error(`import task ${task} is already running`);
  if (store.path === ':memory:') {
    const controller = new AbortController();
    running.set(task, () => controller.abort());
    try {
      return await runImport({ sqlite: store.sqlite }, job, { signal: controller.signal, onProgress });
    } finally {
      running.delete(task);
    }
  }
  // A small young generation: an import allocates a record per row and keeps few of them, and V8
  // would otherwise grow its nursery to its maximum (measured: 1M-row hour import 485 → 356 MB).
  const worker = new Worker(workerPath, { workerData: { dbPath: store.path, job }, resourceLimits: { maxYoungGenerationSizeMb: IMPORT_YOUNG_GENERATION_MB } });
  running.set(task, () => worker.postMessage({ type: 'cancel' } satisfies WorkerRequest));
  try {
    return await new Promise<ImportOutcome>((resolve, reject) => {
      worker.on('message', (message: WorkerReply) => {
        if (message.type === 'progress') onProgress(message.progress);
        else if (message.type === 'done') resolve(message.outcome);
        else reject(new Error(`import worker failed: ${message.message}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`import worker exited (${code}) before it answered`)));
    });
  } finally {
    running.delete(task);
    await worker.terminate();
  }
}
