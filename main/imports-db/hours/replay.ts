// Rows waiting in 待確認 run through the import's own rules again: after an officer's decision
// (recorded first, so the rules now find it), or after the roster or the course list changed. A row
// that now places becomes a record; one still unplaceable stays with its new reason; one an officer
// dismissed leaves the list. Call inside a transaction — the caller's, which also covers the
// decision — so a choice and its effect on the records and totals land together.

import type { Sqlite } from '../../../db/connection.ts';
import { dateOfDay } from '../../engine/dayNumber.ts';
import { fromHundredths } from '../../engine/hundredths.ts';
import { HourPacker, type HourRecord, type PendingRow } from './packRow.ts';
import { writePending } from './pendingRows.ts';
import { writeRecords } from './writeRecords.ts';

export interface StoredPending {
  id: number;
  year: number;
  name: string;
  national_id: string;
  school_code: string;
  school_name: string;
  course_code: string;
  course_name: string | null;
  organizer: string | null;
  category_text: string | null;
  hundredths: number;
  day: number;
  import_id: number | null;
  row: number;
}

export const PENDING_COLUMNS = `p.id, p.year, p.name, p.national_id, p.school_code, p.school_name, c.code AS course_code,
  p.course_name, p.organizer, p.category_text, p.hundredths, p.day, p.import_id, p.row`;

/** The row as the file had it, for the import's rules. */
function recordOf(p: StoredPending): HourRecord {
  return {
    row: p.row,
    name: p.name,
    courseCode: p.course_code,
    hours: fromHundredths(p.hundredths),
    endedAt: { date: dateOfDay(p.day), time: null },
    nationalId: p.national_id || null,
    schoolCode: p.school_code || null,
    schoolName: p.school_name || null,
    courseName: p.course_name,
    category: p.category_text,
    organizer: p.organizer,
  };
}

export interface ReplayResult {
  /** Rows that became records. */
  placed: number;
  /** Rows that left the list without a record (dismissed earlier). */
  dropped: number;
  /** Rows still waiting. */
  remaining: number;
  /** Teachers whose records changed (their totals are already current). */
  teacherIds: number[];
}

export function replayPending(sqlite: Sqlite, year: number, rows: readonly StoredPending[]): ReplayResult {
  const packer = new HourPacker(sqlite, year, (key) => key);
  const still: PendingRow[] = [];
  const gone: number[] = [];
  const byRow = new Map<HourRecord, StoredPending>();
  for (const p of rows) {
    const record = recordOf(p);
    byRow.set(record, p);
    const fate = packer.pack(record);
    if (fate === 'packed' || Array.isArray(fate)) gone.push(p.id);
    else still.push(fate);
  }
  const remove = sqlite.prepare('DELETE FROM hour_pending WHERE id = ?');
  for (const id of gone) remove.run(id);
  // Same year, course and spelling as before: each upsert lands on its own row again, keeping the
  // import it came from.
  const byImport = new Map<number | null, PendingRow[]>();
  for (const p of still) {
    const importId = byRow.get(p.record)?.import_id ?? null;
    const group = byImport.get(importId);
    if (group) group.push(p);
    else byImport.set(importId, [p]);
  }
  for (const [importId, rows] of byImport) writePending(sqlite, rows, importId);
  const teacherIds = [...new Set(Array.from({ length: packer.rows.length }, (_, i) => packer.rows.teacher(i)))];
  const { repeats } = writeRecords(sqlite, packer.rows, [year]);
  const placed = packer.rows.length - repeats.length;
  return { placed, dropped: gone.length - placed, remaining: still.length, teacherIds };
}
