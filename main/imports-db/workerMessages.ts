import type { ImportOutcome, JobProgress } from './types.ts';

/** Main thread → import worker. */
export type WorkerRequest = { type: 'cancel' };

/** Import worker → main thread. */
export type WorkerReply =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; message: string };
