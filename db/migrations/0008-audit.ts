import type { Migration } from './types.ts';

// The audit trail (issue 10): one row per change made through the API — imports (landed, cancelled
// and refused), plan returns and reviews, award runs, schedule edits, restores — with the time, the
// operating-system user and a Chinese summary. Rows are only ever added; nothing in the app edits
// or deletes them (a restore brings back the trail of the restored copy and adds its own row).
//
// `at` is Taipei time with its offset ('2024-09-16T17:00:03+08:00') like every instant of the app;
// rows are ordered by id, which grows with time. `details` is JSON of counts, years, authorities and file
// names without folders — never national IDs or other personal data (tests scan it).
export const m0008: Migration = {
  version: 8,
  name: 'audit',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL,
        area TEXT NOT NULL,
        summary TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}',
        result TEXT NOT NULL CHECK (result IN ('ok', 'refused', 'cancelled')),
        app_version TEXT NOT NULL
      );
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_action ON audit_log (action, id);
    `);
  },
};
