import { z } from 'zod';
import { NEED_DIMENSIONS, STATS_CHART_IDS, SURVEY_RESPONDENT_KINDS } from '../../main/engine/statsVocabulary.ts';
import { achievementFigures } from './achievement.ts';
import { channel, pageInput, schoolYear, stage } from './common.ts';

// 統計專區 (issue 9, domain.md "Satisfaction survey and statistics"). Every dashboard channel takes
// the same filter (year, authority, stage; null = all) and returns chart-ready rows: categories in
// display order, counts as integers, rates and shares as fractions 0..1 (null when the base is 0),
// hours as hours to the hundredth. Only SUBMITTED plans (status 送出) count as filed plans and as
// sources of needs and planned hours; drafts and returned plans do not.

const authorityFilter = z.string().trim().min(1).max(40).nullable().default(null);
const scope = { year: schoolYear, authority: authorityFilter, stage: stage.nullable().default(null) };
const filePath = z.string().trim().min(1).max(1000);
const rate = z.number().nullable();

/** Filing of schools or teachers: expected (all schools / rostered teachers), filed = onTime + outsideWindow. */
const filingCounts = z.object({
  expected: z.number().int(),
  filed: z.number().int(),
  onTime: z.number().int(),
  outsideWindow: z.number().int(),
  returned: z.number().int(),
  draft: z.number().int(),
  none: z.number().int(),
  /** filed / expected */
  filedRate: rate,
  /** onTime / expected — the rate the awards use */
  onTimeRate: rate,
});
export type FilingCountsOut = z.infer<typeof filingCounts>;
const filingRow = z.object({ schools: filingCounts, teachers: filingCounts });
const filingSet = z.object({
  /** The whole scope (the filters applied). */
  total: filingRow,
  /** One row per authority of the year (just the chosen one when filtered), in the ministry's order. */
  byAuthority: z.array(filingRow.extend({ authority: z.string() })),
  /** One row per stage that has schools in the scope, in STAGES order. */
  byStage: z.array(filingRow.extend({ stage })),
});

/** One option of a need dimension: how often it was ranked at each rank, and its weighted score. */
const needOption = z.object({
  option: z.string(),
  /** rankCounts[r-1] = plans that put this option at rank r. */
  rankCounts: z.array(z.number().int()),
  /** Σ rankCounts[r-1] · weights[r-1]. */
  score: z.number(),
  /** score / Σ scores of the dimension. */
  share: rate,
});
const needDimension = z.object({
  dimension: z.enum(NEED_DIMENSIONS),
  /** '進修方式' … */
  label: z.string(),
  ranks: z.number().int(),
  /** weights[r-1] = points for rank r (rank 1 highest). */
  weights: z.array(z.number()),
  /** The weights in words, for under the chart's title: '加權：第1順位 3 分、…'. */
  weightNote: z.string(),
  /** The vocabulary's options, in its order. */
  options: z.array(needOption),
  /** Plans with at least one rank of this dimension filled. */
  answered: z.number().int(),
  /** Times and places: plans that wrote a 其他 text (a text, not a ranked option); null for the others. */
  otherTexts: z.number().int().nullable(),
});
const needSet = z.object({
  /** Submitted plans in the scope. */
  plans: z.number().int(),
  dimensions: z.array(needDimension),
});

/** Planned hours of the submitted plans: per domain, its sub-items (e.g. '3-2'), and per stage. */
const domainHours = z.object({
  domain: z.string(),
  name: z.string(),
  hours: z.number(),
  /** hours / total of the set */
  share: rate,
  /** hours / plans: the average plan's hours in this domain */
  perPlan: rate,
  subItems: z.array(z.object({ code: z.string(), name: z.string(), hours: z.number() })),
});
const hoursSet = z.object({
  plans: z.number().int(),
  hours: z.number(),
  domains: z.array(domainHours),
  byStage: z.array(
    z.object({ stage, plans: z.number().int(), hours: z.number(), domains: z.array(z.object({ domain: z.string(), hours: z.number() })) }),
  ),
});

const achievementRow = z.object({
  schoolPlans: z.number().int(),
  teacherPlans: z.number().int(),
  /** School plans against their rostered teachers' actual hours. */
  schoolRate: achievementFigures,
  /** Teacher plans against the teachers' own actual hours. */
  teacherRate: achievementFigures,
});

const scoreCounts = z.object({
  /** Answers with a score 1–5. */
  n: z.number().int(),
  /** counts[s-1] = answers with score s. */
  counts: z.array(z.number().int()),
  mean: rate,
});

export const statsContract = {
  /** What the filter bar offers: every year of the database with what it holds, the year's authorities and stages. */
  'stats:filters': channel(
    z.object({ year: schoolYear }),
    z.object({
      year: schoolYear,
      years: z.array(
        z.object({
          year: schoolYear,
          schools: z.number().int(),
          teachers: z.number().int(),
          schoolPlans: z.number().int(),
          teacherPlans: z.number().int(),
          surveyResponses: z.number().int(),
        }),
      ),
      authorities: z.array(z.string()),
      stages: z.array(stage),
      /** The year before `year`, when the database holds it (for year-on-year comparisons). */
      previousYear: schoolYear.nullable(),
    }),
  ),
  /** Filing rates by authority and stage; `previous` is the same for the year before, when it exists. */
  'stats:filing': channel(
    z.object(scope),
    z.object({ year: schoolYear, authority: z.string().nullable(), stage: stage.nullable() }).extend(filingSet.shape).extend({
      previous: filingSet.extend({ year: schoolYear }).nullable(),
    }),
  ),
  /** The ranked needs of the submitted plans, teachers' and schools', weighted by rank. */
  'stats:needs': channel(
    z.object(scope),
    z.object({ year: schoolYear, authority: z.string().nullable(), stage: stage.nullable(), teacher: needSet, school: needSet }),
  ),
  /** Planned hours by domain and sub-item, and by stage, of the submitted teacher and school plans. */
  'stats:plannedHours': channel(
    z.object(scope),
    z.object({
      year: schoolYear,
      authority: z.string().nullable(),
      stage: stage.nullable(),
      teacher: hoursSet,
      school: hoursSet,
      /** The same totals for the year before, when it exists. */
      previous: z.object({ year: schoolYear, teacher: hoursSet, school: hoursSet }).nullable(),
    }),
  ),
  /** Achievement rates (規劃達成率) of the scope, per authority, and per domain (in each figures' domains). */
  'stats:achievement': channel(
    z.object(scope),
    z.object({
      year: schoolYear,
      authority: z.string().nullable(),
      stage: stage.nullable(),
      total: achievementRow,
      byAuthority: z.array(achievementRow.extend({ authority: z.string() })),
      /** Domain code → name, for the domain chart's axis. */
      domainNames: z.record(z.string(), z.string()),
    }),
  ),
  /** Schools and teachers per year: seed 001's history (99–105) and the years this database holds. */
  'stats:participation': channel(
    z.object({}),
    z.object({
      years: z.array(
        z.object({
          year: schoolYear,
          /** Schools that took part: history as published; data years = schools with a submitted school plan. */
          schools: z.number().int(),
          /** Teachers that took part: history as published; data years = teachers with a submitted plan. */
          teachers: z.number().int(),
          /** Authorities taking part (history: marked in the table; data: with a submitted plan). */
          authorities: z.number().int().nullable(),
          /** Data years only: the year's schools and rostered teachers. */
          schoolsTotal: z.number().int().nullable(),
          teachersTotal: z.number().int().nullable(),
          origin: z.enum(['history', 'data']),
          /** Where a history row comes from. */
          source: z.string().nullable(),
          note: z.string().nullable(),
        }),
      ),
      /** The participating authorities of each history year, as the seed marks them. */
      historyAuthorities: z.array(z.object({ year: schoolYear, authorities: z.array(z.string()) })),
    }),
  ),
  /** The satisfaction survey of the year: per question the 1–5 distribution and mean, by respondent kind; free texts paged. */
  'stats:survey': channel(
    z.object({
      year: schoolYear,
      authority: authorityFilter,
      /** Narrows the free texts to one question (its index), or null for all. */
      textQuestion: z.number().int().min(0).nullable().default(null),
      /** Narrows the free texts to one respondent kind, or null for both. */
      textKind: z.enum(SURVEY_RESPONDENT_KINDS).nullable().default(null),
      textPage: pageInput.default({ offset: 0, limit: 50 }),
    }),
    z.object({
      year: schoolYear,
      authority: z.string().nullable(),
      respondents: z.object({ total: z.number().int(), byKind: z.array(z.object({ kind: z.enum(SURVEY_RESPONDENT_KINDS), n: z.number().int() })) }),
      questions: z.array(
        z.object({
          index: z.number().int(),
          question: z.string(),
          /** scale: answered 1–5 (texts, if any, are listed); text: free answers only. */
          type: z.enum(['scale', 'text']),
          overall: scoreCounts,
          byKind: z.array(scoreCounts.extend({ kind: z.enum(SURVEY_RESPONDENT_KINDS) })),
          texts: z.number().int(),
        }),
      ),
      texts: z.object({
        total: z.number().int(),
        rows: z.array(
          z.object({ question: z.string(), questionIndex: z.number().int(), kind: z.enum(SURVEY_RESPONDENT_KINDS), school: z.string(), schoolName: z.string().nullable(), authority: z.string().nullable(), text: z.string() }),
        ),
      }),
    }),
  ),
  /** Every table behind the charts as one .xlsx; without `path` the save dialog asks (null path: cancelled). */
  'stats:exportXlsx': channel(
    z.object({ year: schoolYear, authority: authorityFilter, path: filePath.optional() }),
    z.object({ path: z.string().nullable(), bytes: z.number().int(), sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })) }),
  ),
  /** One chart rendered in main (same font as the PDFs) and saved as PNG; without `path` the save dialog asks. */
  'stats:chartPng': channel(
    z.object({ chart: z.enum(STATS_CHART_IDS), ...scope, path: filePath.optional() }),
    z.object({ path: z.string().nullable(), bytes: z.number().int(), width: z.number().int(), height: z.number().int() }),
  ),
};
