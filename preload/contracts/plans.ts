import { z } from 'zod';
import { FILING_STATUSES } from '../../main/engine/planFiling.ts';
import { PLAN_STATUSES } from '../../main/engine/vocabulary.ts';
import { channel, pageInput, pageOf, schoolYear, sortDir, stage } from './common.ts';

// School and teacher plans (issue 5): lists with the filing status of every school or rostered
// teacher (a school or teacher without a plan is listed as 未填寫), the plan's detail with its
// history, the officer's two actions, the filing progress and the 催覆 list. Instants are ISO text
// with +08:00; the window shows them as ROC dates. National IDs are masked in every answer.

export const filingStatus = z.enum(FILING_STATUSES);
export const planKind = z.enum(['school', 'teacher']);
export type PlanKindName = z.infer<typeof planKind>;

const id = z.number().int().positive();
const text = z.string().nullable();
const authorityName = z.string().trim().max(30);

export const filingCounts = z.object({
  total: z.number().int(),
  onTime: z.number().int(),
  outsideWindow: z.number().int(),
  returned: z.number().int(),
  draft: z.number().int(),
  none: z.number().int(),
});
export type FilingCounts = z.infer<typeof filingCounts>;

const planState = {
  planId: z.number().int().nullable(),
  filing: filingStatus,
  status: z.enum(PLAN_STATUSES).nullable(),
  lastSubmittedAt: text,
  reviewedAt: text,
};

export const schoolPlanRow = z.object({
  schoolId: z.number().int(),
  code: z.string(),
  name: z.string(),
  authority: z.string(),
  stage: z.string(),
  ...planState,
});

export const teacherPlanRow = z.object({
  teacherId: z.number().int(),
  maskedId: z.string(),
  name: z.string(),
  schoolCode: z.string(),
  school: z.string(),
  authority: z.string(),
  stage: z.string(),
  ...planState,
});

const baseFilter = {
  q: z.string().trim().max(50).default(''),
  authority: authorityName.nullable().default(null),
  stage: stage.nullable().default(null),
  filing: filingStatus.nullable().default(null),
};

const listOutput = <T extends z.ZodTypeAny>(row: T) => pageOf(row).extend({ counts: filingCounts });

export const timeWindow = z.object({ start: z.string(), end: z.string(), label: z.string() });

const hoursNode = z.object({ code: z.string(), name: z.string(), hours: z.number() });

export const planDetail = z.object({
  kind: planKind,
  id: z.number().int(),
  year: schoolYear,
  schoolCode: z.string(),
  school: z.string(),
  authority: z.string(),
  stage: z.string(),
  /** School plans: the school's student count as filed. */
  students: z.number().int().nullable(),
  teacher: z
    .object({
      name: z.string(),
      maskedId: z.string(),
      filedSchoolCode: text,
      education: text,
      serviceYears: text,
      stage: text,
      grade: text,
    })
    .nullable(),
  ...planState,
  planId: z.number().int(),
  /** The engine's sentence: on time or not, with the window and the last submission. */
  filingText: z.string(),
  window: timeWindow.nullable(),
  needs: z.object({
    modes: z.array(text),
    times: z.array(text),
    timeOther: text,
    places: z.array(text),
    placeOther: text,
    level: text,
    method: text,
  }),
  hours: z.object({
    details: z.array(hoursNode),
    subItems: z.array(hoursNode),
    domains: z.array(hoursNode.extend({ share: z.number().nullable() })),
    total: z.number(),
    problems: z.array(z.object({ code: z.string(), hours: z.number(), message: z.string() })),
    unplacedHours: z.number(),
  }),
  history: z.array(z.object({ action: z.string(), at: z.string(), actor: text, reason: text, source: z.string() })),
  /** Teacher plans: whether 匯入學校本位規劃 is possible, and why (not). */
  eligibility: z.object({ eligible: z.boolean(), reason: z.string() }).nullable(),
  canReturn: z.boolean(),
  canReview: z.boolean(),
});
export type PlanDetail = z.infer<typeof planDetail>;

const sideCounts = filingCounts;
export const statusReport = z.object({
  year: schoolYear,
  schools: sideCounts,
  teachers: sideCounts,
  authorities: z.array(
    z.object({ authority: z.string(), schools: sideCounts, teachers: sideCounts, schoolRate: z.number().nullable(), teacherRate: z.number().nullable() }),
  ),
});

const progressCell = z.object({
  schools: filingCounts,
  teachers: filingCounts,
  schoolRate: z.number().nullable(),
  teacherRate: z.number().nullable(),
});

export const windowState = z.enum(['upcoming', 'open', 'closed', 'none']);

const reminderFilter = z
  .object({
    authority: authorityName.nullable().default(null),
    stage: stage.nullable().default(null),
    /** open: the window is open now; closed: it has closed. Upcoming windows are never listed. */
    windowState: z.enum(['open', 'closed']).nullable().default(null),
    filing: z.enum(['outsideWindow', 'returned', 'draft', 'none']).nullable().default(null),
  })
  .default({ authority: null, stage: null, windowState: null, filing: null });

export const reminderRow = z.object({
  kind: planKind,
  key: z.string(),
  planId: z.number().int().nullable(),
  teacher: z.string().nullable(),
  maskedId: z.string().nullable(),
  schoolCode: z.string(),
  school: z.string(),
  authority: z.string(),
  stage: z.string(),
  filing: filingStatus,
  windowState,
  windowEnd: text,
  principalName: text,
  principalPhone: text,
  principalEmail: text,
  contactName: text,
  contactTitle: text,
  contactPhone: text,
  contactMobile: text,
  contactEmail: text,
});

export const plansContract = {
  'plans:schools': channel(
    z.object({
      year: schoolYear,
      filter: z.object(baseFilter).default({ q: '', authority: null, stage: null, filing: null }),
      sort: z
        .object({ by: z.enum(['code', 'name', 'authority', 'stage', 'submitted']).default('code'), dir: sortDir })
        .default({ by: 'code', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    listOutput(schoolPlanRow),
  ),
  'plans:teachers': channel(
    z.object({
      year: schoolYear,
      filter: z
        .object({ ...baseFilter, schoolCode: z.string().trim().max(20).nullable().default(null) })
        .default({ q: '', authority: null, stage: null, filing: null, schoolCode: null }),
      sort: z
        .object({ by: z.enum(['school', 'name', 'submitted']).default('school'), dir: sortDir })
        .default({ by: 'school', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    listOutput(teacherPlanRow),
  ),
  'plans:detail': channel(z.object({ kind: planKind, id }), planDetail),
  /** 退回修改: the plan counts as not filed until submitted again; the reason is required. */
  'plans:return': channel(
    z.object({ kind: planKind, id, reason: z.string().trim().max(500) }),
    planDetail,
  ),
  /** 標記已審閱: recorded in the history; it lapses when the plan is submitted again. */
  'plans:review': channel(z.object({ kind: planKind, id }), planDetail),
  /** Filing rates per authority and stage, with each authority's windows. */
  'plans:progress': channel(
    z.object({ year: schoolYear }),
    progressCell.extend({
      year: schoolYear,
      hasSchedule: z.boolean(),
      authorities: z.array(
        progressCell.extend({
          authority: z.string(),
          schoolWindow: timeWindow.nullable(),
          teacherWindow: timeWindow.nullable(),
          stages: z.array(progressCell.extend({ stage: z.string() })),
        }),
      ),
    }),
  ),
  /** The JSON of `plans status` (rates = onTime / total). */
  'plans:status': channel(z.object({ year: schoolYear, authority: authorityName.nullable().default(null) }), statusReport),
  /** Schools or teachers without an on-time plan whose window is open or closed, with contact details. */
  'plans:reminders': channel(
    z.object({
      year: schoolYear,
      kind: planKind,
      filter: reminderFilter,
      at: z.string().trim().max(40).optional(),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(reminderRow).extend({ at: z.string() }),
  ),
  /** The 催覆 list as .xlsx (every matching row; IDs masked; text cells never evaluated). */
  'plans:remindersFile': channel(
    z.object({ year: schoolYear, kind: planKind, filter: reminderFilter, at: z.string().trim().max(40).optional() }),
    z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
  ),
  /** Writes the year's plans as the two import workbooks (teachers one file per authority). */
  'plans:exportFiles': channel(
    z.object({ year: schoolYear, outDir: z.string().trim().min(1).max(1000) }),
    z.object({ files: z.array(z.object({ path: z.string(), plans: z.number().int(), hours: z.number().int(), events: z.number().int() })) }),
  ),
};
