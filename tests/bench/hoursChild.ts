// One measurement of the hours benchmark, in its own process so that its time and its peak memory
// are its own (VmHWM, which a new process starts afresh; getrusage's maxrss survives exec):
//   node tests/bench/hoursChild.ts bare FILE | read FILE | import FILE DB
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openStore } from '../../db/open.ts';
import { bareRead, readImport } from '../../main/imports/index.ts';
import { runImportJob } from '../../main/imports-db/jobs.ts';

const [mode, file = '', db = ''] = process.argv.slice(2);
const peakMb = (): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

let rows = 0;
let counts: unknown = null;
let started = 0;
if (mode === 'bare') {
  started = performance.now();
  rows = (await bareRead(file)).rows - 1;
} else if (mode === 'read') {
  started = performance.now();
  for await (const batch of readImport('hours', file)) rows += batch.rowsRead;
} else if (mode === 'import') {
  const store = openStore(db);
  started = performance.now();
  // The app's path: a worker thread with its own connection, one transaction.
  const outcome = await runImportJob('bench', store, { kind: 'hours', path: file, fileName: basename(file), year: 113 }, () => {});
  if (outcome.status !== 'landed') throw new Error(`import ${outcome.status}: ${'message' in outcome ? outcome.message : ''}`);
  counts = outcome.counts;
  rows = outcome.counts.read;
  store.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, rows, seconds, peakMb: peakMb(), counts }));
