// 待確認: the rows an hour import could not place, and the teachers an officer may choose for one.
// National IDs leave here masked — a candidate is recognised by school and masked ID, and a full ID
// typed into the search finds its teacher without being shown back.
import { dateOfDay } from '../../main/engine/dayNumber.ts';
import { nameKey } from '../../main/engine/hourMatching.ts';
import { fromHundredths } from '../../main/engine/hundredths.ts';
import { isValidNationalId, maskNationalId, normalizeNationalId } from '../../main/engine/nationalId.ts';
import type { Sqlite } from '../connection.ts';
import type { HourPendingReason } from '../schema.ts';
import type { Page } from './hourBrowse.ts';
import { containsPattern } from './hours.ts';

interface PendingDbRow {
  id: number;
  reason: HourPendingReason;
  detail: string;
  teacher_id: number | null;
  teacherName: string | null;
  teacherSchool: string | null;
  name: string;
  national_id: string;
  school_code: string;
  school_name: string;
  courseCode: string;
  course_name: string | null;
  listedName: string | null;
  category_text: string | null;
  hundredths: number;
  day: number;
  row: number;
  fileName: string | null;
}

export function listPending(sqlite: Sqlite, args: { year: number; reason: HourPendingReason | null; q: string; page: Page }) {
  const where = ['p.year = ?'];
  const params: unknown[] = [args.year];
  if (args.reason !== null) {
    where.push('p.reason = ?');
    params.push(args.reason);
  }
  if (args.q) {
    where.push("(p.name LIKE ? ESCAPE '\\' OR p.school_name LIKE ? ESCAPE '\\' OR p.school_code = ?)");
    params.push(containsPattern(args.q), containsPattern(args.q), args.q);
  }
  const clause = where.join(' AND ');
  const total = sqlite.prepare(`SELECT COUNT(*) FROM hour_pending p WHERE ${clause}`).pluck().get(...params) as number;
  const counts = sqlite.prepare('SELECT reason, COUNT(*) AS n FROM hour_pending WHERE year = ? GROUP BY reason').all(args.year) as { reason: HourPendingReason; n: number }[];
  const rows = sqlite
    .prepare(`SELECT p.id, p.reason, p.detail, p.teacher_id, t.name AS teacherName, s.name AS teacherSchool,
        p.name, p.national_id, p.school_code, p.school_name, c.code AS courseCode, p.course_name, c.name AS listedName,
        p.category_text, p.hundredths, p.day, p.row, r.file_name AS fileName
      FROM hour_pending p JOIN courses c ON c.id = p.course_id
      LEFT JOIN teachers t ON t.id = p.teacher_id LEFT JOIN schools s ON s.id = t.school_id
      LEFT JOIN import_runs r ON r.id = p.import_id
      WHERE ${clause} ORDER BY p.reason, p.name, p.id LIMIT ? OFFSET ?`)
    .all(...params, args.page.limit, args.page.offset) as PendingDbRow[];
  return {
    total,
    counts: Object.fromEntries(counts.map((c) => [c.reason, c.n])) as Record<string, number>,
    rows: rows.map((p) => ({
      id: p.id,
      reason: p.reason,
      detail: p.detail,
      teacher: p.teacher_id === null ? null : { id: p.teacher_id, name: p.teacherName ?? '', school: p.teacherSchool ?? '' },
      name: p.name,
      maskedId: p.national_id ? maskNationalId(p.national_id) : null,
      schoolCode: p.school_code || null,
      schoolName: p.school_name || null,
      courseCode: p.courseCode,
      courseName: p.course_name ?? p.listedName,
      categoryText: p.category_text,
      hours: fromHundredths(p.hundredths),
      date: dateOfDay(p.day),
      row: p.row,
      fileName: p.fileName,
    })),
  };
}

const CANDIDATE_LIMIT = 30;

interface CandidateDbRow {
  id: number;
  name: string;
  national_id: string;
  schoolCode: string;
  school: string;
  authorityId: number;
  authority: string;
  total: number | null;
}

/**
 * The teachers an officer may pick for a waiting row: everyone of that year with the row's name
 * (same school first, then same authority), or — when a search text is given — teachers whose name
 * contains it, or the one whose full national ID it is.
 */
export function pendingCandidates(sqlite: Sqlite, pendingId: number, q: string) {
  const p = sqlite.prepare('SELECT year, name, school_code, school_name FROM hour_pending WHERE id = ?').get(pendingId) as
    | { year: number; name: string; school_code: string; school_name: string }
    | undefined;
  if (!p) return null;
  const select = `SELECT t.id, t.name, t.national_id, s.code AS schoolCode, s.name AS school, a.id AS authorityId, a.name AS authority, h.total
    FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id LEFT JOIN hour_totals h ON h.teacher_id = t.id`;
  let rows: CandidateDbRow[];
  const text = q.trim();
  if (text) {
    const id = normalizeNationalId(text);
    rows = isValidNationalId(id)
      ? (sqlite.prepare(`${select} WHERE t.year = ? AND t.national_id = ?`).all(p.year, id) as CandidateDbRow[])
      : (sqlite.prepare(`${select} WHERE t.year = ? AND t.name LIKE ? ESCAPE '\\' ORDER BY t.name, s.code LIMIT ?`).all(p.year, containsPattern(text), CANDIDATE_LIMIT) as CandidateDbRow[]);
  } else {
    const names = [...new Set([p.name, nameKey(p.name)])];
    rows = sqlite
      .prepare(`${select} WHERE t.year = ? AND t.name IN (${names.map(() => '?').join(', ')}) ORDER BY s.code LIMIT ?`)
      .all(p.year, ...names, CANDIDATE_LIMIT) as CandidateDbRow[];
  }
  const rowSchool = sqlite
    .prepare('SELECT authority_id AS authorityId, code FROM schools WHERE year = ? AND (code = ? OR name = ?) LIMIT 1')
    .get(p.year, p.school_code, p.school_name) as { authorityId: number; code: string } | undefined;
  const candidates = rows.map((r) => ({
    teacherId: r.id,
    name: r.name,
    maskedId: maskNationalId(r.national_id),
    schoolCode: r.schoolCode,
    school: r.school,
    authority: r.authority,
    sameSchool: rowSchool !== undefined && r.schoolCode === rowSchool.code,
    sameAuthority: rowSchool !== undefined && r.authorityId === rowSchool.authorityId,
    totalHours: fromHundredths(r.total ?? 0),
  }));
  const rank = (c: (typeof candidates)[number]): number => (c.sameSchool ? 0 : c.sameAuthority ? 1 : 2);
  return candidates.sort((a, b) => rank(a) - rank(b));
}
