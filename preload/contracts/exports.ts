import { z } from 'zod';
import { channel, schoolYear } from './common.ts';

const filePath = z.string().trim().min(1).max(1000);
/** Names a long export, for its progress events and its cancel. */
const task = z.string().trim().min(1).max(80);

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
  /** Award lists: the award run's id; the latest run of the year when left out. */
  run: z.number().int().positive().optional(),
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
          filters: z.array(z.enum(['authority', 'school', 'teacher', 'run'])),
          /** What one file of a folder batch holds. */
          splitBy: z.enum(['school', 'authority', 'teacher']).nullable(),
        }),
      ),
      /** The folder the last export went to, to open the save dialog there. */
      lastFolder: z.string().nullable(),
    }),
  ),
  /** The form for the scope as one PDF at `out` ('.pdf' is added when missing). */
  'exports:render': channel(z.object({ ...formScope, out: filePath, task: task.optional() }), exportResult),
  /** Every instance of the scope: one combined PDF at `out`, or one PDF each in the folder `out`. */
  'exports:batch': channel(z.object({ ...formScope, layout: z.enum(['combined', 'folder']), out: filePath, task: task.optional() }), exportResult),
  /** Stops a render or batch under way (between two instances); nothing half-written is left. */
  'exports:cancel': channel(z.object({ task }), z.object({ cancelled: z.boolean() })),
  /** Page `page` of what printing the scope would give, as a PNG (base64), without writing a file. */
  'exports:preview': channel(
    z.object({ ...formScope, page: z.number().int().min(1).max(100_000).default(1) }),
    z.object({
      png: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      page: z.number().int(),
      /** The form instance the page belongs to ('臺中市', '臺中市立民湖國民小學 林婷萱') and its page count. */
      label: z.string(),
      instancePages: z.number().int(),
      instances: z.number().int(),
    }),
  ),
  /**
   * The scope's pages in the desktop app's system print dialog (drawn like the preview, at print
   * resolution); refused with PRINT_UNAVAILABLE where there is no print dialog (CLI, test host).
   */
  'exports:print': channel(
    z.object({ ...formScope, task: task.optional() }),
    z.object({
      printed: z.boolean(),
      pages: z.number().int(),
      /** Why nothing was printed ('已取消列印。'); null when printed. */
      message: z.string().nullable(),
    }),
  ),
  /** The award list of a stored run (the year's latest unless `run`) as .xlsx: 主管機關, 學校, 教師, 參數. */
  'exports:awards': channel(
    z.object({ year: schoolYear, run: z.number().int().positive().optional(), out: filePath }),
    z.object({ path: z.string(), run: z.number().int(), bytes: z.number().int(), sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })) }),
  ),
  /** The filing-progress table (per authority and stage) as .xlsx. */
  'exports:progress': channel(z.object({ year: schoolYear, out: filePath }), z.object({ path: z.string(), rows: z.number().int(), bytes: z.number().int() })),
  /** The desktop app's save dialog (a folder picker for folder batches); `available` false elsewhere. */
  'exports:chooseOut': channel(
    z.object({ kind: z.enum(['pdf', 'xlsx', 'folder']), name: z.string().trim().max(200).default('') }),
    z.object({ available: z.boolean(), path: z.string().nullable() }),
  ),
  /** Opens a file this app wrote in this session with the system's viewer (to read or print it). */
  'exports:open': channel(z.object({ path: filePath }), z.object({ opened: z.boolean(), message: z.string().nullable() })),
};
