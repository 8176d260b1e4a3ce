// The records browser: authorities, schools and teachers of a year with their hours, sorted and
// paged in SQL. Every figure is read from hour_totals (200,000 rows a year), joined to the roster so
// teachers without hours count as zero — the way awards count them.
import { fromHundredths } from '../../main/engine/hundredths.ts';
import { maskNationalId } from '../../main/engine/nationalId.ts';
import type { Sqlite } from '../connection.ts';
import { byDomainOf, containsPattern, DOMAIN_SUMS } from './hours.ts';

export interface Page {
  offset: number;
  limit: number;
}
type Dir = 'asc' | 'desc';

const hours = (hundredths: number): number => fromHundredths(hundredths);
const average = (total: number, teachers: number): number => (teachers === 0 ? 0 : Math.round(total / teachers) / 100);

interface GroupRow {
  id: number;
  teachers: number;
  withHours: number;
  records: number;
  total: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
  d6: number;
}

function groupFigures(r: GroupRow) {
  return {
    teachers: r.teachers,
    withHours: r.withHours,
    records: r.records,
    totalHours: hours(r.total),
    averageHours: average(r.total, r.teachers),
    byDomain: byDomainOf(r),
  };
}

const GROUP_COLUMNS = `COUNT(t.id) AS teachers, COUNT(h.teacher_id) AS withHours, COALESCE(SUM(h.records), 0) AS records,
  COALESCE(SUM(h.total), 0) AS total, ${DOMAIN_SUMS}`;

export function authorityHours(sqlite: Sqlite, year: number) {
  const rows = sqlite
    .prepare(`SELECT a.id, a.code, a.name, COUNT(DISTINCT s.id) AS schools, ${GROUP_COLUMNS}
      FROM authorities a JOIN schools s ON s.authority_id = a.id JOIN teachers t ON t.school_id = s.id
      LEFT JOIN hour_totals h ON h.teacher_id = t.id
      WHERE a.year = ? GROUP BY a.id ORDER BY a.sort_order, a.code`)
    .all(year) as Array<GroupRow & { code: string; name: string; schools: number }>;
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, schools: r.schools, ...groupFigures(r) }));
}

const SCHOOL_SORT = {
  code: 's.code',
  name: 's.name',
  teachers: 'teachers',
  withHours: 'withHours',
  totalHours: 'total',
  averageHours: 'CAST(total AS REAL) / MAX(teachers, 1)',
} as const;
export type SchoolHoursSort = keyof typeof SCHOOL_SORT;

export function schoolHours(
  sqlite: Sqlite,
  args: { year: number; authorityId: number | null; q: string; sort: { by: SchoolHoursSort; dir: Dir }; page: Page },
) {
  const where = ['s.year = ?'];
  const params: unknown[] = [args.year];
  if (args.authorityId !== null) {
    where.push('s.authority_id = ?');
    params.push(args.authorityId);
  }
  if (args.q) {
    where.push("(s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\')");
    params.push(containsPattern(args.q), `${args.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const clause = where.join(' AND ');
  const total = sqlite.prepare(`SELECT COUNT(*) FROM schools s WHERE ${clause}`).pluck().get(...params) as number;
  const dir = args.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = sqlite
    .prepare(`SELECT s.id, s.code, s.name, s.stage, a.name AS authority, ${GROUP_COLUMNS}
      FROM schools s JOIN authorities a ON a.id = s.authority_id
      LEFT JOIN teachers t ON t.school_id = s.id LEFT JOIN hour_totals h ON h.teacher_id = t.id
      WHERE ${clause} GROUP BY s.id ORDER BY ${SCHOOL_SORT[args.sort.by]} ${dir}, s.code LIMIT ? OFFSET ?`)
    .all(...params, args.page.limit, args.page.offset) as Array<GroupRow & { code: string; name: string; stage: string; authority: string }>;
  return {
    total,
    rows: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, stage: r.stage, authority: r.authority, ...groupFigures(r) })),
  };
}

const TEACHER_SORT = {
  name: 't.name',
  school: 's.code',
  records: 'COALESCE(h.records, 0)',
  totalHours: 'COALESCE(h.total, 0)',
  d1: 'COALESCE(h.d1, 0)',
  d2: 'COALESCE(h.d2, 0)',
  d3: 'COALESCE(h.d3, 0)',
  d4: 'COALESCE(h.d4, 0)',
  d5: 'COALESCE(h.d5, 0)',
  d6: 'COALESCE(h.d6, 0)',
} as const;
export type TeacherHoursSort = keyof typeof TEACHER_SORT;

export function teacherHoursList(
  sqlite: Sqlite,
  args: { year: number; schoolId: number | null; authorityId: number | null; q: string; sort: { by: TeacherHoursSort; dir: Dir }; page: Page },
) {
  const where = ['t.year = ?'];
  const params: unknown[] = [args.year];
  if (args.schoolId !== null) {
    where.push('t.school_id = ?');
    params.push(args.schoolId);
  }
  if (args.authorityId !== null) {
    where.push('s.authority_id = ?');
    params.push(args.authorityId);
  }
  if (args.q) {
    where.push("t.name LIKE ? ESCAPE '\\'");
    params.push(containsPattern(args.q));
  }
  const clause = where.join(' AND ');
  const from = 'teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id LEFT JOIN hour_totals h ON h.teacher_id = t.id';
  const total = sqlite.prepare(`SELECT COUNT(*) FROM teachers t JOIN schools s ON s.id = t.school_id WHERE ${clause}`).pluck().get(...params) as number;
  const dir = args.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = sqlite
    .prepare(`SELECT t.id, t.name, t.national_id, s.code AS schoolCode, s.name AS school, a.name AS authority,
        COALESCE(h.records, 0) AS records, COALESCE(h.total, 0) AS total,
        COALESCE(h.d1, 0) AS d1, COALESCE(h.d2, 0) AS d2, COALESCE(h.d3, 0) AS d3, COALESCE(h.d4, 0) AS d4, COALESCE(h.d5, 0) AS d5, COALESCE(h.d6, 0) AS d6
      FROM ${from} WHERE ${clause} ORDER BY ${TEACHER_SORT[args.sort.by]} ${dir}, t.name, t.id LIMIT ? OFFSET ?`)
    .all(...params, args.page.limit, args.page.offset) as Array<{
    id: number; name: string; national_id: string; schoolCode: string; school: string; authority: string;
    records: number; total: number; d1: number; d2: number; d3: number; d4: number; d5: number; d6: number;
  }>;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      maskedId: maskNationalId(r.national_id),
      schoolCode: r.schoolCode,
      school: r.school,
      authority: r.authority,
      records: r.records,
      totalHours: hours(r.total),
      byDomain: byDomainOf(r),
    })),
  };
}
