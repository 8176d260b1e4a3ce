import type { Sqlite } from '../connection.ts';

/** A migration is frozen in time: plain SQL on the raw connection, never the current schema types. */
export interface Migration {
  version: number;
  name: string;
  up(sqlite: Sqlite): void;
}
