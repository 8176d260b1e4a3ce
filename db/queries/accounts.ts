// Business accounts of the year's schools and the contact persons of its authorities.
import { sql, type Kysely } from 'kysely';
import { BUSINESS_ACCOUNT_KINDS } from '../../main/engine/vocabulary.ts';
import type { DB } from '../schema.ts';
import { contains, startsWith } from './like.ts';
import type { Dir, Page } from './registry.ts';
import { activeChiefsOf } from './registryDetail.ts';

export interface AccountFilter {
  q: string;
  authority: string | null;
  kind: string | null;
  status: string | null;
}

const ACCOUNT_SORT = { school: 's.code', account: 'b.account', name: 'b.name', kind: 'b.kind', status: 'b.status' } as const;

export async function listAccounts(
  db: Kysely<DB>,
  args: { year: number; filter: AccountFilter; sort: { by: keyof typeof ACCOUNT_SORT; dir: Dir }; page: Page },
) {
  const { year, filter, sort, page } = args;
  let base = db
    .selectFrom('business_accounts as b')
    .innerJoin('schools as s', 's.id', 'b.school_id')
    .innerJoin('authorities as a', 'a.id', 's.authority_id')
    .where('s.year', '=', year);
  if (filter.q) {
    const q = filter.q;
    base = base.where((eb) =>
      eb.or([contains(sql.ref('b.name'), q), startsWith(sql.ref('b.account'), q), startsWith(sql.ref('s.code'), q), contains(sql.ref('s.name'), q)]),
    );
  }
  if (filter.authority) base = base.where('a.name', '=', filter.authority);
  if (filter.kind) base = base.where('b.kind', '=', filter.kind);
  if (filter.status) base = base.where('b.status', '=', filter.status);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'b.id', 's.id as schoolId', 's.code as schoolCode', 's.name as school', 'a.name as authority',
      'b.account', 'b.name', 'b.kind', 'b.phone', 'b.email', 'b.status',
    ])
    .orderBy(sql.ref(ACCOUNT_SORT[sort.by]), sort.dir)
    .orderBy('s.code')
    .orderBy('b.account')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total), rows };
}

export async function accountStats(db: Kysely<DB>, year: number) {
  const byKind = await db
    .selectFrom('business_accounts as b')
    .innerJoin('schools as s', 's.id', 'b.school_id')
    .select(['b.kind', (eb) => eb.fn.countAll<number>().as('accounts')])
    .where('s.year', '=', year)
    .groupBy('b.kind')
    .execute();
  const schools = await db
    .selectFrom('schools as s')
    .select((eb) => [eb.fn.countAll<number>().as('schools'), sql<number>`COALESCE(SUM(${activeChiefsOf} = 0), 0)`.as('without')])
    .where('s.year', '=', year)
    .executeTakeFirstOrThrow();
  const counted = new Map(byKind.map((r) => [r.kind, Number(r.accounts)]));
  return {
    accounts: byKind.reduce((sum, r) => sum + Number(r.accounts), 0),
    byKind: BUSINESS_ACCOUNT_KINDS.map((kind) => ({ kind, accounts: counted.get(kind) ?? 0 })),
    schools: Number(schools.schools),
    schoolsWithoutChief: Number(schools.without),
  };
}

export async function listContacts(db: Kysely<DB>, args: { year: number; filter: { q: string; authority: string | null }; page: Page }) {
  const { year, filter, page } = args;
  let base = db.selectFrom('authority_contacts as c').innerJoin('authorities as a', 'a.id', 'c.authority_id').where('a.year', '=', year);
  if (filter.q) {
    const q = filter.q;
    base = base.where((eb) => eb.or([contains(sql.ref('c.name'), q), contains(sql.ref('c.head_name'), q)]));
  }
  if (filter.authority) base = base.where('a.name', '=', filter.authority);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'c.id', 'a.name as authority', 'c.name', 'c.title', 'c.phone', 'c.fax', 'c.email',
      'c.head_name as headName', 'c.head_phone as headPhone', 'c.head_email as headEmail',
    ])
    .orderBy('a.sort_order')
    .orderBy('c.name')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total), rows };
}
