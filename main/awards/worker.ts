// The award area's thread: an award run (read 200,000 teachers, rank them, store the run), a
// comparison of two runs, or the year's achievement rates, each on its own connection, so the
// window's process stays free to draw progress. Loaded as TypeScript by Node
// (tests, CLI, loopback host) and as the bundle electron-vite builds from it (`?modulePath` in
// main/index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../../db/connection.ts';
import { executeAchievement } from './achievementJob.ts';
import { executeCompare, executeRun } from './execute.ts';
import type { AwardJob, AwardWorkerReply } from './messages.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
const { dbPath, job } = workerData as { dbPath: string; job: AwardJob };
const reply = (message: AwardWorkerReply): void => port.postMessage(message);

const sqlite = openSqlite(dbPath);
try {
  if (job.type === 'run') {
    reply({ type: 'ran', outcome: executeRun(sqlite, job.request, (step) => reply({ type: 'step', step })) });
  } else if (job.type === 'compare') {
    reply({ type: 'compared', comparison: executeCompare(sqlite, job.a, job.b) });
  } else {
    reply({ type: 'achieved', result: executeAchievement(sqlite, job.year, job.level) });
  }
} catch (error) {
  const code = (error as { code?: unknown } | null)?.code;
  reply({
    type: 'failed',
    name: error instanceof Error ? error.name : 'Error',
    code: typeof code === 'string' ? code : null,
    message: error instanceof Error ? error.message : String(error),
  });
} finally {
  sqlite.close();
}
port.close();
