// Reads one authority's year out of the database as the package's parts, in canonical form: natural
// keys instead of ids, rows in the order they were inserted (ids ascending) — an import inserts them
// in that order again, so a database filled from a package dumps back to the same bytes. The same
// dump gives the fingerprint that tells whether an import would change anything.
import { createHash } from 'node:crypto';
import type { Sqlite } from '../../db/connection.ts';
import { runJson } from '../../db/queries/awardRunRead.ts';
import { readSchedule } from '../../db/queries/schedule.ts';
import { hashText, OWN_PARTS, PART_NAMES, type Part, type PartName, type Parts } from './package.ts';

const NEEDS = 'mode_1, mode_2, mode_3, time_1, time_2, time_3, time_4, time_5, time_6, time_other, place_1, place_2, place_3, place_4, place_5, place_6, place_other, level, method';
const NEED_COLUMNS = NEEDS.split(', ');
const prefixed = (alias: string) => NEED_COLUMNS.map((c) => `${alias}.${c}`).join(', ');

/** The SQL of each table-like part; parameters @a (authorities.id) and @y (year). */
export const PART_SQL: Record<Exclude<PartName, 'reference' | 'award-runs'>, string> = {
  authority: 'SELECT code, name, school_group, teacher_wave, sort_order FROM authorities WHERE id = @a',
  'authority-windows': `SELECT kind, start_at, end_at FROM schedule_authority_windows
    WHERE year = @y AND authority = (SELECT name FROM authorities WHERE id = @a) ORDER BY kind`,
  'authority-contacts': `SELECT name, title, phone, fax, email, head_name, head_phone, head_email FROM authority_contacts
    WHERE authority_id = @a ORDER BY id`,
  schools: `SELECT code, name, stage, students, principal_name, principal_phone, principal_mobile, principal_email,
      contact_name, contact_title, contact_phone, contact_mobile, contact_email
    FROM schools WHERE authority_id = @a ORDER BY id`,
  'business-accounts': `SELECT s.code AS school_code, b.account, b.name, b.kind, b.phone, b.email, b.status
    FROM schools s JOIN business_accounts b ON b.school_id = s.id WHERE s.authority_id = @a ORDER BY b.id`,
  teachers: `SELECT t.national_id, s.code AS school_code, t.name, t.job_title, t.subjects, t.account_status, t.employment_status
    FROM schools s JOIN teachers t ON t.school_id = s.id WHERE s.authority_id = @a ORDER BY t.id`,
  'school-plans': `SELECT s.code AS school_code, p.status, p.last_submitted_at, p.reviewed_at, p.filing, p.students, ${prefixed('p')}, p.updated_at
    FROM schools s JOIN school_plans p ON p.school_id = s.id WHERE s.authority_id = @a ORDER BY p.id`,
  'school-plan-events': `SELECT s.code AS school_code, e.seq, e.action, e.at, e.actor, e.reason, e.origin
    FROM schools s JOIN school_plans p ON p.school_id = s.id JOIN school_plan_events e ON e.plan_id = p.id
    WHERE s.authority_id = @a ORDER BY p.id, e.seq`,
  'school-plan-hours': `SELECT s.code AS school_code, h.code, h.hundredths
    FROM schools s JOIN school_plans p ON p.school_id = s.id JOIN school_plan_hours h ON h.plan_id = p.id
    WHERE s.authority_id = @a ORDER BY p.id, h.code`,
  'teacher-plans': `SELECT t.national_id, p.filed_school_code, p.status, p.last_submitted_at, p.reviewed_at, p.filing,
      p.education, p.service_years, p.stage, p.grade, ${prefixed('p')}, p.updated_at
    FROM schools s JOIN teachers t ON t.school_id = s.id JOIN teacher_plans p ON p.teacher_id = t.id
    WHERE s.authority_id = @a ORDER BY p.id`,
  'teacher-plan-events': `SELECT t.national_id, e.seq, e.action, e.at, e.actor, e.reason, e.origin
    FROM schools s JOIN teachers t ON t.school_id = s.id JOIN teacher_plans p ON p.teacher_id = t.id JOIN teacher_plan_events e ON e.plan_id = p.id
    WHERE s.authority_id = @a ORDER BY p.id, e.seq`,
  'teacher-plan-hours': `SELECT t.national_id, h.code, h.hundredths
    FROM schools s JOIN teachers t ON t.school_id = s.id JOIN teacher_plans p ON p.teacher_id = t.id JOIN teacher_plan_hours h ON h.plan_id = p.id
    WHERE s.authority_id = @a ORDER BY p.id, h.code`,
  courses: `SELECT code, name, category, organizer, start_day, end_day, hundredths, listed FROM courses
    WHERE id IN (SELECT r.course_id FROM schools s JOIN teachers t ON t.school_id = s.id JOIN hour_records r ON r.teacher_id = t.id WHERE s.authority_id = @a)
    ORDER BY code`,
  'hour-records': `SELECT t.national_id, c.code AS course_code, r.hundredths, r.day, r.category
    FROM schools s JOIN teachers t ON t.school_id = s.id JOIN hour_records r ON r.teacher_id = t.id JOIN courses c ON c.id = r.course_id
    WHERE s.authority_id = @a ORDER BY t.id, c.code`,
};

export const AWARD_RUN_COLUMNS = [
  'created_at', 'created_by', 'app_version', 'national_average_source', 'national_average', 'schools', 'teachers',
  'awarded_authorities', 'awarded_schools', 'awarded_teachers', 'result_sha256', 'result_json',
] as const;

function tablePart(sqlite: Sqlite, sql: string, authorityId: number, year: number): Part {
  const statement = sqlite.prepare(sql).raw(true);
  const columns = statement.columns().map((c) => c.name);
  const rows = statement.all({ a: authorityId, y: year }) as unknown[][];
  return { columns, rows };
}

/** The reference part: one row with the year, its classification and its schedule. */
function referencePart(sqlite: Sqlite, year: number): Part {
  const y = sqlite.prepare('SELECT is_demo, classification_version_id FROM school_years WHERE year = ?').get(year) as
    | { is_demo: number; classification_version_id: number | null }
    | undefined;
  const version = y?.classification_version_id
    ? (sqlite.prepare('SELECT label, source FROM classification_versions WHERE id = ?').get(y.classification_version_id) as { label: string; source: string })
    : null;
  const items = version
    ? (sqlite.prepare('SELECT code, name FROM classification_items WHERE version_id = ? ORDER BY code').all(y!.classification_version_id) as { code: string; name: string }[])
    : [];
  const stored = readSchedule(sqlite, year);
  return {
    columns: ['year', 'is_demo', 'classification', 'schedule'],
    rows: [[year, y?.is_demo ?? 0, version ? { ...version, items } : null, stored ? { status: stored.status, source: stored.source, schedule: stored.schedule } : null]],
  };
}

/** The runs of the year whose only authority is this one, with their JSON (runs that no longer hash the same are left out). */
function awardRunsPart(sqlite: Sqlite, name: string, year: number): { part: Part; skipped: number } {
  const runs = sqlite
    .prepare(
      `SELECT r.id, r.created_at, r.created_by, r.app_version, r.national_average_source, r.national_average, r.schools, r.teachers,
         r.awarded_authorities, r.awarded_schools, r.awarded_teachers, r.result_sha256,
         (SELECT COUNT(*) FROM award_run_authorities a WHERE a.run_id = r.id) AS authorities,
         (SELECT COUNT(*) FROM award_run_authorities a WHERE a.run_id = r.id AND a.authority = ?) AS own
       FROM award_runs r WHERE r.year = ? ORDER BY r.id`,
    )
    .all(name, year) as (Record<(typeof AWARD_RUN_COLUMNS)[number], unknown> & { id: number; authorities: number; own: number })[];
  const rows: unknown[][] = [];
  let skipped = 0;
  for (const run of runs) {
    const json = run.authorities === 1 && run.own === 1 ? runJson(sqlite, run.id) : null;
    if (!json?.intact) {
      skipped++;
      continue;
    }
    rows.push(AWARD_RUN_COLUMNS.map((c) => (c === 'result_json' ? json.json : run[c])));
  }
  return { part: { columns: AWARD_RUN_COLUMNS, rows }, skipped };
}

export function authorityIdOf(sqlite: Sqlite, name: string, year: number): number | null {
  const row = sqlite.prepare('SELECT id FROM authorities WHERE year = ? AND name = ?').get(year, name) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Every part of the package of this authority and year; the caller holds a read transaction. */
export function dumpParts(sqlite: Sqlite, authorityId: number, year: number): { parts: Parts; skippedAwardRuns: number } {
  const name = (sqlite.prepare('SELECT name FROM authorities WHERE id = ?').get(authorityId) as { name: string }).name;
  const runs = awardRunsPart(sqlite, name, year);
  const parts = {} as Parts;
  for (const part of PART_NAMES) {
    if (part === 'reference') parts[part] = referencePart(sqlite, year);
    else if (part === 'award-runs') parts[part] = runs.part;
    else parts[part] = tablePart(sqlite, PART_SQL[part], authorityId, year);
  }
  return { parts, skippedAwardRuns: runs.skipped };
}

/**
 * The fingerprint of an authority's year in this database: the hashes of its own parts, then the
 * hashes of the county award runs kept for it. Taken after an import and again before the next one:
 * equal means nothing changed in between.
 */
export function fingerprintOf(ownPartHashes: readonly string[], runHashes: readonly string[]): string {
  return hashText(`${ownPartHashes.join('\n')}\nruns:${[...runHashes].sort().join(',')}`);
}

/**
 * The hour records as the fingerprint reads them: by database ids, in the order the indexes give.
 * A fingerprint is only ever compared with one taken earlier in the same database, where ids are
 * stable (a replaced teacher gets a new id, which changes it, as it should) — and skipping the
 * course join and the sort makes it about twice as fast on a county's 500,000 records.
 */
const FINGERPRINT_HOURS = `SELECT r.teacher_id, r.course_id, r.hundredths, r.day, r.category
  FROM schools s JOIN teachers t ON t.school_id = s.id JOIN hour_records r ON r.teacher_id = t.id WHERE s.authority_id = @a`;

function streamedHash(sqlite: Sqlite, sql: string, authorityId: number, year: number, integersOnly: boolean): string {
  const hash = createHash('sha256');
  for (const row of sqlite.prepare(sql).raw(true).iterate({ a: authorityId, y: year }) as Iterable<unknown[]>) {
    hash.update(integersOnly ? row.join(',') : JSON.stringify(row));
    hash.update('\n');
  }
  return hash.digest('hex');
}

export function databaseFingerprint(sqlite: Sqlite, authorityId: number, year: number): string {
  const name = (sqlite.prepare('SELECT name FROM authorities WHERE id = ?').get(authorityId) as { name: string }).name;
  const hashes = OWN_PARTS.map((p) =>
    p === 'hour-records'
      ? streamedHash(sqlite, FINGERPRINT_HOURS, authorityId, year, true)
      : streamedHash(sqlite, PART_SQL[p as keyof typeof PART_SQL], authorityId, year, false),
  );
  const runs = sqlite.prepare('SELECT result_sha256 FROM package_award_runs WHERE year = ? AND authority = ?').pluck().all(year, name) as string[];
  return fingerprintOf(hashes, runs);
}
