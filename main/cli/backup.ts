import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { checkDatabaseFile } from '../../db/backup.ts';
import { DatabaseDamagedError } from '../../db/open.ts';
import { writeAudit } from '../api/auditLog.ts';
import { APP_VERSION } from '../version.ts';
import { CliError, type CliCommand } from './types.ts';

export const backupCommands: CliCommand[] = [
  {
    name: 'backup',
    summary: '把資料庫備份到指定檔案（先寫入暫存檔、驗證後才改名）',
    usage: 'backup --out F',
    options: { out: { type: 'string' } },
    async run({ values }, io) {
      if (typeof values.out !== 'string') throw new CliError('請用 --out 指定備份檔的路徑。');
      const result = await io.call('backup:create', { path: resolve(values.out) });
      io.out(`已備份到 ${result.path}（資料結構第 ${result.schemaVersion} 版，已驗證）。`);
    },
  },
  {
    name: 'restore',
    summary: '由備份檔還原資料庫（還原前自動備份目前的資料）',
    usage: 'restore F',
    async run({ positionals }, io) {
      const file = positionals[0];
      if (!file) throw new CliError('請指定要還原的備份檔，例如：restore backups/2024-09-30.db');
      const source = resolve(file);
      const check = checkDatabaseFile(source);
      if (!check.ok) throw new CliError(`無法還原：${check.problem}目前的資料沒有變更。`, 2);
      try {
        const result = await io.call('backup:restore', { path: source });
        io.out(`已由 ${result.restoredFrom} 還原。還原前的資料另存於 ${result.safetyBackup ?? '（無）'}。`);
      } catch (error) {
        if (!(error instanceof DatabaseDamagedError)) throw error;
        // The live file is damaged and cannot be opened: keep it aside for inspection, put the backup in its place.
        const dbPath = error.path;
        renameSync(dbPath, `${dbPath}.damaged-${Date.now()}`);
        rmSync(`${dbPath}-wal`, { force: true });
        rmSync(`${dbPath}-shm`, { force: true });
        copyFileSync(source, dbPath);
        // This restore went around the API (the damaged file could not be opened), so its row in the
        // audit trail is written here, into the restored database.
        writeAudit({
          sqlite: io.store().sqlite,
          appVersion: APP_VERSION,
          action: 'backup.restore',
          described: { summary: `由備份 ${basename(source)} 還原損壞的資料庫（損壞的檔案改名保存）`, details: { restoredFrom: basename(source), damaged: true } },
          result: 'ok',
        });
        io.out(`原資料庫已損壞，已改名保存為 ${dbPath}.damaged-…；已由 ${source} 還原。`);
      }
    },
  },
];
