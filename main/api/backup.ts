import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupTo, checkDatabaseFile, restoreFrom, RestoreRefused } from '../../db/backup.ts';
import { migrate } from '../../db/migrate.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';

export const backupHandlers: Handlers<'backup:create' | 'backup:list' | 'backup:restore'> = {
  'backup:create'({ path }, { store }) {
    if (path === store.path) throw new AppError('BAD_TARGET', '備份檔不能與目前的資料庫是同一個檔案。');
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
        return { path: join(dir, name), name, size: stat.size, createdAt: stat.mtime.toISOString(), automatic: name.startsWith('auto-') };
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
};
