import { z } from 'zod';
import { channel, pageInput, pageOf, schoolYear, sortDir } from './common.ts';

// 研習時數: the course list, the records browser (authorities → schools → teachers → one teacher's
// courses) and 待確認. Hour files come in through imports:run (kinds `courses` and `hours`).
// Hours are numbers with at most two decimals; dates are 'YYYY-MM-DD' (shown as ROC dates);
// national IDs are masked.

const hours = z.number();
const byDomain = z.object({ '1': hours, '2': hours, '3': hours, '4': hours, '5': hours, '6': hours });
const id = z.number().int().positive();
const query = z.string().trim().max(100).default('');

export const pendingReason = z.enum(['unmatched', 'ambiguous', 'no-classification', 'bad-classification']);
export type PendingReason = z.infer<typeof pendingReason>;

const groupFigures = {
  teachers: z.number().int(),
  withHours: z.number().int(),
  records: z.number().int(),
  totalHours: hours,
  /** Mean over the rostered teachers, those without hours counted as zero. */
  averageHours: hours,
  byDomain,
};

const resolution = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('teacher'), teacherId: id }),
  z.object({ kind: z.literal('classification'), code: z.string().trim().min(1, '請選擇課程類別').max(20) }),
  z.object({ kind: z.literal('dismiss') }),
]);

export const hoursContract = {
  /** The year's figures: records, teachers on the roster, teachers with hours, hours in total and per domain, rows waiting. */
  'hours:summary': channel(
    z.object({ year: schoolYear }),
    z.object({
      year: schoolYear,
      records: z.number().int(),
      teachers: z.number().int(),
      withHours: z.number().int(),
      totalHours: hours,
      byDomain,
      pending: z.record(z.string(), z.number().int()),
    }),
  ),
  'hours:courses': channel(
    z.object({
      q: query,
      listedOnly: z.boolean().default(false),
      sort: z.object({ by: z.enum(['code', 'name', 'start', 'category']).default('code'), dir: sortDir }).default({ by: 'code', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(
      z.object({
        id: z.number().int(),
        code: z.string(),
        name: z.string().nullable(),
        category: z.string().nullable(),
        organizer: z.string().nullable(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        hours: hours.nullable(),
        /** From an imported course list (false: known only from hour records). */
        listed: z.boolean(),
      }),
    ),
  ),
  'hours:authorities': channel(
    z.object({ year: schoolYear }),
    z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string(), schools: z.number().int(), ...groupFigures })),
  ),
  'hours:schools': channel(
    z.object({
      year: schoolYear,
      authorityId: id.nullable().default(null),
      q: query,
      sort: z
        .object({ by: z.enum(['code', 'name', 'teachers', 'withHours', 'totalHours', 'averageHours']).default('code'), dir: sortDir })
        .default({ by: 'code', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(z.object({ id: z.number().int(), code: z.string(), name: z.string(), stage: z.string(), authority: z.string(), ...groupFigures })),
  ),
  'hours:teachers': channel(
    z.object({
      year: schoolYear,
      schoolId: id.nullable().default(null),
      authorityId: id.nullable().default(null),
      q: query,
      sort: z
        .object({ by: z.enum(['name', 'school', 'records', 'totalHours', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']).default('name'), dir: sortDir })
        .default({ by: 'name', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(
      z.object({
        id: z.number().int(),
        name: z.string(),
        maskedId: z.string(),
        schoolCode: z.string(),
        school: z.string(),
        authority: z.string(),
        records: z.number().int(),
        totalHours: hours,
        byDomain,
      }),
    ),
  ),
  /** One teacher's courses of the year, hours by domain and the total. */
  'hours:teacher': channel(
    z.object({ teacherId: id }),
    z.object({
      teacher: z.object({
        id: z.number().int(),
        year: schoolYear,
        name: z.string(),
        maskedId: z.string(),
        schoolId: z.number().int(),
        schoolCode: z.string(),
        school: z.string(),
        authorityId: z.number().int(),
        authority: z.string(),
      }),
      records: z.number().int(),
      totalHours: hours,
      byDomain,
      courses: z.array(
        z.object({
          courseCode: z.string(),
          courseName: z.string().nullable(),
          organizer: z.string().nullable(),
          hours,
          date: z.string(),
          category: z.string(),
          categoryName: z.string().nullable(),
        }),
      ),
    }),
  ),
  /** 待確認: rows an import could not place, with the reason; counts per reason. */
  'hours:pending': channel(
    z.object({ year: schoolYear, reason: pendingReason.nullable().default(null), q: query, page: pageInput.default({ offset: 0, limit: 50 }) }),
    pageOf(
      z.object({
        id: z.number().int(),
        reason: pendingReason,
        detail: z.string(),
        /** Known when only the classification is missing. */
        teacher: z.object({ id: z.number().int(), name: z.string(), school: z.string() }).nullable(),
        name: z.string(),
        maskedId: z.string().nullable(),
        schoolCode: z.string().nullable(),
        schoolName: z.string().nullable(),
        courseCode: z.string(),
        courseName: z.string().nullable(),
        categoryText: z.string().nullable(),
        hours,
        date: z.string(),
        row: z.number().int(),
        fileName: z.string().nullable(),
      }),
    ).extend({ counts: z.record(z.string(), z.number().int()) }),
  ),
  /** Teachers to choose from for a waiting row: same name (same school first), or a search by name or full national ID. */
  'hours:candidates': channel(
    z.object({ pendingId: id, q: query }),
    z.array(
      z.object({
        teacherId: z.number().int(),
        name: z.string(),
        maskedId: z.string(),
        schoolCode: z.string(),
        school: z.string(),
        authority: z.string(),
        sameSchool: z.boolean(),
        sameAuthority: z.boolean(),
        totalHours: hours,
      }),
    ),
  ),
  /**
   * Records the officer's choice for a waiting row and applies it in one transaction: a teacher (for
   * the rows of that year written the same way), a classification (for the course), or leave the row out.
   */
  'hours:resolve': channel(
    z.object({ pendingId: id, resolution }),
    z.object({ year: schoolYear, placed: z.number().int(), dropped: z.number().int(), remaining: z.number().int(), teacherIds: z.array(z.number().int()) }),
  ),
  /** Adds hour records to a demo year that has none (national scale: about 5,000,000); `seed` as the demo's (default 113). */
  'hours:demo': channel(
    z.object({ year: schoolYear, seed: z.number().int().min(0).max(2_147_483_647).default(113) }),
    z.object({ year: schoolYear, courses: z.number().int(), records: z.number().int(), teachersWithHours: z.number().int(), pending: z.number().int() }),
  ),
  /** Runs every waiting row of the year through the matching again (after a new roster or course list). */
  'hours:retry': channel(
    z.object({ year: schoolYear }),
    z.object({ placed: z.number().int(), dropped: z.number().int(), remaining: z.number().int() }),
  ),
};
