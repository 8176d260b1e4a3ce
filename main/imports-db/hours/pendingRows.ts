// Rows for 待確認, written with the batch they came in. A row written the same way as one already
// waiting (the same export imported again) replaces it, so the list never doubles.

import type { Sqlite } from '../../../db/connection.ts';
import type { PendingRow } from './packRow.ts';

const COLUMNS = [
  'year', 'reason', 'detail', 'teacher_id', 'name', 'national_id', 'school_code', 'school_name',
  'course_id', 'course_name', 'organizer', 'category_text', 'hundredths', 'day', 'import_id', 'row',
] as const;
const KEY = ['year', 'course_id', 'name', 'national_id', 'school_code', 'school_name'];
const ROWS_PER_INSERT = 100;

function upsertSql(rows: number): string {
  const values = Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
  const updates = COLUMNS.filter((c) => !KEY.includes(c)).map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO hour_pending (${COLUMNS.join(', ')}) VALUES ${values} ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET ${updates}`;
}

function valuesOf(p: PendingRow, importId: number | null): unknown[] {
  const r = p.record;
  return [
    p.year, p.reason, p.detail, p.teacherId, r.name, r.nationalId ?? '', r.schoolCode ?? '', r.schoolName ?? '',
    p.courseId, r.courseName, r.organizer, r.category, p.hundredths, p.day, importId, r.row,
  ];
}

export function writePending(sqlite: Sqlite, rows: readonly PendingRow[], importId: number | null): void {
  // Two statements at most per call (full parts and the last one): better-sqlite3 frees a
  // statement's native memory only when the garbage collector gets to it.
  const full = rows.length >= ROWS_PER_INSERT ? sqlite.prepare(upsertSql(ROWS_PER_INSERT)) : null;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const statement = part.length === ROWS_PER_INSERT && full ? full : sqlite.prepare(upsertSql(part.length));
    statement.run(part.flatMap((p) => valuesOf(p, importId)));
  }
}

/** Takes out rows of 待確認 that this import has placed after all. */
export function settlePending(sqlite: Sqlite, ids: readonly number[]): void {
  const remove = sqlite.prepare('DELETE FROM hour_pending WHERE id = ?');
  for (const id of ids) remove.run(id);
}
