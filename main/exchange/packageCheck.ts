// What importing a verified package would do to this database, read without writing: the year and
// schedule it would create, the authority's rows it would replace, the clashes with other
// authorities (teachers rostered there too; school codes that are theirs), and whether it is the
// package last imported for that authority with the data unchanged since.
import type { Sqlite } from '../../db/connection.ts';
import { hasSchedule } from '../../db/queries/schedule.ts';
import { schoolYearRow } from '../../db/queries/yearSetup.ts';
import { maskNationalId } from '../engine/nationalId.ts';
import type { Part } from './package.ts';
import { fileRefused } from './packageErrors.ts';
import { authorityIdOf, databaseFingerprint } from './packageDump.ts';
import type { ReadPackage } from './packageRead.ts';

export interface PackageConflict {
  maskedId: string;
  name: string;
  packageSchool: string;
  existingAuthority: string;
  existingSchool: string;
}

export interface PackagePlan {
  yearExists: boolean;
  scheduleExists: boolean;
  authorityExists: boolean;
  /** The authority's rows now in the database, which the import replaces. */
  existing: { schools: number; teachers: number; hourRecords: number };
  conflicts: PackageConflict[];
  /** Package school codes that belong to another authority this year ("code 名稱（機關）"). */
  schoolClashes: string[];
  /** Another authority of the year already has the package authority's code. */
  codeClash: string | null;
  /** national_id → the conflict, for the import to skip. */
  conflictIds: Set<string>;
  unchanged: boolean;
}

/** Column positions of a part by name; a column the package lacks refuses it (a file of another make). */
export function columnsOf(part: Part): (column: string) => number {
  const index = new Map(part.columns.map((c, i) => [c, i]));
  return (column) => {
    const i = index.get(column);
    if (i === undefined) throw fileRefused(`資料包缺少「${column}」欄位，不是本程式可以讀取的格式，已拒收，沒有匯入任何資料。`);
    return i;
  };
}

export function planImport(sqlite: Sqlite, pkg: ReadPackage): PackagePlan {
  const { year, authority } = pkg.manifest;
  const authorityId = authorityIdOf(sqlite, authority.name, year);
  const existing =
    authorityId === null
      ? { schools: 0, teachers: 0, hourRecords: 0 }
      : (sqlite
          .prepare(
            `SELECT (SELECT COUNT(*) FROM schools WHERE authority_id = @a) AS schools,
               (SELECT COUNT(*) FROM schools s JOIN teachers t ON t.school_id = s.id WHERE s.authority_id = @a) AS teachers,
               (SELECT COALESCE(SUM(h.records), 0) FROM schools s JOIN teachers t ON t.school_id = s.id JOIN hour_totals h ON h.teacher_id = t.id WHERE s.authority_id = @a) AS hourRecords`,
          )
          .get({ a: authorityId }) as PackagePlan['existing']);

  const codeClash = (
    sqlite.prepare('SELECT name FROM authorities WHERE year = ? AND code = ? AND name <> ?').get(year, authority.code, authority.name) as { name: string } | undefined
  )?.name ?? null;

  const schoolsPart = pkg.parts.schools;
  const sc = columnsOf(schoolsPart);
  const schoolNames = new Map(schoolsPart.rows.map((r) => [String(r[sc('code')]), String(r[sc('name')])]));
  const otherSchools = sqlite
    .prepare('SELECT s.code, s.name, a.name AS authority FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE s.year = ? AND a.name <> ?')
    .all(year, authority.name) as { code: string; name: string; authority: string }[];
  const schoolClashes = otherSchools.filter((s) => schoolNames.has(s.code)).map((s) => `${s.code} ${s.name}（${s.authority}）`);

  const teachersPart = pkg.parts.teachers;
  const tc = columnsOf(teachersPart);
  const others = new Map<string, { name: string; school: string; authority: string }>();
  const rows = sqlite
    .prepare(
      `SELECT t.national_id, t.name, s.code || ' ' || s.name AS school, a.name AS authority
       FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id WHERE t.year = ? AND a.name <> ?`,
    )
    .raw(true)
    .all(year, authority.name) as [string, string, string, string][];
  for (const [id, name, school, auth] of rows) others.set(id, { name, school, authority: auth });
  const conflicts: PackageConflict[] = [];
  const conflictIds = new Set<string>();
  for (const r of teachersPart.rows) {
    const id = String(r[tc('national_id')]);
    const other = others.get(id);
    if (!other) continue;
    const code = String(r[tc('school_code')]);
    conflictIds.add(id);
    conflicts.push({
      maskedId: maskNationalId(id),
      name: String(r[tc('name')]),
      packageSchool: `${code} ${schoolNames.get(code) ?? ''}`.trim(),
      existingAuthority: other.authority,
      existingSchool: other.school,
    });
  }

  let unchanged = false;
  if (authorityId !== null) {
    const last = sqlite
      .prepare('SELECT data_sha256, fingerprint FROM package_imports WHERE year = ? AND authority = ? ORDER BY id DESC LIMIT 1')
      .get(year, authority.name) as { data_sha256: string; fingerprint: string } | undefined;
    unchanged = last?.data_sha256 === pkg.manifest.dataSha256 && databaseFingerprint(sqlite, authorityId, year) === last.fingerprint;
  }

  return {
    yearExists: schoolYearRow(sqlite, year) !== null,
    scheduleExists: hasSchedule(sqlite, year),
    authorityExists: authorityId !== null,
    existing,
    conflicts,
    schoolClashes,
    codeClash,
    conflictIds,
    unchanged,
  };
}
