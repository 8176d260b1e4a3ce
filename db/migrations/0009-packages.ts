import type { Migration } from './types.ts';

// Data packages (issue 10): the central office imports each authority's year as one file
// (main/exchange/package.ts describes the file and what an import replaces).
//
// package_imports is the history of landed imports, written in the same transaction as the data.
// fingerprint is the hash of the authority's data as the import left it (main/exchange/packageDump.ts):
// importing the same package again while the data still hashes the same changes nothing. No
// foreign key on year: the history outlives a deleted year.
//
// package_import_conflicts lists the teachers the package rosters who were already rostered in
// another authority that year: the other authority's rows stay, and the officer sees both schools.
// National IDs are kept masked only, like every other list.
//
// package_award_runs keeps the award runs a county made itself, as the run's JSON with its hash and
// headline numbers, tagged with the source authority. They are the county's records, not runs of
// this installation, so they stay out of award_runs (whose list, compare and "last provided
// average" are the central office's own).
export const m0009: Migration = {
  version: 9,
  name: 'packages',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE package_imports (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        authority TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        data_sha256 TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        app_version TEXT NOT NULL,
        package_created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        -- JSON: rows per part as the package holds them, and what the import removed first.
        counts TEXT NOT NULL,
        removed TEXT NOT NULL,
        conflicts INTEGER NOT NULL CHECK (conflicts >= 0)
      );
      CREATE INDEX package_imports_by_authority ON package_imports (year, authority, id);

      CREATE TABLE package_import_conflicts (
        import_id INTEGER NOT NULL REFERENCES package_imports(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        masked_id TEXT NOT NULL,
        name TEXT NOT NULL,
        package_school TEXT NOT NULL,
        existing_authority TEXT NOT NULL,
        existing_school TEXT NOT NULL,
        PRIMARY KEY (import_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE package_award_runs (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        authority TEXT NOT NULL,
        import_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        app_version TEXT NOT NULL,
        national_average_source TEXT NOT NULL,
        national_average REAL,
        schools INTEGER NOT NULL,
        teachers INTEGER NOT NULL,
        awarded_authorities INTEGER NOT NULL,
        awarded_schools INTEGER NOT NULL,
        awarded_teachers INTEGER NOT NULL,
        result_sha256 TEXT NOT NULL,
        result_json TEXT NOT NULL
      );
      CREATE INDEX package_award_runs_by_authority ON package_award_runs (year, authority, id);
    `);
  },
};
