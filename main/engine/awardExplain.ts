// Every number that put a candidate in or out of the award list, as data and as Chinese sentences
// for the explain panel and the printed list. It reads only a result (so a run reopened from its
// record explains itself identically) and, when the caller has it, the candidate's filing explanation
// (which window, which submission), which the result does not store.
import { AWARD_REASON_LABELS, groupKey, meetsThreshold } from './awards.ts';
import type { AuthorityAward, AwardResult, SchoolAward, TeacherAward } from './awards.ts';
import { describeFiling } from './planFiling.ts';
import type { FilingExplanation } from './planFiling.ts';
import { createRanker } from './percentileRank.ts';
import type { PercentileRank } from './percentileRank.ts';

export type AwardCandidate =
  | { kind: 'authority'; authority: string }
  | { kind: 'school'; code: string }
  /** Masked IDs can coincide: the school, and the name when given, narrow the match. */
  | { kind: 'teacher'; maskedId: string; school: string; name?: string };

interface Common {
  awarded: boolean;
  /** Chinese, in the order the rules are applied; the last one states the result. */
  sentences: string[];
}

export interface AuthorityExplanation extends Common {
  kind: 'authority';
  row: AuthorityAward;
  fillRateThreshold: number;
}

export interface RankedExplanation extends Common {
  kind: 'school' | 'teacher';
  row: SchoolAward | TeacherAward;
  filedOnTime: boolean;
  filing: FilingExplanation | null;
  /** Hours (teacher) or the mean hours of the rostered teachers (school); null for a school without teachers. */
  score: number | null;
  nationalAverage: number | null;
  nationalAverageSource: 'computed' | 'provided';
  group: { authority: string; stage: string; size: number };
  /** PR with class limits, cf_L, f_x and N; null for a school without teachers. */
  rank: PercentileRank | null;
  threshold: number;
}

export type AwardExplanation = AuthorityExplanation | RankedExplanation;

/** Enough decimals (at least 2, trailing zeros dropped) that two different numbers never look equal. */
function digitsApart(a: number, b: number): number {
  for (let d = 2; d < 12; d++) if (a === b || a.toFixed(d) !== b.toFixed(d)) return d;
  return 12;
}

function show(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}

function verdict(awarded: boolean, reasons: readonly (keyof typeof AWARD_REASON_LABELS)[]): string {
  return awarded ? '結果：獲獎' : `結果：未獲獎（${reasons.map((r) => AWARD_REASON_LABELS[r]).join('；')}）`;
}

function explainAuthority(result: AwardResult, row: AuthorityAward): AuthorityExplanation {
  const threshold = result.parameters.fillRateThreshold;
  const sentences = row.fillRate === null
    ? ['沒有轄屬學校，無法計算填報率']
    : [
        `轄屬學校 ${row.schools} 校，於填報期間內送出學校本位規劃 ${row.filedOnTime} 校`,
        (() => {
          const d = digitsApart(row.fillRate * 100, threshold * 100);
          return `填報率 ${show(row.fillRate * 100, d)}%，門檻 ${show(threshold * 100, d)}%：${row.fillRate >= threshold ? '達到' : '未達'}門檻`;
        })(),
      ];
  sentences.push(verdict(row.awarded, row.reasons));
  return { kind: 'authority', row, fillRateThreshold: threshold, awarded: row.awarded, sentences };
}

function explainRanked(
  result: AwardResult,
  kind: 'school' | 'teacher',
  row: SchoolAward | TeacherAward,
  score: number | null,
  population: number[],
  filing: FilingExplanation | null,
): RankedExplanation {
  const { threshold, classWidth, classOrigin, nationalAverageSource } = result.parameters;
  const average = result.nationalAverage;
  const rank = score === null ? null : createRanker(population, classWidth, classOrigin).rank(score);
  const plan = kind === 'school' ? '學校本位規劃' : '教師規劃';
  const who = kind === 'school' ? '學校' : '教師';
  const sentences: string[] = [
    filing ? `${plan}：${describeFiling(filing)}` : `${plan}：${row.filedOnTime ? '已於填報期間內送出' : '未於填報期間內送出'}`,
  ];
  if (kind === 'school') sentences.push(`名單內教師 ${(row as SchoolAward).teachers} 人`);
  const source = nationalAverageSource === 'computed' ? '依全部名單教師計算' : '全國推廣中心提供';
  if (score === null) {
    sentences.push('學校沒有名單內教師，無法計算平均研習時數與百分等級');
  } else {
    const what = kind === 'school' ? '教師平均研習時數' : '研習總時數';
    if (average === null) {
      sentences.push(`${what} ${show(score)} 小時；沒有全國平均研習時數`);
    } else {
      const d = digitsApart(score, average);
      sentences.push(`${what} ${show(score, d)} 小時，全國平均 ${show(average, d)} 小時（${source}）：${score >= average ? '達到' : '未達'}全國平均`);
    }
  }
  const unit = kind === 'school' ? '校' : '人';
  sentences.push(`比較群組：${row.authority}${row.stage}${who}，共 ${population.length} ${unit}`);
  if (rank !== null && score !== null) {
    const lo = show(rank.classLower, 4);
    sentences.push(`所在組距 ${lo} ≦ X < ${show(rank.classUpper, 4)}（組距 ${rank.width}），低於下限 cf_L = ${rank.cfL} ${unit}，同組距 f_x = ${rank.fx} ${unit}`);
    const d = digitsApart(rank.pr, threshold);
    sentences.push(`PR = [${rank.cfL} + ((${show(score, 4)} − ${lo}) / ${rank.width}) × ${rank.fx}] × 100 / ${rank.n} = ${show(rank.pr, d)}`);
    sentences.push(`門檻 PR ≧ ${show(threshold, d)}：${meetsThreshold(rank.pr, threshold) ? '達到' : '未達'}門檻`);
  }
  sentences.push(verdict(row.awarded, row.reasons));
  return {
    kind, row, filedOnTime: row.filedOnTime, filing, score, nationalAverage: average, nationalAverageSource,
    group: { authority: row.authority, stage: row.stage, size: population.length }, rank, threshold,
    awarded: row.awarded, sentences,
  };
}

/** The explanation of one candidate of a result; null when the result has no such candidate. */
export function explain(result: AwardResult, candidate: AwardCandidate, filing: FilingExplanation | null = null): AwardExplanation | null {
  if (candidate.kind === 'authority') {
    const row = result.authorities.find((a) => a.authority === candidate.authority);
    return row ? explainAuthority(result, row) : null;
  }
  if (candidate.kind === 'school') {
    const row = result.schools.find((s) => s.code === candidate.code);
    if (!row) return null;
    const key = groupKey(row.authority, row.stage);
    const population = result.schools.flatMap((s) =>
      s.averageHours !== null && groupKey(s.authority, s.stage) === key ? [s.averageHours] : [],
    );
    return explainRanked(result, 'school', row, row.averageHours, population, filing);
  }
  const row = result.teachers.find(
    (t) => t.maskedId === candidate.maskedId && t.school === candidate.school && (candidate.name === undefined || t.name === candidate.name),
  );
  if (!row) return null;
  const key = groupKey(row.authority, row.stage);
  const population = result.teachers.flatMap((t) => (groupKey(t.authority, t.stage) === key ? [t.hours] : []));
  return explainRanked(result, 'teacher', row, row.hours, population, filing);
}
