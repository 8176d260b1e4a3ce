import type { Migration } from './types.ts';

// The year's schedule (domain.md "The year's schedule"), normalized rather than one JSON blob:
// the plans and awards areas decide "filed on time" for up to 200,000 teachers, and with a table
// of members per group/wave that is one JOIN from an authority to its window instead of parsing
// JSON per row. The keys also hold the core rule on their own: an authority is a member of at most
// one school group and at most one teacher wave of a year.
//
// Instants are the engine's canonical ISO text with the fixed +08:00 offset
// ('2024-08-14T17:00:00+08:00'), always written through toTaipeiInstant, so text order is time
// order and the CHECKs below compare them as text.
//
// Members are authority NAMES, not authorities(id): the schedule is the national announcement and
// names every participating authority, while a county's database may hold the schools of its own
// authority only.
export const m0002: Migration = {
  version: 2,
  name: 'schedule',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE schedules (
        year INTEGER PRIMARY KEY REFERENCES school_years(year) ON DELETE CASCADE,
        open_start TEXT NOT NULL,
        open_end TEXT NOT NULL,
        roster_cutoff TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
        source TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (open_end > open_start)
      );

      CREATE TABLE schedule_school_groups (
        year INTEGER NOT NULL REFERENCES schedules(year) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL,
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        PRIMARY KEY (year, name),
        CHECK (end_at > start_at)
      ) WITHOUT ROWID;

      CREATE TABLE schedule_group_members (
        year INTEGER NOT NULL,
        group_name TEXT NOT NULL,
        authority TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (year, authority),
        FOREIGN KEY (year, group_name) REFERENCES schedule_school_groups(year, name) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX schedule_group_members_by_group ON schedule_group_members (year, group_name, position);

      CREATE TABLE schedule_teacher_waves (
        year INTEGER NOT NULL REFERENCES schedules(year) ON DELETE CASCADE,
        wave INTEGER NOT NULL CHECK (wave >= 1),
        position INTEGER NOT NULL,
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        PRIMARY KEY (year, wave),
        CHECK (end_at > start_at)
      ) WITHOUT ROWID;

      CREATE TABLE schedule_wave_members (
        year INTEGER NOT NULL,
        wave INTEGER NOT NULL,
        authority TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (year, authority),
        FOREIGN KEY (year, wave) REFERENCES schedule_teacher_waves(year, wave) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX schedule_wave_members_by_wave ON schedule_wave_members (year, wave, position);

      CREATE TABLE schedule_authority_windows (
        year INTEGER NOT NULL REFERENCES schedules(year) ON DELETE CASCADE,
        authority TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('school', 'teacher')),
        position INTEGER NOT NULL,
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        PRIMARY KEY (year, authority, kind),
        CHECK (end_at > start_at)
      ) WITHOUT ROWID;

      CREATE TABLE schedule_timeline (
        year INTEGER NOT NULL REFERENCES schedules(year) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        date TEXT,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        task TEXT NOT NULL,
        unit TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        note TEXT NOT NULL,
        PRIMARY KEY (year, position)
      ) WITHOUT ROWID;
    `);
  },
};
