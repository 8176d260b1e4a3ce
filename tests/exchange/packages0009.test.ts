import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { tempDir } from '../helpers/store.ts';
import { join } from 'node:path';

const tmp = tempDir('inservice-0009-');
afterAll(() => tmp.cleanup());

describe('migration 0009 packages', () => {
  it('adds the package tables to a database of the previous version, keeping its data; a year deleted takes its county runs along', () => {
    const sqlite = openSqlite(join(tmp.dir, 'm.db'));
    migrate(sqlite, { target: 8 });
    sqlite.prepare("INSERT INTO school_years (year, is_demo, created_at) VALUES (113, 0, '2024-08-01')").run();
    migrate(sqlite);
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(9);
    expect(sqlite.prepare('SELECT year FROM school_years').pluck().all()).toEqual([113]);
    const id = Number(
      sqlite
        .prepare(`INSERT INTO package_imports (year, authority, file_name, file_sha256, data_sha256, fingerprint, schema_version, app_version,
          package_created_at, imported_at, counts, removed, conflicts) VALUES (113, '臺中市', 'a.iapkg', 'x', 'y', 'z', 9, 't', 'c', 'i', '{}', '{}', 1)`)
        .run().lastInsertRowid,
    );
    sqlite.prepare("INSERT INTO package_import_conflicts VALUES (?, 0, 'A12****789', '王小明', '193601 甲', '屏東縣', '133601 乙')").run(id);
    sqlite.prepare(`INSERT INTO package_award_runs (year, authority, import_id, created_at, created_by, app_version, national_average_source, national_average,
      schools, teachers, awarded_authorities, awarded_schools, awarded_teachers, result_sha256, result_json) VALUES (113, '臺中市', ?, 'c', 'b', 'v', 'provided', 20, 1, 1, 0, 0, 0, 'h', '{}')`).run(id);
    expect(() => sqlite.prepare("INSERT INTO package_imports (year, authority, file_name, file_sha256, data_sha256, fingerprint, schema_version, app_version, package_created_at, imported_at, counts, removed, conflicts) VALUES (1, 'a', 'b', 'c', 'd', 'e', 1, 'f', 'g', 'h', '{}', '{}', -1)").run()).toThrow(/CHECK/);
    sqlite.prepare('DELETE FROM school_years WHERE year = 113').run();
    expect(sqlite.prepare('SELECT COUNT(*) FROM package_award_runs').pluck().get()).toBe(0);
    // The history outlives the year.
    expect(sqlite.prepare('SELECT COUNT(*) FROM package_imports').pluck().get()).toBe(1);
    expect(sqlite.prepare('SELECT COUNT(*) FROM package_import_conflicts').pluck().get()).toBe(1);
    sqlite.close();
  });
});
