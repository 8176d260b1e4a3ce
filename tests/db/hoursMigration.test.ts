import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { buildHoursWorld } from '../helpers/hoursWorld.ts';

// Migration 0005 on a database that already holds a year (migrated to 4 first), and the cascade the
// records take instead of a foreign key: a teacher's records and totals go with the teacher — also
// when the teacher goes because the whole school year is deleted.

describe('migration 0005 (hours)', () => {
  it('adds the hour tables to a database with data, and records follow their teacher out', () => {
    const sqlite = openSqlite(':memory:');
    migrate(sqlite, { target: 4 });
    const teachers = buildHoursWorld(sqlite, 113);
    migrate(sqlite, { target: 5 });
    expect(sqlite.pragma('user_version', { simple: true })).toBe(5);
    const course = sqlite.prepare("INSERT INTO courses (code, name) VALUES ('C1', '研習')").run().lastInsertRowid;
    for (const t of [teachers.wang, teachers.lin]) {
      sqlite.prepare('INSERT INTO hour_records VALUES (?, ?, 300, 19940, 10101)').run(t.id, course);
      sqlite.prepare('INSERT INTO hour_totals VALUES (?, 113, 1, 300, 300, 0, 0, 0, 0, 0)').run(t.id);
    }
    sqlite.prepare('DELETE FROM teachers WHERE id = ?').run(teachers.wang.id);
    expect(sqlite.prepare('SELECT teacher_id FROM hour_records').pluck().all()).toEqual([teachers.lin.id]);
    expect(sqlite.prepare('SELECT teacher_id FROM hour_totals').pluck().all()).toEqual([teachers.lin.id]);
    sqlite.prepare('DELETE FROM school_years WHERE year = 113').run();
    expect(sqlite.prepare('SELECT COUNT(*) FROM hour_records').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT COUNT(*) FROM hour_totals').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT COUNT(*) FROM courses').pluck().get()).toBe(1);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses what cannot be a record: negative or 1000+ hours, a category outside the six domains', () => {
    const sqlite = openSqlite(':memory:');
    migrate(sqlite);
    const insert = sqlite.prepare('INSERT INTO hour_records VALUES (1, 1, ?, 19940, ?)');
    expect(() => insert.run(-1, 10101)).toThrow(/CHECK/);
    expect(() => insert.run(100_000, 10101)).toThrow(/CHECK/);
    expect(() => insert.run(300, 70000)).toThrow(/CHECK/);
  });
});
