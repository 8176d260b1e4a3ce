// Award jobs of the running app: a run, a comparison of two national runs or the year's
// achievement rates take a second or two of work, so each runs in a worker thread with its own connection and reports its steps; a run can
// be cancelled by its task id (the worker is stopped, its transaction rolls back, nothing is kept).
// A ':memory:' database (tests) cannot be shared with a thread, so its jobs run here.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Store } from '../../db/connection.ts';
import type { RunComparison } from '../engine/awardCompare.ts';
import { executeAchievement } from './achievementJob.ts';
import type { AchievementLevel, AchievementResult } from './achievementJob.ts';
import { executeCompare, executeRun } from './execute.ts';
import type { RunOutcome, RunRequest, RunStep } from './execute.ts';
import type { AwardJob, AwardWorkerReply } from './messages.ts';

// Built without `new URL(…, import.meta.url)` so that bundlers leave it alone: the packaged app
// replaces it through useAwardWorker with the path of the bundled worker.
let workerPath = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/** main/index.ts: the worker electron-vite built (`import path from './awards/worker.ts?modulePath'`). */
export function useAwardWorker(path: string): void {
  workerPath = path;
}

/** A failure inside the job, with the error's name and code as the worker saw them. */
export class AwardJobError extends Error {
  readonly code: string | null;
  constructor(name: string, code: string | null, message: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

export class AwardJobCancelled extends Error {}

const running = new Map<string, () => void>();

export function isRunning(task: string): boolean {
  return running.has(task);
}

/** Stops a running job; it ends as cancelled and leaves no run behind. False when no such task runs. */
export function cancelAwardJob(task: string): boolean {
  const cancel = running.get(task);
  cancel?.();
  return cancel !== undefined;
}

type JobStore = Pick<Store, 'path' | 'sqlite'>;

function inWorker<T>(task: string | null, store: JobStore, job: AwardJob, onStep: (step: RunStep) => void, pick: (reply: AwardWorkerReply) => T | undefined): Promise<T> {
  const worker = new Worker(workerPath, { workerData: { dbPath: store.path, job } });
  let cancelled = false;
  if (task !== null) {
    running.set(task, () => {
      cancelled = true;
      void worker.terminate();
    });
  }
  return new Promise<T>((resolve, reject) => {
    worker.on('message', (message: AwardWorkerReply) => {
      if (message.type === 'step') onStep(message.step);
      else if (message.type === 'failed') reject(new AwardJobError(message.name, message.code, message.message));
      else {
        const value = pick(message);
        if (value !== undefined) resolve(value);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(cancelled ? new AwardJobCancelled() : new Error(`award worker exited (${code}) before it answered`)));
  }).finally(() => {
    if (task !== null) running.delete(task);
    void worker.terminate();
  });
}

export async function runAwardJob(task: string, store: JobStore, request: RunRequest, onStep: (step: RunStep) => void): Promise<RunOutcome> {
  if (running.has(task)) throw new Error(`award task ${task} is already running`);
  if (store.path === ':memory:') return executeRun(store.sqlite, request, onStep);
  return inWorker(task, store, { type: 'run', request }, onStep, (m) => (m.type === 'ran' ? m.outcome : undefined));
}

export async function compareJob(store: JobStore, a: number, b: number): Promise<RunComparison | null> {
  if (store.path === ':memory:') return executeCompare(store.sqlite, a, b);
  return inWorker(null, store, { type: 'compare', a, b }, () => {}, (m) => (m.type === 'compared' ? m.comparison : undefined));
}

export async function achievementJob(store: JobStore, year: number, level: AchievementLevel): Promise<AchievementResult> {
  if (store.path === ':memory:') return executeAchievement(store.sqlite, year, level);
  return inWorker(null, store, { type: 'achievement', year, level }, () => {}, (m) => (m.type === 'achieved' ? m.result : undefined));
}
