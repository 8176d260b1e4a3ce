import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema.ts';

export type Sqlite = Database.Database;

export interface Store {
  /** The raw connection: prepared statements for bulk work (imports, demo data). */
  sqlite: Sqlite;
  /** The typed query builder over the same connection. */
  db: Kysely<DB>;
  path: string;
  close(): void;
}

/** Opens (creating if needed) the database file with the settings every connection must have. */
export function openSqlite(path: string, options: { readonly?: boolean } = {}): Sqlite {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode except for the last transactions before a power loss;
  // committed data is never corrupted, which is what an officer's year of work needs.
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

export function wrapStore(sqlite: Sqlite, path: string): Store {
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    path,
    close() {
      sqlite.close();
    },
  };
}
