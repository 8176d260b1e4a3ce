import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { addAuditEntry, allAuditEntries, listAuditEntries } from '../../db/queries/audit.ts';

// Migration 0008 on a database that already holds a year (migrate to the version before, insert,
// migrate to 8): the trail starts empty, the data is untouched, the result is constrained; and
// the queries read rows back newest first, filtered by day, action and words.

const before = migrations.filter((m) => m.version < 8).at(-1)!.version;

describe('migration 0008 (audit)', () => {
  it('adds an empty trail to a database with data', () => {
    const db = openSqlite(':memory:');
    migrate(db, { target: before });
    db.exec("INSERT INTO school_years (year, created_at) VALUES (113, 'x')");
    expect(migrate(db, { target: 8 })).toMatchObject({ from: before, to: 8 });
    expect(db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(0);
    expect(db.prepare('SELECT year FROM school_years').pluck().all()).toEqual([113]);
    expect(() =>
      db.exec("INSERT INTO audit_log (at, os_user, action, area, summary, result, app_version) VALUES ('x', 'u', 'a', 'b', 's', 'maybe', 'v')"),
    ).toThrow(/CHECK/);
    db.exec("INSERT INTO audit_log (at, os_user, action, area, summary, result, app_version) VALUES ('x', 'u', 'a', 'b', 's', 'ok', 'v')");
    expect(db.prepare('SELECT details FROM audit_log').pluck().get()).toBe('{}');
    db.close();
  });

  it('reads rows back newest first, by day range, action and words (LIKE characters taken literally)', () => {
    const db = openSqlite(':memory:');
    migrate(db);
    const add = (at: string, action: string, summary: string) =>
      addAuditEntry(db, { at, osUser: 'officer', action, area: 'plans', summary, details: { n: 1 }, result: 'ok', appVersion: 't' });
    add('2024-09-30T23:59:59+08:00', 'plans.return', '退回 100% 的規劃');
    add('2024-10-01T00:00:00+08:00', 'plans.review', '審閱 A_1');
    add('2024-10-02T08:00:00+08:00', 'plans.return', '退回 B');
    const q = (filter: Partial<Parameters<typeof allAuditEntries>[1]>) =>
      allAuditEntries(db, { from: null, to: null, action: null, area: null, q: '', ...filter }).map((r) => r.summary);
    expect(q({})).toEqual(['退回 B', '審閱 A_1', '退回 100% 的規劃']);
    expect(q({ from: '2024-10-01', to: '2024-10-01' })).toEqual(['審閱 A_1']);
    expect(q({ to: '2024-09-30' })).toEqual(['退回 100% 的規劃']);
    expect(q({ action: 'plans.return' })).toEqual(['退回 B', '退回 100% 的規劃']);
    expect(q({ q: '100%' })).toEqual(['退回 100% 的規劃']);
    expect(q({ q: '%' })).toEqual(['退回 100% 的規劃']);
    expect(q({ q: 'A_' })).toEqual(['審閱 A_1']);
    expect(q({ q: 'officer' })).toHaveLength(3);
    const page = listAuditEntries(db, { from: null, to: null, action: null, area: null, q: '' }, { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, rows: [{ summary: '審閱 A_1', details: { n: 1 } }] });
    db.close();
  });
});
