import { hasSchedule, readSchedule, scheduleAuthorities, writeSchedule } from '../../db/queries/schedule.ts';
import { builtInClassificationVersion, copyAuthorities, ensureSchoolYear, schoolYearRow } from '../../db/queries/yearSetup.ts';
import { instantMs, toTaipeiInstant } from '../engine/rocDate.ts';
import { closingSoon, isOnTime, listWindows, openAt, rollOver, validateSchedule } from '../engine/schedule.ts';
import { builtInSchedule, builtInSource, builtInYears } from '../engine/schoolYears/index.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { invalidSchedule, requireYear, scheduleState } from './scheduleState.ts';
import { scheduleFileHandlers } from './scheduleFiles.ts';

const MAX_YEAR = 999;
const UPCOMING = 3;

export const scheduleHandlers: Handlers<
  'schedule:get' | 'schedule:save' | 'schedule:rollOver' | 'schedule:createBuiltIn' | 'schedule:openNow' | 'schedule:export' | 'schedule:import'
> = {
  'schedule:get'({ year }, { store }) {
    requireYear(store.sqlite, year);
    return scheduleState(store.sqlite, year);
  },

  'schedule:save'({ schedule }, { store }) {
    const { sqlite } = store;
    sqlite.transaction(() => {
      requireYear(sqlite, schedule.year);
      const violations = validateSchedule(schedule, scheduleAuthorities(sqlite, schedule.year, schedule));
      if (violations.length > 0) throw invalidSchedule(violations, `${schedule.year} 學年度的時程`);
      // Saving is the officer's confirmation: a rolled-over draft becomes the year's schedule.
      const source = readSchedule(sqlite, schedule.year)?.source ?? '承辦人編輯';
      writeSchedule(sqlite, schedule, { status: 'final', source });
    })();
    return scheduleState(sqlite, schedule.year);
  },

  'schedule:rollOver'({ year }, { store }) {
    const { sqlite } = store;
    const next = year + 1;
    sqlite.transaction(() => {
      requireYear(sqlite, year);
      const from = readSchedule(sqlite, year);
      if (!from) throw new AppError('NO_SCHEDULE', `${year} 學年度還沒有時程，無法延續到 ${next} 學年度。`);
      if (next > MAX_YEAR) throw new AppError('BAD_INPUT', `學年度不可大於 ${MAX_YEAR}。`);
      if (hasSchedule(sqlite, next)) {
        throw new AppError('SCHEDULE_EXISTS', `${next} 學年度已經有時程，延續不會覆蓋它；請切換到 ${next} 學年度直接修改。`);
      }
      const source = schoolYearRow(sqlite, year)!;
      ensureSchoolYear(sqlite, next, { classificationVersionId: source.classification_version_id, isDemo: source.is_demo === 1 });
      copyAuthorities(sqlite, year, next);
      const draft = rollOver(from.schedule);
      const violations = validateSchedule(draft, scheduleAuthorities(sqlite, next, draft));
      if (violations.length > 0) throw invalidSchedule(violations, `延續到 ${next} 學年度的草稿`);
      writeSchedule(sqlite, draft, { status: 'draft', source: `由 ${year} 學年度延續` });
    })();
    return scheduleState(sqlite, next);
  },

  'schedule:createBuiltIn'({ year }, { store }) {
    const { sqlite } = store;
    const schedule = builtInSchedule(year);
    if (!schedule) {
      throw new AppError('NO_BUILT_IN', `內建資料只有 ${builtInYears.join('、')} 學年度的時程，沒有 ${year} 學年度。`);
    }
    sqlite.transaction(() => {
      if (hasSchedule(sqlite, year)) throw new AppError('SCHEDULE_EXISTS', `${year} 學年度已經有時程，內建時程不會覆蓋它。`);
      ensureSchoolYear(sqlite, year, { classificationVersionId: builtInClassificationVersion(sqlite), isDemo: false });
      const violations = validateSchedule(schedule, scheduleAuthorities(sqlite, year, schedule));
      if (violations.length > 0) throw invalidSchedule(violations, `內建的 ${year} 學年度時程（與這個學年度的主管機關不符）`);
      writeSchedule(sqlite, schedule, { status: 'final', source: builtInSource(year) });
    })();
    return scheduleState(sqlite, year);
  },

  'schedule:openNow'({ year, at, days }, { store }) {
    requireYear(store.sqlite, year);
    let instant: string;
    try {
      instant = toTaipeiInstant(at ?? new Date());
    } catch {
      throw new AppError('BAD_INPUT', `無法辨識的時間「${at ?? ''}」。`);
    }
    const stored = readSchedule(store.sqlite, year);
    if (!stored) {
      return { year, at: instant, hasSchedule: false, status: null, invalid: false, serviceOpen: false, open: [], closingSoon: [], upcoming: [] };
    }
    const { schedule } = stored;
    const invalid = validateSchedule(schedule, scheduleAuthorities(store.sqlite, year, schedule)).length > 0;
    const now = instantMs(instant);
    const upcoming = listWindows(schedule)
      .filter((w) => instantMs(w.start) > now)
      .sort((a, b) => instantMs(a.start) - instantMs(b.start))
      .slice(0, UPCOMING);
    return {
      year,
      at: instant,
      hasSchedule: true,
      status: stored.status,
      invalid,
      serviceOpen: isOnTime(instant, schedule.open),
      open: openAt(schedule, instant),
      closingSoon: closingSoon(schedule, instant, days),
      upcoming,
    };
  },

  ...scheduleFileHandlers,
};
