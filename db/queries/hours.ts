// Reading hour records: the year's summary, one teacher's courses, and the courses list. Totals come
// from hour_totals (one row per teacher with records), never from summing hour_records; a teacher's
// own records are one range of its primary key.
import { dateOfDay } from '../../main/engine/dayNumber.ts';
import { decodeCategory, DOMAINS } from '../../main/engine/hourCategory.ts';
import { fromHundredths } from '../../main/engine/hundredths.ts';
import { maskNationalId } from '../../main/engine/nationalId.ts';
import type { Sqlite } from '../connection.ts';

export type ByDomain = Record<'1' | '2' | '3' | '4' | '5' | '6', number>;

/** A LIKE pattern for "contains", the officer's %, _ and \ taken literally (use with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const hours = (hundredths: number | null): number => fromHundredths(hundredths ?? 0);

export function byDomainOf(row: { d1: number | null; d2: number | null; d3: number | null; d4: number | null; d5: number | null; d6: number | null }): ByDomain {
  return { '1': hours(row.d1), '2': hours(row.d2), '3': hours(row.d3), '4': hours(row.d4), '5': hours(row.d5), '6': hours(row.d6) };
}

export const DOMAIN_SUMS = DOMAINS.map((d) => `COALESCE(SUM(h.d${d}), 0) AS d${d}`).join(', ');

export function hoursSummary(sqlite: Sqlite, year: number) {
  const teachers = sqlite.prepare('SELECT COUNT(*) FROM teachers WHERE year = ?').pluck().get(year) as number;
  const sums = sqlite
    .prepare(`SELECT COUNT(*) AS withHours, COALESCE(SUM(h.records), 0) AS records, COALESCE(SUM(h.total), 0) AS total, ${DOMAIN_SUMS}
      FROM hour_totals h WHERE h.year = ?`)
    .get(year) as { withHours: number; records: number; total: number; d1: number; d2: number; d3: number; d4: number; d5: number; d6: number };
  const pending = sqlite.prepare('SELECT reason, COUNT(*) AS n FROM hour_pending WHERE year = ? GROUP BY reason').all(year) as { reason: string; n: number }[];
  return {
    year,
    records: sums.records,
    teachers,
    withHours: sums.withHours,
    totalHours: hours(sums.total),
    byDomain: byDomainOf(sums),
    pending: Object.fromEntries(pending.map((p) => [p.reason, p.n])) as Record<string, number>,
  };
}

export function teacherHours(sqlite: Sqlite, teacherId: number) {
  const teacher = sqlite
    .prepare(`SELECT t.id, t.year, t.name, t.national_id, s.id AS schoolId, s.code AS schoolCode, s.name AS school, a.id AS authorityId, a.name AS authority
      FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id WHERE t.id = ?`)
    .get(teacherId) as
    | { id: number; year: number; name: string; national_id: string; schoolId: number; schoolCode: string; school: string; authorityId: number; authority: string }
    | undefined;
  if (!teacher) return null;
  const totals = sqlite.prepare('SELECT records, total, d1, d2, d3, d4, d5, d6 FROM hour_totals h WHERE teacher_id = ?').get(teacherId) as
    | { records: number; total: number; d1: number; d2: number; d3: number; d4: number; d5: number; d6: number }
    | undefined;
  const records = sqlite
    .prepare(`SELECT c.code, c.name, c.organizer, r.hundredths, r.day, r.category
      FROM hour_records r JOIN courses c ON c.id = r.course_id WHERE r.teacher_id = ? ORDER BY r.day, c.code`)
    .all(teacherId) as Array<{ code: string; name: string | null; organizer: string | null; hundredths: number; day: number; category: number }>;
  const names = classificationNames(sqlite, teacher.year);
  return {
    teacher: {
      id: teacher.id,
      year: teacher.year,
      name: teacher.name,
      maskedId: maskNationalId(teacher.national_id),
      schoolId: teacher.schoolId,
      schoolCode: teacher.schoolCode,
      school: teacher.school,
      authorityId: teacher.authorityId,
      authority: teacher.authority,
    },
    records: totals?.records ?? 0,
    totalHours: hours(totals?.total ?? 0),
    byDomain: byDomainOf(totals ?? { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 }),
    courses: records.map((r) => {
      const code = decodeCategory(r.category);
      return {
        courseCode: r.code,
        courseName: r.name,
        organizer: r.organizer,
        hours: hours(r.hundredths),
        date: dateOfDay(r.day),
        category: code,
        categoryName: names.get(code) ?? null,
      };
    }),
  };
}

/** The names of the year's classification codes (its version's items). */
export function classificationNames(sqlite: Sqlite, year: number): Map<string, string> {
  const rows = sqlite
    .prepare(`SELECT ci.code, ci.name FROM school_years y JOIN classification_items ci ON ci.version_id = y.classification_version_id WHERE y.year = ?`)
    .raw()
    .all(year) as Array<[string, string]>;
  return new Map(rows);
}

const COURSE_SORT = { code: 'c.code', name: 'c.name', start: 'c.start_day', category: 'c.category' } as const;
export type CourseSort = keyof typeof COURSE_SORT;

export function listCourses(
  sqlite: Sqlite,
  args: { q: string; listedOnly: boolean; sort: { by: CourseSort; dir: 'asc' | 'desc' }; page: { offset: number; limit: number } },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (args.q) {
    const like = containsPattern(args.q);
    where.push("(c.code LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR c.organizer LIKE ? ESCAPE '\\')");
    params.push(like, like, like);
  }
  if (args.listedOnly) where.push('c.listed = 1');
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = sqlite.prepare(`SELECT COUNT(*) FROM courses c ${clause}`).pluck().get(...params) as number;
  const dir = args.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = sqlite
    .prepare(`SELECT c.id, c.code, c.name, c.category, c.organizer, c.start_day, c.end_day, c.hundredths, c.listed FROM courses c ${clause}
      ORDER BY ${COURSE_SORT[args.sort.by]} ${dir} NULLS LAST, c.code LIMIT ? OFFSET ?`)
    .all(...params, args.page.limit, args.page.offset) as Array<{
    id: number; code: string; name: string | null; category: number | null; organizer: string | null;
    start_day: number | null; end_day: number | null; hundredths: number | null; listed: number;
  }>;
  return {
    total,
    rows: rows.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      category: c.category === null ? null : decodeCategory(c.category),
      organizer: c.organizer,
      startDate: c.start_day === null ? null : dateOfDay(c.start_day),
      endDate: c.end_day === null ? null : dateOfDay(c.end_day),
      hours: c.hundredths === null ? null : hours(c.hundredths),
      listed: c.listed === 1,
    })),
  };
}
