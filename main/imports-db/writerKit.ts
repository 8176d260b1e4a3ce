// What every kind's writer shares: the context it writes in, "add, replace or leave" for one stored
// row, and the rules for columns a file leaves out.
//
// A column the file does not have keeps what is stored (a roster without 職稱 must not wipe every
// job title); a column the file has replaces the stored value, blank included — except NOT NULL
// columns with a default (帳號狀況, 在職狀態, 狀態), where a blank cell keeps the stored value.

import type { Sqlite } from '../../db/connection.ts';
import type { SheetLayout } from '../imports/index.ts';

export interface Problem {
  /** The column header as the file writes it. */
  column: string;
  reason: string;
}

export type RowOutcome = 'added' | 'replaced' | 'unchanged' | Problem[];

export interface WriterContext {
  sqlite: Sqlite;
  year: number;
  importId: number;
  /** Keys of the columns the file has. */
  present: ReadonlySet<string>;
  /** A column's header as the file writes it (its label when the file has no such column). */
  header(key: string): string;
  /** Survey only: the question texts (the headers of the answer columns), in column order. */
  questions: readonly string[];
}

export interface KindWriter<R> {
  write(record: R): RowOutcome;
  /** After the last row, inside the import's transaction. */
  finish(): { missing: number };
}

export function writerContext(sqlite: Sqlite, year: number, importId: number, layout: SheetLayout): WriterContext {
  const headers = new Map(layout.columns.map((c) => [c.key, c.header]));
  const labels = new Map(layout.columns.map((c) => [c.key, c.label]));
  return {
    sqlite,
    year,
    importId,
    present: new Set(headers.keys()),
    header: (key) => headers.get(key) ?? labels.get(key) ?? key,
    questions: layout.questions,
  };
}

/** A stored column and the record key its value comes from. */
export interface Field {
  column: string;
  key: string;
  /** NOT NULL with a default: a blank cell keeps the stored value (or takes this default when added). */
  fallback?: string;
}

export type Row = Record<string, unknown>;

/** The values a record sets, following the rules above. */
export function valuesOf(record: Row, fields: readonly Field[], present: ReadonlySet<string>): Row {
  const values: Row = {};
  for (const field of fields) {
    if (!present.has(field.key)) continue;
    const value = record[field.key] ?? null;
    if (value === null && field.fallback !== undefined) continue;
    values[field.column] = value;
  }
  return values;
}

export function defaultsOf(fields: readonly Field[]): Row {
  return Object.fromEntries(fields.map((f) => [f.column, f.fallback ?? null]));
}

export interface PutResult {
  outcome: 'added' | 'replaced' | 'unchanged';
  id: number;
}

/**
 * Insert and update of one table over a fixed list of columns, prepared once per import. `put`
 * compares the stored row with the new values, so a second import of the same file is all
 * "unchanged" and writes nothing.
 */
export function tableWriter(sqlite: Sqlite, table: string, columns: readonly string[]) {
  const insert = sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const update = sqlite.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
  const pick = (row: Row): Row => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
  return {
    put(existing: (Row & { id: number }) | undefined, values: Row, defaults: Row): PutResult {
      if (!existing) {
        return { outcome: 'added', id: Number(insert.run(pick({ ...defaults, ...values })).lastInsertRowid) };
      }
      const same = Object.entries(values).every(([column, value]) => existing[column] === value);
      if (same) return { outcome: 'unchanged', id: existing.id };
      update.run({ ...pick({ ...existing, ...values }), id: existing.id });
      return { outcome: 'replaced', id: existing.id };
    },
  };
}

/** Remembers the first row of each key, so a key repeated within one file is reported, not applied twice. */
export function firstRows() {
  const seen = new Map<string, number>();
  return {
    /** The earlier row with this key, or null (and the key is remembered). */
    earlier(key: string, row: number): number | null {
      const first = seen.get(key);
      if (first !== undefined) return first;
      seen.set(key, row);
      return null;
    },
  };
}

export function duplicate(column: string, first: number, what: string): Problem[] {
  return [{ column, reason: `與第 ${first} 列的${what}重複，本列未匯入` }];
}
