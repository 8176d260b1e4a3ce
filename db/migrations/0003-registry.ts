import type { Migration } from './types.ts';

// The rest of the registry (domain.md "Authorities, schools, teachers") and the import history.
//
// Business accounts hang from a school row and contact persons from an authority row, so like the
// schools and rosters they are per school year and vanish with their year.
//
// The import history is written in the same transaction as the data it describes: a landed import
// and its report appear together or not at all. Refused and cancelled imports are recorded after
// the rollback, with the message the officer saw.
//
// Teachers missing from a new roster are only listed (import_missing_teachers); marking them as
// left is a separate, confirmed step recorded in teacher_departures — a teacher row is never
// deleted by an import.
export const m0003: Migration = {
  version: 3,
  name: 'registry',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE business_accounts (
        id INTEGER PRIMARY KEY,
        school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        account TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('總負責人', '連絡人', '作業人員')),
        phone TEXT,
        email TEXT,
        status TEXT NOT NULL DEFAULT '啟用中' CHECK (status IN ('啟用中', '停用中', '待申請')),
        UNIQUE (school_id, account)
      );
      CREATE INDEX business_accounts_by_kind ON business_accounts (kind, school_id);

      CREATE TABLE authority_contacts (
        id INTEGER PRIMARY KEY,
        authority_id INTEGER NOT NULL REFERENCES authorities(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        title TEXT,
        phone TEXT,
        fax TEXT,
        email TEXT,
        head_name TEXT,
        head_phone TEXT,
        head_email TEXT,
        UNIQUE (authority_id, name)
      );

      -- No foreign key on year: the history of a refused import into a year that does not exist
      -- (yet) is still history.
      CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        year INTEGER,
        format TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('landed', 'refused', 'cancelled', 'failed')),
        message TEXT,
        rows_read INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
        added INTEGER NOT NULL DEFAULT 0 CHECK (added >= 0),
        replaced INTEGER NOT NULL DEFAULT 0 CHECK (replaced >= 0),
        unchanged INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
        rejected INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
        missing INTEGER NOT NULL DEFAULT 0 CHECK (missing >= 0),
        unknown_columns TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX import_runs_by_year ON import_runs (year, id);

      -- seq follows the order of the file (sheet, then row), so the report reads top to bottom.
      CREATE TABLE import_rejections (
        import_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        sheet TEXT NOT NULL,
        row INTEGER NOT NULL,
        column_name TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (import_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE import_missing_teachers (
        import_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
        teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
        PRIMARY KEY (import_id, teacher_id)
      ) WITHOUT ROWID;
      CREATE INDEX import_missing_by_teacher ON import_missing_teachers (teacher_id);

      CREATE TABLE teacher_departures (
        id INTEGER PRIMARY KEY,
        teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
        import_id INTEGER REFERENCES import_runs(id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('離職', '轉校', '退休')),
        previous_status TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
      );
      CREATE INDEX teacher_departures_by_teacher ON teacher_departures (teacher_id);
    `);
  },
};
