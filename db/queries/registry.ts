import { sql, type Kysely, type SqlBool } from 'kysely';
import { isValidNationalId, maskNationalId, normalizeNationalId } from '../../main/engine/nationalId.ts';
import type { DB } from '../schema.ts';
import { contains, startsWith } from './like.ts';
import { activeChiefsOf } from './registryDetail.ts';

export interface ListFilter {
  q: string;
  authority: string | null;
  stage: string | null;
}
export interface Page {
  offset: number;
  limit: number;
}
export type Dir = 'asc' | 'desc';

export async function listAuthorities(db: Kysely<DB>, year: number) {
  const rows = await db
    .selectFrom('authorities')
    .select(['id', 'code', 'name', 'school_group', 'teacher_wave'])
    .where('year', '=', year)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, schoolGroup: r.school_group, teacherWave: r.teacher_wave }));
}

const SCHOOL_SORT = {
  code: 's.code',
  name: 's.name',
  authority: 'a.sort_order',
  stage: 's.stage',
  students: 's.students',
  teachers: 'teachers',
} as const;

export async function listSchools(
  db: Kysely<DB>,
  args: { year: number; filter: ListFilter; withoutChief?: boolean; sort: { by: keyof typeof SCHOOL_SORT; dir: Dir }; page: Page },
) {
  const { year, filter, sort, page } = args;
  let base = db
    .selectFrom('schools as s')
    .innerJoin('authorities as a', 'a.id', 's.authority_id')
    .where('s.year', '=', year);
  if (args.withoutChief) base = base.where(sql<SqlBool>`${activeChiefsOf} = 0`);
  if (filter.q) {
    const q = filter.q;
    base = base.where((eb) => eb.or([contains(sql.ref('s.name'), q), startsWith(sql.ref('s.code'), q)]));
  }
  if (filter.authority) base = base.where('a.name', '=', filter.authority);
  if (filter.stage) base = base.where('s.stage', '=', filter.stage);

  const [{ total }] = (await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [{ total: number }];
  const rows = await base
    .select([
      's.id',
      's.code',
      's.name',
      'a.name as authority',
      's.stage',
      's.students',
      sql<number>`(SELECT COUNT(*) FROM teachers t WHERE t.school_id = s.id)`.as('teachers'),
    ])
    .orderBy(sql.ref(SCHOOL_SORT[sort.by]), sort.dir)
    .orderBy('s.code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

const TEACHER_SORT = { name: 't.name', school: 's.code', authority: 'a.sort_order', stage: 's.stage' } as const;

/**
 * The teacher filter as conditions on `teachers t` alone, so the count needs no join and the page
 * joins only the rows it shows. Matches on a school code or a full national ID are rare, so they
 * are looked up first and added as plain values: an OR over a subquery would be evaluated for each of
 * 200,000 rows.
 */
async function teacherConditions(db: Kysely<DB>, year: number, filter: ListFilter) {
  const conditions = [sql<SqlBool>`t.year = ${year}`];
  if (filter.q) {
    const q = filter.q;
    const alternatives = [contains(sql.ref('t.name'), q)];
    if (/^[0-9A-Za-z]+$/.test(q)) {
      const schoolIds = await db.selectFrom('schools').select('id').where('year', '=', year).where(startsWith(sql.ref('code'), q)).execute();
      if (schoolIds.length) alternatives.push(sql<SqlBool>`t.school_id IN (${sql.join(schoolIds.map((r) => r.id))})`);
    }
    // A full national ID finds its teacher (officers match people that way) but is never shown back.
    const id = normalizeNationalId(q);
    if (isValidNationalId(id)) alternatives.push(sql<SqlBool>`t.national_id = ${id}`);
    conditions.push(sql<SqlBool>`(${sql.join(alternatives, sql` OR `)})`);
  }
  if (filter.authority || filter.stage) {
    conditions.push(sql<SqlBool>`t.school_id IN (SELECT s.id FROM schools s JOIN authorities a ON a.id = s.authority_id
      WHERE s.year = ${year}
      ${filter.authority ? sql`AND a.name = ${filter.authority}` : sql``}
      ${filter.stage ? sql`AND s.stage = ${filter.stage}` : sql``})`);
  }
  return sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;
}

export async function listTeachers(
  db: Kysely<DB>,
  args: { year: number; filter: ListFilter; sort: { by: keyof typeof TEACHER_SORT; dir: Dir }; page: Page },
) {
  const { year, filter, sort, page } = args;
  const where = await teacherConditions(db, year, filter);
  const { total } = await db
    .selectFrom('teachers as t')
    .where(where)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('teachers as t')
    .innerJoin('schools as s', 's.id', 't.school_id')
    .innerJoin('authorities as a', 'a.id', 's.authority_id')
    .where(where)
    .select([
      't.id',
      't.national_id',
      't.name',
      's.code as schoolCode',
      's.name as school',
      'a.name as authority',
      's.stage',
      't.job_title',
      't.account_status',
      't.employment_status',
    ])
    .orderBy(sql.ref(TEACHER_SORT[sort.by]), sort.dir)
    .$if(sort.by !== 'name', (qb) => qb.orderBy('t.name'))
    .orderBy('t.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    total: Number(total),
    rows: rows.map((r) => ({
      id: r.id,
      maskedId: maskNationalId(r.national_id),
      name: r.name,
      schoolCode: r.schoolCode,
      school: r.school,
      authority: r.authority,
      stage: r.stage,
      jobTitle: r.job_title,
      accountStatus: r.account_status,
      employmentStatus: r.employment_status,
    })),
  };
}
