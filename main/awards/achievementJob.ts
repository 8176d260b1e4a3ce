// The year's achievement rates as one job (about two seconds for the nation, so it runs in the award
// worker): the summary by nation, authority and stage, or every school's or teacher's rate.
import type { Sqlite } from '../../db/connection.ts';
import { readAchievementData } from '../../db/queries/achievementData.ts';
import { achievementReport } from './achievementReport.ts';
import type { AchievementGroup, SchoolAchievementRow, TeacherAchievementRow } from './achievementReport.ts';
import type { Stage } from '../engine/vocabulary.ts';

export type AchievementLevel = 'summary' | 'school' | 'teacher';

export interface AchievementSummary {
  nation: AchievementGroup;
  authorities: (AchievementGroup & { authority: string })[];
  stages: (AchievementGroup & { stage: Stage })[];
}

export type AchievementResult =
  | { level: 'summary'; summary: AchievementSummary }
  | { level: 'school'; summary: AchievementSummary; schools: SchoolAchievementRow[] }
  | { level: 'teacher'; summary: AchievementSummary; teachers: TeacherAchievementRow[] };

export function executeAchievement(sqlite: Sqlite, year: number, level: AchievementLevel): AchievementResult {
  const report = sqlite.transaction(() => achievementReport(readAchievementData(sqlite, year, level === 'teacher')))();
  const summary: AchievementSummary = { nation: report.nation, authorities: report.authorities, stages: report.stages };
  if (level === 'school') return { level, summary, schools: report.schools };
  if (level === 'teacher') return { level, summary, teachers: report.teachers };
  return { level, summary };
}
