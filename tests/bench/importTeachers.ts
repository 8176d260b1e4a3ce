import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { bareRead } from '../../main/imports/index.ts';
import { writeRoster } from '../helpers/roster.ts';
import { benchDir, report } from './util.ts';

// Issue 4: import a 200,000-row roster xlsx (national demo scale) through the CLI — reading, the
// worker thread, one transaction — in a child process, so its peak RSS is the import's own.
// Target ≤ 400 MB. Measured twice: into a year whose roster is empty (all added) and again (all
// unchanged, every row compared).

const ROWS = 200_000;
const CHILD = join(import.meta.dirname, 'importChild.ts');

function importInChild(db: string, file: string): { seconds: number; rssMb: number; result: Record<string, unknown> } {
  const child = spawnSync(process.execPath, [CHILD, db, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
}

export async function importTeachersBench(): Promise<void> {
  const dir = benchDir('import-teachers');
  const db = join(dir, 'national.db');
  const store = openStore(db);
  createDemo(store.sqlite, { scale: 'national' });
  const schoolCodes = store.sqlite.prepare('SELECT code FROM schools WHERE year = 113').pluck().all() as string[];
  store.sqlite.exec('DELETE FROM teachers');
  store.close();
  const file = join(dir, 'roster.xlsx');
  const written = performance.now();
  await writeRoster(file, { rows: ROWS, schoolCodes, letter: 'Y' });
  console.log(`roster: ${ROWS.toLocaleString('en-US')} rows over ${schoolCodes.length} schools, written in ${((performance.now() - written) / 1000).toFixed(1)} s`);

  const read = performance.now();
  const bare = await bareRead(file);
  console.log(`bare read (the reader alone): ${bare.rows.toLocaleString('en-US')} rows in ${((performance.now() - read) / 1000).toFixed(2)} s`);

  for (const label of ['first import (all added)', 'same file again (all unchanged)']) {
    const { seconds, rssMb, result } = importInChild(db, file);
    console.log(`${label}: ${JSON.stringify(result)}`);
    report(`import-teachers, ${label} — peak RSS (≤ 400 MB)`, `${seconds.toFixed(2)} s, ${rssMb.toFixed(0)} MB`, rssMb <= 400);
  }
  rmSync(dir, { recursive: true, force: true });
}
