import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { autoBackup, backupTo, checkDatabaseFile, restoreFrom, RestoreRefused } from '../../db/backup.ts';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { tempStore } from '../helpers/store.ts';

const store = tempStore();
afterAll(() => store.cleanup());
createDemo(store.sqlite, { scale: 'small', seed: 21 });

const snapshot = () =>
  JSON.stringify([
    store.sqlite.prepare('SELECT * FROM teachers ORDER BY id').all(),
    store.sqlite.prepare('SELECT * FROM schools ORDER BY id').all(),
    store.sqlite.prepare('SELECT * FROM school_years ORDER BY year').all(),
  ]);

describe('backup and restore', () => {
  it('restore drill: backup, change data, restore — everything equals the backup', async () => {
    const before = snapshot();
    const file = join(store.dir, 'manual.db');
    expect(backupTo(store.sqlite, file)).toMatchObject({ ok: true });
    store.sqlite.prepare("UPDATE teachers SET name = '改過的名字' WHERE id % 7 = 0").run();
    store.sqlite.prepare('DELETE FROM teachers WHERE id % 11 = 0').run();
    expect(snapshot()).not.toBe(before);
    const result = await restoreFrom(store.sqlite, store.path, file);
    expect(snapshot()).toBe(before);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The state before the restore was kept, so the restore itself can be undone.
    expect(result.safetyBackup && existsSync(result.safetyBackup)).toBeTruthy();
  });

  it('refuses to restore a file that is not a sound database of this app, changing nothing', async () => {
    const before = snapshot();
    const junk = join(store.dir, 'junk.db');
    writeFileSync(junk, 'not a database at all');
    await expect(restoreFrom(store.sqlite, store.path, junk)).rejects.toThrow(RestoreRefused);
    const other = join(store.dir, 'other.db');
    const o = openSqlite(other);
    o.exec('CREATE TABLE x (y)');
    o.close();
    expect(checkDatabaseFile(other)).toMatchObject({ ok: false, problem: expect.stringContaining('不是「進修規劃管理」的資料庫') });
    await expect(restoreFrom(store.sqlite, store.path, other)).rejects.toThrow(/不是「進修規劃管理」的資料庫/);
    expect(snapshot()).toBe(before);
  });

  it('keeps only the newest automatic backups', () => {
    for (let i = 0; i < 5; i++) autoBackup(store.sqlite, store.path, `test${i}`, 3);
    const autos = readdirSync(join(store.dir, 'backups')).filter((n) => n.startsWith('auto-'));
    expect(autos).toHaveLength(3);
  });

  it('a kill during a backup leaves the database and the previous backup intact', async () => {
    const target = join(store.dir, 'nightly.db');
    backupTo(store.sqlite, target);
    const previous = checkDatabaseFile(target);
    expect(previous.ok).toBe(true);
    const script = `import { openSqlite } from './db/connection.ts'; import { backupTo } from './db/backup.ts';
      const db = openSqlite(${JSON.stringify(store.path)}); process.send?.('ready'); backupTo(db, ${JSON.stringify(target)});`;
    for (let i = 0; i < 5; i++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '../..'), stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      await new Promise<void>((resolve) => child.once('message', () => resolve()));
      await new Promise((r) => setTimeout(r, i * 3));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(checkDatabaseFile(target).ok).toBe(true);
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    }
  });
});

describe('where a backup may be written', () => {
  it('refuses relative paths, other extensions, missing folders and existing files that are not our backups', async () => {
    const { dispatch } = await import('../../main/api/dispatch.ts');
    const { testContext } = await import('../helpers/store.ts');
    const ctx = testContext(store);
    const victim = join(store.dir, 'important.db');
    writeFileSync(victim, 'someone else’s file');
    for (const path of ['relative.db', '../../etc/passwd', join(store.dir, 'backup.txt'), join(store.dir, 'no-such-dir', 'b.db'), victim]) {
      const r = await dispatch('backup:create', { path }, ctx);
      expect(r, path).toMatchObject({ ok: false, error: { code: 'BAD_PATH' } });
    }
    expect(readFileSync(victim, 'utf8')).toBe('someone else’s file');
    const ok = await dispatch('backup:create', { path: join(store.dir, 'again.db') }, ctx);
    expect(ok.ok).toBe(true);
    // Overwriting one of our own backups is fine.
    expect((await dispatch('backup:create', { path: join(store.dir, 'again.db') }, ctx)).ok).toBe(true);
  });
});
