import { z } from 'zod';
import { channel, schoolYear } from './common.ts';

const filePath = z.string().trim().min(1).max(1000);

/** Which form, for which year, narrowed how: the same for every export channel. */
const formScope = {
  /** 'school-sheet', 'contact-sheet', … — exports:forms lists them; an unknown one is refused in Chinese. */
  form: z.string().trim().min(1).max(40),
  year: schoolYear,
  authority: z.string().trim().min(1).max(40).optional(),
  /** A school's code. */
  school: z.string().trim().min(1).max(20).optional(),
  /** A teacher's national ID. */
  teacher: z.string().trim().min(1).max(20).optional(),
};

const exportResult = z.object({
  form: z.string(),
  files: z.array(z.object({ path: z.string(), pages: z.number().int(), bytes: z.number().int() })),
  instances: z.number().int(),
  pages: z.number().int(),
  /** Characters the font has no glyph for; printed as 〓, so the officer can write them in by hand. */
  missingGlyphs: z.array(z.string()),
});
export type ExportResult = z.infer<typeof exportResult>;

export const exportsContract = {
  'exports:forms': channel(
    z.object({}),
    z.object({
      forms: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          available: z.boolean(),
          /** Why it cannot be printed yet. */
          reason: z.string().nullable(),
          filters: z.array(z.enum(['authority', 'school', 'teacher'])),
          /** What one file of a folder batch holds. */
          splitBy: z.enum(['school', 'authority', 'teacher']).nullable(),
        }),
      ),
      /** The folder the last export went to, to open the save dialog there. */
      lastFolder: z.string().nullable(),
    }),
  ),
  /** The form for the scope as one PDF at `out` ('.pdf' is added when missing). */
  'exports:render': channel(z.object({ ...formScope, out: filePath }), exportResult),
  /** Every instance of the scope: one combined PDF at `out`, or one PDF each in the folder `out`. */
  'exports:batch': channel(z.object({ ...formScope, layout: z.enum(['combined', 'folder']), out: filePath }), exportResult),
};
