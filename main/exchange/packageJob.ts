// One package job as the API runs it — export (one read transaction, then the zip), inspect (read,
// verify, plan; writes nothing) or import (read, verify, load in one transaction) — with its progress. A package of a big county takes seconds
// to parse, check and load, so the job runs in the package worker (packageWorker.ts) on its own
// connection; a ':memory:' database (tests) cannot be shared with a thread, so its jobs run here.
// Refusals travel as data, so the worker never has to throw across.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Sqlite, Store } from '../../db/connection.ts';
import type { PackageInspection } from '../../preload/contracts/packages.ts';
import type { Manifest } from './package.ts';
import { planImport } from './packageCheck.ts';
import { PackageRefused } from './packageErrors.ts';
import { inspectPackage } from './packageInspect.ts';
import { loadPackage, type LoadResult, type LoadStep } from './packageLoad.ts';
import { readPackage } from './packageRead.ts';
import { writePackage } from './packageWrite.ts';

export interface JobProgress {
  label: string;
  done: number;
  total: number;
}

export type PackageJobRequest =
  | { mode: 'inspect' | 'import'; path: string }
  | { mode: 'export'; path: string; authority: string; year: number; appVersion: string };

export type PackageJobOutcome =
  | { type: 'exported'; manifest: Manifest }
  | { type: 'inspected'; inspection: PackageInspection }
  | { type: 'imported'; result: LoadResult; authority: string; year: number }
  | { type: 'refused'; code: string; message: string }
  | { type: 'failed'; name: string; code: string | null; message: string };

export type PackageJobReply = { type: 'progress'; progress: JobProgress } | PackageJobOutcome;

const LOAD_STEPS: LoadStep[] = ['check', 'remove', 'write', 'totals', 'filing', 'record'];

export async function packageJob(sqlite: Sqlite, request: PackageJobRequest, onProgress: (p: JobProgress) => void): Promise<PackageJobOutcome> {
  const { mode, path } = request;
  try {
    if (request.mode === 'export') {
      onProgress({ label: `整理 ${request.authority} ${request.year} 學年度的資料…`, done: 0, total: 1 });
      return { type: 'exported', manifest: await writePackage(sqlite, request) };
    }
    const steps = mode === 'import' ? LOAD_STEPS.length : 1;
    const pkg = await readPackage(path, (done, total) => onProgress({ label: `讀取並驗證資料包（${done}/${total}）…`, done, total: total + steps }));
    const parts = pkg.manifest.parts.length;
    const total = parts + steps;
    if (mode === 'inspect') {
      onProgress({ label: '檢查與本機資料的衝突…', done: parts, total });
      return { type: 'inspected', inspection: inspectPackage(pkg, planImport(sqlite, pkg)) };
    }
    const result = loadPackage(sqlite, pkg, (step, detail) => onProgress({ label: detail, done: parts + LOAD_STEPS.indexOf(step), total }));
    onProgress({ label: '完成', done: total, total });
    return { type: 'imported', result, authority: pkg.manifest.authority.name, year: pkg.manifest.year };
  } catch (error) {
    if (error instanceof PackageRefused) return { type: 'refused', code: error.code, message: error.message };
    const code = (error as { code?: unknown } | null)?.code;
    return { type: 'failed', name: error instanceof Error ? error.name : 'Error', code: typeof code === 'string' ? code : null, message: error instanceof Error ? error.message : String(error) };
  }
}

// Built without `new URL(…, import.meta.url)` so that bundlers leave it alone (as awards/jobs.ts).
let workerPath = join(dirname(fileURLToPath(import.meta.url)), 'packageWorker.ts');

/** main/index.ts: the worker electron-vite built (`import path from './exchange/packageWorker.ts?modulePath'`). */
export function usePackageWorker(path: string): void {
  workerPath = path;
}

const running = new Map<string, () => void>();

export function isPackageJobRunning(task: string): boolean {
  return running.has(task);
}

/** Ends a running job's worker; its transaction rolls back. False when no such task runs. */
export function cancelPackageJob(task: string): boolean {
  const cancel = running.get(task);
  cancel?.();
  return cancel !== undefined;
}

/** Runs the job; a cancelled one answers { type: 'cancelled' }. */
export function runPackageJob(store: Pick<Store, 'path' | 'sqlite'>, request: PackageJobRequest, onProgress: (p: JobProgress) => void, task: string | null = null): Promise<PackageJobOutcome | { type: 'cancelled' }> {
  if (store.path === ':memory:') return packageJob(store.sqlite, request, onProgress);
  const worker = new Worker(workerPath, { workerData: { dbPath: store.path, request } });
  let cancelled = false;
  if (task !== null) {
    running.set(task, () => {
      cancelled = true;
      void worker.terminate();
    });
  }
  return new Promise<PackageJobOutcome | { type: 'cancelled' }>((resolve, reject) => {
    worker.on('message', (message: PackageJobReply) => {
      if (message.type === 'progress') onProgress(message.progress);
      else resolve(message);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (cancelled ? resolve({ type: 'cancelled' }) : reject(new Error(`package worker exited (${code}) before it answered`))));
  }).finally(() => {
    if (task !== null) running.delete(task);
    void worker.terminate();
  });
}
