import { z } from 'zod';
import { channel, schoolYear } from './common.ts';

// The course classification of a school year (taxonomy.md): versioned, the year points at one.

const versionSummary = z.object({
  id: z.number().int(),
  label: z.string(),
  source: z.string(),
  createdAt: z.string(),
  items: z.number().int(),
  /** The school years that use this version. */
  years: z.array(schoolYear),
});

export const classificationItem = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  depth: z.number().int(),
});

export const classificationContract = {
  /** The year's classification as a flat list in code order (the renderer builds the tree), and every version. */
  'classification:tree': channel(
    z.object({ year: schoolYear, versionId: z.number().int().positive().optional() }),
    z.object({
      year: schoolYear,
      /** The version shown: the one asked for, else the year's; null when the year has none. */
      version: versionSummary.nullable(),
      /** The version the year uses. */
      yearVersionId: z.number().int().nullable(),
      versions: z.array(versionSummary),
      items: z.array(classificationItem),
    }),
  ),
  /**
   * Imports the official list (kind `taxonomy`: 代碼 / 課程類別代碼, 名稱) as a new version that the year
   * then uses; earlier versions are kept. Refused (FILE_REFUSED) with every problem and its row.
   */
  'classification:import': channel(
    z.object({ year: schoolYear, path: z.string().trim().min(1).max(1000), label: z.string().trim().max(80).optional() }),
    z.object({ year: schoolYear, versionId: z.number().int(), label: z.string(), items: z.number().int(), previousVersionId: z.number().int().nullable(),
      /** The year already used exactly this list: no new version was made. */
      unchanged: z.boolean() }),
  ),
};
