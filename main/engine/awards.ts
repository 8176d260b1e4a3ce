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
import { meanHours, normalizeHours, toHundredths } from './hundredths.ts';
import { isFiledOnTime } from './planFiling.ts';
import type { FilingExplanation } from './planFiling.ts';
import { classSpec } from './percentileRank.ts';
import { groupIds, rankWithinGroups } from './rankGroups.ts';
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

// One shared, frozen reasons list per combination (bit 0 notFiledOnTime, 1 belowNationalAverage,
// 2 prBelowThreshold): 200,000 rows need no array each.
const DECIDED: readonly AwardReason[][] = Array.from({ length: 8 }, (_, mask) =>
  Object.freeze((['notFiledOnTime', 'belowNationalAverage', 'prBelowThreshold'] as const).filter((_, bit) => (mask >> bit) & 1)) as AwardReason[]);

function decide(filed: boolean, score: number, average: number | null, pr: number, params: AwardParameters): AwardReason[] {
  const mask = (filed ? 0 : 1) | (average === null || score < average ? 2 : 0) | (meetsThreshold(pr, params.threshold) ? 0 : 4);
  return DECIDED[mask]!;
}

/** The award run: pure, deterministic, rows in input order. */
export function computeAwards(input: AwardInput): AwardResult {
  const params = resolveAwardParameters(input.parameters);
  const n = input.teachers.length;
  const teacherHours = new Float64Array(n);
  const teacherGroups = groupIds();
  const teacherGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = input.teachers[i]!;
    if (!Number.isFinite(t.hours) || t.hours < 0) throw new RangeError(`教師 ${t.name}（${t.maskedId}）的研習時數「${t.hours}」不正確`);
    teacherHours[i] = normalizeHours(t.hours);
    teacherGroup[i] = teacherGroups.id(t.authority, t.stage);
  }
  const average = nationalAverage(params.nationalAverage, teacherHours);

  const teacherRanks = rankWithinGroups(teacherGroup, teacherGroups.count, teacherHours, params.classWidth, params.classOrigin);
  const teachers: TeacherAward[] = [];
  for (let i = 0; i < n; i++) {
    const t = input.teachers[i]!;
    const filed = isFiledOnTime(t.filing);
    const pr = teacherRanks.pr[i]!;
    const reasons = decide(filed, teacherHours[i]!, average, pr, params);
    teachers.push({
      maskedId: t.maskedId, name: t.name, school: t.school, authority: t.authority, stage: t.stage, hours: teacherHours[i]!,
      groupSize: teacherRanks.size[teacherGroup[i]!]!, pr, filedOnTime: filed, awarded: reasons.length === 0, reasons,
    });
  }

  // Each school's teachers in integer hundredths, as meanHours adds them (exact, so order-free).
  const slotOf = new Map<string, number>();
  const sums: number[] = [];
  const counts: number[] = [];
  let lastCode: string | undefined;
  let slot = -1;
  for (let i = 0; i < n; i++) {
    const code = input.teachers[i]!.school;
    if (code !== lastCode) {
      lastCode = code;
      const known = slotOf.get(code);
      if (known === undefined) {
        slot = sums.length;
        slotOf.set(code, slot);
        sums.push(0);
        counts.push(0);
      } else slot = known;
    }
    sums[slot]! += toHundredths(teacherHours[i]!);
    counts[slot]!++;
  }
  const seen = new Set<string>();
  const schoolStats = input.schools.map((s) => {
    if (seen.has(s.code)) throw new RangeError(`學校代碼 ${s.code} 重複`);
    seen.add(s.code);
    const bad = s.teacherHours?.find((h) => !Number.isFinite(h) || h < 0);
    if (bad !== undefined) throw new RangeError(`學校 ${s.code} 的教師研習時數「${bad}」不正確`);
    if (s.teacherHours) return meanHours(s.teacherHours);
    const at = slotOf.get(s.code);
    return at === undefined ? meanHours([]) : { sumHundredths: sums[at]!, count: counts[at]!, mean: sums[at]! / (100 * counts[at]!) };
  });
  // Every school has a group id; only the scored ones are ranked and counted in their group's size.
  const schoolGroups = groupIds();
  const schoolGroup = Int32Array.from(input.schools, (s) => schoolGroups.id(s.authority, s.stage));
  const scored = schoolStats.flatMap((stats, i) => (stats.mean === null ? [] : [i]));
  const schoolRanks = rankWithinGroups(Int32Array.from(scored, (i) => schoolGroup[i]!), schoolGroups.count, Float64Array.from(scored, (i) => schoolStats[i]!.mean!), params.classWidth, params.classOrigin);
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
      groupSize: schoolRanks.size[schoolGroup[i]!]!, pr, filedOnTime: filed,
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

