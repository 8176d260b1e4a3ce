import { z } from 'zod';
import { channel, schoolYear } from './common.ts';

export const yearSummary = z.object({
  year: schoolYear,
  isDemo: z.boolean(),
  authorities: z.number().int(),
  schools: z.number().int(),
  teachers: z.number().int(),
});

export const coreContract = {
  'app:info': channel(
    z.object({}),
    z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      dbPath: z.string(),
      years: z.array(yearSummary),
      tables: z.record(z.string(), z.number().int()),
    }),
  ),
  'years:list': channel(z.object({}), z.array(yearSummary)),
  'demo:create': channel(
    z.object({ scale: z.enum(['small', 'county', 'national']).default('small'), year: schoolYear.default(113), seed: z.number().int().min(0).max(2 ** 31).optional() }),
    yearSummary,
  ),
  'overview:get': channel(
    z.object({ year: schoolYear }),
    z.object({
      year: schoolYear,
      isDemo: z.boolean(),
      authorities: z.number().int(),
      schools: z.number().int(),
      teachers: z.number().int(),
      schoolsByStage: z.array(z.object({ stage: z.string(), schools: z.number().int(), teachers: z.number().int() })),
      byAuthority: z.array(
        z.object({ authority: z.string(), schools: z.number().int(), teachers: z.number().int() }),
      ),
    }),
  ),
};
