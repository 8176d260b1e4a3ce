import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { migrate } from '../../db/migrate.ts';

// Migration 0003 on a database that already holds a year (migrate to 2, insert, migrate to 3), its
// constraints, and the demo's business accounts and contact persons.

describe('migration 0003 (registry)', () => {
  it('adds its tables to a database with data, which then cascade with their school and authority', () => {
    const db = openSqlite(':memory:');
    migrate(db, { target: 2 });
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'x');
      INSERT INTO authorities (id, year, code, name) VALUES (1, 113, '19', '臺中市');
      INSERT INTO schools (id, year, authority_id, code, name, stage) VALUES (1, 113, 1, '196001', '文雅國小', '國小');
      INSERT INTO teachers (id, year, school_id, national_id, name) VALUES (1, 113, 1, 'A123456789', '王');`);
    expect(migrate(db, { target: 3 })).toMatchObject({ from: 2, to: 3 });
    db.exec(`INSERT INTO business_accounts (school_id, account, name, kind) VALUES (1, 'a1', '張', '總負責人');
      INSERT INTO authority_contacts (authority_id, name) VALUES (1, '林');
      INSERT INTO import_runs (id, kind, file_name, year, started_at, finished_at, status) VALUES (1, 'teachers', 'r.xlsx', 113, 'x', 'x', 'landed');
      INSERT INTO import_missing_teachers VALUES (1, 1);
      INSERT INTO teacher_departures (teacher_id, import_id, status, previous_status, confirmed_at) VALUES (1, 1, '離職', '在職', 'x');`);
    expect(db.prepare('SELECT status FROM business_accounts').pluck().get()).toBe('啟用中');
    expect(() => db.exec("INSERT INTO business_accounts (school_id, account, name, kind) VALUES (1, 'a2', '李', '校長')")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO business_accounts (school_id, account, name, kind) VALUES (1, 'a1', '李', '連絡人')")).toThrow(/UNIQUE/);
    expect(() => db.exec("INSERT INTO import_runs (kind, file_name, started_at, finished_at, status) VALUES ('x', 'y', 'x', 'x', 'running')")).toThrow(/CHECK/);
    db.exec('DELETE FROM import_runs');
    expect(db.prepare('SELECT import_id FROM teacher_departures').pluck().get()).toBeNull();
    expect(db.prepare('SELECT COUNT(*) FROM import_missing_teachers').pluck().get()).toBe(0);
    db.exec('DELETE FROM school_years');
    for (const table of ['business_accounts', 'authority_contacts', 'teacher_departures']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });
});

describe('demo business accounts and contact persons', () => {
  const demo = (seed: number) => {
    const db = openSqlite(':memory:');
    migrate(db);
    createDemo(db, { scale: 'county', seed });
    return db;
  };

  it('are deterministic and leave the schools and teachers of a seed as they were', () => {
    const dump = (db: ReturnType<typeof openSqlite>) => [
      db.prepare('SELECT * FROM business_accounts ORDER BY id').all(),
      db.prepare('SELECT * FROM authority_contacts ORDER BY id').all(),
    ];
    const a = demo(4);
    const b = demo(4);
    expect(dump(a)).toEqual(dump(b));
    expect(dump(a)).not.toEqual(dump(demo(5)));
  });

  it('give most schools one enabled 總負責人, about one in twenty none, and every authority a contact person', () => {
    const db = demo(113);
    const chiefs = db
      .prepare(`SELECT s.id, (SELECT COUNT(*) FROM business_accounts b WHERE b.school_id = s.id AND b.kind = '總負責人' AND b.status = '啟用中') AS n FROM schools s`)
      .all() as { n: number }[];
    const without = chiefs.filter((c) => c.n === 0).length;
    expect(chiefs.every((c) => c.n <= 1)).toBe(true);
    expect(without).toBeGreaterThanOrEqual(1);
    expect(without / chiefs.length).toBeLessThan(0.08);
    const kinds = db.prepare('SELECT kind, COUNT(*) AS n FROM business_accounts GROUP BY kind').all() as { kind: string; n: number }[];
    expect(kinds.map((k) => k.kind).sort()).toEqual(['作業人員', '總負責人', '連絡人']);
    const lonely = db.prepare('SELECT COUNT(*) FROM authorities a WHERE NOT EXISTS (SELECT 1 FROM authority_contacts c WHERE c.authority_id = a.id)').pluck().get();
    expect(lonely).toBe(0);
  });
});
