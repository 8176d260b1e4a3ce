import type { Migration } from './types.ts';

// The reference core every later area hangs from: school years, the authorities of each year with
// their school-plan group and teacher wave, schools, the roster of teachers of each year, and the
// versioned course classification. Everything is per school year because authorities, schools and
// rosters change between years (桃園縣 → 桃園市) and old years must still read as they were.
export const m0001: Migration = {
  version: 1,
  name: 'init',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE classification_versions (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE classification_items (
        version_id INTEGER NOT NULL REFERENCES classification_versions(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        parent_code TEXT,
        depth INTEGER NOT NULL CHECK (depth BETWEEN 1 AND 3),
        PRIMARY KEY (version_id, code)
      ) WITHOUT ROWID;

      CREATE TABLE school_years (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 999),
        classification_version_id INTEGER REFERENCES classification_versions(id),
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_at TEXT NOT NULL
      );

      CREATE TABLE authorities (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        school_group TEXT,
        teacher_wave INTEGER,
        sort_order INTEGER NOT NULL DEFAULT 0,
        UNIQUE (year, code),
        UNIQUE (year, name)
      );

      CREATE TABLE schools (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        authority_id INTEGER NOT NULL REFERENCES authorities(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('國小', '國中', '高中', '高職', '特殊教育學校')),
        students INTEGER CHECK (students IS NULL OR students >= 0),
        principal_name TEXT,
        principal_phone TEXT,
        principal_mobile TEXT,
        principal_email TEXT,
        contact_name TEXT,
        contact_title TEXT,
        contact_phone TEXT,
        contact_mobile TEXT,
        contact_email TEXT,
        UNIQUE (year, code)
      );
      CREATE INDEX schools_by_authority ON schools (authority_id, stage);
      CREATE INDEX schools_by_name ON schools (year, name);

      CREATE TABLE teachers (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        national_id TEXT NOT NULL,
        name TEXT NOT NULL,
        job_title TEXT,
        subjects TEXT,
        account_status TEXT NOT NULL DEFAULT '啟用中' CHECK (account_status IN ('啟用中', '停用中', '待申請')),
        employment_status TEXT NOT NULL DEFAULT '在職' CHECK (employment_status IN ('在職', '離職', '轉校', '退休')),
        UNIQUE (year, national_id)
      );
      CREATE INDEX teachers_by_school ON teachers (school_id, name);
      CREATE INDEX teachers_by_name ON teachers (year, name);
    `);
  },
};
