// The school years the app knows from the sources; later years start as a roll-over of these.
import type { Schedule } from '../schedule.ts';
import { authorities106, schedule106 } from './106.ts';
import { authorities113, schedule113 } from './113.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Built-in schedules by school year, frozen: take builtInSchedule(year) for a copy to edit. */
export const builtInSchedules: Readonly<Record<number, Schedule>> = deepFreeze({
  106: structuredClone(schedule106),
  113: structuredClone(schedule113),
});

const builtInAuthorities: Readonly<Record<number, readonly string[]>> = deepFreeze({
  106: [...authorities106],
  113: [...authorities113],
});

/** The built-in school years, oldest first. */
export const builtInYears: readonly number[] = Object.keys(builtInSchedules).map(Number).sort((a, b) => a - b);

/** An editable copy of a built-in year's schedule; null for a year the sources do not cover. */
export function builtInSchedule(year: number): Schedule | null {
  const schedule = builtInSchedules[year];
  return schedule ? structuredClone(schedule) : null;
}

/** The authorities of a built-in year, in the sources' order; null for a year the sources do not cover. */
export function authoritiesOf(year: number): string[] | null {
  const list = builtInAuthorities[year];
  return list ? [...list] : null;
}

const SOURCES: Readonly<Record<number, string>> = {
  106: '內建資料（106 年度服務計畫書）',
  113: '內建資料（113 學年度實施計畫與公告）',
};

/** Where a built-in year's schedule comes from, as the officer reads it. */
export function builtInSource(year: number): string {
  return SOURCES[year] ?? '內建資料';
}
