// Planned hours of the submitted plans, summed per school and classification code (most of a
// second for a national year's 1.2 million teacher-plan rows, so kept per data state:
// statsCache.ts); any scope is then a merge over schools, and the engine (statsHours.ts) rolls the
// codes up to sub-items and domains. Sub-item names come from the year's classification.
import { plannedHoursSet, type PlannedCodeSum, type PlannedHoursSet } from '../../main/engine/statsHours.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { cachedStats } from './statsCache.ts';
import type { StatsScope } from './statsScope.ts';

/** Code → name of the year's classification items (the first stored version when the year names none). */
export function classificationNames(sqlite: Sqlite, year: number): Map<string, string> {
  const rows = sqlite
    .prepare(
      `SELECT i.code, i.name FROM classification_items i
       WHERE i.version_id = COALESCE((SELECT classification_version_id FROM school_years WHERE year = ?), (SELECT MIN(id) FROM classification_versions))`,
    )
    .raw(true)
    .all(year) as [string, string][];
  return new Map(rows);
}

interface SchoolSums {
  schools: Map<number, { authorityId: number; stage: Stage; plans: number; codes: [string, number][] }>;
}

function schoolSums(sqlite: Sqlite, kind: 'school' | 'teacher', year: number): SchoolSums {
  const schools: SchoolSums['schools'] = new Map();
  for (const [id, authorityId, stage] of sqlite.prepare('SELECT id, authority_id, stage FROM schools WHERE year = ?').raw(true).iterate(year) as IterableIterator<[number, number, Stage]>) {
    schools.set(id, { authorityId, stage, plans: 0, codes: [] });
  }
  const plans = sqlite
    .prepare(`SELECT school_id, COUNT(*) FROM ${kind}_plans WHERE year = ? AND status = '送出' GROUP BY school_id`)
    .raw(true)
    .all(year) as [number, number][];
  for (const [school, n] of plans) {
    const s = schools.get(school);
    if (s) s.plans = n;
  }
  // School by school: a million rows grouped in one statement wait on one big sort; 3,500 small
  // groupings of a few hundred rows each finish in about half the time.
  const sums = sqlite
    .prepare(`SELECT h.code, SUM(h.hundredths) FROM ${kind}_plans p JOIN ${kind}_plan_hours h ON h.plan_id = p.id WHERE p.year = ? AND p.school_id = ? AND p.status = '送出' GROUP BY h.code`)
    .raw(true);
  for (const [id, s] of schools) if (s.plans > 0) s.codes = sums.all(year, id) as [string, number][];
  return { schools };
}

export function readPlannedHours(sqlite: Sqlite, kind: 'school' | 'teacher', scope: StatsScope, names: ReadonlyMap<string, string>): PlannedHoursSet {
  const { schools } = cachedStats(sqlite, `hours\u0000${kind}\u0000${scope.year}`, () => schoolSums(sqlite, kind, scope.year));
  const perStageCode = new Map<string, PlannedCodeSum>();
  const plans = new Map<Stage, number>();
  for (const s of schools.values()) {
    if (scope.authority && s.authorityId !== scope.authority.id) continue;
    if (scope.stage && s.stage !== scope.stage) continue;
    if (s.plans > 0) plans.set(s.stage, (plans.get(s.stage) ?? 0) + s.plans);
    for (const [code, hundredths] of s.codes) {
      const key = `${s.stage}\u0000${code}`;
      const sum = perStageCode.get(key);
      if (sum) sum.hundredths += hundredths;
      else perStageCode.set(key, { stage: s.stage, code, hundredths });
    }
  }
  return plannedHoursSet([...perStageCode.values()], plans, names);
}
