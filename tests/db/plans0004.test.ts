import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { migrate } from '../../db/migrate.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { rederivePlans } from '../../db/queries/plans.ts';
import { writePlanImportFiles } from '../../main/exports/planFiles.ts';
import { runImport } from '../../main/imports-db/run.ts';
import { NEED_LEVELS, NEED_METHODS, NEED_MODES, NEED_PLACES, NEED_TIMES } from '../../main/engine/vocabulary.ts';

// Migration 0004 on a database that already holds a year; the demo's plans: deterministic, realistic,
// derived as the engine derives them, and written as import files that give back the same plans.

describe('migration 0004 (plans)', () => {
  it('adds the plan tables and the needs vocabulary to a database with data; plans cascade with their year', () => {
    const db = openSqlite(':memory:');
    migrate(db, { target: 3 });
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'x');
      INSERT INTO authorities (id, year, code, name) VALUES (1, 113, '19', '臺中市');
      INSERT INTO schools (id, year, authority_id, code, name, stage) VALUES (1, 113, 1, '196001', '文雅國小', '國小');
      INSERT INTO teachers (id, year, school_id, national_id, name) VALUES (1, 113, 1, 'A123456789', '王');`);
    expect(migrate(db, { target: 4 })).toMatchObject({ from: 3, to: 4 });
    const options = db.prepare('SELECT need, label FROM plan_need_options ORDER BY id').all() as { need: string; label: string }[];
    // The frozen copy equals the engine's vocabulary of today.
    expect(options.filter((o) => o.need === 'mode').map((o) => o.label)).toEqual([...NEED_MODES]);
    expect(options.filter((o) => o.need === 'time').map((o) => o.label)).toEqual([...NEED_TIMES]);
    expect(options.filter((o) => o.need === 'place').map((o) => o.label)).toEqual([...NEED_PLACES]);
    expect(options.filter((o) => o.need === 'level').map((o) => o.label)).toEqual([...NEED_LEVELS]);
    expect(options.filter((o) => o.need === 'method').map((o) => o.label)).toEqual([...NEED_METHODS]);
    db.exec(`INSERT INTO teacher_plans (id, year, teacher_id, school_id, authority_id, updated_at) VALUES (1, 113, 1, 1, 1, 'x');
      INSERT INTO teacher_plan_events (plan_id, seq, action, at, origin) VALUES (1, 1, '送出', '2024-09-20T10:00:00+08:00', 'app');
      INSERT INTO teacher_plan_hours (plan_id, code, hundredths) VALUES (1, '1-1-1', 250);`);
    expect(rederivePlans(db, 'teacher', 113, null)).toBe(1);
    // No schedule: submitted, but no window to be on time in.
    expect(db.prepare('SELECT status, filing, last_submitted_at FROM teacher_plans').get()).toEqual({ status: '送出', filing: 'outsideWindow', last_submitted_at: '2024-09-20T10:00:00+08:00' });
    expect(() => db.exec("INSERT INTO teacher_plan_events (plan_id, seq, action, at, origin) VALUES (1, 2, '審核', 'x', 'app')")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO teacher_plan_hours (plan_id, code, hundredths) VALUES (1, '1-1-2', -1)")).toThrow(/CHECK/);
    expect(() => db.exec("INSERT INTO teacher_plans (year, teacher_id, school_id, authority_id, updated_at) VALUES (113, 1, 1, 1, 'x')")).toThrow(/UNIQUE/);
    db.exec('DELETE FROM school_years');
    for (const table of ['teacher_plans', 'teacher_plan_events', 'teacher_plan_hours']) expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    db.close();
  });
});

describe('demo plans', () => {
  const demo = (seed: number, year = 113) => {
    const db = openSqlite(':memory:');
    migrate(db);
    createDemo(db, { scale: 'small', seed, year });
    return db;
  };
  const dump = (db: ReturnType<typeof openSqlite>) => ['school_plans', 'teacher_plans', 'teacher_plan_events', 'teacher_plan_hours'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
  const strip = (rows: unknown[][]) => rows.map((table) => (table as Record<string, unknown>[]).map(({ updated_at: _u, ...rest }) => rest));

  it('are deterministic for a seed', () => {
    const [a, b, c] = [demo(7), demo(7), demo(8)];
    expect(strip(dump(a))).toEqual(strip(dump(b)));
    expect(strip(dump(a))).not.toEqual(strip(dump(c)));
  });

  it('look like a real autumn: most on time, some late, returned, drafts and none; hours differ by stage', () => {
    const db = demo(113);
    const counts = Object.fromEntries((db.prepare('SELECT filing, COUNT(*) AS n FROM teacher_plans GROUP BY filing').all() as { filing: string; n: number }[]).map((r) => [r.filing, r.n]));
    const rostered = db.prepare('SELECT COUNT(*) FROM teachers').pluck().get() as number;
    expect(counts.onTime! / rostered).toBeGreaterThan(0.5);
    for (const f of ['outsideWindow', 'returned', 'draft']) expect(counts[f], f).toBeGreaterThan(0);
    expect(rostered - (db.prepare('SELECT COUNT(*) FROM teacher_plans WHERE status IS NOT NULL').pluck().get() as number)).toBeGreaterThan(0);
    // The stored status is the engine's judgement of the stored history: deriving again changes nothing.
    const before = dump(db);
    rederivePlans(db, 'teacher', 113, null);
    rederivePlans(db, 'school', 113, null);
    expect(dump(db)).toEqual(before);
    expect(refreshPlanFiling(db, 113).reason).toBe('unchanged');
    const share = (stage: string, domain: string) =>
      db.prepare(`SELECT SUM(CASE WHEN h.code LIKE '${domain}-%' THEN h.hundredths ELSE 0 END) * 1.0 / SUM(h.hundredths)
        FROM teacher_plan_hours h JOIN teacher_plans p ON p.id = h.plan_id JOIN schools s ON s.id = p.school_id WHERE s.stage = ?`).pluck().get(stage) as number;
    expect(share('國小', '2')).toBeGreaterThan(share('高中', '2'));
  });

  it('are written as import files that give back the same plans, statuses and filing', async () => {
    const source = demo(5);
    const dir = mkdtempSync(join(tmpdir(), 'plan-files-'));
    const files = await writePlanImportFiles(source, 113, dir);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['學校規劃-113.xlsx', '教師規劃-113-臺中市.xlsx', '教師規劃-113-屏東縣.xlsx', '教師規劃-113-教育部國教署.xlsx']);
    const target = demo(5);
    target.exec('DELETE FROM school_plans; DELETE FROM teacher_plans;');
    for (const f of files) {
      const kind = f.path.includes('學校規劃') ? 'school-plans' : 'teacher-plans';
      const outcome = await runImport({ sqlite: target }, { kind, path: f.path, fileName: 'x.xlsx', year: 113 });
      expect(outcome).toMatchObject({ status: 'landed', counts: { rejected: 0 } });
    }
    const statuses = (db: ReturnType<typeof openSqlite>, table: string, owner: string) =>
      db.prepare(`SELECT ${owner}, status, last_submitted_at, filing FROM ${table} WHERE status IS NOT NULL ORDER BY ${owner}`).all();
    expect(statuses(target, 'teacher_plans', 'teacher_id')).toEqual(statuses(source, 'teacher_plans', 'teacher_id'));
    expect(statuses(target, 'school_plans', 'school_id')).toEqual(statuses(source, 'school_plans', 'school_id'));
    const hours = (db: ReturnType<typeof openSqlite>) => db.prepare('SELECT p.teacher_id, h.code, h.hundredths FROM teacher_plan_hours h JOIN teacher_plans p ON p.id = h.plan_id ORDER BY 1, 2').all();
    expect(hours(target)).toEqual(hours(source));
  });
});
