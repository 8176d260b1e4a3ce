import { z } from 'zod';
import { channel, schoolYear } from './common.ts';

// The year's schedule: the shape is the engine's Schedule (main/engine/schedule.ts), which is also
// the JSON of `schedule show --json`. Instants are ISO text such as '2024-08-14T17:00:00+08:00';
// their sense (readable, end after start, inside the open period …) is the engine's
// validateSchedule, which answers in Chinese — the schema only bounds the sizes.

const instant = z.string().trim().min(1).max(40);
const name = z.string().trim().max(40);
const authorityList = z.array(name.min(1)).max(200);
const windowKind = z.enum(['school', 'teacher']);

export const scheduleSchema = z.object({
  year: schoolYear,
  open: z.object({ start: instant, end: instant }),
  rosterCutoff: instant.nullable(),
  schoolGroups: z.array(z.object({ name, start: instant, end: instant, authorities: authorityList })).max(50),
  teacherWaves: z.array(z.object({ wave: z.number().int().min(0).max(999), start: instant, end: instant, authorities: authorityList })).max(50),
  authorityWindows: z.array(z.object({ authority: name, kind: windowKind, start: instant, end: instant })).max(400),
  timeline: z
    .array(
      z.object({
        date: z.string().trim().max(20).nullable(),
        month: z.number().int(),
        task: z.string().max(500),
        unit: z.string().max(500),
        done: z.boolean(),
        note: z.string().max(2000),
      }),
    )
    .max(200),
});

export const violationSchema = z.object({ path: z.string(), message: z.string() });

const scheduleState = z.object({
  year: schoolYear,
  /** null when the year has no schedule yet. */
  schedule: scheduleSchema.nullable(),
  status: z.enum(['draft', 'final']).nullable(),
  source: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Every authority the schedule must place: the registry's, then the others it names. */
  authorities: z.array(z.string()),
  violations: z.array(violationSchema),
  /** The sources cover this year: its built-in schedule can be stored. */
  builtIn: z.boolean(),
  /** The next school year already has a schedule (a roll-over would be refused). */
  nextYearHasSchedule: z.boolean(),
});
export type ScheduleState = z.infer<typeof scheduleState>;

export const listedWindow = z.object({
  kind: windowKind,
  source: z.enum(['group', 'wave', 'authority']),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  authorities: z.array(z.string()),
});

export const scheduleContract = {
  'schedule:get': channel(z.object({ year: schoolYear }), scheduleState),
  /** Replaces the year's schedule; an invalid one is refused with every violation listed. */
  'schedule:save': channel(z.object({ schedule: scheduleSchema }), scheduleState),
  /** Next year's draft: dates +1 year, same groups and waves; adds the year and its authorities if missing. */
  'schedule:rollOver': channel(z.object({ year: schoolYear }), scheduleState),
  /** Stores the built-in schedule of a year the sources cover (113, 106), adding the year if needed. */
  'schedule:createBuiltIn': channel(z.object({ year: schoolYear }), scheduleState),
  /** What is open at an instant (default now) and what closes within `days` days. */
  'schedule:openNow': channel(
    z.object({ year: schoolYear, at: instant.optional(), days: z.number().int().min(1).max(30).default(3) }),
    z.object({
      year: schoolYear,
      at: z.string(),
      hasSchedule: z.boolean(),
      status: z.enum(['draft', 'final']).nullable(),
      invalid: z.boolean(),
      serviceOpen: z.boolean(),
      open: z.array(listedWindow),
      closingSoon: z.array(listedWindow),
      /** The next windows to open after the instant, soonest first (at most 3). */
      upcoming: z.array(listedWindow),
    }),
  ),
  'schedule:export': channel(
    z.object({ year: schoolYear, out: z.string().trim().min(1).max(1000) }),
    z.object({ path: z.string(), sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })) }),
  ),
  /** Replaces the year's schedule with the workbook's; refused (FILE_REFUSED) on a bad cell or an invalid schedule. */
  'schedule:import': channel(z.object({ year: schoolYear, path: z.string().trim().min(1).max(1000) }), scheduleState),
};
