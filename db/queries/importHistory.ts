// Writing the import history. Synchronous, on the importing connection: a landed import writes its
// history row, rejections and missing teachers inside its own transaction, so the report and the
// data it describes land together; a refused or cancelled one is recorded after the rollback.
import type { Sqlite } from '../connection.ts';

export interface RunStart {
  kind: string;
  fileName: string;
  year: number | null;
  format: string | null;
  startedAt: string;
  unknownColumns: readonly string[];
}

export interface RunCounts {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  missing: number;
}

export interface StoredRejection {
  sheet: string;
  row: number;
  column: string;
  reason: string;
}

const INSERT_RUN = `INSERT INTO import_runs (kind, file_name, year, format, started_at, finished_at, status, message, unknown_columns)
  VALUES (@kind, @fileName, @year, @format, @startedAt, @finishedAt, @status, @message, @unknownColumns)`;

function insertRun(sqlite: Sqlite, run: RunStart, status: string, message: string | null): number {
  return Number(
    sqlite.prepare(INSERT_RUN).run({
      kind: run.kind,
      fileName: run.fileName,
      year: run.year,
      format: run.format,
      startedAt: run.startedAt,
      finishedAt: new Date().toISOString(),
      status,
      message,
      unknownColumns: JSON.stringify(run.unknownColumns),
    }).lastInsertRowid,
  );
}

/** The history row of an import in progress; call inside the import's transaction. */
export function beginRun(sqlite: Sqlite, run: RunStart): number {
  return insertRun(sqlite, run, 'landed', null);
}

export function finishRun(sqlite: Sqlite, id: number, counts: RunCounts): void {
  sqlite
    .prepare(
      `UPDATE import_runs SET finished_at = ?, rows_read = ?, added = ?, replaced = ?, unchanged = ?, rejected = ?, missing = ?
       WHERE id = ?`,
    )
    .run(new Date().toISOString(), counts.read, counts.added, counts.replaced, counts.unchanged, counts.rejected, counts.missing, id);
}

/** Appends rejections after `seq`; returns the last seq written. */
export function addRejections(sqlite: Sqlite, id: number, seq: number, rejections: readonly StoredRejection[]): number {
  const insert = sqlite.prepare('INSERT INTO import_rejections (import_id, seq, sheet, row, column_name, reason) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of rejections) insert.run(id, ++seq, r.sheet, r.row, r.column, r.reason);
  return seq;
}

export function addMissingTeachers(sqlite: Sqlite, id: number, teacherIds: readonly number[]): void {
  const insert = sqlite.prepare('INSERT INTO import_missing_teachers (import_id, teacher_id) VALUES (?, ?)');
  for (const teacherId of teacherIds) insert.run(id, teacherId);
}

/** A refused, cancelled or failed import, in its own small transaction (after the import's rollback). */
export function recordUnlanded(sqlite: Sqlite, run: RunStart, status: 'refused' | 'cancelled' | 'failed', message: string): number {
  return sqlite.transaction(() => insertRun(sqlite, run, status, message))();
}
