import { builtInSchedules, builtInSource } from '../../main/engine/schoolYears/index.ts';
import type { Sqlite } from '../connection.ts';
import { writeSchedule } from '../queries/schedule.ts';
import { generateDemo, type DemoOptions, type DemoSummary } from './generate.ts';
import { generateDemoHours } from './hours.ts';
import { generateDemoPlans } from './plans.ts';
import { generateDemoSurvey } from './survey.ts';

/**
 * A demo year placed in the groups and waves of that year's built-in schedule, when there is one;
 * that schedule is stored with it, in the same transaction.
 */
export function createDemo(sqlite: Sqlite, options: Omit<DemoOptions, 'groupOf'>): DemoSummary {
  const schedule = builtInSchedules[options.year ?? 113];
  return sqlite.transaction(() => {
    const summary = generateDemo(sqlite, {
      ...options,
      groupOf: (authority) => ({
        group: schedule?.schoolGroups.find((g) => g.authorities.includes(authority))?.name ?? null,
        wave: schedule?.teacherWaves.find((w) => w.authorities.includes(authority))?.wave ?? null,
      }),
    });
    if (schedule) writeSchedule(sqlite, schedule, { status: 'final', source: builtInSource(schedule.year) });
    generateDemoPlans(sqlite, { year: summary.year, seed: summary.seed });
    generateDemoSurvey(sqlite, { year: summary.year, seed: summary.seed });
    // The small demo comes with its hour records; larger ones add them on request (`demo hours`).
    if (options.scale === 'small') generateDemoHours(sqlite, { year: summary.year, seed: summary.seed });
    return summary;
  })();
}

export { DEMO_SCALES, type DemoScale, type DemoSummary } from './generate.ts';
