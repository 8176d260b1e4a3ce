// The county-to-central data package (issue 10; formats.md "Data package").
//
// WHAT A PACKAGE HOLDS, for one authority and one school year:
// - reference: the school year (demo or not), its course classification (label, source, items) and
//   the year's schedule as the authority has it — shared reference data, which the importer CREATES
//   only when the central database lacks it, never overwrites;
// - the authority row and its narrower filing windows (schedule_authority_windows) and contacts;
// - schools, business accounts, the roster (teachers);
// - school and teacher plans with their needs, hours per classification and full status history
//   (import_id of an event is left out: it names an import of the county's own history);
// - hour records, and the courses they refer to (courses are one shared list by course code: the
//   importer adds the missing ones and only fills in what the central copy lacks);
// - the award runs the county ran over its own data alone (runs whose only authority is this one),
//   as the run's JSON with its hash. A national run covering several authorities is left out: it is
//   not the county's record and would carry other authorities' results.
// Left out on purpose: hour totals (derived: recomputed on import), the plans' placement columns
// (school_id/authority_id: derived from the registry), 待確認 rows and decisions (the county's
// unfinished work: it resolves them before it sends), the import history and the audit trail.
//
// WHAT AN IMPORT DOES, in ONE transaction: creates the year (with a classification version equal to
// the package's, reusing an identical one) and the schedule when missing; finds the authority by
// name (creating it when missing); deletes that authority's schools for the year — and with them,
// by the foreign keys and the hours trigger, exactly its accounts, roster, plans, hour records and
// totals — and its contacts, its narrower windows and its earlier package award runs; inserts the
// package's rows; recomputes hour totals and re-judges the filing status of its plans against the
// central schedule; records the import. Nothing of another authority is ever deleted: a teacher the
// package rosters who is already rostered in another authority that year (teachers are unique per
// year) is a CONFLICT — that teacher's row stays where it is, the package's row, plan and hours for
// that person are not imported, and the conflict is listed (masked ID, name, both schools). A school
// code already used by another authority refuses the whole package (its teachers would have no
// school to go to).
//
// THE FILE: `.iapkg`, a zip (written by exports/zipWriter.ts, read by imports/read/zip.ts, which
// checks sizes and CRCs and refuses zip bombs) holding manifest.json and one JSON-lines file per part
// under data/: the first line the column names, then one JSON array per row, in a canonical order
// (natural keys — school code, national ID, course code — instead of database ids; rows in the
// order the source inserted them). Why JSON lines rather than an embedded SQLite file: the text is
// the same on every SQLite version and platform, so its SHA-256 is a stable identity of the content
// (a SQLite file's bytes depend on page layout); a part can be read and hashed as a stream; and an
// officer or auditor can open it with any tool. Deflate makes it about as small as a database file.
//
// THE MANIFEST: format name and version, the app schema version (db/migrate.ts user_version) and
// app version that wrote it, authority, year, created (ISO), and per part its file, row count, byte
// count and SHA-256; dataSha256 hashes the list of part hashes. The importer verifies all of it
// before touching the database and refuses (FILE_REFUSED) a file that is not a zip or is damaged or
// truncated, a manifest of another format or a newer format/schema, any part whose bytes or rows
// do not match (tampered), and data that names another authority or year than the manifest. The hashes detect damage and edits of the data; they are not a signature
// — whoever rewrites the manifest too is not stopped (the packages travel through officers' hands).
//
// IMPORTING TWICE: the import records a fingerprint of the authority's data as it left it
// (packageDump.ts). A package whose dataSha256 was the last one imported for that authority and year,
// while the data still has that fingerprint, is answered 已匯入過，資料沒有變更 and nothing is written.
//
// WHERE IT RUNS: export, inspect and import run in the package worker (packageJob.ts), on their own
// connection; a 臺中市-sized county (~19,000 teachers, ~490,000 hour records, 5.7 MB package) takes
// about 5 s to export, 2 s to read and verify and 9 s to import on the 2-core machines
// (`npm run bench -- packages`). Cancelling ends the worker, which rolls the transaction back.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const PACKAGE_FORMAT = 'inservice-admin/data-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.iapkg';
export const MANIFEST_FILE = 'manifest.json';

/** The parts in the order they are written and imported (parents before children). */
export const PART_NAMES = [
  'reference',
  'authority',
  'authority-windows',
  'authority-contacts',
  'schools',
  'business-accounts',
  'teachers',
  'school-plans',
  'school-plan-events',
  'school-plan-hours',
  'teacher-plans',
  'teacher-plan-events',
  'teacher-plan-hours',
  'courses',
  'hour-records',
  'award-runs',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * The parts that are the authority's own data and so make up the fingerprint: reference data and
 * courses are shared (the central copy may differ and is kept), and package award runs are compared
 * by their hashes (packageDump.ts).
 */
export const OWN_PARTS: readonly PartName[] = PART_NAMES.filter((p) => p !== 'reference' && p !== 'courses' && p !== 'award-runs');

/** What the user sees for a part (inspect screen, CLI summary). */
export const PART_LABELS: Record<PartName, string> = {
  reference: '學年度、課程分類與年度時程',
  authority: '主管機關',
  'authority-windows': '主管機關自訂填報期間',
  'authority-contacts': '承辦人資料',
  schools: '學校',
  'business-accounts': '業務帳號',
  teachers: '教師名單',
  'school-plans': '學校規劃',
  'school-plan-events': '學校規劃狀態紀錄',
  'school-plan-hours': '學校規劃時數',
  'teacher-plans': '教師規劃',
  'teacher-plan-events': '教師規劃狀態紀錄',
  'teacher-plan-hours': '教師規劃時數',
  courses: '研習課程',
  'hour-records': '研習時數紀錄',
  'award-runs': '獎勵計算紀錄',
};

export const partFile = (name: PartName): string => `data/${name}.jsonl`;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string(),
  authority: z.object({ name: z.string().min(1), code: z.string() }),
  year: z.number().int().min(1).max(999),
  createdAt: z.string(),
  parts: z.array(
    z.object({
      name: z.enum(PART_NAMES),
      file: z.string(),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256: sha256Hex,
    }),
  ),
  dataSha256: sha256Hex,
  /** Award runs of the year not included because they cover other authorities too. */
  skippedAwardRuns: z.number().int().min(0),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One part: its column names and rows, as in the file. */
export interface Part {
  columns: readonly string[];
  rows: unknown[][];
}
export type Parts = Record<PartName, Part>;

/** The hash that names a set of part hashes (a package's dataSha256, a fingerprint). */
export function digestOf(hashes: readonly { name: string; sha256: string }[]): string {
  return hashText(hashes.map((h) => `${h.name}:${h.sha256}\n`).join(''));
}

export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A part's file text: the header line and one JSON array per row, each line ending in \n. */
export function partText(part: Part): string {
  const lines = [JSON.stringify(part.columns)];
  for (const row of part.rows) lines.push(JSON.stringify(row));
  return `${lines.join('\n')}\n`;
}

/** File name a package of this authority and year gets by default. */
export function defaultPackageName(authority: string, year: number): string {
  return `${authority}-${year}學年度-資料包${PACKAGE_EXTENSION}`;
}
