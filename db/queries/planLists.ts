// The plan lists: every school, or every rostered teacher, of the year with the filing status of its
// plan (none when there is no plan), filtered, counted per status and paged in SQL. The teacher list
// must answer within 200 ms on 200,000 teachers, so its conditions are on `teachers t` alone (the
// join happens for the 50 rows shown only) and the counts come from the plans' own index.
import { FILING_STATUSES, type FilingStatus } from '../../main/engine/planFiling.ts';
import { isValidNationalId, maskNationalId, normalizeNationalId } from '../../main/engine/nationalId.ts';
import type { PlanStatus } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';

export interface PlanListFilter {
  q: string;
  authority: string | null;
  stage: string | null;
  filing: FilingStatus | null;
  schoolCode?: string | null;
}

export type Counts = Record<FilingStatus | 'total', number>;

interface PlanState {
  planId: number | null;
  filing: FilingStatus;
  status: PlanStatus | null;
  lastSubmittedAt: string | null;
  reviewedAt: string | null;
}

export interface SchoolPlanRow extends PlanState {
  schoolId: number;
  code: string;
  name: string;
  authority: string;
  stage: string;
}

export interface TeacherPlanRow extends PlanState {
  teacherId: number;
  maskedId: string;
  name: string;
  schoolCode: string;
  school: string;
  authority: string;
  stage: string;
}

const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const prefixText = (q: string) => `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Counts per filing status from (filing, n) rows and the number of schools or teachers. */
export function countsOf(rows: readonly { filing: string; n: number }[], total: number): Counts {
  const counts = Object.fromEntries(FILING_STATUSES.map((f) => [f, 0])) as Counts;
  let filed = 0;
  for (const r of rows) {
    if (r.filing === 'none') continue;
    counts[r.filing as FilingStatus] += r.n;
    filed += r.n;
  }
  counts.none = total - filed;
  counts.total = total;
  return counts;
}

const PLAN_COLUMNS = `p.id AS planId, COALESCE(p.filing, 'none') AS filing, p.status, p.last_submitted_at AS lastSubmittedAt, p.reviewed_at AS reviewedAt`;

const SCHOOL_SORT = {
  code: 's.code',
  name: 's.name',
  authority: 'a.sort_order',
  stage: 's.stage',
  submitted: 'p.last_submitted_at IS NULL, p.last_submitted_at',
} as const;

export function listSchoolPlans(
  sqlite: Sqlite,
  args: { year: number; filter: PlanListFilter; sort: { by: keyof typeof SCHOOL_SORT; dir: 'asc' | 'desc' }; page: { offset: number; limit: number } },
) {
  const { year, filter, sort, page } = args;
  const where = ['s.year = ?'];
  const params: unknown[] = [year];
  if (filter.authority) (where.push('a.name = ?'), params.push(filter.authority));
  if (filter.stage) (where.push('s.stage = ?'), params.push(filter.stage));
  if (filter.q) {
    where.push("(s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\')");
    params.push(likeText(filter.q), prefixText(filter.q));
  }
  const from = `FROM schools s JOIN authorities a ON a.id = s.authority_id LEFT JOIN school_plans p ON p.school_id = s.id WHERE ${where.join(' AND ')}`;
  const grouped = sqlite.prepare(`SELECT COALESCE(p.filing, 'none') AS filing, COUNT(*) AS n ${from} GROUP BY 1`).all(...params) as { filing: string; n: number }[];
  const counts = countsOf(grouped, grouped.reduce((t, r) => t + r.n, 0));
  const filingWhere = filter.filing ? ` AND COALESCE(p.filing, 'none') = ?` : '';
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const order = SCHOOL_SORT[sort.by].split(', ').map((c) => `${c} ${c.endsWith('IS NULL') ? 'ASC' : dir}`).join(', ');
  const rows = sqlite
    .prepare(
      `SELECT s.id AS schoolId, s.code, s.name, a.name AS authority, s.stage, ${PLAN_COLUMNS}
       ${from}${filingWhere} ORDER BY ${order}, s.code LIMIT ? OFFSET ?`,
    )
    .all(...params, ...(filter.filing ? [filter.filing] : []), page.limit, page.offset) as SchoolPlanRow[];
  return { total: filter.filing ? counts[filter.filing] : counts.total, rows, counts };
}

/**
 * Sorting by school walks schools in code order and each school's teachers in name order (both
 * indexes), so the first page comes without sorting 200,000 rows; by name it walks the name index.
 * By submission time needs a sort of the matching rows — an officer asks for it with a filter.
 */
const TEACHER_SORT = {
  school: { order: 's.code, t.name', bySchool: true },
  name: { order: 't.name', bySchool: false },
  submitted: { order: 'p.last_submitted_at IS NULL, p.last_submitted_at', bySchool: true },
} as const;

/** The schools an authority / stage / school-code filter leaves, or null for no such filter. */
function schoolScope(sqlite: Sqlite, year: number, filter: PlanListFilter): number[] | null {
  if (!filter.authority && !filter.stage && !filter.schoolCode) return null;
  const where = ['s.year = ?'];
  const params: unknown[] = [year];
  if (filter.authority) (where.push('a.name = ?'), params.push(filter.authority));
  if (filter.stage) (where.push('s.stage = ?'), params.push(filter.stage));
  if (filter.schoolCode) (where.push('s.code = ?'), params.push(filter.schoolCode));
  return (sqlite.prepare(`SELECT s.id FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE ${where.join(' AND ')}`).all(...params) as { id: number }[]).map((r) => r.id);
}

/** The search box on teachers: part of a name, the start of a school code, or a full national ID. */
function searchCondition(sqlite: Sqlite, year: number, q: string): { sql: string; params: unknown[] } {
  const alternatives = ["t.name LIKE ? ESCAPE '\\'"];
  const params: unknown[] = [likeText(q)];
  if (/^[0-9A-Za-z]+$/.test(q)) {
    const ids = sqlite.prepare("SELECT id FROM schools WHERE year = ? AND code LIKE ? ESCAPE '\\'").all(year, prefixText(q)) as { id: number }[];
    if (ids.length) alternatives.push(`t.school_id IN (${ids.map((r) => r.id).join(', ')})`);
  }
  // A full national ID finds its teacher but is never shown back.
  const nationalId = normalizeNationalId(q);
  if (isValidNationalId(nationalId)) (alternatives.push('t.national_id = ?'), params.push(nationalId));
  return { sql: `(${alternatives.join(' OR ')})`, params };
}

function teacherCounts(sqlite: Sqlite, year: number, schools: number[] | null, search: { sql: string; params: unknown[] } | null): Counts {
  const inSchools = schools === null ? null : `(${schools.length ? schools.join(', ') : 'NULL'})`;
  if (search) {
    const where = [inSchools ? `t.school_id IN ${inSchools}` : 't.year = ?', search.sql];
    const grouped = sqlite
      .prepare(`SELECT COALESCE(p.filing, 'none') AS filing, COUNT(*) AS n FROM teachers t LEFT JOIN teacher_plans p ON p.teacher_id = t.id WHERE ${where.join(' AND ')} GROUP BY 1`)
      .all(...(inSchools ? [] : [year]), ...search.params) as { filing: string; n: number }[];
    return countsOf(grouped, grouped.reduce((t, r) => t + r.n, 0));
  }
  // The roster from the school index, the plans from theirs: no row of either table is read.
  const total = inSchools
    ? (sqlite.prepare(`SELECT COUNT(*) AS n FROM teachers WHERE school_id IN ${inSchools}`).get() as { n: number }).n
    : (sqlite.prepare('SELECT COUNT(*) AS n FROM teachers WHERE year = ?').get(year) as { n: number }).n;
  const grouped = (
    inSchools
      ? sqlite.prepare(`SELECT filing, COUNT(*) AS n FROM teacher_plans INDEXED BY teacher_plans_by_school WHERE year = ? AND school_id IN ${inSchools} GROUP BY filing`)
      : sqlite.prepare('SELECT filing, COUNT(*) AS n FROM teacher_plans WHERE year = ? GROUP BY filing')
  ).all(year) as { filing: string; n: number }[];
  return countsOf(grouped, total);
}

export function listTeacherPlans(
  sqlite: Sqlite,
  args: { year: number; filter: PlanListFilter; sort: { by: keyof typeof TEACHER_SORT; dir: 'asc' | 'desc' }; page: { offset: number; limit: number } },
) {
  const { year, filter, sort, page } = args;
  const schools = schoolScope(sqlite, year, filter);
  const search = filter.q ? searchCondition(sqlite, year, filter.q) : null;
  const counts = teacherCounts(sqlite, year, schools, search);

  const how = TEACHER_SORT[sort.by];
  const where: string[] = [how.bySchool ? 's.year = ?' : 't.year = ?'];
  const params: unknown[] = [year];
  if (schools !== null) where.push(`${how.bySchool ? 's.id' : 't.school_id'} IN (${schools.length ? schools.join(', ') : 'NULL'})`);
  if (search) (where.push(search.sql), params.push(...search.params));
  if (filter.filing === 'none') where.push(`NOT EXISTS (SELECT 1 FROM teacher_plans x WHERE x.teacher_id = t.id AND x.filing <> 'none')`);
  else if (filter.filing) (where.push('p.filing = ?'), params.push(filter.filing));
  const from = how.bySchool
    ? 'FROM schools s CROSS JOIN teachers t ON t.school_id = s.id'
    : 'FROM teachers t JOIN schools s ON s.id = t.school_id';
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const order = how.order.split(', ').map((c) => `${c} ${c.endsWith('IS NULL') ? 'ASC' : dir}`).join(', ');
  const rows = sqlite
    .prepare(
      `SELECT t.id AS teacherId, t.national_id, t.name, s.code AS schoolCode, s.name AS school, a.name AS authority, s.stage, ${PLAN_COLUMNS}
       ${from} JOIN authorities a ON a.id = s.authority_id LEFT JOIN teacher_plans p ON p.teacher_id = t.id
       WHERE ${where.join(' AND ')} ORDER BY ${order}, t.id ${dir} LIMIT ? OFFSET ?`,
    )
    .all(...params, page.limit, page.offset) as ({ national_id: string } & Omit<TeacherPlanRow, 'maskedId'>)[];
  return {
    total: filter.filing ? counts[filter.filing] : counts.total,
    rows: rows.map(({ national_id, ...r }): TeacherPlanRow => ({ ...r, maskedId: maskNationalId(national_id) })),
    counts,
  };
}
