// Creating a school year from another one or from the built-in data: the year row, its
// classification and its authorities. Synchronous, for use inside the caller's transaction.
import { DEFAULT_TAXONOMY, DEFAULT_TAXONOMY_LABEL } from '../../main/engine/taxonomyDefault.ts';
import type { Sqlite } from '../connection.ts';
import { insertClassificationVersion } from './classification.ts';

interface YearRow {
  year: number;
  classification_version_id: number | null;
  is_demo: number;
}

export function schoolYearRow(sqlite: Sqlite, year: number): YearRow | null {
  return (
    (sqlite.prepare('SELECT year, classification_version_id, is_demo FROM school_years WHERE year = ?').get(year) as YearRow | undefined) ??
    null
  );
}

/** The newest stored copy of the built-in classification, added once when there is none. */
export function builtInClassificationVersion(sqlite: Sqlite): number {
  const row = sqlite
    .prepare("SELECT id FROM classification_versions WHERE source = '內建' AND label = ? ORDER BY id DESC LIMIT 1")
    .get(DEFAULT_TAXONOMY_LABEL) as { id: number } | undefined;
  return row?.id ?? insertClassificationVersion(sqlite, { label: DEFAULT_TAXONOMY_LABEL, source: '內建', items: DEFAULT_TAXONOMY });
}

/** Adds the school year when it is missing; returns true when it was added. */
export function ensureSchoolYear(
  sqlite: Sqlite,
  year: number,
  settings: { classificationVersionId: number | null; isDemo: boolean },
): boolean {
  if (schoolYearRow(sqlite, year)) return false;
  sqlite
    .prepare('INSERT INTO school_years (year, classification_version_id, is_demo, created_at) VALUES (?, ?, ?, ?)')
    .run(year, settings.classificationVersionId, settings.isDemo ? 1 : 0, new Date().toISOString());
  return true;
}

/**
 * The next year starts with this year's authorities (code, name, group, wave, order) unless it
 * already has its own. Returns how many were copied. Schools and rosters are not copied: they
 * change every year and come from that year's imports.
 */
export function copyAuthorities(sqlite: Sqlite, from: number, to: number): number {
  const existing = sqlite.prepare('SELECT COUNT(*) AS n FROM authorities WHERE year = ?').get(to) as { n: number };
  if (existing.n > 0) return 0;
  return sqlite
    .prepare(
      `INSERT INTO authorities (year, code, name, school_group, teacher_wave, sort_order)
       SELECT ?, code, name, school_group, teacher_wave, sort_order FROM authorities WHERE year = ? ORDER BY sort_order, code`,
    )
    .run(to, from).changes;
}
