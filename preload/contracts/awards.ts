import { z } from 'zod';
import { AWARD_REASONS, DEFAULT_AWARD_PARAMETERS } from '../../main/engine/awards.ts';
import { FILING_STATUSES } from '../../main/engine/planFiling.ts';
import { PLAN_STATUSES } from '../../main/engine/vocabulary.ts';
import { channel, pageInput, pageOf, schoolYear, sortDir, stage } from './common.ts';

// Award runs (issue 7): run the award rules for a school year with the given parameters (each run is
// stored), list and reopen runs, page through their three result tabs, explain one candidate with
// every number that decided it, export a run's JSON again byte for byte, compare two runs. National
// IDs never appear: award rows carry masked IDs only.

export const awardReason = z.enum(AWARD_REASONS);
const runId = z.number().int().positive();
const task = z.string().trim().min(1).max(100);

export const awardSettings = z.object({
  /** Hours; at least a hundredth, the unit hours are kept in. */
  classWidth: z.number().min(0.01).max(1000).default(DEFAULT_AWARD_PARAMETERS.classWidth),
  /** null: −classWidth/2, so whole hours sit mid-class. */
  classOrigin: z.number().min(-1000).max(1000).nullable().default(null),
  threshold: z.number().min(0).max(100).default(DEFAULT_AWARD_PARAMETERS.threshold),
  fillRateThreshold: z.number().min(0).max(1).default(DEFAULT_AWARD_PARAMETERS.fillRateThreshold),
  /** The national average provided by the central office; null: computed over the year's roster. */
  nationalAverage: z.number().min(0).max(10000).nullable().default(null),
});
export type AwardSettings = z.infer<typeof awardSettings>;

export const runParameters = z.object({
  classWidth: z.number(),
  classOrigin: z.number(),
  threshold: z.number(),
  fillRateThreshold: z.number(),
  nationalAverageSource: z.enum(['computed', 'provided']),
});

export const runSummary = z.object({
  id: runId,
  year: schoolYear,
  createdAt: z.string(),
  createdBy: z.string(),
  appVersion: z.string(),
  parameters: runParameters,
  nationalAverage: z.number().nullable(),
  counts: z.object({
    authorities: z.number().int(),
    schools: z.number().int(),
    teachers: z.number().int(),
    hourRecords: z.number().int(),
    schoolPlans: z.number().int(),
    teacherPlans: z.number().int(),
  }),
  awarded: z.object({ authorities: z.number().int(), schools: z.number().int(), teachers: z.number().int() }),
  sha256: z.string(),
  bytes: z.number().int(),
});
export type RunSummaryOut = z.infer<typeof runSummary>;

const reasons = z.array(awardReason);

export const authorityResult = z.object({
  seq: z.number().int(),
  authority: z.string(),
  schools: z.number().int(),
  filedOnTime: z.number().int(),
  fillRate: z.number().nullable(),
  awarded: z.boolean(),
  reasons,
});

export const schoolResult = z.object({
  seq: z.number().int(),
  code: z.string(),
  name: z.string(),
  authority: z.string(),
  stage,
  teachers: z.number().int(),
  averageHours: z.number().nullable(),
  groupSize: z.number().int(),
  pr: z.number().nullable(),
  filedOnTime: z.boolean(),
  filing: z.enum(FILING_STATUSES),
  awarded: z.boolean(),
  reasons,
});

export const teacherResult = z.object({
  seq: z.number().int(),
  maskedId: z.string(),
  name: z.string(),
  school: z.string(),
  schoolName: z.string(),
  authority: z.string(),
  stage,
  hours: z.number(),
  groupSize: z.number().int(),
  pr: z.number(),
  filedOnTime: z.boolean(),
  filing: z.enum(FILING_STATUSES),
  awarded: z.boolean(),
  reasons,
});

export const resultCounts = z.object({
  /** Candidates matching the place filters (authority, stage, search), awarded or not. */
  total: z.number().int(),
  awarded: z.number().int(),
  reasons: z.record(awardReason, z.number().int()),
});

const resultFilter = {
  authority: z.string().trim().max(30).nullable().default(null),
  stage: stage.nullable().default(null),
  awarded: z.boolean().nullable().default(null),
  reason: awardReason.nullable().default(null),
  q: z.string().trim().max(50).default(''),
};
const schoolFilter = z.object(resultFilter);
/** `school`: one school's teachers, by code. */
const teacherFilter = z.object({ ...resultFilter, school: z.string().trim().max(20).nullable().default(null) });
const resultSort = z
  .object({ by: z.enum(['order', 'score', 'pr', 'name']).default('order'), dir: sortDir })
  .default({ by: 'order', dir: 'asc' });
const firstPage = pageInput.default({ offset: 0, limit: 50 });

const timeWindow = z.object({ start: z.string(), end: z.string() });
export const filingExplanation = z.object({
  status: z.enum(FILING_STATUSES),
  planStatus: z.enum(PLAN_STATUSES).nullable(),
  lastSubmission: z.string().nullable(),
  window: timeWindow.nullable(),
  source: z.string().nullable(),
  lastReturn: z.object({ action: z.string(), at: z.string(), actor: z.string().optional(), reason: z.string().optional() }).nullable(),
});

const percentileRank = z.object({
  pr: z.number(),
  classLower: z.number(),
  classUpper: z.number(),
  cfL: z.number().int(),
  fx: z.number().int(),
  n: z.number().int(),
  width: z.number(),
  origin: z.number(),
});

export const explanation = z.object({
  kind: z.enum(['authority', 'school', 'teacher']),
  awarded: z.boolean(),
  reasons,
  /** Chinese, in the order the rules are applied; the last one states the result. */
  sentences: z.array(z.string()),
  /** Who: the authority, the school's code and name, or the teacher's name and masked ID. */
  label: z.string(),
  /** Authorities. */
  fillRate: z.number().nullable(),
  fillRateThreshold: z.number().nullable(),
  /** Schools and teachers. */
  filedOnTime: z.boolean().nullable(),
  filing: filingExplanation.nullable(),
  score: z.number().nullable(),
  nationalAverage: z.number().nullable(),
  nationalAverageSource: z.enum(['computed', 'provided']).nullable(),
  group: z.object({ authority: z.string(), stage: z.string(), size: z.number().int() }).nullable(),
  rank: percentileRank.nullable(),
  /** The PR threshold. */
  threshold: z.number().nullable(),
});
export type ExplanationOut = z.infer<typeof explanation>;

export const candidateState = z.object({
  awarded: z.boolean(),
  reasons,
  score: z.number().nullable(),
  pr: z.number().nullable(),
});
export const candidateChange = z.object({
  kind: z.enum(['authority', 'school', 'teacher']),
  key: z.string(),
  label: z.string(),
  before: candidateState.nullable(),
  after: candidateState.nullable(),
  reasonsAdded: reasons,
  reasonsRemoved: reasons,
});
const kindCounts = z.object({ authority: z.number().int(), school: z.number().int(), teacher: z.number().int() });
export const compareBucket = z.enum(['entered', 'left', 'reasonsChanged']);

export const awardsContract = {
  /** The default parameters, the figure provided in the year's last run, and how much of the nation the database holds. */
  'awards:defaults': channel(
    z.object({ year: schoolYear }),
    z.object({
      settings: awardSettings.required(),
      lastProvidedAverage: z.number().nullable(),
      authorities: z.number().int(),
      authoritiesWithSchools: z.number().int(),
    }),
  ),
  /** Runs the award rules and stores the run; progress events carry `task`. */
  'awards:run': channel(z.object({ year: schoolYear, task, settings: awardSettings.default(awardSettings.parse({})) }), runSummary),
  'awards:cancel': channel(z.object({ task }), z.object({ cancelled: z.boolean() })),
  'awards:list': channel(z.object({ year: schoolYear }), z.array(runSummary)),
  /** A stored run: its summary and the authorities tab (a few dozen rows). */
  'awards:get': channel(z.object({ id: runId }), z.object({ run: runSummary, authorities: z.array(authorityResult) })),
  'awards:schools': channel(
    z.object({ id: runId, filter: schoolFilter.default(schoolFilter.parse({})), sort: resultSort, page: firstPage }),
    pageOf(schoolResult).extend({ counts: resultCounts }),
  ),
  'awards:teachers': channel(
    z.object({ id: runId, filter: teacherFilter.default(teacherFilter.parse({})), sort: resultSort, page: firstPage }),
    pageOf(teacherResult).extend({ counts: resultCounts }),
  ),
  /** Every number that put one candidate (its row's seq in the tab) in or out, with the Chinese sentences. */
  'awards:explain': channel(z.object({ id: runId, kind: z.enum(['authority', 'school', 'teacher']), seq: z.number().int().min(0) }), explanation),
  /** The run's JSON, the very bytes the run printed (checked against the hash stored with the run). */
  'awards:export': channel(z.object({ id: runId }), z.object({ fileName: z.string(), json: z.string(), sha256: z.string() })),
  /** Run a (earlier) against run b: who entered, who left, whose reasons changed — one bucket per page. */
  'awards:compare': channel(
    z.object({
      a: runId,
      b: runId,
      bucket: compareBucket.default('entered'),
      kind: z.enum(['authority', 'school', 'teacher']).nullable().default(null),
      page: firstPage,
    }),
    pageOf(candidateChange).extend({
      parameters: z.array(z.object({ name: z.string(), before: z.union([z.number(), z.string()]).nullable(), after: z.union([z.number(), z.string()]).nullable() })),
      counts: z.object({ entered: kindCounts, left: kindCounts, reasonsChanged: kindCounts }),
    }),
  ),
};
