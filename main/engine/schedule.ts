// A school year's schedule (domain.md "The year's schedule") and the rules that read it.
// The Schedule shape is also the JSON of `schedule show --json`: change it only with the contract.
import { formatRocDate, formatRocDateTime, instantMs, isCalendarDate, schoolYearRange, toInstant } from './rocDate.ts';

/** A period of ISO instants (+08:00), both ends inclusive to the second. */
export interface TimeWindow {
  start: string;
  end: string;
}

export type WindowKind = 'school' | 'teacher';

export interface SchoolGroup {
  name: string;
  start: string;
  end: string;
  authorities: string[];
}

export interface TeacherWave {
  wave: number;
  start: string;
  end: string;
  authorities: string[];
}

/** A narrower window an authority announces inside its group (school) or wave (teacher). */
export interface AuthorityWindow {
  authority: string;
  kind: WindowKind;
  start: string;
  end: string;
}

export interface TimelineEntry {
  /** A calendar date when the task has one; the sources give months only. */
  date: string | null;
  month: number;
  task: string;
  unit: string;
  done: boolean;
  note: string;
}

export interface Schedule {
  year: number;
  /** The service open period. */
  open: TimeWindow;
  /** The instant of the roster the year's plans use; null only when the source does not say. */
  rosterCutoff: string | null;
  schoolGroups: SchoolGroup[];
  teacherWaves: TeacherWave[];
  authorityWindows: AuthorityWindow[];
  timeline: TimelineEntry[];
}

/** Windows open at 00:00:00 on their first day and close at 17:00:00 on their last day. */
export function dayWindow(firstDay: string, lastDay: string): TimeWindow {
  return { start: toInstant(firstDay, null), end: toInstant(lastDay, '17:00:00') };
}

export function groupLabel(name: string): string {
  return `學校規劃 ${name} 組`;
}

export function waveLabel(wave: number): string {
  return `教師填寫第 ${wave} 波段`;
}

export function authorityWindowLabel(authority: string, kind: WindowKind): string {
  return `${authority}自訂${kind === 'school' ? '學校規劃' : '教師填寫'}期間`;
}

/** Whole seconds: submissions are judged to the second, whatever their offset or fraction. */
function seconds(iso: string): number {
  return Math.floor(instantMs(iso) / 1000);
}

/** True when the submission falls inside the window, both ends included (17:00:00 is in time, 17:00:01 is not). */
export function isOnTime(submittedAt: string, window: TimeWindow): boolean {
  const at = seconds(submittedAt);
  return seconds(window.start) <= at && at <= seconds(window.end);
}

export interface EffectiveWindow extends TimeWindow {
  source: { kind: 'group' | 'wave' | 'authority'; label: string };
}

/**
 * The window an authority's schools (kind school) or teachers (kind teacher) file in: its own
 * narrower window when it announced one, else its group's or wave's; null when it has none. In an
 * invalid schedule that lists an authority twice, the first listing counts.
 */
export function windowFor(schedule: Schedule, authority: string, kind: WindowKind): EffectiveWindow | null {
  const own = schedule.authorityWindows.find((w) => w.authority === authority && w.kind === kind);
  if (own) {
    return { start: own.start, end: own.end, source: { kind: 'authority', label: authorityWindowLabel(authority, kind) } };
  }
  if (kind === 'school') {
    const group = schedule.schoolGroups.find((g) => g.authorities.includes(authority));
    return group ? { start: group.start, end: group.end, source: { kind: 'group', label: groupLabel(group.name) } } : null;
  }
  const wave = schedule.teacherWaves.find((w) => w.authorities.includes(authority));
  return wave ? { start: wave.start, end: wave.end, source: { kind: 'wave', label: waveLabel(wave.wave) } } : null;
}

/** One filing window of the schedule, labelled for display. */
export interface ListedWindow extends TimeWindow {
  kind: WindowKind;
  source: 'group' | 'wave' | 'authority';
  label: string;
  authorities: string[];
}

/** Every filing window: groups, waves, then the authorities' own windows. */
export function listWindows(schedule: Schedule): ListedWindow[] {
  return [
    ...schedule.schoolGroups.map((g): ListedWindow => ({
      kind: 'school', source: 'group', label: groupLabel(g.name), start: g.start, end: g.end, authorities: [...g.authorities],
    })),
    ...schedule.teacherWaves.map((w): ListedWindow => ({
      kind: 'teacher', source: 'wave', label: waveLabel(w.wave), start: w.start, end: w.end, authorities: [...w.authorities],
    })),
    ...schedule.authorityWindows.map((a): ListedWindow => ({
      kind: a.kind, source: 'authority', label: authorityWindowLabel(a.authority, a.kind), start: a.start, end: a.end,
      authorities: [a.authority],
    })),
  ];
}

/** The filing windows open at an instant (waves may overlap, so there can be several). */
export function openAt(schedule: Schedule, instant: string): ListedWindow[] {
  return listWindows(schedule).filter((w) => isOnTime(instant, w));
}

/** Windows open at the instant that close within `days` days of it, soonest first. */
export function closingSoon(schedule: Schedule, instant: string, days = 3): ListedWindow[] {
  const limit = seconds(instant) + days * 86_400;
  return openAt(schedule, instant)
    .filter((w) => seconds(w.end) <= limit)
    .sort((a, b) => seconds(a.end) - seconds(b.end));
}

/** A window for messages: '113/08/05 00:00 至 113/08/14 17:00'. */
export function describeWindow(window: TimeWindow): string {
  return `${formatRocDateTime(window.start)} 至 ${formatRocDateTime(window.end)}`;
}

// ---- Validation -------------------------------------------------------------------------------

export interface Violation {
  /** Where in the Schedule: 'schoolGroups[0].authorities[2]', 'rosterCutoff', … */
  path: string;
  /** Chinese, naming the group, wave or authority and the dates in ROC form. */
  message: string;
}

/**
 * Everything wrong with a schedule for the given authorities of its year; [] when it is sound.
 * Windows whose instants are unreadable are reported once and left out of the other checks.
 */
export function validateSchedule(schedule: Schedule, authorities: readonly string[]): Violation[] {
  const out: Violation[] = [];
  const add = (path: string, message: string): void => void out.push({ path, message });
  const known = new Set(authorities);

  /** Reports an unreadable or backwards window; true when it can be compared. */
  const sound = (path: string, label: string, w: TimeWindow): boolean => {
    const bad = [w.start, w.end].filter((iso) => !readable(iso));
    if (bad.length > 0) {
      add(path, `${label}的時間無法辨識：${bad.map((b) => `「${b}」`).join('、')}`);
      return false;
    }
    if (seconds(w.end) <= seconds(w.start)) {
      add(`${path}.end`, `${label}的結束時間 ${formatRocDateTime(w.end)} 沒有晚於開始時間 ${formatRocDateTime(w.start)}`);
      return false;
    }
    return true;
  };
  const inside = (path: string, label: string, w: TimeWindow, outer: TimeWindow, outerLabel: string): void => {
    if (seconds(w.start) < seconds(outer.start) || seconds(w.end) > seconds(outer.end)) {
      const gap = /^\d/.test(outerLabel) ? ' ' : '';
      add(path, `${label}（${describeWindow(w)}）超出${gap}${outerLabel}（${describeWindow(outer)}）`);
    }
  };

  const openLabel = '服務開放期間';
  const openSound = sound('open', openLabel, schedule.open);
  if (!Number.isInteger(schedule.year) || schedule.year < 1 || schedule.year > 8000) {
    add('year', `學年度「${schedule.year}」不正確`);
  } else if (openSound) {
    const year = schoolYearRange(schedule.year);
    const yearWindow = { start: toInstant(year.start, null), end: toInstant(year.end, '23:59:59') };
    inside('open', openLabel, schedule.open, yearWindow, `${schedule.year} 學年度`);
  }

  const groupNames = new Set<string>();
  schedule.schoolGroups.forEach((g, i) => {
    const path = `schoolGroups[${i}]`;
    if (g.name.trim() === '') add(`${path}.name`, `第 ${i + 1} 個學校規劃組別沒有名稱`);
    if (groupNames.has(g.name)) add(`${path}.name`, `${groupLabel(g.name)}重複`);
    groupNames.add(g.name);
    if (sound(path, groupLabel(g.name), g) && openSound) inside(path, groupLabel(g.name), g, schedule.open, openLabel);
  });
  const waveNumbers = new Set<number>();
  schedule.teacherWaves.forEach((w, i) => {
    const path = `teacherWaves[${i}]`;
    if (!Number.isInteger(w.wave) || w.wave < 1) add(`${path}.wave`, `波段編號「${w.wave}」應為正整數`);
    if (waveNumbers.has(w.wave)) add(`${path}.wave`, `${waveLabel(w.wave)}重複`);
    waveNumbers.add(w.wave);
    if (sound(path, waveLabel(w.wave), w) && openSound) inside(path, waveLabel(w.wave), w, schedule.open, openLabel);
  });

  const members = (kind: WindowKind, lists: { label: string; path: string; authorities: string[] }[]): void => {
    const what = kind === 'school' ? '學校規劃組別' : '教師填寫波段';
    const seen = new Map<string, string[]>();
    for (const list of lists) {
      list.authorities.forEach((a, j) => {
        if (!known.has(a)) add(`${list.path}.authorities[${j}]`, `${list.label}的「${a}」不是 ${schedule.year} 學年度的主管機關`);
        seen.set(a, [...(seen.get(a) ?? []), list.label]);
      });
    }
    for (const a of authorities) {
      const where = seen.get(a) ?? [];
      if (where.length === 0) add(kind === 'school' ? 'schoolGroups' : 'teacherWaves', `${a}沒有${what}`);
      if (where.length > 1) {
        add(kind === 'school' ? 'schoolGroups' : 'teacherWaves', `${a}重複列在${where.join('、')}`);
      }
    }
  };
  members('school', schedule.schoolGroups.map((g, i) => ({ label: groupLabel(g.name), path: `schoolGroups[${i}]`, authorities: g.authorities })));
  members('teacher', schedule.teacherWaves.map((w, i) => ({ label: waveLabel(w.wave), path: `teacherWaves[${i}]`, authorities: w.authorities })));

  const ownWindows = new Set<string>();
  schedule.authorityWindows.forEach((a, i) => {
    const path = `authorityWindows[${i}]`;
    const label = authorityWindowLabel(a.authority, a.kind);
    if (!known.has(a.authority)) add(`${path}.authority`, `「${a.authority}」不是 ${schedule.year} 學年度的主管機關`);
    if (ownWindows.has(`${a.kind}:${a.authority}`)) add(path, `${label}重複`);
    ownWindows.add(`${a.kind}:${a.authority}`);
    if (!sound(path, label, a)) return;
    if (openSound) inside(path, label, a, schedule.open, openLabel);
    const outer = windowFor({ ...schedule, authorityWindows: [] }, a.authority, a.kind);
    if (outer && readable(outer.start) && readable(outer.end)) inside(path, label, a, outer, outer.source.label);
  });

  if (schedule.rosterCutoff !== null) {
    if (!readable(schedule.rosterCutoff)) {
      add('rosterCutoff', `教師名單基準時間無法辨識：「${schedule.rosterCutoff}」`);
    } else {
      const cutoff = seconds(schedule.rosterCutoff);
      const schoolStarts = listWindows(schedule).filter((w) => w.kind === 'school' && readable(w.start));
      const early = schoolStarts.filter((w) => seconds(w.start) <= cutoff);
      for (const w of early) {
        add('rosterCutoff', `教師名單基準時間 ${formatRocDateTime(schedule.rosterCutoff)} 應早於${w.label}的開始時間 ${formatRocDateTime(w.start)}`);
      }
    }
  }

  schedule.timeline.forEach((t, i) => {
    const path = `timeline[${i}]`;
    const label = `年度辦理時程第 ${i + 1} 項「${t.task}」`;
    if (t.task.trim() === '') add(`${path}.task`, `年度辦理時程第 ${i + 1} 項沒有辦理事項`);
    if (!Number.isInteger(t.month) || t.month < 1 || t.month > 12) {
      add(`${path}.month`, `${label}的月份「${t.month}」應為 1 到 12`);
    } else if (t.date !== null && (!isCalendarDate(t.date) || Number(t.date.slice(5, 7)) !== t.month)) {
      add(`${path}.date`, isCalendarDate(t.date)
        ? `${label}的日期 ${formatRocDate(t.date)} 不在 ${t.month} 月`
        : `${label}的日期「${t.date}」無法辨識`);
    }
  });
  return out;
}

function readable(iso: string): boolean {
  try {
    instantMs(iso);
    return true;
  } catch {
    return false;
  }
}

export { nextYearDate, nextYearInstant, rollOver } from './scheduleRollOver.ts';
