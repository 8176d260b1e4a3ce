// Achievement rates (規劃達成率, achievement.ts) for any scope of the statistics: each school's two
// figures — its school plan against its teachers' actual hours, and its teachers' plans added up —
// come from per-school sums; an authority, a stage or the nation then adds up its schools. Adding
// per-school sums gives the same figures as adding every teacher (sums of integer hundredths).
import { aggregateAchievement, type Achievement } from './achievement.ts';
import { fromHundredths } from './hundredths.ts';

export interface SchoolAchievementGroup {
  teachers: number;
  schoolRate: Achievement | null;
  teacherPlans: number;
  /** The school's teacher plans added up. */
  teacherRate: Achievement;
}

export interface AchievementTotals {
  schoolPlans: number;
  teacherPlans: number;
  schoolRate: Achievement;
  teacherRate: Achievement;
}

/** Several schools' figures added up. */
export function addAchievementGroups(groups: readonly SchoolAchievementGroup[]): AchievementTotals {
  const schoolRates = groups.flatMap((g) => (g.schoolRate ? [g.schoolRate] : []));
  return {
    schoolPlans: schoolRates.length,
    teacherPlans: groups.reduce((n, g) => n + g.teacherPlans, 0),
    schoolRate: aggregateAchievement(schoolRates),
    teacherRate: aggregateAchievement(groups.filter((g) => g.teacherPlans > 0).map((g) => g.teacherRate)),
  };
}

/** Σ per domain '1'…'6' in integer hundredths. */
export interface DomainSums {
  planned: number;
  actual: number;
  achieved: number;
}

function fromDomainSums(sums: readonly DomainSums[]): Achievement {
  return aggregateAchievement([
    {
      planned: 0, actual: 0, achieved: 0, rate: null, ratio: null,
      domains: sums.map((s, i) => ({ domain: String(i + 1), planned: fromHundredths(s.planned), actual: fromHundredths(s.actual), achieved: fromHundredths(s.achieved), rate: null, ratio: null })),
    },
  ]);
}

/**
 * One school's figures from sums the database adds up (hundredths, domains 1–6 in order): its
 * rostered teachers' actual hours, its submitted school plan's hours (null: none), and over its
 * teachers with a submitted plan Σ planned, Σ actual and Σ min(actual, planned) per domain.
 */
export function schoolFiguresFromSums(input: {
  teachers: number;
  actual: readonly number[];
  schoolPlanned: readonly number[] | null;
  teacherPlans: number;
  teacherSums: readonly DomainSums[];
}): SchoolAchievementGroup {
  const planned = input.schoolPlanned;
  return {
    teachers: input.teachers,
    schoolRate: planned === null ? null : fromDomainSums(planned.map((p, i) => ({ planned: p, actual: input.actual[i] ?? 0, achieved: Math.min(p, input.actual[i] ?? 0) }))),
    teacherPlans: input.teacherPlans,
    teacherRate: fromDomainSums(input.teacherSums),
  };
}
