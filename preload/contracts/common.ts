import { z } from 'zod';
import { STAGES } from '../../main/engine/vocabulary.ts';

// Building blocks shared by the area contracts.

export const schoolYear = z.number().int().min(1).max(999);
export const stage = z.enum(STAGES);

export const pageInput = z.object({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export const sortDir = z.enum(['asc', 'desc']).default('asc');

export function pageOf<T extends z.ZodTypeAny>(row: T) {
  return z.object({ total: z.number().int(), rows: z.array(row) });
}

/** One channel: the schema its input must pass and the shape of what it returns. */
export function channel<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(input: I, output: O) {
  return { input, output };
}

export const progressEvent = z.object({
  task: z.string(),
  label: z.string(),
  done: z.number(),
  total: z.number().nullable(),
});
export type ProgressEvent = z.infer<typeof progressEvent>;
