// One school or one teacher in full, the one query that returns a full national ID, and the
// confirmed marking of teachers a roster left out.
import { sql, type Kysely } from 'kysely';
import { maskNationalId } from '../../main/engine/nationalId.ts';
import type { Sqlite } from '../connection.ts';
import type { DB } from '../schema.ts';

const SCHOOL_TEACHERS_SHOWN = 500;

/** Enabled 總負責人 accounts of a school, as an SQL expression on `s.id`. */
export const activeChiefsOf = sql<number>`(SELECT COUNT(*) FROM business_accounts b
  WHERE b.school_id = s.id AND b.kind = '總負責人' AND b.status = '啟用中')`;

export async function schoolDetail(db: Kysely<DB>, id: number) {
  const s = await db
    .selectFrom('schools as s')
    .innerJoin('authorities as a', 'a.id', 's.authority_id')
    .selectAll('s')
    .select(['a.name as authority', activeChiefsOf.as('active_chiefs')])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!s) return null;
  const counts = await db
    .selectFrom('teachers')
    .select((eb) => [eb.fn.countAll<number>().as('total'), sql<number>`COALESCE(SUM(employment_status = '在職'), 0)`.as('active')])
    .where('school_id', '=', id)
    .executeTakeFirstOrThrow();
  const teachers = await db
    .selectFrom('teachers')
    .select(['id', 'national_id', 'name', 'job_title', 'employment_status'])
    .where('school_id', '=', id)
    .orderBy('name')
    .orderBy('id')
    .limit(SCHOOL_TEACHERS_SHOWN)
    .execute();
  const accounts = await db
    .selectFrom('business_accounts')
    .select(['id', 'account', 'name', 'kind', 'phone', 'email', 'status'])
    .where('school_id', '=', id)
    .orderBy(sql`CASE kind WHEN '總負責人' THEN 0 WHEN '連絡人' THEN 1 ELSE 2 END`)
    .orderBy('account')
    .execute();
  return {
    id: s.id,
    year: s.year,
    code: s.code,
    name: s.name,
    authority: s.authority,
    stage: s.stage,
    students: s.students,
    principal: { name: s.principal_name, phone: s.principal_phone, mobile: s.principal_mobile, email: s.principal_email },
    contact: { name: s.contact_name, title: s.contact_title, phone: s.contact_phone, mobile: s.contact_mobile, email: s.contact_email },
    teachers: {
      total: Number(counts.total),
      active: Number(counts.active),
      rows: teachers.map((t) => ({ id: t.id, maskedId: maskNationalId(t.national_id), name: t.name, jobTitle: t.job_title, employmentStatus: t.employment_status })),
    },
    accounts,
    activeChiefs: Number(s.active_chiefs),
  };
}

export async function teacherDetail(db: Kysely<DB>, id: number) {
  const t = await db
    .selectFrom('teachers as t')
    .innerJoin('schools as s', 's.id', 't.school_id')
    .innerJoin('authorities as a', 'a.id', 's.authority_id')
    .select([
      't.id', 't.year', 't.national_id', 't.name', 't.job_title', 't.subjects', 't.account_status', 't.employment_status',
      's.id as schoolId', 's.code as schoolCode', 's.name as school', 's.stage', 'a.name as authority',
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
  if (!t) return null;
  const departures = await db
    .selectFrom('teacher_departures as d')
    .leftJoin('import_runs as r', 'r.id', 'd.import_id')
    .select(['d.status', 'd.previous_status as previousStatus', 'd.confirmed_at as confirmedAt', 'r.file_name as importFile'])
    .where('d.teacher_id', '=', id)
    .orderBy('d.id')
    .execute();
  return {
    id: t.id,
    year: t.year,
    maskedId: maskNationalId(t.national_id),
    name: t.name,
    schoolId: t.schoolId,
    schoolCode: t.schoolCode,
    school: t.school,
    authority: t.authority,
    stage: t.stage,
    jobTitle: t.job_title,
    subjects: t.subjects,
    accountStatus: t.account_status,
    employmentStatus: t.employment_status,
    departures,
  };
}

/** The full national ID of one teacher — shown only on the officer's explicit request. */
export async function teacherNationalId(db: Kysely<DB>, id: number): Promise<string | null> {
  const row = await db.selectFrom('teachers').select('national_id').where('id', '=', id).executeTakeFirst();
  return row?.national_id ?? null;
}

/**
 * Marks the chosen teachers of an import's 未出現在新名冊 list as left, in one transaction, and
 * records each change. Teachers not on that list or no longer 在職 are skipped, never touched.
 */
export function confirmLeft(sqlite: Sqlite, args: { importId: number; teacherIds: readonly number[]; status: string }) {
  const listed = sqlite.prepare(
    `SELECT t.employment_status FROM import_missing_teachers m JOIN teachers t ON t.id = m.teacher_id
     WHERE m.import_id = ? AND m.teacher_id = ?`,
  );
  const update = sqlite.prepare('UPDATE teachers SET employment_status = ? WHERE id = ?');
  const record = sqlite.prepare(
    'INSERT INTO teacher_departures (teacher_id, import_id, status, previous_status, confirmed_at) VALUES (?, ?, ?, ?, ?)',
  );
  const now = new Date().toISOString();
  return sqlite.transaction(() => {
    let marked = 0;
    for (const teacherId of new Set(args.teacherIds)) {
      const row = listed.get(args.importId, teacherId) as { employment_status: string } | undefined;
      if (!row || row.employment_status !== '在職') continue;
      update.run(args.status, teacherId);
      record.run(teacherId, args.importId, args.status, row.employment_status, now);
      marked++;
    }
    return { marked, skipped: args.teacherIds.length - marked };
  })();
}
