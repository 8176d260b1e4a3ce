import { spawn } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { createRandom } from '../../db/demo/random.ts';
import { openStore } from '../../db/open.ts';
import { writeRoster } from '../helpers/roster.ts';
import { tempDir } from '../helpers/store.ts';

// The kill test of issue 4: the CLI imports a 50,000-row roster and is SIGKILLed at random points,
// 20 times. Every time the database must pass integrity_check and hold either all of that import
// (its teachers and its history row) or none of it.

const ROWS = 50_000;
const ROUNDS = 20;
const CLI = join(import.meta.dirname, '../../main/cli.ts');

const tmp = tempDir('inservice-kill-');
afterAll(() => tmp.cleanup());

function runCli(db: string, roster: string, killAfterMs: number | null): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, '--db', db, 'import', 'teachers', roster, '--year', '113'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code !== null && code !== 0) reject(new Error(`cli exited ${code}: ${stderr}`));
      else resolve({ code, signal, ms: performance.now() - started });
    });
  });
}

type State = 'none' | 'all';

function inspect(db: string, baseTeachers: number): State {
  const sqlite = openSqlite(db);
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const teachers = sqlite.prepare('SELECT COUNT(*) FROM teachers').pluck().get() as number;
    const runs = sqlite.prepare("SELECT added, rows_read FROM import_runs WHERE status = 'landed'").all() as { added: number; rows_read: number }[];
    if (teachers === baseTeachers) {
      expect(runs).toEqual([]);
      return 'none';
    }
    expect(teachers).toBe(baseTeachers + ROWS);
    expect(runs).toEqual([{ added: ROWS, rows_read: ROWS }]);
    return 'all';
  } finally {
    sqlite.close();
  }
}

describe('an import killed at any point', () => {
  it(`leaves all of it or none of it, ${ROUNDS} times`, { timeout: 180_000 }, async () => {
    const base = join(tmp.dir, 'base.db');
    const store = openStore(base);
    createDemo(store.sqlite, { scale: 'small', seed: 3 });
    const schoolCodes = store.sqlite.prepare('SELECT code FROM schools WHERE year = 113').pluck().all() as string[];
    const baseTeachers = store.sqlite.prepare('SELECT COUNT(*) FROM teachers').pluck().get() as number;
    store.close();
    const roster = join(tmp.dir, 'big.xlsx');
    await writeRoster(roster, { rows: ROWS, schoolCodes, letter: 'Y' });

    const work = join(tmp.dir, 'work.db');
    const fresh = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
      copyFileSync(base, work);
    };
    fresh();
    const whole = await runCli(work, roster, null);
    expect(inspect(work, baseTeachers)).toBe('all');

    const random = createRandom(20241);
    const outcomes: Array<{ at: number; state: State; killed: boolean }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      fresh();
      const at = Math.round(whole.ms * (0.1 + random.next()));
      const result = await runCli(work, roster, at);
      outcomes.push({ at, state: inspect(work, baseTeachers), killed: result.signal === 'SIGKILL' });
    }
    console.log(
      `kill test: full import ${Math.round(whole.ms)} ms; ` +
        outcomes.map((o) => `${o.at}ms→${o.state}${o.killed ? '' : '(finished)'}`).join(', '),
    );
    expect(outcomes).toHaveLength(ROUNDS);
    // Most kills land before the commit: the test did exercise the rollback.
    expect(outcomes.filter((o) => o.killed && o.state === 'none').length).toBeGreaterThan(ROUNDS / 2);
  });
});
