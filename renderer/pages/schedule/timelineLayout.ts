// Where the year's windows and tasks sit on one time axis. Pure, so that it can be tested apart
// from the SVG that draws it.
import { instantMs, rocYear, schoolYearRange } from '../../../main/engine/rocDate.ts';
import { describeWindow, listWindows, type Schedule } from '../../../main/engine/schedule.ts';

export type BarKind = 'open' | 'school' | 'teacher' | 'authority' | 'task';

export interface Bar {
  /** The schedule path it draws ('teacherWaves[2]'), also the test hook. */
  path: string;
  kind: BarKind;
  label: string;
  start: number;
  end: number;
  /** Hover text: what and when. */
  title: string;
  /** End not after start: drawn as a marker at its start, in the warning colour. */
  backwards: boolean;
}

const DAY = 86_400_000;

function ms(iso: string): number | null {
  try {
    return instantMs(iso);
  } catch {
    return null;
  }
}

/** Taipei midnight of a calendar day, in ms. */
const dayMs = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) - 8 * 3_600_000;

/**
 * The month a task without a date falls in. The sources list tasks in time order and give months
 * only (113: 7 announces the year, …, 1 is "by next January"; 106: 1 … 12 of the calendar year in
 * which the school year starts), so the first task is in the calendar year the school year starts
 * and each later task whose month is earlier than the one before it is in the following year.
 */
export function taskMonths(schedule: Schedule): { year: number; month: number }[] {
  let year = Number(schoolYearRange(schedule.year).start.slice(0, 4));
  let previous = 0;
  return schedule.timeline.map((t) => {
    const month = Number.isInteger(t.month) && t.month >= 1 && t.month <= 12 ? t.month : 1;
    if (month < previous) year += 1;
    previous = month;
    return { year, month };
  });
}

export function timelineBars(schedule: Schedule): Bar[] {
  const bars: Bar[] = [];
  const paths: Record<string, string[]> = { group: [], wave: [], authority: [] };
  schedule.schoolGroups.forEach((_, i) => paths.group!.push(`schoolGroups[${i}]`));
  schedule.teacherWaves.forEach((_, i) => paths.wave!.push(`teacherWaves[${i}]`));
  schedule.authorityWindows.forEach((_, i) => paths.authority!.push(`authorityWindows[${i}]`));
  const counters = { group: 0, wave: 0, authority: 0 };
  const windows = [
    { kind: 'open' as const, source: 'open' as const, label: '服務開放期間', start: schedule.open.start, end: schedule.open.end, authorities: [] },
    ...listWindows(schedule),
  ];
  for (const w of windows) {
    const path = w.source === 'open' ? 'open' : paths[w.source]![counters[w.source]++]!;
    const start = ms(w.start);
    const end = ms(w.end);
    if (start === null || end === null) continue;
    const kind: BarKind = w.source === 'open' ? 'open' : w.source === 'authority' ? 'authority' : w.kind;
    const members = w.authorities.length > 0 ? `\n${w.authorities.join('、')}` : '';
    bars.push({ path, kind, label: w.label, start, end: Math.max(start, end), title: `${w.label}\n${describeWindow(w)}${members}`, backwards: end <= start });
  }
  const months = taskMonths(schedule);
  schedule.timeline.forEach((t, i) => {
    const { year, month } = months[i]!;
    const dated = t.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(t.date);
    const [y, m, d] = dated ? t.date!.split('-').map(Number) : [year, month, 1];
    const start = dayMs(y!, m!, d!);
    const end = dated ? start + DAY : dayMs(m === 12 ? y! + 1 : y!, m === 12 ? 1 : m! + 1, 1);
    const when = dated ? t.date! : `${rocYear(year)} 年 ${month} 月`;
    const label = t.task.length > 14 ? `${t.task.slice(0, 14)}…` : t.task;
    bars.push({ path: `timeline[${i}]`, kind: 'task', label, start, end, title: `${t.task}\n${when}${t.done ? '（已完成）' : ''}`, backwards: false });
  });
  return bars;
}

export type AxisMode = 'year' | 'filing';

/**
 * The axis: the whole school year and everything drawn ('year'), or the filing windows with a few
 * days around them ('filing'), where a change of one day is easy to see.
 */
export function axisRange(schedule: Schedule, bars: readonly Bar[], mode: AxisMode): { start: number; end: number } {
  const range = schoolYearRange(schedule.year);
  const [sy, sm, sd] = range.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = range.end.split('-').map(Number) as [number, number, number];
  const filing = bars.filter((b) => b.kind !== 'open' && b.kind !== 'task');
  if (mode === 'filing' && filing.length > 0) {
    const start = Math.min(...filing.map((b) => b.start));
    const end = Math.max(...filing.map((b) => b.end));
    return { start: start - 3 * DAY, end: end + 3 * DAY };
  }
  const start = Math.min(dayMs(sy, sm, sd), ...bars.map((b) => b.start));
  const end = Math.max(dayMs(ey, em, ed) + DAY, ...bars.map((b) => b.end));
  return { start, end };
}

export interface Tick {
  at: number;
  label: string;
  /** A month boundary (stronger grid line). */
  major: boolean;
}

/** Month starts (labelled '113年8月' at the first and each January, else '9月'); Mondays too when the axis is short. */
export function ticks(range: { start: number; end: number }): Tick[] {
  const out: Tick[] = [];
  const taipei = (t: number) => new Date(t + 8 * 3_600_000);
  const first = taipei(range.start);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth() + 1;
  const short = range.end - range.start <= 120 * DAY;
  for (let t = dayMs(y, m, 1); t < range.end; ) {
    if (t >= range.start) out.push({ at: t, label: out.length === 0 || m === 1 ? `${rocYear(y)}年${m}月` : `${m}月`, major: true });
    if (short) {
      const next = dayMs(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1);
      for (let d = t; d < next && d <= range.end; d += DAY) {
        if (d > range.start && d !== t && taipei(d).getUTCDay() === 1) out.push({ at: d, label: `${m}/${taipei(d).getUTCDate()}`, major: false });
      }
    }
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
    t = dayMs(y, m, 1);
  }
  return out;
}
