// What an hour import matches rows against, per school year, read once per import: the year's
// roster as the engine's lookup index, the officer's earlier decisions for rows written the same
// way, and the rows already waiting in 待確認 (so a row that now matches takes its copy out).

import type { Sqlite } from '../../../db/connection.ts';
import { buildRosterIndex, type RosterIndex, type RosterSchool, type RosterTeacher } from '../../engine/hourMatching.ts';

export interface YearRoster {
  index: RosterIndex;
  /** identityKey → the teacher an officer chose for rows written that way. */
  decidedTeacher: Map<string, number>;
  /** `${identityKey}\t${courseId}` of rows an officer chose to leave out. */
  dismissed: Set<string>;
  /** pendingKey → id of the row waiting in 待確認. */
  pending: Map<string, number>;
}

/** The key of a waiting row as hour_pending's UNIQUE constraint sees it (its year aside). */
export function pendingKey(courseId: number, name: string, nationalId: string, schoolCode: string, schoolName: string): string {
  return `${courseId}\t${name}\t${nationalId}\t${schoolCode}\t${schoolName}`;
}

const ROSTER_CHUNK = 8192;

/** The roster of a school year, or null when the database has no such year. */
export function loadYearRoster(sqlite: Sqlite, year: number): YearRoster | null {
  if (!sqlite.prepare('SELECT 1 FROM school_years WHERE year = ?').get(year)) return null;
  const schools = sqlite
    .prepare('SELECT id, code, name, authority_id AS authorityId FROM schools WHERE year = ?')
    .all(year) as RosterSchool[];
  const count = sqlite.prepare('SELECT COUNT(*) FROM teachers WHERE year = ?').pluck().get(year) as number;
  // Streamed in chunks of rowid order: 200,000 teacher objects at once would grow the heap for the
  // rest of the import, and iterate() pays a round trip per row. `+year`: a scan of the table beats
  // 200,000 lookups from the (year, name) index back into it for school_id (national roster in the
  // import worker: 0.57 s → 0.30 s).
  const chunk = sqlite.prepare(`SELECT id, name, school_id FROM teachers WHERE +year = ? AND id > ? ORDER BY id LIMIT ${ROSTER_CHUNK}`).raw();
  function* teachers(): Generator<RosterTeacher> {
    const teacher: RosterTeacher = { id: 0, name: '', schoolId: 0 };
    for (let after = 0; ;) {
      const rows = chunk.all(year, after) as Array<[number, string, number]>;
      for (const row of rows) {
        // One object reused: buildRosterIndex reads each teacher once and keeps none of them.
        teacher.id = row[0];
        teacher.name = row[1];
        teacher.schoolId = row[2];
        yield teacher;
      }
      if (rows.length < ROSTER_CHUNK) return;
      after = rows[rows.length - 1]![0];
    }
  }
  const nationalIds = () => sqlite.prepare('SELECT national_id, id FROM teachers WHERE year = ?').raw().iterate(year) as Iterable<[string, number]>;
  const decidedTeacher = new Map<string, number>();
  const dismissed = new Set<string>();
  const decisions = sqlite
    .prepare("SELECT kind, identity, course_id AS courseId, teacher_id AS teacherId FROM hour_decisions WHERE year = ? AND kind IN ('teacher', 'dismiss') ORDER BY id")
    .all(year) as Array<{ kind: 'teacher' | 'dismiss'; identity: string; courseId: number; teacherId: number | null }>;
  for (const d of decisions) {
    if (d.kind === 'teacher' && d.teacherId !== null) decidedTeacher.set(d.identity, d.teacherId);
    else if (d.kind === 'dismiss') dismissed.add(`${d.identity}\t${d.courseId}`);
  }
  const pending = new Map<string, number>();
  const waiting = sqlite
    .prepare('SELECT id, course_id, name, national_id, school_code, school_name FROM hour_pending WHERE year = ?')
    .raw()
    .all(year) as Array<[number, number, string, string, string, string]>;
  for (const [id, courseId, name, nationalId, schoolCode, schoolName] of waiting) {
    pending.set(pendingKey(courseId, name, nationalId, schoolCode, schoolName), id);
  }
  return { index: buildRosterIndex(year, schools, teachers(), count, nationalIds), decidedTeacher, dismissed, pending };
}
