// 規劃達成率 for a school year from the data of db/queries/achievementData.ts, with the engine's rules
// (engine/achievement.ts): a teacher's plan against the teacher's actual hours; a school's plan
// against the sum of the actual hours of ALL teachers rostered there; authority, stage and nation
// add up their members' planned, actual and achieved hours — the school plans' rate over schools,
// the teacher plans' rate over teachers.
import type { AchievementData } from '../../db/queries/achievementData.ts';
import { achievement, aggregateAchievement, schoolAchievement } from '../engine/achievement.ts';
import type { Achievement, DomainHours } from '../engine/achievement.ts';
import { STAGES } from '../engine/vocabulary.ts';
import type { Stage } from '../engine/vocabulary.ts';

export interface SchoolAchievementRow {
  code: string;
  name: string;
  authority: string;
  stage: Stage;
  teachers: number;
  /** null: no submitted school plan. */
  achievement: Achievement | null;
}

export interface TeacherAchievementRow {
  maskedId: string;
  name: string;
  school: string;
  authority: string;
  stage: Stage;
  achievement: Achievement | null;
}

/** One level of aggregation: the school plans' rate and the teacher plans' rate, with how many plans each sums. */
export interface AchievementGroup {
  schools: number;
  schoolPlans: number;
  schoolRate: Achievement;
  teachers: number;
  teacherPlans: number;
  teacherRate: Achievement;
}

export interface AchievementReport {
  schools: SchoolAchievementRow[];
  teachers: TeacherAchievementRow[];
  nation: AchievementGroup;
  authorities: (AchievementGroup & { authority: string })[];
  stages: (AchievementGroup & { stage: Stage })[];
}

export function achievementReport(data: AchievementData): AchievementReport {
  const actualBySchool = data.schools.map((): DomainHours[] => []);
  const teachers = data.teachers.map((t): TeacherAchievementRow => {
    const school = data.schools[t.school]!;
    actualBySchool[t.school]!.push(t.actual);
    return {
      maskedId: t.maskedId, name: t.name, school: school.code, authority: school.authority, stage: school.stage,
      achievement: t.planned === null ? null : achievement(t.planned, t.actual),
    };
  });
  const schools = data.schools.map((s, i): SchoolAchievementRow => ({
    code: s.code, name: s.name, authority: s.authority, stage: s.stage, teachers: actualBySchool[i]!.length,
    achievement: s.planned === null ? null : schoolAchievement(s.planned, actualBySchool[i]!),
  }));

  // The teacher plans' rates per school, so that each grouping walks schools, not 200,000 teachers.
  const teacherRatesBySchool = data.schools.map((): Achievement[] => []);
  teachers.forEach((t, i) => {
    if (t.achievement) teacherRatesBySchool[data.teachers[i]!.school]!.push(t.achievement);
  });
  const group = (inSchool: (s: SchoolAchievementRow) => boolean): AchievementGroup => {
    const schoolRates: Achievement[] = [];
    const teacherRates: Achievement[] = [];
    let schoolCount = 0;
    let teacherCount = 0;
    schools.forEach((s, i) => {
      if (!inSchool(s)) return;
      schoolCount++;
      teacherCount += s.teachers;
      if (s.achievement) schoolRates.push(s.achievement);
      for (const rate of teacherRatesBySchool[i]!) teacherRates.push(rate);
    });
    return {
      schools: schoolCount, schoolPlans: schoolRates.length, schoolRate: aggregateAchievement(schoolRates),
      teachers: teacherCount, teacherPlans: teacherRates.length, teacherRate: aggregateAchievement(teacherRates),
    };
  };
  return {
    schools,
    teachers,
    nation: group(() => true),
    authorities: [...new Set([...data.authorities, ...schools.map((s) => s.authority)])].map((authority) => ({ authority, ...group((s) => s.authority === authority) })),
    stages: STAGES.filter((stage) => schools.some((s) => s.stage === stage)).map((stage) => ({ stage, ...group((s) => s.stage === stage) })),
  };
}
