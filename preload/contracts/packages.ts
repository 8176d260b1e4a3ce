import { z } from 'zod';
import { channel, schoolYear } from './common.ts';

// Data packages (issue 10): an authority exports one school year as one .iapkg file; the central
// office inspects a package (manifest, checks, conflicts — nothing written), imports it (one
// transaction, with progress events) and sees the history. Files cross the bridge as PATHS: the
// desktop app asks with its native dialogs when no path is given; the browser test host has none.

const filePath = z.string().trim().min(1, '請輸入檔案路徑').max(1000);
const task = z.string().trim().min(1).max(100);

const partRows = z.object({ name: z.string(), label: z.string(), rows: z.number().int() });

export const packageConflict = z.object({
  maskedId: z.string(),
  name: z.string(),
  packageSchool: z.string(),
  existingAuthority: z.string(),
  existingSchool: z.string(),
});

const manifestSummary = z.object({
  authority: z.string(),
  authorityCode: z.string(),
  year: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  dataSha256: z.string(),
  skippedAwardRuns: z.number().int(),
  parts: z.array(partRows),
});

const counts = z.object({ schools: z.number().int(), teachers: z.number().int(), hourRecords: z.number().int() });

export const packageInspection = z.object({
  fileName: z.string(),
  fileBytes: z.number().int(),
  fileSha256: z.string(),
  manifest: manifestSummary,
  /** What was verified, each with its outcome, in the order it was checked. */
  checks: z.array(z.object({ label: z.string(), ok: z.boolean(), detail: z.string() })),
  conflicts: z.array(packageConflict),
  /** The authority's rows now in this database, which an import replaces. */
  existing: counts,
  willCreate: z.object({ year: z.boolean(), schedule: z.boolean(), authority: z.boolean() }),
  /** Why an import would be refused even though the file is sound; null when it can land. */
  blocked: z.string().nullable(),
  /** The same package was imported last and the data has not changed since: importing changes nothing. */
  unchanged: z.boolean(),
});
export type PackageInspection = z.infer<typeof packageInspection>;

export const packageImportResult = z.object({
  status: z.enum(['landed', 'unchanged']),
  message: z.string(),
  importId: z.number().int().nullable(),
  authority: z.string(),
  year: z.number().int(),
  written: z.array(partRows),
  removed: counts,
  conflicts: z.array(packageConflict),
  created: z.object({ year: z.boolean(), schedule: z.boolean(), authority: z.boolean() }),
  ms: z.number(),
});
export type PackageImportResult = z.infer<typeof packageImportResult>;

export const packageHistoryRow = z.object({
  id: z.number().int(),
  year: z.number().int(),
  authority: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  dataSha256: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  packageCreatedAt: z.string(),
  importedAt: z.string(),
  schools: z.number().int(),
  teachers: z.number().int(),
  hourRecords: z.number().int(),
  awardRuns: z.number().int(),
  conflicts: z.number().int(),
});

export const packagesContract = {
  /** Writes the package of one authority and year; without a path the desktop app asks where (saved false when cancelled or no dialog). */
  'packages:export': channel(
    z.object({ authority: z.string().trim().min(1, '請選擇主管機關').max(100), year: schoolYear, path: filePath.nullable().default(null) }),
    z.object({
      saved: z.boolean(),
      path: z.string().nullable(),
      bytes: z.number().int(),
      manifest: manifestSummary.nullable(),
      message: z.string().nullable(),
    }),
  ),
  /** Reads and verifies a package and tells what importing it would do — writes nothing. Without a path the desktop app asks for the file. */
  'packages:inspect': channel(
    z.object({ path: filePath.nullable().default(null) }),
    z.object({ path: z.string().nullable(), inspection: packageInspection.nullable() }),
  ),
  'packages:import': channel(z.object({ path: filePath, task }), packageImportResult),
  /** Stops an import under way: its worker is ended and its transaction rolled back, so nothing changes. */
  'packages:cancel': channel(z.object({ task }), z.object({ cancelled: z.boolean() })),
  'packages:history': channel(z.object({}), z.array(packageHistoryRow)),
  'packages:conflicts': channel(z.object({ id: z.number().int().min(1) }), z.array(packageConflict)),
};
