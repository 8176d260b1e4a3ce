import { spawn } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { COURSE_HEADER, courseRows, siteRows, writeSiteCsv } from '../../db/demo/hoursFile.ts';
import { migrate } from '../../db/migrate.ts';
import { openStore } from '../../db/open.ts';
import { createRandom } from '../../db/demo/random.ts';
import { tempDir } from '../helpers/store.ts';

// The kill test of issue 6 (the registry's, on an hour import): the CLI imports a 100,000-row hour
// file in the national site's form (names, no IDs) and is SIGKILLed at random points, 20 times.
// Every time the database passes integrity_check and holds all of that import — its records, their
// totals, its history row — or none of it. The 1,000,000-row version is in `npm run bench -- hours`.

const ROWS = 100_000;
const ROUNDS = 20;
const CLI = join(import.meta.dirname, '../../main/cli.ts');
const SEED = 7;

const tmp = tempDir('inservice-hours-kill-');
afterAll(() => tmp.cleanup());

function runCli(db: string, file: string, killAfterMs: number | null): Promise<{ signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, '--db', db, 'import', 'hours', file, '--year', '113'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code !== null && code !== 0) reject(new Error(`cli exited ${code}: ${stderr}`));
      else resolve({ signal, ms: performance.now() - started });
    });
  });
}

function runCourses(db: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--db', db, 'import', 'courses', file], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`courses import exited ${code}`))));
  });
}

interface Landed {
  records: number;
  totals: number;
  totalHundredths: number;
  runs: unknown[];
}

function inspect(db: string): Landed {
  const sqlite = openSqlite(db);
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const fresh = sqlite.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(hundredths), 0) AS h FROM hour_records').get() as { n: number; h: number };
    const totals = sqlite.prepare('SELECT COALESCE(SUM(records), 0) AS n, COALESCE(SUM(total), 0) AS h FROM hour_totals').get() as { n: number; h: number };
    expect(totals).toEqual(fresh);
    const runs = sqlite.prepare("SELECT rows_read, added, rejected FROM import_runs WHERE status = 'landed' AND kind = 'hours'").all();
    return { records: fresh.n, totals: totals.n, totalHundredths: fresh.h, runs };
  } finally {
    sqlite.close();
  }
}

describe('an hour import killed at any point', () => {
  it(`leaves all of it or none of it, ${ROUNDS} times`, { timeout: 170_000 }, async () => {
    const base = join(tmp.dir, 'base.db');
    const store = openStore(base);
    createDemo(store.sqlite, { scale: 'county', seed: SEED });
    store.close();
    // The same demo year with its records, in memory, written out as the national site would.
    const twin = openSqlite(':memory:');
    migrate(twin);
    createDemo(twin, { scale: 'county', seed: SEED });
    twin.transaction(() => generateDemoHours(twin, { year: 113, seed: SEED }))();
    const file = join(tmp.dir, 'hours.csv');
    expect(writeSiteCsv(file, siteRows(twin, 113, ROWS))).toBe(ROWS);
    const courses = join(tmp.dir, 'courses.csv');
    writeSiteCsv(courses, courseRows(twin), COURSE_HEADER);
    twin.close();
    await runCourses(base, courses);

    const work = join(tmp.dir, 'work.db');
    const fresh = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
      copyFileSync(base, work);
    };
    fresh();
    const none = inspect(work);
    expect(none).toEqual({ records: 0, totals: 0, totalHundredths: 0, runs: [] });
    const whole = await runCli(work, file, null);
    const all = inspect(work);
    expect(all.records).toBeGreaterThan(ROWS * 0.95);
    expect(all.runs).toHaveLength(1);

    const random = createRandom(61);
    const outcomes: Array<{ at: number; state: 'none' | 'all'; killed: boolean }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      fresh();
      // 10%..130% of a whole run: most kills land before the commit, a few after it.
      const at = Math.round(whole.ms * (0.1 + 1.2 * random.next()));
      const result = await runCli(work, file, at);
      const found = inspect(work);
      if (found.records === 0) expect(found).toEqual(none);
      else expect(found).toEqual(all);
      outcomes.push({ at, state: found.records === 0 ? 'none' : 'all', killed: result.signal === 'SIGKILL' });
    }
    console.log(
      `hours kill test: full import ${Math.round(whole.ms)} ms; ` + outcomes.map((o) => `${o.at}ms→${o.state}${o.killed ? '' : '(finished)'}`).join(', '),
    );
    expect(outcomes.filter((o) => o.killed && o.state === 'none').length).toBeGreaterThan(ROUNDS / 2);
  });
});
