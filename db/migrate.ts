import { existsSync } from 'node:fs';
import { autoBackup } from './backup.ts';
import type { Sqlite } from './connection.ts';
import { migrations as allMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';

export class DatabaseTooNewError extends Error {
  readonly code = 'DB_TOO_NEW';
  constructor(found: number, supported: number) {
    super(
      `這個資料庫是較新版本的「進修規劃管理」建立的（資料結構第 ${found} 版，本程式只認得到第 ${supported} 版）。` +
        '為免資料受損，本程式不會開啟它：請安裝最新版後再開啟。',
    );
  }
}

export function schemaVersion(sqlite: Sqlite): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(list: readonly Migration[] = allMigrations): number {
  return list.at(-1)?.version ?? 0;
}

export interface MigrateResult {
  from: number;
  to: number;
  backup: string | null;
}

/**
 * Brings the database up to date: all pending migrations in ONE transaction, so a crash leaves the
 * old schema intact; a copy of the file is taken first. `target` exists for migration data tests (migrate to n-1, insert, migrate to n).
 */
export function migrate(
  sqlite: Sqlite,
  options: { file?: string; target?: number; migrations?: readonly Migration[] } = {},
): MigrateResult {
  const list = options.migrations ?? allMigrations;
  const latest = latestVersion(list);
  const target = options.target ?? latest;
  const from = schemaVersion(sqlite);
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from, backup: null };

  // A rotating copy first (VACUUM INTO gives a consistent copy even with a WAL), so a failed or
  // unwanted upgrade can always be undone.
  const file = options.file;
  const backup = from > 0 && file && file !== ':memory:' && existsSync(file) ? autoBackup(sqlite, file, `before-v${pending[0]!.version}`) : null;

  sqlite.transaction(() => {
    for (const m of pending) {
      m.up(sqlite);
      sqlite.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: pending.at(-1)!.version, backup };
}
