import { z } from 'zod';
import { channel, pageInput, pageOf, schoolYear } from './common.ts';

// The import wizard and the import history. Files cross the bridge as PATHS the officer chose: the
// Electron window asks with a native open dialog; the loopback test host has no dialog, so its
// pages (and the browser tests) type a path. Files going out (reports, templates) come back as
// base64 and are saved by the window as a download.

export const importKind = z.enum(['authorities', 'schools', 'teachers', 'accounts', 'contacts', 'courses', 'hours', 'school-plans', 'teacher-plans', 'survey']);
export type ImportKindName = z.infer<typeof importKind>;

const filePath = z.string().trim().min(1, '請輸入檔案路徑').max(1000);
const task = z.string().trim().min(1).max(100);

export const rejection = z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), reason: z.string() });

export const importSummary = z.object({
  id: z.number().int(),
  kind: z.string(),
  fileName: z.string(),
  year: z.number().int().nullable(),
  format: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  status: z.enum(['landed', 'refused', 'cancelled', 'failed']),
  message: z.string().nullable(),
  read: z.number().int(),
  added: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  missing: z.number().int(),
  confirmedLeft: z.number().int(),
  unknownColumns: z.array(z.string()),
});

const previewColumn = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  /** The header as the file writes it; null when the file has no such (optional) column. */
  header: z.string().nullable(),
});

const fileOut = z.object({ fileName: z.string(), base64: z.string() });

export const importsContract = {
  /** The kinds the wizard offers, with the columns each takes (for the help beside the file picker). */
  'imports:kinds': channel(
    z.object({}),
    z.array(
      z.object({
        kind: importKind,
        label: z.string(),
        columns: z.array(z.object({ label: z.string(), aliases: z.array(z.string()), required: z.boolean() })),
      }),
    ),
  ),
  /** The desktop app's open dialog; `available` is false where there is none (the browser test host). */
  'imports:chooseFile': channel(z.object({ kind: importKind }), z.object({ available: z.boolean(), path: z.string().nullable() })),
  /** Reads the file's header and first rows; changes nothing. Refused files: FILE_REFUSED. */
  'imports:preview': channel(
    z.object({ kind: importKind, path: filePath }),
    z.object({
      fileName: z.string(),
      format: z.string(),
      encoding: z.string().nullable(),
      sheet: z.string(),
      headerRow: z.number().int(),
      columns: z.array(previewColumn),
      unknownColumns: z.array(z.string()),
      /** The first data rows as shown (national IDs masked); a rejected row has its reasons instead. */
      rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string().nullable()), problems: z.array(z.string()) })),
    }),
  ),
  /**
   * Imports the file into the year in one transaction, off the main thread, reporting progress
   * events under `task`. Landed or cancelled: the report. Refused: FILE_REFUSED, nothing changed.
   * `year` null: courses (which belong to no year), or hours going to the school years of their dates.
   */
  'imports:run': channel(z.object({ task, kind: importKind, path: filePath, year: schoolYear.nullable() }), importSummary),
  /** Stops the import running under `task`; it rolls back and ends as cancelled. */
  'imports:cancel': channel(z.object({ task }), z.object({ cancelled: z.boolean() })),
  'imports:history': channel(
    z.object({
      year: schoolYear.nullable().default(null),
      kind: importKind.nullable().default(null),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(importSummary),
  ),
  'imports:report': channel(z.object({ id: z.number().int().positive() }), importSummary),
  'imports:rejections': channel(
    z.object({ id: z.number().int().positive(), page: pageInput.default({ offset: 0, limit: 50 }) }),
    pageOf(rejection),
  ),
  /** Teachers of the covered schools missing from a roster (未出現在新名冊), masked. */
  'imports:missing': channel(
    z.object({ id: z.number().int().positive(), page: pageInput.default({ offset: 0, limit: 50 }) }),
    pageOf(
      z.object({
        teacherId: z.number().int(),
        maskedId: z.string(),
        name: z.string(),
        schoolCode: z.string(),
        school: z.string(),
        employmentStatus: z.string(),
      }),
    ),
  ),
  /** The report as .xlsx (匯入結果, 未匯入資料列, 未出現在新名冊). */
  'imports:reportFile': channel(z.object({ id: z.number().int().positive() }), fileOut),
  /** The blank template of a kind. */
  'imports:template': channel(z.object({ kind: importKind }), fileOut),
};
