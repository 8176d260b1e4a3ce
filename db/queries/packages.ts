// The history of data packages imported into this database (migration 0009), newest first.
import type { Sqlite } from '../connection.ts';

export interface PackageImportRow {
  id: number;
  year: number;
  authority: string;
  fileName: string;
  fileSha256: string;
  dataSha256: string;
  schemaVersion: number;
  appVersion: string;
  packageCreatedAt: string;
  importedAt: string;
  schools: number;
  teachers: number;
  hourRecords: number;
  awardRuns: number;
  conflicts: number;
}

export function packageImports(sqlite: Sqlite, limit = 200): PackageImportRow[] {
  const rows = sqlite
    .prepare(
      `SELECT id, year, authority, file_name, file_sha256, data_sha256, schema_version, app_version, package_created_at, imported_at, counts, conflicts
       FROM package_imports ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as {
    id: number; year: number; authority: string; file_name: string; file_sha256: string; data_sha256: string; schema_version: number;
    app_version: string; package_created_at: string; imported_at: string; counts: string; conflicts: number;
  }[];
  return rows.map((r) => {
    const counts = JSON.parse(r.counts) as Record<string, number>;
    return {
      id: r.id, year: r.year, authority: r.authority, fileName: r.file_name, fileSha256: r.file_sha256, dataSha256: r.data_sha256,
      schemaVersion: r.schema_version, appVersion: r.app_version, packageCreatedAt: r.package_created_at, importedAt: r.imported_at,
      schools: counts.schools ?? 0, teachers: counts.teachers ?? 0, hourRecords: counts['hour-records'] ?? 0, awardRuns: counts['award-runs'] ?? 0,
      conflicts: r.conflicts,
    };
  });
}

export interface PackageConflictRow {
  maskedId: string;
  name: string;
  packageSchool: string;
  existingAuthority: string;
  existingSchool: string;
}

export function packageConflicts(sqlite: Sqlite, importId: number): PackageConflictRow[] {
  return sqlite
    .prepare(
      `SELECT masked_id AS maskedId, name, package_school AS packageSchool, existing_authority AS existingAuthority, existing_school AS existingSchool
       FROM package_import_conflicts WHERE import_id = ? ORDER BY seq`,
    )
    .all(importId) as PackageConflictRow[];
}

export function packageImportExists(sqlite: Sqlite, id: number): boolean {
  return sqlite.prepare('SELECT 1 FROM package_imports WHERE id = ?').get(id) !== undefined;
}
