// The award rules of seed 004 (domain.md "Awards", issue 7): who earns an award, with the reasons of
// everyone who does not. The result is exactly the `awards --json` shape; explanations are in
// awardExplain.ts and run comparison in awardCompare.ts.
//
// Decisions the rule table leaves open, taken here:
// - Scores are hours to the hundredth (formats.md); teacher hours are rounded to it on the way in,
//   a school score is the exact mean of them (hundredths.ts), so "≥ the national average" is
//   decided without float drift and an average exactly equal to the national one counts.
// - Every rostered teacher (school with teachers) is ranked, filed on time or not: the population is
//   "all … of that authority and stage". A school without rostered teachers has no score: it is left
//   out of its group's population, gets averageHours and pr null, and is not awarded (noTeachers).
// - PR ≥ threshold is compared with a tolerance of 1e-9 PR points, the float noise of (X − X_L) / i
//   for origins and widths that are not binary fractions; real PRs that close to 70 without being 70
//   do not occur with populations of this size.
// - reasons list every failed condition, in a fixed order; [] when awarded.
// - An authority with no schools has fillRate null and is not awarded (fillRateBelowThreshold).
//   Authority rows also carry reasons: fillRateBelowThreshold is an authority's only reason.
import { meanHours, normalizeHours } from './hundredths.ts';
import { isFiledOnTime } from './planFiling.ts';
import type { FilingExplanation } from './planFiling.ts';
import { classSpec, createRanker } from './percentileRank.ts';
import type { Stage } from './vocabulary.ts';
import { nationalAverage } from './nationalAverage.ts';
import type { NationalAverageSetting } from './nationalAverage.ts';

export const AWARD_REASONS = ['notFiledOnTime', 'belowNationalAverage', 'prBelowThreshold', 'noTeachers', 'fillRateBelowThreshold'] as const;
export type AwardReason = (typeof AWARD_REASONS)[number];

export const AWARD_REASON_LABELS: Record<AwardReason, string> = {
  notFiledOnTime: '未於填報期間內完成規劃並送出',
  belowNationalAverage: '研習時數未達全國平均',
  prBelowThreshold: '百分等級未達門檻（非同縣市同階段前 30%）',
  noTeachers: '學校沒有名單內教師',
  fillRateBelowThreshold: '轄屬學校填報率未達門檻',
};

export const PR_TOLERANCE = 1e-9;

export interface AwardParameters {
  classWidth: number;
  classOrigin: number;
  threshold: number;
  fillRateThreshold: number;
  nationalAverage: NationalAverageSetting;
}

export const DEFAULT_AWARD_PARAMETERS: Readonly<AwardParameters> = Object.freeze({
  classWidth: 1,
  classOrigin: -0.5,
  threshold: 70,
  fillRateThreshold: 0.6,
  nationalAverage: Object.freeze({ source: 'computed' as const }),
});

/** Defaults filled in (origin −width/2 follows the width given); a RangeError in Chinese when unusable. */
export function resolveAwardParameters(given: Partial<AwardParameters> = {}): AwardParameters {
  const spec = classSpec(given.classWidth ?? DEFAULT_AWARD_PARAMETERS.classWidth, given.classOrigin);
  const threshold = given.threshold ?? DEFAULT_AWARD_PARAMETERS.threshold;
  const fillRateThreshold = given.fillRateThreshold ?? DEFAULT_AWARD_PARAMETERS.fillRateThreshold;
  const average = given.nationalAverage ?? DEFAULT_AWARD_PARAMETERS.nationalAverage;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) throw new RangeError(`百分等級門檻「${threshold}」應介於 0 到 100`);
  if (!Number.isFinite(fillRateThreshold) || fillRateThreshold < 0 || fillRateThreshold > 1) {
    throw new RangeError(`填報率門檻「${fillRateThreshold}」應介於 0 到 1`);
  }
  if (average.source === 'provided' && (!Number.isFinite(average.value) || average.value < 0)) {
    throw new RangeError(`全國平均研習時數「${average.value}」應為不小於 0 的數字`);
  }
  return { classWidth: spec.width, classOrigin: spec.origin, threshold, fillRateThreshold, nationalAverage: { ...average } };
}

export interface AwardSchoolInput {
  code: string;
  name: string;
  authority: string;
  stage: Stage;
  filing: FilingExplanation;
  /** Total hours of each teacher rostered here at the cutoff; when omitted, taken from the teachers whose school is this one. */
  teacherHours?: readonly number[];
}

export interface AwardTeacherInput {
  /** Already masked (A12****789): full IDs never enter an award run. */
  maskedId: string;
  name: string;
  /** The roster row at the cutoff decides school, authority and stage, wherever the hours were earned. */
  school: string;
  authority: string;
  stage: Stage;
  /** Total actual hours of the school year. */
  hours: number;
  filing: FilingExplanation;
}

export interface AwardInput {
  year: number;
  parameters?: Partial<AwardParameters>;
  /** The year's authorities, in list order; an authority met only on a school is appended. */
  authorities: readonly string[];
  schools: readonly AwardSchoolInput[];
  /** Every teacher rostered at the cutoff, one row each; the computed national average is over these. */
  teachers: readonly AwardTeacherInput[];
}

export interface AuthorityAward {
  authority: string;
  schools: number;
  filedOnTime: number;
  fillRate: number | null;
  awarded: boolean;
  reasons: AwardReason[];
}

export interface SchoolAward {
  code: string;
  name: string;
  authority: string;
  stage: Stage;
  teachers: number;
  averageHours: number | null;
  groupSize: number;
  pr: number | null;
  filedOnTime: boolean;
  awarded: boolean;
  reasons: AwardReason[];
}

export interface TeacherAward {
  maskedId: string;
  name: string;
  school: string;
  authority: string;
  stage: Stage;
  hours: number;
  groupSize: number;
  pr: number;
  filedOnTime: boolean;
  awarded: boolean;
  reasons: AwardReason[];
}

export interface AwardResult {
  year: number;
  parameters: {
    classWidth: number;
    classOrigin: number;
    threshold: number;
    fillRateThreshold: number;
    nationalAverageSource: NationalAverageSetting['source'];
  };
  nationalAverage: number | null;
  authorities: AuthorityAward[];
  schools: SchoolAward[];
  teachers: TeacherAward[];
}

/** The rank population of a candidate: its authority and stage. */
export function groupKey(authority: string, stage: string): string {
  return `${authority}\u0000${stage}`;
}

export function meetsThreshold(pr: number, threshold: number): boolean {
  return pr >= threshold - PR_TOLERANCE;
}

/** Ranks each score within its group; returns per index [pr, groupSize]. */
function rankWithinGroups(keys: readonly string[], scores: Float64Array, params: AwardParameters): { pr: Float64Array; size: Map<string, number> } {
  const members = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  const pr = new Float64Array(keys.length);
  const size = new Map<string, number>();
  for (const [key, indexes] of members) {
    const ranker = createRanker(indexes.map((i) => scores[i]!), params.classWidth, params.classOrigin);
    for (const i of indexes) pr[i] = ranker.rank(scores[i]!).pr;
    size.set(key, indexes.length);
  }
  return { pr, size };
}

function decide(filed: boolean, score: number, average: number | null, pr: number, params: AwardParameters): AwardReason[] {
  const reasons: AwardReason[] = [];
  if (!filed) reasons.push('notFiledOnTime');
  if (average === null || score < average) reasons.push('belowNationalAverage');
  if (!meetsThreshold(pr, params.threshold)) reasons.push('prBelowThreshold');
  return reasons;
}

/** The award run: pure, deterministic, rows in input order. */
export function computeAwards(input: AwardInput): AwardResult {
  const params = resolveAwardParameters(input.parameters);
  const teacherHours = new Float64Array(input.teachers.length);
  input.teachers.forEach((t, i) => {
    if (!Number.isFinite(t.hours) || t.hours < 0) throw new RangeError(`教師 ${t.name}（${t.maskedId}）的研習時數「${t.hours}」不正確`);
    teacherHours[i] = normalizeHours(t.hours);
  });
  const average = nationalAverage(params.nationalAverage, teacherHours);

  const teacherKeys = input.teachers.map((t) => groupKey(t.authority, t.stage));
  const teacherRanks = rankWithinGroups(teacherKeys, teacherHours, params);
  const teachers = input.teachers.map((t, i): TeacherAward => {
    const filed = isFiledOnTime(t.filing);
    const pr = teacherRanks.pr[i]!;
    const reasons = decide(filed, teacherHours[i]!, average, pr, params);
    return {
      maskedId: t.maskedId, name: t.name, school: t.school, authority: t.authority, stage: t.stage, hours: teacherHours[i]!,
      groupSize: teacherRanks.size.get(teacherKeys[i]!)!, pr, filedOnTime: filed, awarded: reasons.length === 0, reasons,
    };
  });

  const bySchool = new Map<string, number[]>();
  input.teachers.forEach((t, i) => {
    const list = bySchool.get(t.school);
    if (list) list.push(teacherHours[i]!);
    else bySchool.set(t.school, [teacherHours[i]!]);
  });
  const seen = new Set<string>();
  const schoolStats = input.schools.map((s) => {
    if (seen.has(s.code)) throw new RangeError(`學校代碼 ${s.code} 重複`);
    seen.add(s.code);
    const bad = s.teacherHours?.find((h) => !Number.isFinite(h) || h < 0);
    if (bad !== undefined) throw new RangeError(`學校 ${s.code} 的教師研習時數「${bad}」不正確`);
    return meanHours(s.teacherHours ?? bySchool.get(s.code) ?? []);
  });
  const scored = schoolStats.flatMap((stats, i) => (stats.mean === null ? [] : [i]));
  const schoolKeys = scored.map((i) => groupKey(input.schools[i]!.authority, input.schools[i]!.stage));
  const schoolRanks = rankWithinGroups(schoolKeys, Float64Array.from(scored, (i) => schoolStats[i]!.mean!), params);
  const prOfSchool = new Map(scored.map((i, j) => [i, schoolRanks.pr[j]!]));
  const schools = input.schools.map((s, i): SchoolAward => {
    const filed = isFiledOnTime(s.filing);
    const { count, mean } = schoolStats[i]!;
    const pr = prOfSchool.get(i) ?? null;
    const reasons: AwardReason[] = mean === null || pr === null
      ? [...(filed ? [] : ['notFiledOnTime' as const]), 'noTeachers']
      : decide(filed, mean, average, pr, params);
    return {
      code: s.code, name: s.name, authority: s.authority, stage: s.stage, teachers: count, averageHours: mean,
      groupSize: schoolRanks.size.get(groupKey(s.authority, s.stage)) ?? 0, pr, filedOnTime: filed,
      awarded: reasons.length === 0, reasons,
    };
  });

  return {
    year: input.year,
    parameters: {
      classWidth: params.classWidth,
      classOrigin: params.classOrigin,
      threshold: params.threshold,
      fillRateThreshold: params.fillRateThreshold,
      nationalAverageSource: params.nationalAverage.source,
    },
    nationalAverage: average,
    authorities: authorityAwards(input.authorities, schools, params.fillRateThreshold),
    schools,
    teachers,
  };
}

function authorityAwards(listed: readonly string[], schools: readonly SchoolAward[], fillRateThreshold: number): AuthorityAward[] {
  const names = [...new Set([...listed, ...schools.map((s) => s.authority)])];
  const counts = new Map(names.map((n) => [n, { schools: 0, filed: 0 }]));
  for (const s of schools) {
    const c = counts.get(s.authority)!;
    c.schools++;
    if (s.filedOnTime) c.filed++;
  }
  return names.map((authority) => {
    const c = counts.get(authority)!;
    // One division of two integers: a rate equal to the threshold as a fraction (3/5 vs 0.6) compares equal.
    const fillRate = c.schools === 0 ? null : c.filed / c.schools;
    const awarded = fillRate !== null && fillRate >= fillRateThreshold;
    return { authority, schools: c.schools, filedOnTime: c.filed, fillRate, awarded, reasons: awarded ? [] : ['fillRateBelowThreshold'] };
  });
}

