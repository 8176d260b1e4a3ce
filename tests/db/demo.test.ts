import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { migrate } from '../../db/migrate.ts';
import { isValidNationalId } from '../../main/engine/nationalId.ts';
import { STAGES } from '../../main/engine/vocabulary.ts';

function demoDb(scale: 'small' | 'county', seed: number) {
  const db = openSqlite(':memory:');
  migrate(db);
  const summary = createDemo(db, { scale, seed });
  return { db, summary };
}

describe('demo data', () => {
  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    const dump = (db: ReturnType<typeof openSqlite>) =>
      db.prepare('SELECT t.national_id, t.name, s.code, s.name AS school FROM teachers t JOIN schools s ON s.id = t.school_id ORDER BY t.id').all();
    const a = demoDb('small', 11);
    const b = demoDb('small', 11);
    const c = demoDb('small', 12);
    expect(dump(a.db)).toEqual(dump(b.db));
    expect(dump(a.db)).not.toEqual(dump(c.db));
  });

  it('has the small scale’s shape: 3 authorities, ~30 schools, ~600 teachers, marked as demo', () => {
    const { db, summary } = demoDb('small', 113);
    expect(summary).toMatchObject({ authorities: 3, schools: 30 });
    expect(summary.teachers).toBeGreaterThan(550);
    expect(summary.teachers).toBeLessThan(700);
    expect(db.prepare('SELECT is_demo FROM school_years WHERE year = 113').get()).toEqual({ is_demo: 1 });
  });

  it('has valid, unique national IDs, plausible names and a realistic stage mix (county scale)', () => {
    const { db, summary } = demoDb('county', 5);
    expect(summary.schools).toBe(250);
    expect(Math.abs(summary.teachers - 8000)).toBeLessThan(400);
    const ids = db.prepare('SELECT national_id FROM teachers').pluck().all() as string[];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isValidNationalId(id), id).toBe(true);
    const names = db.prepare('SELECT name FROM teachers').pluck().all() as string[];
    for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    const schools = db.prepare('SELECT code, name, stage FROM schools').all() as { code: string; name: string; stage: string }[];
    expect(new Set(schools.map((s) => s.name)).size).toBe(schools.length);
    for (const s of schools) {
      expect(s.code).toMatch(/^\d{6}$/);
      expect(STAGES).toContain(s.stage);
      expect(s.name).toMatch(/^臺中市立.+(國民小學|國民中學|高級中學|職業學校|特殊教育學校)$/);
    }
    const primary = schools.filter((s) => s.stage === '國小').length / schools.length;
    expect(primary).toBeGreaterThan(0.55);
    expect(primary).toBeLessThan(0.85);
  });

  it('places the authorities in the groups and waves of the built-in 113 schedule', () => {
    const { db } = demoDb('small', 1);
    const rows = db.prepare('SELECT name, school_group, teacher_wave FROM authorities ORDER BY sort_order').all();
    expect(rows).toEqual([
      { name: '臺中市', school_group: 'A', teacher_wave: 4 },
      { name: '屏東縣', school_group: 'B', teacher_wave: 4 },
      { name: '教育部國教署', school_group: 'A', teacher_wave: 1 },
    ]);
  });
});
