// The import's thread: runs one job on its own connection and reports progress, so the window's
// process never parses or writes a 200,000-row file itself. Loaded as TypeScript by Node (tests,
// CLI, loopback host) and as the bundle electron-vite builds from it (`?modulePath` in main/index.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { runImport } from './run.ts';
import type { ImportJob } from './types.ts';
import type { WorkerReply, WorkerRequest } from './workerMessages.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
const { dbPath, job } = workerData as { dbPath: string; job: ImportJob };
const controller = new AbortController();

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'cancel') controller.abort();
});

const reply = (message: WorkerReply): void => port.postMessage(message);

try {
  const outcome = await runImport({ dbPath }, job, {
    signal: controller.signal,
    onProgress: (progress) => reply({ type: 'progress', progress }),
  });
  reply({ type: 'done', outcome });
} catch (error) {
  reply({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
port.close();
