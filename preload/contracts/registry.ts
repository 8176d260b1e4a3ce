import { z } from 'zod';
import { ACCOUNT_STATUSES, BUSINESS_ACCOUNT_KINDS } from '../../main/engine/vocabulary.ts';
import { channel, pageInput, pageOf, schoolYear, sortDir, stage } from './common.ts';

const listFilter = z.object({
  q: z.string().trim().max(50).default(''),
  authority: z.string().trim().max(30).nullable().default(null),
  stage: stage.nullable().default(null),
});

export const schoolRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  authority: z.string(),
  stage: z.string(),
  students: z.number().int().nullable(),
  teachers: z.number().int(),
});

export const teacherRow = z.object({
  id: z.number().int(),
  maskedId: z.string(),
  name: z.string(),
  schoolCode: z.string(),
  school: z.string(),
  authority: z.string(),
  stage: z.string(),
  jobTitle: z.string().nullable(),
  accountStatus: z.string(),
  employmentStatus: z.string(),
});

const id = z.number().int().positive();
const text = z.string().nullable();
const accountKind = z.enum(BUSINESS_ACCOUNT_KINDS);

export const accountRow = z.object({
  id: z.number().int(),
  schoolId: z.number().int(),
  schoolCode: z.string(),
  school: z.string(),
  authority: z.string(),
  account: z.string(),
  name: z.string(),
  kind: z.string(),
  phone: text,
  email: text,
  status: z.string(),
});

export const contactRow = z.object({
  id: z.number().int(),
  authority: z.string(),
  name: z.string(),
  title: text,
  phone: text,
  fax: text,
  email: text,
  headName: text,
  headPhone: text,
  headEmail: text,
});

const person = z.object({ name: text, phone: text, mobile: text, email: text });

// A school's and a teacher's detail, business accounts, authority contact persons, and the one
// channel that shows a full national ID (for one teacher, on an explicit click).
const registryDetailContract = {
  'registry:school': channel(
    z.object({ id }),
    z.object({
      id: z.number().int(),
      year: schoolYear,
      code: z.string(),
      name: z.string(),
      authority: z.string(),
      stage: z.string(),
      students: z.number().int().nullable(),
      principal: person,
      contact: person.extend({ title: text }),
      teachers: z.object({
        total: z.number().int(),
        active: z.number().int(),
        /** The first 500 by name, national IDs masked. */
        rows: z.array(z.object({ id: z.number().int(), maskedId: z.string(), name: z.string(), jobTitle: text, employmentStatus: z.string() })),
      }),
      accounts: z.array(accountRow.omit({ schoolId: true, schoolCode: true, school: true, authority: true })),
      /** Enabled 總負責人 accounts: 0 means the school needs one (domain: at least one per school). */
      activeChiefs: z.number().int(),
    }),
  ),
  'registry:teacher': channel(
    z.object({ id }),
    z.object({
      id: z.number().int(),
      year: schoolYear,
      maskedId: z.string(),
      name: z.string(),
      schoolId: z.number().int(),
      schoolCode: z.string(),
      school: z.string(),
      authority: z.string(),
      stage: z.string(),
      jobTitle: text,
      subjects: text,
      accountStatus: z.string(),
      employmentStatus: z.string(),
      departures: z.array(z.object({ status: z.string(), previousStatus: z.string(), confirmedAt: z.string(), importFile: text })),
    }),
  ),
  /** The full national ID of one teacher, for matching a person; nothing else. */
  'registry:revealNationalId': channel(z.object({ id }), z.object({ nationalId: z.string() })),
  'registry:accounts': channel(
    z.object({
      year: schoolYear,
      filter: z
        .object({
          q: z.string().trim().max(50).default(''),
          authority: z.string().trim().max(30).nullable().default(null),
          kind: accountKind.nullable().default(null),
          status: z.enum(ACCOUNT_STATUSES).nullable().default(null),
        })
        .default({ q: '', authority: null, kind: null, status: null }),
      sort: z
        .object({ by: z.enum(['school', 'account', 'name', 'kind', 'status']).default('school'), dir: sortDir })
        .default({ by: 'school', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(accountRow),
  ),
  'registry:accountStats': channel(
    z.object({ year: schoolYear }),
    z.object({
      accounts: z.number().int(),
      byKind: z.array(z.object({ kind: z.string(), accounts: z.number().int() })),
      schools: z.number().int(),
      schoolsWithoutChief: z.number().int(),
    }),
  ),
  'registry:contacts': channel(
    z.object({
      year: schoolYear,
      filter: z
        .object({ q: z.string().trim().max(50).default(''), authority: z.string().trim().max(30).nullable().default(null) })
        .default({ q: '', authority: null }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(contactRow),
  ),
  /**
   * Marks teachers a roster left out (imports:missing of that import) as left, in one transaction,
   * recording who was marked, when and from which import. Teachers no longer 在職 are skipped.
   */
  'registry:confirmLeft': channel(
    z.object({
      importId: id,
      teacherIds: z.array(id).min(1, '請選擇至少一位教師').max(100_000),
      status: z.enum(['離職', '轉校', '退休']),
    }),
    z.object({ marked: z.number().int(), skipped: z.number().int() }),
  ),
};

export const registryContract = {
  'registry:authorities': channel(
    z.object({ year: schoolYear }),
    z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        name: z.string(),
        schoolGroup: z.string().nullable(),
        teacherWave: z.number().int().nullable(),
      }),
    ),
  ),
  'registry:schools': channel(
    z.object({
      year: schoolYear,
      filter: listFilter.default({ q: '', authority: null, stage: null }),
      /** Only schools without an enabled 總負責人. */
      withoutChief: z.boolean().default(false),
      sort: z
        .object({ by: z.enum(['code', 'name', 'authority', 'stage', 'students', 'teachers']).default('code'), dir: sortDir })
        .default({ by: 'code', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(schoolRow),
  ),
  'registry:teachers': channel(
    z.object({
      year: schoolYear,
      filter: listFilter.default({ q: '', authority: null, stage: null }),
      sort: z
        .object({ by: z.enum(['name', 'school', 'authority', 'stage']).default('name'), dir: sortDir })
        .default({ by: 'name', dir: 'asc' }),
      page: pageInput.default({ offset: 0, limit: 50 }),
    }),
    pageOf(teacherRow),
  ),
  ...registryDetailContract,
};
