// Achievement rates for the statistics, summed per school in SQL (two grouped scans, no object per
// teacher) and kept per data state (statsCache.ts); a scope then adds up its schools. Per domain d,
// with integer hundredths:
// - teacher plans: Σ planned_d, Σ actual_d and Σ min(actual_d, planned_d) over the school's
//   teachers with a submitted plan (each capped by their own plan, as engine/achievement.ts does);
// - the school plan: its planned_d against the sum of ALL its rostered teachers' actual_d.
// Hours under codes outside the six domains are left out of these sums (the plan screen reports them).
import { schoolFiguresFromSums, addAchievementGroups, type AchievementTotals, type SchoolAchievementGroup } from '../../main/engine/statsAchievement.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { cachedStats } from './statsCache.ts';
import type { StatsScope } from './statsScope.ts';

const D = [1, 2, 3, 4, 5, 6] as const;
const PIVOT = D.map((d) => `TOTAL(CASE WHEN h.code >= '${d}' AND h.code < '${d}.' THEN h.hundredths END) AS d${d}`).join(', ');

interface SchoolFigures extends SchoolAchievementGroup {
  authorityId: number;
  stage: Stage;
}

function schoolFigures(sqlite: Sqlite, year: number): { authorities: { id: number; name: string }[]; schools: SchoolFigures[] } {
  return sqlite.transaction(() => {
    const authorities = sqlite.prepare('SELECT id, name FROM authorities WHERE year = ? ORDER BY sort_order, code').all(year) as { id: number; name: string }[];
    const schools = sqlite.prepare('SELECT id, authority_id, stage FROM schools WHERE year = ?').raw(true).all(year) as [number, number, Stage][];
    // Plans scanned in rowid order (+p.year), so grouping by plan needs no sort.
    const teacherSums = sqlite
      .prepare(
        `WITH planned AS (
           SELECT p.teacher_id, p.school_id, ${PIVOT} FROM teacher_plans p LEFT JOIN teacher_plan_hours h ON h.plan_id = p.id
           WHERE +p.year = ? AND p.status = '送出' GROUP BY p.id)
         SELECT pl.school_id, COUNT(*), ${D.map((d) => `SUM(pl.d${d}), TOTAL(ht.d${d}), SUM(MIN(pl.d${d}, COALESCE(ht.d${d}, 0)))`).join(', ')}
         FROM planned pl LEFT JOIN hour_totals ht ON ht.teacher_id = pl.teacher_id GROUP BY pl.school_id`,
      )
      .raw(true)
      .all(year) as number[][];
    const actual = sqlite
      .prepare(`SELECT t.school_id, COUNT(*), ${D.map((d) => `TOTAL(h.d${d})`).join(', ')} FROM teachers t LEFT JOIN hour_totals h ON h.teacher_id = t.id WHERE +t.year = ? GROUP BY t.school_id`)
      .raw(true)
      .all(year) as number[][];
    const schoolPlans = sqlite
      .prepare(`SELECT p.school_id, ${PIVOT} FROM school_plans p LEFT JOIN school_plan_hours h ON h.plan_id = p.id WHERE p.year = ? AND p.status = '送出' GROUP BY p.id`)
      .raw(true)
      .all(year) as number[][];
    const bySchool = <T>(rows: number[][], pick: (r: number[]) => T) => new Map(rows.map((r) => [r[0]!, pick(r)]));
    const teachers = bySchool(teacherSums, (r) => ({ plans: r[1]!, sums: D.map((_, i) => ({ planned: r[2 + 3 * i]!, actual: r[3 + 3 * i]!, achieved: r[4 + 3 * i]! })) }));
    const actuals = bySchool(actual, (r) => ({ teachers: r[1]!, hours: r.slice(2) }));
    const plans = bySchool(schoolPlans, (r) => r.slice(1));
    return {
      authorities,
      schools: schools.map(([id, authorityId, stage]): SchoolFigures => {
        const t = teachers.get(id);
        const a = actuals.get(id);
        return {
          authorityId,
          stage,
          ...schoolFiguresFromSums({
            teachers: a?.teachers ?? 0,
            actual: a?.hours ?? D.map(() => 0),
            schoolPlanned: plans.get(id) ?? null,
            teacherPlans: t?.plans ?? 0,
            teacherSums: t?.sums ?? D.map(() => ({ planned: 0, actual: 0, achieved: 0 })),
          }),
        };
      }),
    };
  })();
}

export function readStatsAchievement(sqlite: Sqlite, scope: StatsScope): { total: AchievementTotals; byAuthority: (AchievementTotals & { authority: string })[] } {
  const { authorities, schools } = cachedStats(sqlite, `achievement\u0000${scope.year}`, () => schoolFigures(sqlite, scope.year));
  const inScope = schools.filter((s) => (!scope.authority || s.authorityId === scope.authority.id) && (!scope.stage || s.stage === scope.stage));
  const shown = scope.authority ? [scope.authority] : authorities;
  return {
    total: addAchievementGroups(inScope),
    byAuthority: shown.map((a) => ({ authority: a.name, ...addAchievementGroups(inScope.filter((s) => s.authorityId === a.id)) })),
  };
}
