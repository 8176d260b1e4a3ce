// What the achievement rates (domain.md "Achievement rate") are computed from, per school year:
// - planned hours per domain of every SUBMITTED plan (status 送出, on time or not: the rate compares
//   the plan that stands with what was done; drafts and returned plans are not plans yet);
// - actual hours per domain of every rostered teacher (hour_totals, kept by the hours area);
// - where each teacher is rostered, for the school and the group sums.
// A plan's hours are kept per classification code; the domain is the code's first part. Codes
// outside domains 1–6 (which the plan screen reports as problems) are kept under their own first
// part, so the engine reports them instead of dropping them. The database keeps integer
// hundredths; they become hours (to the hundredth, as the engine takes them) as they are read.
import { fromHundredths } from '../../main/engine/hundredths.ts';
import { maskNationalId } from '../../main/engine/nationalId.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';

/** Hours per domain key ('1' … '6', or another first part). */
export type DomainHours = Record<string, number>;

export interface AchievementSchool {
  id: number;
  code: string;
  name: string;
  authority: string;
  stage: Stage;
  /** The submitted school plan's hours; null when the school has none. */
  planned: DomainHours | null;
}

export interface AchievementTeacher {
  id: number;
  maskedId: string;
  name: string;
  /** Index into schools. */
  school: number;
  planned: DomainHours | null;
  actual: DomainHours;
}

export interface AchievementData {
  authorities: string[];
  schools: AchievementSchool[];
  teachers: AchievementTeacher[];
}

const DOMAIN_KEYS = ['1', '2', '3', '4', '5', '6'] as const;
// A code belongs to domain d when 'd' ≤ code < 'd.' ('.' follows '-'): '3' and '3-2-5' do, '32-1' does not.
const PIVOT = DOMAIN_KEYS.map((d) => `TOTAL(CASE WHEN h.code >= '${d}' AND h.code < '${d}.' THEN h.hundredths ELSE 0 END)`).join(', ');
const FIRST_PART = `CASE WHEN instr(h.code, '-') > 0 THEN substr(h.code, 1, instr(h.code, '-') - 1) ELSE h.code END`;

function plannedByOwner(sqlite: Sqlite, kind: 'school' | 'teacher', year: number): Map<number, DomainHours> {
  const owner = kind === 'school' ? 'p.school_id' : 'p.teacher_id';
  const rows = sqlite
    .prepare(
      `SELECT ${owner}, COALESCE(SUM(h.hundredths), 0), ${PIVOT} FROM ${kind}_plans p LEFT JOIN ${kind}_plan_hours h ON h.plan_id = p.id
       WHERE +p.year = ? AND p.status = '送出' GROUP BY p.id`,
    )
    .raw(true)
    .all(year) as number[][];
  const out = new Map<number, DomainHours>();
  let rest = false;
  for (const [id, total, d1, d2, d3, d4, d5, d6] of rows) {
    if (d1! + d2! + d3! + d4! + d5! + d6! !== total) rest = true;
    out.set(id!, { '1': fromHundredths(d1!), '2': fromHundredths(d2!), '3': fromHundredths(d3!), '4': fromHundredths(d4!), '5': fromHundredths(d5!), '6': fromHundredths(d6!) });
  }
  // Hours under codes outside the six domains: rare, so looked up only when there are some.
  if (rest) {
    const others = sqlite
      .prepare(
        `SELECT ${owner}, ${FIRST_PART} AS part, SUM(h.hundredths) FROM ${kind}_plans p JOIN ${kind}_plan_hours h ON h.plan_id = p.id
         WHERE +p.year = ? AND p.status = '送出' AND NOT (${DOMAIN_KEYS.map((d) => `(h.code >= '${d}' AND h.code < '${d}.')`).join(' OR ')})
         GROUP BY p.id, part`,
      )
      .raw(true)
      .all(year) as [number, string, number][];
    for (const [id, part, hundredths] of others) out.get(id)![part] = fromHundredths(hundredths);
  }
  return out;
}

/** Everything the achievement rates of a year need; `withTeachers` false skips the names and IDs. */
export function readAchievementData(sqlite: Sqlite, year: number, withTeachers = true): AchievementData {
  const authorities = (sqlite.prepare('SELECT name FROM authorities WHERE year = ? ORDER BY sort_order, code').pluck().all(year) as string[]);
  const schoolPlans = plannedByOwner(sqlite, 'school', year);
  const schoolRows = sqlite
    .prepare(
      `SELECT s.id, s.code, s.name, a.name, s.stage FROM schools s JOIN authorities a ON a.id = s.authority_id
       WHERE s.year = ? ORDER BY a.sort_order, a.code, s.code`,
    )
    .raw(true)
    .all(year) as [number, string, string, string, Stage][];
  const schoolIndex = new Map<number, number>();
  const schools = schoolRows.map(([id, code, name, authority, stage], i): AchievementSchool => {
    schoolIndex.set(id, i);
    return { id, code, name, authority, stage, planned: schoolPlans.get(id) ?? null };
  });

  const teacherPlans = plannedByOwner(sqlite, 'teacher', year);
  const identity = withTeachers ? 't.national_id, t.name' : `'', ''`;
  const rows = sqlite
    .prepare(
      `SELECT t.id, t.school_id, ${identity}, h.d1, h.d2, h.d3, h.d4, h.d5, h.d6
       FROM teachers t LEFT JOIN hour_totals h ON h.teacher_id = t.id WHERE +t.year = ?`,
    )
    .raw(true)
    .all(year) as [number, number, string, string, number | null, number | null, number | null, number | null, number | null, number | null][];
  const teachers: AchievementTeacher[] = [];
  for (const [id, schoolId, nationalId, name, d1, d2, d3, d4, d5, d6] of rows) {
    const s = schoolIndex.get(schoolId);
    if (s === undefined) continue;
    const actual = {
      '1': fromHundredths(d1 ?? 0), '2': fromHundredths(d2 ?? 0), '3': fromHundredths(d3 ?? 0),
      '4': fromHundredths(d4 ?? 0), '5': fromHundredths(d5 ?? 0), '6': fromHundredths(d6 ?? 0),
    };
    teachers.push({ id, maskedId: withTeachers ? maskNationalId(nationalId) : '', name, school: s, planned: teacherPlans.get(id) ?? null, actual });
  }
  return { authorities, schools, teachers };
}

export interface AchievementSubject {
  kind: 'school' | 'teacher';
  year: number;
  /** School code, or the teacher's masked ID. */
  code: string;
  name: string;
  /** The teacher's school (code and name); the school itself for a school. */
  school: { code: string; name: string };
  authority: string;
  stage: Stage;
  planned: DomainHours | null;
  /** A teacher's own actual hours, or each rostered teacher's for a school. */
  actual: DomainHours[];
}

const ACTUAL = [1, 2, 3, 4, 5, 6].map((d) => `COALESCE(h.d${d}, 0)`).join(', ');

function actualOf(row: number[]): DomainHours {
  return Object.fromEntries(DOMAIN_KEYS.map((d, i) => [d, fromHundredths(row[i]!)]));
}

function plannedOf(sqlite: Sqlite, kind: 'school' | 'teacher', ownerId: number): DomainHours | null {
  const owner = kind === 'school' ? 'school_id' : 'teacher_id';
  const plan = sqlite.prepare(`SELECT id FROM ${kind}_plans WHERE ${owner} = ? AND status = '送出'`).pluck().get(ownerId) as number | undefined;
  if (plan === undefined) return null;
  const rows = sqlite.prepare(`SELECT code, hundredths FROM ${kind}_plan_hours WHERE plan_id = ?`).raw(true).all(plan) as [string, number][];
  const planned: DomainHours = Object.fromEntries(DOMAIN_KEYS.map((d) => [d, 0]));
  const sums = new Map<string, number>();
  for (const [code, hundredths] of rows) {
    const part = code.split('-')[0]!;
    sums.set(part, (sums.get(part) ?? 0) + hundredths);
  }
  for (const [part, hundredths] of sums) planned[part] = fromHundredths(hundredths);
  return planned;
}

/** One school (by id) or teacher (by id) of the year with its plan and actual hours; null when not of that year. */
export function readAchievementSubject(sqlite: Sqlite, year: number, kind: 'school' | 'teacher', id: number): AchievementSubject | null {
  if (kind === 'school') {
    const s = sqlite
      .prepare('SELECT s.code, s.name, a.name AS authority, s.stage FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE s.id = ? AND s.year = ?')
      .get(id, year) as { code: string; name: string; authority: string; stage: Stage } | undefined;
    if (!s) return null;
    const actual = (sqlite.prepare(`SELECT ${ACTUAL} FROM teachers t LEFT JOIN hour_totals h ON h.teacher_id = t.id WHERE t.school_id = ?`).raw(true).all(id) as number[][]).map(actualOf);
    return { kind, year, code: s.code, name: s.name, school: { code: s.code, name: s.name }, authority: s.authority, stage: s.stage, planned: plannedOf(sqlite, 'school', id), actual };
  }
  const t = sqlite
    .prepare(
      `SELECT t.national_id, t.name, s.code, s.name AS school, a.name AS authority, s.stage, ${ACTUAL}
       FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id LEFT JOIN hour_totals h ON h.teacher_id = t.id
       WHERE t.id = ? AND t.year = ?`,
    )
    .raw(true)
    .get(id, year) as [string, string, string, string, string, Stage, ...number[]] | undefined;
  if (!t) return null;
  const [nationalId, name, code, school, authority, stage, ...hours] = t;
  return {
    kind, year, code: maskNationalId(nationalId), name, school: { code, name: school }, authority, stage,
    planned: plannedOf(sqlite, 'teacher', id), actual: [actualOf(hours)],
  };
}
