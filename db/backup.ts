import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Sqlite } from './connection.ts';
import { migrations } from './migrations/index.ts';

const latestVersion = () => migrations.at(-1)?.version ?? 0;

export const AUTO_BACKUPS_KEPT = 10;

export interface BackupCheck {
  ok: boolean;
  schemaVersion: number;
  problem: string | null;
}

/**
 * Opens a database file read-only and says whether it is sound — and, for a restore, whether it is a
 * database of this app that this version can open.
 */
export function checkDatabaseFile(file: string, options: { ofThisApp?: boolean } = { ofThisApp: true }): BackupCheck {
  if (!existsSync(file)) return { ok: false, schemaVersion: 0, problem: `找不到檔案「${basename(file)}」。` };
  let db: Sqlite | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return { ok: false, schemaVersion: 0, problem: `檔案「${basename(file)}」已損壞（完整性檢查未通過）。` };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!options.ofThisApp) return { ok: true, schemaVersion: version, problem: null };
    const hasCore = db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('school_years', 'teachers')").get() as { n: number };
    if (version < 1 || hasCore.n !== 2) return { ok: false, schemaVersion: version, problem: `檔案「${basename(file)}」不是「進修規劃管理」的資料庫。` };
    if (version > latestVersion()) {
      return { ok: false, schemaVersion: version, problem: `檔案「${basename(file)}」來自較新版本的程式（資料結構第 ${version} 版），請先更新程式。` };
    }
    return { ok: true, schemaVersion: version, problem: null };
  } catch {
    return { ok: false, schemaVersion: 0, problem: `檔案「${basename(file)}」不是可讀取的資料庫檔案。` };
  } finally {
    db?.close();
  }
}

/**
 * A consistent copy of the live database: written to a temporary name beside the target, verified,
 * then renamed — so a crash midway leaves the database and any earlier backup of that name intact.
 */
export function backupTo(sqlite: Sqlite, target: string): BackupCheck {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  rmSync(temp, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(temp);
    const check = checkDatabaseFile(temp, { ofThisApp: false });
    if (!check.ok) throw new Error(check.problem ?? 'backup failed verification');
    renameSync(temp, target);
    return check;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A rotating automatic backup (before a migration, an import, a restore): keeps the newest N. */
export function autoBackup(sqlite: Sqlite, dbPath: string, reason: string, keep = AUTO_BACKUPS_KEPT): string | null {
  if (dbPath === ':memory:') return null;
  const dir = join(dirname(dbPath), 'backups');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `auto-${stamp}-${reason}.db`);
  backupTo(sqlite, file);
  const autos = readdirSync(dir)
    .filter((name) => name.startsWith('auto-') && name.endsWith('.db'))
    .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time || (a.name < b.name ? 1 : -1));
  for (const old of autos.slice(keep)) rmSync(join(dir, old.name), { force: true });
  return file;
}

/**
 * Puts a verified backup's content into the live database through SQLite's online backup API, in one
 * step: the open connection keeps working and simply sees the restored data. The current state is
 * backed up automatically first, so a restore can itself be undone.
 */
export async function restoreFrom(live: Sqlite, dbPath: string, source: string): Promise<{ safetyBackup: string | null; schemaVersion: number }> {
  const check = checkDatabaseFile(source);
  if (!check.ok) throw new RestoreRefused(check.problem ?? '無法還原。');
  const safetyBackup = autoBackup(live, dbPath, 'before-restore');
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // One step for all pages: the restore lands in a single write transaction on the live file.
    await from.backup(dbPath, { progress: () => 0x7fffffff });
  } finally {
    from.close();
  }
  return { safetyBackup, schemaVersion: check.schemaVersion };
}

export class RestoreRefused extends Error {}
