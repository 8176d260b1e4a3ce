import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from '../../db/migrate.ts';
import type { Migration } from '../../db/migrations/types.ts';
import { tempDir } from '../helpers/store.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function freshFile() {
  const t = tempDir();
  cleanup = t.cleanup;
  return { dir: t.dir, file: join(t.dir, 'x.db') };
}

describe('migration runner', () => {
  it('brings an empty database to the latest version', () => {
    const { file } = freshFile();
    const db = openSqlite(file);
    const result = migrate(db, { file });
    expect(result).toMatchObject({ from: 0, to: latestVersion() });
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db, { file })).toMatchObject({ from: latestVersion(), to: latestVersion(), backup: null });
    db.close();
  });

  it('refuses a database made by a newer app, with a Chinese message, and leaves it untouched', () => {
    const { file } = freshFile();
    const db = openSqlite(file);
    migrate(db, { file });
    db.pragma(`user_version = ${latestVersion() + 5}`);
    expect(() => migrate(db, { file })).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, { file })).toThrow(/較新版本/);
    expect(schemaVersion(db)).toBe(latestVersion() + 5);
    db.close();
  });

  it('runs all pending migrations in one transaction: a failing one rolls back the ones before it', () => {
    const { file } = freshFile();
    const db = openSqlite(file);
    const list: Migration[] = [
      { version: 1, name: 'a', up: (s) => s.exec('CREATE TABLE a (x)') },
      { version: 2, name: 'b', up: (s) => s.exec('CREATE TABLE b (x)') },
      { version: 3, name: 'broken', up: (s) => s.exec('CREATE TABLE a (x)') },
    ];
    expect(() => migrate(db, { file, migrations: list })).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([]);
    db.close();
  });

  it('copies the file before migrating an existing database', () => {
    const { dir, file } = freshFile();
    const db = openSqlite(file);
    const list: Migration[] = [
      { version: 1, name: 'a', up: (s) => s.exec('CREATE TABLE a (x); INSERT INTO a VALUES (42)') },
      { version: 2, name: 'b', up: (s) => s.exec('CREATE TABLE b (x)') },
    ];
    migrate(db, { file, migrations: list, target: 1 });
    const result = migrate(db, { file, migrations: list });
    expect(result.backup).not.toBeNull();
    expect(existsSync(result.backup!)).toBe(true);
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.startsWith('auto-'))).toHaveLength(1);
    const copy = openSqlite(result.backup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM a').get()).toEqual({ x: 42 });
    copy.close();
    db.close();
  });
});

describe('migration 0001 (reference core) — data test', () => {
  it('holds a year, its authorities, schools and roster, with the constraints the domain needs', () => {
    const { file } = freshFile();
    const db = openSqlite(file);
    migrate(db, { file, target: 1 });
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'now')`);
    const a = db.prepare(`INSERT INTO authorities (year, code, name, school_group, teacher_wave) VALUES (113, '19', '臺中市', 'A', 4)`).run();
    const s = db
      .prepare(`INSERT INTO schools (year, authority_id, code, name, stage) VALUES (113, ?, '193601', '臺中市立文雅國民小學', '國小')`)
      .run(a.lastInsertRowid);
    db.prepare(`INSERT INTO teachers (year, school_id, national_id, name) VALUES (113, ?, 'A123456789', '王小明')`).run(s.lastInsertRowid);
    const row = db.prepare('SELECT account_status, employment_status FROM teachers').get();
    expect(row).toEqual({ account_status: '啟用中', employment_status: '在職' });
    // The same person twice on one year's roster, a stage outside the vocabulary, an orphan school.
    expect(() => db.prepare(`INSERT INTO teachers (year, school_id, national_id, name) VALUES (113, ?, 'A123456789', '王小明')`).run(s.lastInsertRowid)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO schools (year, authority_id, code, name, stage) VALUES (113, ?, '193602', 'x', '幼兒園')`).run(a.lastInsertRowid)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO schools (year, authority_id, code, name, stage) VALUES (113, 999, '193603', 'x', '國小')`).run()).toThrow(/FOREIGN KEY/);
    // Deleting a year takes its whole registry with it.
    db.exec('DELETE FROM school_years WHERE year = 113');
    expect(db.prepare('SELECT COUNT(*) n FROM teachers').get()).toEqual({ n: 0 });
    db.close();
  });
});
