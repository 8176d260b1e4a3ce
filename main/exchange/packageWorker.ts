// The data package's thread: reading, verifying and importing a county's package takes seconds
// (about 10 s for a 臺中市-sized county), so exporting, inspecting and importing run here on its own connection and the
// window's process stays free to draw progress. Loaded as TypeScript by Node (tests, CLI, loopback
// host) and as the bundle electron-vite builds from it (`?modulePath` in main/index.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../../db/connection.ts';
import { packageJob, type PackageJobReply, type PackageJobRequest } from './packageJob.ts';

const port = parentPort;
if (!port) throw new Error('packageWorker.ts runs only as a worker thread');
const { dbPath, request } = workerData as { dbPath: string; request: PackageJobRequest };
const reply = (message: PackageJobReply): void => port.postMessage(message);

const sqlite = openSqlite(dbPath);
try {
  reply(await packageJob(sqlite, request, (progress) => reply({ type: 'progress', progress })));
} finally {
  sqlite.close();
}
port.close();
