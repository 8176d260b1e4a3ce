// Participation over the years: seed 001's published history (migration 0007) and, for every year
// this database holds, its own count — schools with a submitted school plan, teachers with a
// submitted teacher plan, authorities with either. A year the database holds is shown from its data.
import type { Sqlite } from '../connection.ts';
import { cachedStats } from './statsCache.ts';

export interface ParticipationYear {
  year: number;
  schools: number;
  teachers: number;
  authorities: number | null;
  schoolsTotal: number | null;
  teachersTotal: number | null;
  origin: 'history' | 'data';
  source: string | null;
  note: string | null;
}

type Participation = { years: ParticipationYear[]; historyAuthorities: { year: number; authorities: string[] }[] };

export function readParticipation(sqlite: Sqlite): Participation {
  return cachedStats(sqlite, 'participation', () => participation(sqlite));
}

function participation(sqlite: Sqlite): Participation {
  const dataYears = sqlite
    .prepare(
      `SELECT y.year,
         (SELECT COUNT(*) FROM school_plans p WHERE p.year = y.year AND p.status = '送出') AS schools,
         (SELECT COUNT(*) FROM teacher_plans p WHERE p.year = y.year AND p.status = '送出') AS teachers,
         (SELECT COUNT(DISTINCT s.authority_id) FROM schools s WHERE s.year = y.year AND (
            EXISTS (SELECT 1 FROM school_plans p WHERE p.school_id = s.id AND p.status = '送出') OR
            EXISTS (SELECT 1 FROM teacher_plans p WHERE p.year = y.year AND p.school_id = s.id AND p.status = '送出'))) AS authorities,
         (SELECT COUNT(*) FROM schools s WHERE s.year = y.year) AS schoolsTotal,
         (SELECT COUNT(*) FROM teachers t WHERE t.year = y.year) AS teachersTotal
       FROM school_years y ORDER BY y.year`,
    )
    .all() as Omit<ParticipationYear, 'origin' | 'source' | 'note'>[];
  const held = new Set(dataYears.map((y) => y.year));
  const history = (sqlite.prepare('SELECT year, schools, teachers, source, note FROM participation_history ORDER BY year').all() as {
    year: number;
    schools: number;
    teachers: number;
    source: string;
    note: string | null;
  }[]).filter((h) => !held.has(h.year));
  const members = sqlite.prepare('SELECT year, authority FROM participation_history_authorities ORDER BY year, seq').raw(true).all() as [number, string][];
  const byYear = new Map<number, string[]>();
  for (const [year, authority] of members) byYear.set(year, [...(byYear.get(year) ?? []), authority]);
  const years: ParticipationYear[] = [
    ...history.map((h) => ({ ...h, authorities: byYear.get(h.year)?.length ?? null, schoolsTotal: null, teachersTotal: null, origin: 'history' as const })),
    ...dataYears.map((d) => ({ ...d, origin: 'data' as const, source: null, note: null })),
  ].sort((a, b) => a.year - b.year);
  return { years, historyAuthorities: [...byYear].map(([year, authorities]) => ({ year, authorities })) };
}

export interface StatsYear {
  year: number;
  schools: number;
  teachers: number;
  schoolPlans: number;
  teacherPlans: number;
  surveyResponses: number;
}

/** Every year of the database with what it holds, for the filter bar (counted again only after a change). */
export function readStatsYears(sqlite: Sqlite): StatsYear[] {
  return cachedStats(sqlite, 'years', () => statsYears(sqlite));
}

function statsYears(sqlite: Sqlite): StatsYear[] {
  return sqlite
    .prepare(
      `SELECT y.year,
         (SELECT COUNT(*) FROM schools s WHERE s.year = y.year) AS schools,
         (SELECT COUNT(*) FROM teachers t WHERE t.year = y.year) AS teachers,
         (SELECT COUNT(*) FROM school_plans p WHERE p.year = y.year AND p.status = '送出') AS schoolPlans,
         (SELECT COUNT(*) FROM teacher_plans p WHERE p.year = y.year AND p.status = '送出') AS teacherPlans,
         (SELECT COUNT(*) FROM survey_responses r WHERE r.year = y.year) AS surveyResponses
       FROM school_years y ORDER BY y.year DESC`,
    )
    .all() as StatsYear[];
}
