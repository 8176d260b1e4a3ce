import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AUTO_BACKUPS_KEPT, backupTo, checkDatabaseFile, restoreFrom, RestoreRefused } from '../../db/backup.ts';
import type { Store } from '../../db/connection.ts';
import { migrate, schemaVersion } from '../../db/migrate.ts';
import { toTaipeiInstant } from '../engine/rocDate.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';

const backupsDir = (store: Store): string => join(dirname(store.path), 'backups');

/** A backup's schema version, read without checking the whole file (the list must stay quick). */
function fileSchemaVersion(path: string): number | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return db.pragma('user_version', { simple: true }) as number;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export const backupHandlers: Handlers<'backup:create' | 'backup:list' | 'backup:restore' | 'backup:status' | 'backup:chooseOut'> = {
  'backup:create'({ path }, { store }) {
    if (path === store.path) throw new AppError('BAD_TARGET', '備份檔不能與目前的資料庫是同一個檔案。');
    // The app's own backups folder may not exist yet (no import or upgrade has made one).
    if (store.path !== ':memory:' && resolve(dirname(path)) === resolve(backupsDir(store))) mkdirSync(backupsDir(store), { recursive: true });
    checkOutputPath(path, ['.db'], (existing) => checkDatabaseFile(existing).ok);
    try {
      const check = backupTo(store.sqlite, path);
      return { path, schemaVersion: check.schemaVersion };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOSPC' ? '磁碟空間不足' : code === 'EACCES' || code === 'EPERM' ? '沒有寫入該資料夾的權限' : '無法寫入備份檔';
      throw new AppError('BACKUP_FAILED', `備份沒有完成：${why}。目前的資料庫沒有變更，先前的備份也保持原樣。`);
    }
  },

  'backup:list'(_input, { store }) {
    const dir = join(dirname(store.path), 'backups');
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.db'));
    } catch {
      return [];
    }
    return names
      .map((name) => {
        const stat = statSync(join(dir, name));
        const path = join(dir, name);
        return { path, name, size: stat.size, createdAt: stat.mtime.toISOString(), automatic: name.startsWith('auto-'), schemaVersion: fileSchemaVersion(path) };
      })
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  },

  async 'backup:restore'({ path }, { store }) {
    const check = checkDatabaseFile(path);
    if (!check.ok) throw new AppError('FILE_REFUSED', `無法還原：${check.problem}目前的資料沒有變更。`);
    try {
      const result = await restoreFrom(store.sqlite, store.path, path);
      // A backup from an older version is brought up to this version's schema right away.
      migrate(store.sqlite, { file: store.path });
      return { restoredFrom: path, safetyBackup: result.safetyBackup, schemaVersion: result.schemaVersion };
    } catch (error) {
      if (error instanceof RestoreRefused) throw new AppError('FILE_REFUSED', `無法還原：${error.message}`);
      throw error;
    }
  },

  'backup:status'({ check }, { store }) {
    const dir = backupsDir(store);
    const stamp = toTaipeiInstant(new Date()).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    let result = null;
    if (check) {
      const started = performance.now();
      let answer: unknown;
      try {
        answer = store.sqlite.pragma('quick_check', { simple: true });
      } catch {
        answer = 'unreadable';
      }
      const ok = answer === 'ok';
      result = {
        ok,
        message: ok
          ? '資料庫通過快速完整性檢查（quick_check），沒有發現損壞。'
          : '資料庫未通過快速完整性檢查，可能已損壞。請先用「立即備份」另存一份，再從下方清單還原最近的備份；若仍有問題，請聯絡系統管理者。',
        at: toTaipeiInstant(new Date()),
        ms: Math.round(performance.now() - started),
      };
    }
    return {
      dbPath: store.path,
      backupsDir: dir,
      size: store.path === ':memory:' ? 0 : sizeOf(store.path) + sizeOf(`${store.path}-wal`),
      schemaVersion: schemaVersion(store.sqlite),
      autoKept: AUTO_BACKUPS_KEPT,
      suggestedPath: join(dir, `manual-${stamp}.db`),
      check: result,
    };
  },

  async 'backup:chooseOut'({ defaultPath }, { chooseSavePath }) {
    if (!chooseSavePath) return { available: false, path: null };
    return { available: true, path: await chooseSavePath({ title: '備份資料庫', defaultPath, extensions: ['db'], folder: false }) };
  },
};
