// Next year's draft schedule from this year's: the bureau's usual starting point each July.
import type { Schedule } from './schedule.ts';
import { isCalendarDate, toTaipeiInstant } from './rocDate.ts';

/** The same calendar day a year later; Feb 29 becomes Feb 28. */
export function nextYearDate(date: string): string {
  if (!isCalendarDate(date)) throw new RangeError(`無法辨識的日期「${date}」`);
  const year = String(Number(date.slice(0, 4)) + 1).padStart(4, '0');
  const next = `${year}${date.slice(4)}`;
  return isCalendarDate(next) ? next : `${year}-02-28`;
}

/** The same Taipei wall-clock time a year later, written with +08:00. */
export function nextYearInstant(iso: string): string {
  const taipei = toTaipeiInstant(iso);
  return `${nextYearDate(taipei.slice(0, 10))}${taipei.slice(10)}`;
}

/**
 * Every date a year later (weekdays shift, so officers still adjust the draft), the same groups,
 * waves and authorities' own windows, and the timeline with nothing done yet.
 */
export function rollOver(schedule: Schedule): Schedule {
  const shift = <T extends { start: string; end: string }>(w: T): T => ({
    ...w,
    start: nextYearInstant(w.start),
    end: nextYearInstant(w.end),
  });
  return {
    year: schedule.year + 1,
    open: shift(schedule.open),
    rosterCutoff: schedule.rosterCutoff === null ? null : nextYearInstant(schedule.rosterCutoff),
    schoolGroups: schedule.schoolGroups.map((g) => ({ ...shift(g), authorities: [...g.authorities] })),
    teacherWaves: schedule.teacherWaves.map((w) => ({ ...shift(w), authorities: [...w.authorities] })),
    authorityWindows: schedule.authorityWindows.map(shift),
    timeline: schedule.timeline.map((t) => ({ ...t, date: t.date === null ? null : nextYearDate(t.date), done: false })),
  };
}
