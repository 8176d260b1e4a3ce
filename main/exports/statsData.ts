// The statistics (統計專區) as the dashboards, the chart PNGs, the workbook and the report all read
// them: one function per dashboard, each taking the same filter (year, authority, stage). An
// authority is matched in any spelling officers use; one the year lacks is refused in Chinese.
import type { Sqlite } from '../../db/connection.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { readStatsAchievement } from '../../db/queries/statsAchievement.ts';
import { readStatsFiling } from '../../db/queries/statsFiling.ts';
import { classificationNames, readPlannedHours } from '../../db/queries/statsHours.ts';
import { readNeedStats } from '../../db/queries/statsNeeds.ts';
import { readParticipation, readStatsYears } from '../../db/queries/statsParticipation.ts';
import { findAuthority, previousYear, type StatsScope } from '../../db/queries/statsScope.ts';
import { readSurveyStats } from '../../db/queries/statsSurvey.ts';
import { AppError } from '../api/errors.ts';
import { requireYear } from '../api/scheduleState.ts';
import type { SurveyRespondentKind } from '../engine/statsVocabulary.ts';
import { DOMAINS, STAGES, type Stage } from '../engine/vocabulary.ts';

export interface StatsFilter {
  year: number;
  authority: string | null;
  stage: Stage | null;
}

/** The filter resolved against the year's registry. */
export function resolveScope(sqlite: Sqlite, f: StatsFilter): StatsScope {
  requireYear(sqlite, f.year);
  if (f.authority === null) return { year: f.year, authority: null, stage: f.stage };
  const authority = findAuthority(sqlite, f.year, f.authority);
  if (!authority) throw new AppError('NOT_FOUND', `${f.year} 學年度沒有「${f.authority}」這個主管機關，請從清單中選擇。`);
  return { year: f.year, authority, stage: f.stage };
}

/** Filing statuses follow the schedule and the registry; bring them up to date first (a no-op when nothing changed). */
function refreshed(sqlite: Sqlite, year: number): void {
  try {
    refreshPlanFiling(sqlite, year);
  } catch (error) {
    // An import holding the write lock brings the statuses up to date itself when it lands.
    if (!(error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED'))) throw error;
  }
}

export function statsFilters(sqlite: Sqlite, year: number) {
  requireYear(sqlite, year);
  const authorities = sqlite.prepare('SELECT name FROM authorities WHERE year = ? ORDER BY sort_order, code').pluck().all(year) as string[];
  const stages = new Set(sqlite.prepare('SELECT DISTINCT stage FROM schools WHERE year = ?').pluck().all(year) as string[]);
  return {
    year,
    years: readStatsYears(sqlite),
    authorities,
    stages: STAGES.filter((s) => stages.has(s)),
    previousYear: previousYear(sqlite, year),
  };
}

export function statsFiling(sqlite: Sqlite, f: StatsFilter) {
  const scope = resolveScope(sqlite, f);
  refreshed(sqlite, f.year);
  const name = scope.authority?.name ?? null;
  const then = previousScope(sqlite, scope);
  if (then !== null) refreshed(sqlite, then.year);
  return {
    year: f.year,
    authority: name,
    stage: f.stage,
    ...readStatsFiling(sqlite, { ...scope, authority: name }),
    previous: then === null ? null : { year: then.year, ...readStatsFiling(sqlite, { ...then, authority: then.authority?.name ?? null }) },
  };
}

export function statsNeeds(sqlite: Sqlite, f: StatsFilter) {
  const scope = resolveScope(sqlite, f);
  return { year: f.year, authority: scope.authority?.name ?? null, stage: f.stage, teacher: readNeedStats(sqlite, 'teacher', scope), school: readNeedStats(sqlite, 'school', scope) };
}

/** The same scope in the year before, when the database holds that year and (if one is chosen) the authority. */
function previousScope(sqlite: Sqlite, scope: StatsScope): StatsScope | null {
  const before = previousYear(sqlite, scope.year);
  if (before === null) return null;
  if (scope.authority === null) return { ...scope, year: before };
  const authority = findAuthority(sqlite, before, scope.authority.name);
  return authority === null ? null : { ...scope, year: before, authority };
}

export function statsPlannedHours(sqlite: Sqlite, f: StatsFilter) {
  const scope = resolveScope(sqlite, f);
  const hours = (s: StatsScope) => {
    const names = classificationNames(sqlite, s.year);
    return { teacher: readPlannedHours(sqlite, 'teacher', s, names), school: readPlannedHours(sqlite, 'school', s, names) };
  };
  const then = previousScope(sqlite, scope);
  return {
    year: f.year,
    authority: scope.authority?.name ?? null,
    stage: f.stage,
    ...hours(scope),
    previous: then === null ? null : { year: then.year, ...hours(then) },
  };
}

export function statsAchievement(sqlite: Sqlite, f: StatsFilter) {
  const scope = resolveScope(sqlite, f);
  return {
    year: f.year,
    authority: scope.authority?.name ?? null,
    stage: f.stage,
    ...readStatsAchievement(sqlite, scope),
    domainNames: Object.fromEntries(DOMAINS.map((d) => [d.code, d.name])),
  };
}

export function statsParticipation(sqlite: Sqlite) {
  return readParticipation(sqlite);
}

export function statsSurvey(
  sqlite: Sqlite,
  input: { year: number; authority: string | null; textQuestion?: number | null; textKind?: SurveyRespondentKind | null; textPage: { offset: number; limit: number } | null },
) {
  const scope = resolveScope(sqlite, { year: input.year, authority: input.authority, stage: null });
  const texts = input.textPage === null ? null : { question: input.textQuestion ?? null, kind: input.textKind ?? null, ...input.textPage };
  return { year: input.year, authority: scope.authority?.name ?? null, ...readSurveyStats(sqlite, input.year, scope.authority?.id ?? null, texts) };
}
