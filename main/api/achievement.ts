// 規劃達成率 (issue 7): the year's rates by nation, authority and stage (computed in the award worker,
// about two seconds for the nation, and kept until any data changes), one school's or teacher's plan
// against actual hours, and every school's or teacher's rate for the command line.
import type { Sqlite } from '../../db/connection.ts';
import { readAchievementSubject } from '../../db/queries/achievementData.ts';
import type { AchievementSummary } from '../awards/achievementJob.ts';
import { achievementJob } from '../awards/jobs.ts';
import { achievement, schoolAchievement, sumDomainHours } from '../engine/achievement.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { requireYear } from './scheduleState.ts';

type AchievementChannels = 'achievement:summary' | 'achievement:detail' | 'achievement:schools' | 'achievement:teachers';

/**
 * Changes whenever anything is written: data_version moves when another connection (an import's
 * worker) commits, total_changes when this one does.
 */
function dataMark(sqlite: Sqlite, path: string): string {
  const version = sqlite.pragma('data_version', { simple: true }) as number;
  const changes = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  return `${path}\u0000${version}:${changes}`;
}

let kept: { key: string; summary: AchievementSummary } | null = null;

function page<T>(rows: T[], p: { offset: number; limit: number } | null): { total: number; rows: T[] } {
  return { total: rows.length, rows: p === null ? rows : rows.slice(p.offset, p.offset + p.limit) };
}

export const achievementHandlers: Handlers<AchievementChannels> = {
  async 'achievement:summary'({ year }, { store }) {
    requireYear(store.sqlite, year);
    const key = `${year}\u0000${dataMark(store.sqlite, store.path)}`;
    if (kept?.key !== key) {
      const result = await achievementJob(store, year, 'summary');
      kept = { key, summary: result.summary };
    }
    return { year, ...kept.summary };
  },

  'achievement:detail'({ year, kind, id }, { store }) {
    requireYear(store.sqlite, year);
    const subject = readAchievementSubject(store.sqlite, year, kind, id);
    if (!subject) throw new AppError('NOT_FOUND', `${year} 學年度沒有這${kind === 'school' ? '所學校' : '位教師'}，請重新選擇。`);
    const rate = subject.planned === null ? null : kind === 'school' ? schoolAchievement(subject.planned, subject.actual) : achievement(subject.planned, subject.actual[0]!);
    return {
      kind,
      year,
      code: subject.code,
      name: subject.name,
      school: subject.school,
      authority: subject.authority,
      stage: subject.stage,
      teachers: subject.actual.length,
      planned: subject.planned,
      actual: sumDomainHours(subject.actual),
      achievement: rate,
    };
  },

  async 'achievement:schools'({ year, page: p }, { store }) {
    requireYear(store.sqlite, year);
    const result = await achievementJob(store, year, 'school');
    return page(result.level === 'school' ? result.schools : [], p);
  },

  async 'achievement:teachers'({ year, page: p }, { store }) {
    requireYear(store.sqlite, year);
    const result = await achievementJob(store, year, 'teacher');
    return page(result.level === 'teacher' ? result.teachers : [], p);
  },
};
