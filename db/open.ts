import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqlite, wrapStore, type Store } from './connection.ts';
import { migrate, type MigrateResult } from './migrate.ts';

/** Opens the database file, creating its folder, and brings the schema up to date. */
export function openStore(path: string): Store & { migration: MigrateResult } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path);
  try {
    const migration = migrate(sqlite, { file: path });
    return Object.assign(wrapStore(sqlite, path), { migration });
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
