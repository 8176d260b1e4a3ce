import { z } from 'zod';
import { channel, pageInput, schoolYear, stage } from './common.ts';

// 規劃達成率 (issue 7, domain.md "Achievement rate"): per domain achieved = min(actual, planned);
// rate = Σ achieved / Σ planned (null without planned hours), ratio = Σ actual / Σ planned. Only
// submitted plans count. School plans are rated against the sum of their rostered teachers' actual
// hours; authority, stage and nation add up their members. National IDs are masked.

const figures = {
  planned: z.number(),
  actual: z.number(),
  achieved: z.number(),
  rate: z.number().nullable(),
  ratio: z.number().nullable(),
};
export const achievementFigures = z.object({ ...figures, domains: z.array(z.object({ domain: z.string(), ...figures })) });
export type AchievementOut = z.infer<typeof achievementFigures>;

export const achievementGroup = z.object({
  /** Schools in the group, and how many have a submitted school plan. */
  schools: z.number().int(),
  schoolPlans: z.number().int(),
  schoolRate: achievementFigures,
  /** Rostered teachers in the group, and how many have a submitted teacher plan. */
  teachers: z.number().int(),
  teacherPlans: z.number().int(),
  teacherRate: achievementFigures,
});
export type AchievementGroupOut = z.infer<typeof achievementGroup>;

const allOrPage = pageInput.nullable().default({ offset: 0, limit: 50 });

export const achievementContract = {
  /** Nation, each authority and each stage: the school plans' and the teacher plans' rates, per domain. */
  'achievement:summary': channel(
    z.object({ year: schoolYear }),
    z.object({
      year: schoolYear,
      nation: achievementGroup,
      authorities: z.array(achievementGroup.extend({ authority: z.string() })),
      stages: z.array(achievementGroup.extend({ stage })),
    }),
  ),
  /** One school's plan against its rostered teachers' actual hours, or one teacher's plan against theirs. */
  'achievement:detail': channel(
    z.object({ year: schoolYear, kind: z.enum(['school', 'teacher']), id: z.number().int().positive() }),
    z.object({
      kind: z.enum(['school', 'teacher']),
      year: schoolYear,
      code: z.string(),
      name: z.string(),
      school: z.object({ code: z.string(), name: z.string() }),
      authority: z.string(),
      stage,
      /** Schools: the teachers whose actual hours are summed. */
      teachers: z.number().int(),
      /** Planned and actual hours per domain '1'…'6' (and any other code part the plan used). */
      planned: z.record(z.string(), z.number()).nullable(),
      actual: z.record(z.string(), z.number()),
      /** null: no submitted plan, so no rate. */
      achievement: achievementFigures.nullable(),
    }),
  ),
  /** Every school's rate (page null: all of them, for the command line). */
  'achievement:schools': channel(
    z.object({ year: schoolYear, page: allOrPage }),
    z.object({
      total: z.number().int(),
      rows: z.array(z.object({ code: z.string(), name: z.string(), authority: z.string(), stage, teachers: z.number().int(), achievement: achievementFigures.nullable() })),
    }),
  ),
  /** Every rostered teacher's rate (page null: all of them, for the command line). */
  'achievement:teachers': channel(
    z.object({ year: schoolYear, page: allOrPage }),
    z.object({
      total: z.number().int(),
      rows: z.array(z.object({ maskedId: z.string(), name: z.string(), school: z.string(), authority: z.string(), stage, achievement: achievementFigures.nullable() })),
    }),
  ),
};
