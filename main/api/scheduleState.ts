// What every schedule channel answers with, and the refusals they share.
import type { Sqlite } from '../../db/connection.ts';
import { hasSchedule, readSchedule, scheduleAuthorities } from '../../db/queries/schedule.ts';
import { schoolYearRow } from '../../db/queries/yearSetup.ts';
import type { ScheduleState } from '../../preload/contracts/schedule.ts';
import type { Violation } from '../engine/schedule.ts';
import { validateSchedule } from '../engine/schedule.ts';
import { builtInSchedules } from '../engine/schoolYears/index.ts';
import { AppError } from './errors.ts';

export function requireYear(sqlite: Sqlite, year: number): void {
  if (!schoolYearRow(sqlite, year)) throw new AppError('NO_YEAR', `資料庫裡沒有 ${year} 學年度。`);
}

export function scheduleState(sqlite: Sqlite, year: number): ScheduleState {
  const stored = readSchedule(sqlite, year);
  const authorities = scheduleAuthorities(sqlite, year, stored?.schedule ?? null);
  return {
    year,
    schedule: stored?.schedule ?? null,
    status: stored?.status ?? null,
    source: stored?.source ?? null,
    updatedAt: stored?.updatedAt ?? null,
    authorities,
    violations: stored ? validateSchedule(stored.schedule, authorities) : [],
    builtIn: builtInSchedules[year] !== undefined,
    nextYearHasSchedule: hasSchedule(sqlite, year + 1),
  };
}

/** Long lists are cut so that a message stays readable; the officer fixes the first ones first. */
const SHOWN = 30;

/** 'headline：\n1. …\n2. …' with at most SHOWN items and the count of the rest. */
export function listMessage(headline: string, items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).map((item, i) => `${i + 1}. ${item}`);
  const rest = items.length > SHOWN ? [`……另有 ${items.length - SHOWN} 項`] : [];
  return [`${headline}：`, ...shown, ...rest].join('\n');
}

/** An invalid schedule is never stored: the refusal lists every violation in the engine's Chinese. */
export function invalidSchedule(violations: readonly Violation[], what: string, code = 'INVALID_SCHEDULE'): AppError {
  return new AppError(code, listMessage(`${what}有 ${violations.length} 項問題，資料沒有任何變更`, violations.map((v) => v.message)));
}
