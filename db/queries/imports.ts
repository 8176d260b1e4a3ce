// Reading the import history: the list, one report, its rejected rows and the teachers a roster
// left out (masked: the report is for looking, not for matching).
import { sql, type Kysely } from 'kysely';
import { maskNationalId } from '../../main/engine/nationalId.ts';
import type { DB } from '../schema.ts';
import type { Page } from './registry.ts';

export type ImportStatus = 'landed' | 'refused' | 'cancelled' | 'failed';

export interface ImportSummary {
  id: number;
  kind: string;
  fileName: string;
  year: number | null;
  format: string | null;
  startedAt: string;
  finishedAt: string;
  status: ImportStatus;
  message: string | null;
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  missing: number;
  /** Missing teachers the officer has since confirmed as left. */
  confirmedLeft: number;
  unknownColumns: string[];
}

function summaryQuery(db: Kysely<DB>) {
  return db
    .selectFrom('import_runs as r')
    .selectAll('r')
    .select(sql<number>`(SELECT COUNT(*) FROM teacher_departures d WHERE d.import_id = r.id)`.as('confirmed_left'));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow): ImportSummary {
  let unknownColumns: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.unknown_columns);
    if (Array.isArray(parsed)) unknownColumns = parsed.map(String);
  } catch {
    unknownColumns = [];
  }
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    year: r.year,
    format: r.format,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    status: r.status,
    message: r.message,
    read: r.rows_read,
    added: r.added,
    replaced: r.replaced,
    unchanged: r.unchanged,
    rejected: r.rejected,
    missing: r.missing,
    confirmedLeft: Number(r.confirmed_left),
    unknownColumns,
  };
}

export async function importSummary(db: Kysely<DB>, id: number): Promise<ImportSummary | null> {
  const row = await summaryQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : null;
}

export async function importHistory(db: Kysely<DB>, args: { year: number | null; kind: string | null; page: Page }) {
  let base = db.selectFrom('import_runs as r');
  if (args.year !== null) base = base.where('r.year', '=', args.year);
  if (args.kind !== null) base = base.where('r.kind', '=', args.kind);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let rows = summaryQuery(db);
  if (args.year !== null) rows = rows.where('r.year', '=', args.year);
  if (args.kind !== null) rows = rows.where('r.kind', '=', args.kind);
  const page = await rows.orderBy('r.id', 'desc').limit(args.page.limit).offset(args.page.offset).execute();
  return { total: Number(total), rows: page.map(toSummary) };
}

export async function importRejections(db: Kysely<DB>, id: number, page: Page) {
  const { total } = await db
    .selectFrom('import_rejections')
    .where('import_id', '=', id)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('import_rejections')
    .select(['sheet', 'row', 'column_name as column', 'reason'])
    .where('import_id', '=', id)
    .orderBy('seq')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total), rows };
}

export async function missingTeachers(db: Kysely<DB>, id: number, page: Page) {
  const { total } = await db
    .selectFrom('import_missing_teachers')
    .where('import_id', '=', id)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('import_missing_teachers as m')
    .innerJoin('teachers as t', 't.id', 'm.teacher_id')
    .innerJoin('schools as s', 's.id', 't.school_id')
    .select(['t.id', 't.national_id', 't.name', 's.code as schoolCode', 's.name as school', 't.employment_status'])
    .where('m.import_id', '=', id)
    .orderBy('s.code')
    .orderBy('t.name')
    .orderBy('t.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    total: Number(total),
    rows: rows.map((r) => ({
      teacherId: r.id,
      maskedId: maskNationalId(r.national_id),
      name: r.name,
      schoolCode: r.schoolCode,
      school: r.school,
      employmentStatus: r.employment_status,
    })),
  };
}
