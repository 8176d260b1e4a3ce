import type { Migration } from './types.ts';

// Hour records (domain.md "Hour records"), the course list, and what the import could not place.
//
// The national office holds ~5,000,000 records, so a record is five integers in a WITHOUT ROWID
// table keyed (teacher_id, course_id): a teacher row belongs to one school year, so the key is the
// spec's identity (school year, teacher, course code) and a teacher's records are one contiguous
// range of the primary key. Hours are integer hundredths, the date is days since 1970-01-01, the
// classification is domain·10000 + sub·100 + item (engine/hourCategory.ts) — no text in the big table
// and no secondary index on it.
//
// No FOREIGN KEY on hour_records: SQLite probes the parent for every inserted child row, which took
// a 1,000,000-row import from 1.8 s to 14.5 s when measured. A trigger on teachers does the cascade
// instead (a teacher row goes only with its school year).
//
// hour_totals holds per teacher (and so per school year) the record count, the total and the hours
// of each domain, kept by the same transaction as every import and resolution, so awards and
// statistics read 200,000 rows instead of summing 5,000,000.
//
// hour_pending keeps every row the import could not place (no teacher, several teachers, no valid
// classification) with all its cells, for 待確認. A row written the same way again (the same
// export imported twice) replaces its earlier copy. hour_decisions records each choice an officer
// made there; a teacher decision also applies to later imports of rows written the same way.
export const m0005: Migration = {
  version: 5,
  name: 'hours',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE courses (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT,
        category INTEGER CHECK (category IS NULL OR category BETWEEN 10000 AND 69999),
        organizer TEXT,
        start_day INTEGER,
        end_day INTEGER,
        hundredths INTEGER CHECK (hundredths IS NULL OR hundredths BETWEEN 0 AND 99999),
        -- 1: from an imported course list; 0: known only from hour records.
        listed INTEGER NOT NULL DEFAULT 0 CHECK (listed IN (0, 1))
      );

      CREATE TABLE hour_records (
        teacher_id INTEGER NOT NULL,
        course_id INTEGER NOT NULL,
        hundredths INTEGER NOT NULL CHECK (hundredths BETWEEN 0 AND 99999),
        day INTEGER NOT NULL,
        category INTEGER NOT NULL CHECK (category BETWEEN 10000 AND 69999),
        PRIMARY KEY (teacher_id, course_id)
      ) WITHOUT ROWID;

      CREATE TABLE hour_totals (
        teacher_id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        records INTEGER NOT NULL CHECK (records > 0),
        total INTEGER NOT NULL,
        d1 INTEGER NOT NULL,
        d2 INTEGER NOT NULL,
        d3 INTEGER NOT NULL,
        d4 INTEGER NOT NULL,
        d5 INTEGER NOT NULL,
        d6 INTEGER NOT NULL
      );
      CREATE INDEX hour_totals_by_year ON hour_totals (year);

      CREATE TRIGGER teachers_drop_hours AFTER DELETE ON teachers BEGIN
        DELETE FROM hour_records WHERE teacher_id = old.id;
        DELETE FROM hour_totals WHERE teacher_id = old.id;
      END;

      CREATE TABLE hour_pending (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('unmatched', 'ambiguous', 'no-classification', 'bad-classification')),
        detail TEXT NOT NULL,
        -- Known when only the classification is missing.
        teacher_id INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        national_id TEXT NOT NULL DEFAULT '',
        school_code TEXT NOT NULL DEFAULT '',
        school_name TEXT NOT NULL DEFAULT '',
        course_id INTEGER NOT NULL REFERENCES courses(id),
        course_name TEXT,
        organizer TEXT,
        category_text TEXT,
        hundredths INTEGER NOT NULL,
        day INTEGER NOT NULL,
        import_id INTEGER REFERENCES import_runs(id) ON DELETE SET NULL,
        row INTEGER NOT NULL,
        UNIQUE (year, course_id, name, national_id, school_code, school_name)
      );
      CREATE INDEX hour_pending_by_reason ON hour_pending (year, reason);
      CREATE INDEX hour_pending_by_teacher ON hour_pending (teacher_id) WHERE teacher_id IS NOT NULL;

      CREATE TABLE hour_decisions (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('teacher', 'classification', 'dismiss')),
        -- engine/hourMatching.ts identityKey of the row as written (teacher and dismiss decisions).
        identity TEXT,
        course_id INTEGER NOT NULL REFERENCES courses(id),
        teacher_id INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
        category INTEGER,
        -- The pending row as it stood, for the record of who was decided what.
        pending TEXT NOT NULL,
        decided_at TEXT NOT NULL
      );
      CREATE INDEX hour_decisions_by_identity ON hour_decisions (year, kind, identity);
      CREATE INDEX hour_decisions_by_teacher ON hour_decisions (teacher_id) WHERE teacher_id IS NOT NULL;
    `);
  },
};
