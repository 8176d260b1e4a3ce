import type { Migration } from './types.ts';

// Award runs (issue 7): each run of the award rules is a record that can be reopened, explained,
// exported again byte for byte and compared with another run, whatever happens to the year's data
// afterwards.
//
// Normalized rows, not a compressed JSON document: the run screen pages, filters and counts
// 200,000 teachers per run in SQL, and an explanation reads one rank group, so nothing has to
// inflate and parse a 40 MB document in the window's process. The rows hold every number of the
// result exactly (REAL is an IEEE double; teacher hours are integer hundredths, which is what the
// engine rounds them to), so the JSON rebuilt from them is the JSON the run printed; result_sha256
// is the hash of that JSON, checked on every export.
//
// Teacher rows point at their school row (school_seq) instead of repeating code, authority and
// stage; reasons are a bit mask over the engine's AWARD_REASONS (bit i = reason i), whose fixed
// order is the order the engine lists them in. The filing facts the explanation needs are kept with
// the run too — filing 0 onTime, 1 outsideWindow, 2 returned, 3 draft, 4 none; the last submission
// as epoch seconds; the return that stood — and each authority row keeps the two windows its
// schools and teachers were judged with.
export const m0006: Migration = {
  version: 6,
  name: 'awards',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE award_runs (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        app_version TEXT NOT NULL,
        class_width REAL NOT NULL,
        class_origin REAL NOT NULL,
        threshold REAL NOT NULL,
        fill_rate_threshold REAL NOT NULL,
        national_average_source TEXT NOT NULL CHECK (national_average_source IN ('computed', 'provided')),
        -- The figure used: computed over the roster, or the one the central office provided.
        national_average REAL,
        authorities INTEGER NOT NULL,
        schools INTEGER NOT NULL,
        teachers INTEGER NOT NULL,
        hour_records INTEGER NOT NULL,
        school_plans INTEGER NOT NULL,
        teacher_plans INTEGER NOT NULL,
        awarded_authorities INTEGER NOT NULL,
        awarded_schools INTEGER NOT NULL,
        awarded_teachers INTEGER NOT NULL,
        result_sha256 TEXT NOT NULL,
        result_bytes INTEGER NOT NULL
      );
      CREATE INDEX award_runs_by_year ON award_runs (year, id);

      CREATE TABLE award_run_authorities (
        run_id INTEGER NOT NULL REFERENCES award_runs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        authority TEXT NOT NULL,
        schools INTEGER NOT NULL,
        filed_on_time INTEGER NOT NULL,
        fill_rate REAL,
        awarded INTEGER NOT NULL CHECK (awarded IN (0, 1)),
        reasons INTEGER NOT NULL,
        school_window_start TEXT,
        school_window_end TEXT,
        school_window_label TEXT,
        teacher_window_start TEXT,
        teacher_window_end TEXT,
        teacher_window_label TEXT,
        PRIMARY KEY (run_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE award_run_schools (
        run_id INTEGER NOT NULL REFERENCES award_runs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        authority_seq INTEGER NOT NULL,
        stage TEXT NOT NULL,
        teachers INTEGER NOT NULL,
        average_hours REAL,
        group_size INTEGER NOT NULL,
        pr REAL,
        filed_on_time INTEGER NOT NULL CHECK (filed_on_time IN (0, 1)),
        awarded INTEGER NOT NULL CHECK (awarded IN (0, 1)),
        reasons INTEGER NOT NULL,
        filing INTEGER NOT NULL CHECK (filing BETWEEN 0 AND 4),
        submitted_at INTEGER,
        PRIMARY KEY (run_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE award_run_teachers (
        run_id INTEGER NOT NULL REFERENCES award_runs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        masked_id TEXT NOT NULL,
        name TEXT NOT NULL,
        school_seq INTEGER NOT NULL,
        hundredths INTEGER NOT NULL,
        group_size INTEGER NOT NULL,
        pr REAL NOT NULL,
        filed_on_time INTEGER NOT NULL CHECK (filed_on_time IN (0, 1)),
        awarded INTEGER NOT NULL CHECK (awarded IN (0, 1)),
        reasons INTEGER NOT NULL,
        filing INTEGER NOT NULL CHECK (filing BETWEEN 0 AND 4),
        submitted_at INTEGER,
        PRIMARY KEY (run_id, seq)
      ) WITHOUT ROWID;

      -- The return that stood at the run, for the few plans that were returned (kind school | teacher).
      CREATE TABLE award_run_returns (
        run_id INTEGER NOT NULL REFERENCES award_runs(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('school', 'teacher')),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT,
        reason TEXT,
        PRIMARY KEY (run_id, kind, seq)
      ) WITHOUT ROWID;
    `);
  },
};
