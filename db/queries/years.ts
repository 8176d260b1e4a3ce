import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export async function listYears(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('school_years as y')
    .select((eb) => [
      'y.year',
      'y.is_demo',
      eb.selectFrom('authorities').whereRef('authorities.year', '=', 'y.year').select(eb.fn.countAll<number>().as('n')).as('authorities'),
      eb.selectFrom('schools').whereRef('schools.year', '=', 'y.year').select(eb.fn.countAll<number>().as('n')).as('schools'),
      eb.selectFrom('teachers').whereRef('teachers.year', '=', 'y.year').select(eb.fn.countAll<number>().as('n')).as('teachers'),
    ])
    .orderBy('y.year', 'desc')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    isDemo: r.is_demo === 1,
    authorities: Number(r.authorities ?? 0),
    schools: Number(r.schools ?? 0),
    teachers: Number(r.teachers ?? 0),
  }));
}

export async function tableCounts(db: Kysely<DB>, tables: readonly (keyof DB)[]) {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

export async function overview(db: Kysely<DB>, year: number) {
  const byStage = await db
    .selectFrom('schools as s')
    .select((eb) => [
      's.stage',
      eb.fn.countAll<number>().as('schools'),
      eb.fn.sum<number>(eb.selectFrom('teachers as t').whereRef('t.school_id', '=', 's.id').select(eb.fn.countAll<number>().as('n'))).as('teachers'),
    ])
    .where('s.year', '=', year)
    .groupBy('s.stage')
    .execute();
  const byAuthority = await db
    .selectFrom('authorities as a')
    .select((eb) => [
      'a.name as authority',
      eb.selectFrom('schools as s').whereRef('s.authority_id', '=', 'a.id').select(eb.fn.countAll<number>().as('n')).as('schools'),
      eb
        .selectFrom('teachers as t')
        .innerJoin('schools as s', 's.id', 't.school_id')
        .whereRef('s.authority_id', '=', 'a.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('teachers'),
    ])
    .where('a.year', '=', year)
    .orderBy('a.sort_order')
    .execute();
  return {
    schoolsByStage: byStage.map((r) => ({ stage: r.stage, schools: Number(r.schools), teachers: Number(r.teachers ?? 0) })),
    byAuthority: byAuthority.map((r) => ({ authority: r.authority, schools: Number(r.schools ?? 0), teachers: Number(r.teachers ?? 0) })),
  };
}
