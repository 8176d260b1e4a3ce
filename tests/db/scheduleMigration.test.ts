import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { readSchedule, writeSchedule } from '../../db/queries/schedule.ts';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';
import { tempDir } from '../helpers/store.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function database(target?: number) {
  const t = tempDir();
  cleanup = t.cleanup;
  const file = join(t.dir, 'x.db');
  const db = openSqlite(file);
  migrate(db, { file, ...(target === undefined ? {} : { target }) });
  return { db, file };
}

describe('migration 0002 (schedule) — data test', () => {
  it('adds the schedule tables to a database that already holds a year, keeping that year', () => {
    const { db, file } = database(1);
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'now')`);
    db.exec(`INSERT INTO authorities (year, code, name) VALUES (113, '19', '臺中市')`);
    migrate(db, { file });
    expect(db.prepare('SELECT year FROM school_years').all()).toEqual([{ year: 113 }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schedules').get()).toEqual({ n: 0 });

    const schedule = builtInSchedule(113)!;
    writeSchedule(db, schedule, { status: 'final', source: 'test' });
    expect(readSchedule(db, 113)?.schedule).toEqual(schedule);
    // The registry's own copy of the placement follows the schedule.
    expect(db.prepare('SELECT school_group, teacher_wave FROM authorities WHERE name = ?').get('臺中市')).toEqual({ school_group: 'A', teacher_wave: 4 });
    db.close();
  });

  it('holds the core rules in its keys and checks: one group and one wave per authority, end after start', () => {
    const { db } = database();
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'now')`);
    writeSchedule(db, builtInSchedule(113)!, { status: 'final', source: 'test' });
    const member = db.prepare('INSERT INTO schedule_group_members (year, group_name, authority, position) VALUES (113, ?, ?, 99)');
    expect(() => member.run('B', '臺中市')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => member.run('C', '新的縣市')).toThrow(/FOREIGN KEY/);
    const wave = db.prepare('INSERT INTO schedule_teacher_waves (year, wave, position, start_at, end_at) VALUES (113, ?, 9, ?, ?)');
    expect(() => wave.run(9, '2024-09-20T17:00:00+08:00', '2024-09-20T00:00:00+08:00')).toThrow(/CHECK/);
    expect(() => wave.run(0, '2024-09-20T00:00:00+08:00', '2024-09-20T17:00:00+08:00')).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO schedule_authority_windows (year, authority, kind, position, start_at, end_at) VALUES (113, '臺北市', 'both', 0, 'a', 'b')`).run(),
    ).toThrow(/CHECK/);
    // Deleting the year takes its schedule with it.
    db.exec('DELETE FROM school_years WHERE year = 113');
    for (const table of ['schedules', 'schedule_school_groups', 'schedule_group_members', 'schedule_teacher_waves', 'schedule_wave_members', 'schedule_timeline']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });
});
