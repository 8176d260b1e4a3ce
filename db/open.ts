import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqlite, wrapStore, type Store } from './connection.ts';
import { migrate, type MigrateResult } from './migrate.ts';

export class DatabaseDamagedError extends Error {
  readonly code = 'DB_DAMAGED';
  readonly path: string;
  constructor(path: string) {
    super(
      `資料庫檔案「${path}」未通過完整性檢查，可能已損壞（例如電腦當機或磁碟有問題）。` +
        '為免資料再受損，程式沒有寫入它。請還原最近的備份：備份檔在資料庫旁的 backups 資料夾，' +
        '可用命令列 inservice-admin restore 備份檔（損壞的檔案會改名保留，供系統管理者檢查）。',
    );
    this.path = path;
  }
}

/** Opens the database file, creating its folder, and brings the schema up to date. */
export function openStore(path: string): Store & { migration: MigrateResult } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path);
  try {
    // A damaged file is caught at start, with advice, before anything is written to it.
    let check: unknown;
    try {
      check = sqlite.pragma('quick_check', { simple: true });
    } catch {
      check = 'unreadable';
    }
    if (check !== 'ok') throw new DatabaseDamagedError(path);
    const migration = migrate(sqlite, { file: path });
    return Object.assign(wrapStore(sqlite, path), { migration });
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
