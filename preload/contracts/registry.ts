import { z } from 'zod';
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
};
