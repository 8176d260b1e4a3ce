// Planned (or actual) hours per classification code rolled up detail → sub-item → domain, and each
// domain's share for the pie chart (研習主題規劃比例圖). Sums are done in integer hundredths so the
// tree adds up exactly. Entries the year's classification cannot place are reported with their hours,
// never dropped silently and never guessed into a domain.
import { codeDepth, isWellFormedCode, parentCode } from './classification.ts';
import { fromHundredths, toHundredths } from './hundredths.ts';

export interface HoursEntry {
  code: string;
  hours: number;
}

/** A line of the year's classification (TaxonomyLine fits). */
export interface ClassificationLine {
  code: string;
  name: string;
}

export interface RollupNode {
  code: string;
  name: string;
  hours: number;
}

export interface DomainShare extends RollupNode {
  /** hours / total, 0..1; null when the plan has no hours at all. */
  share: number | null;
}

export type HoursProblemKind = 'malformedCode' | 'unknownCode' | 'invalidHours';

export interface HoursProblem {
  code: string;
  hours: number;
  problem: HoursProblemKind;
  /** Chinese, for the import report and the plan screen. */
  message: string;
}

export interface HoursRollup {
  /** Detail items (x-y-z) that received hours, in classification order. */
  details: RollupNode[];
  /** Sub-items (x-y) that received hours on themselves or their details. */
  subItems: RollupNode[];
  /** Every domain of the classification, with 0 when it received nothing. */
  domains: DomainShare[];
  /** All rolled-up hours (= Σ domains). */
  total: number;
  /** Entries left out of the tree, with why. */
  problems: HoursProblem[];
  /** Their hours (valid hours only), so total + unplacedHours is everything entered. */
  unplacedHours: number;
}

function problemOf(entry: HoursEntry, known: Map<string, ClassificationLine>): HoursProblem | null {
  const { code, hours } = entry;
  if (!Number.isFinite(hours) || hours < 0) {
    return { code, hours, problem: 'invalidHours', message: `課程類別 ${code} 的時數「${hours}」應為不小於 0 的數字` };
  }
  if (!isWellFormedCode(code)) {
    return { code, hours, problem: 'malformedCode', message: `課程類別代碼「${code}」格式不正確` };
  }
  for (let c: string | null = code; c !== null; c = parentCode(c)) {
    if (!known.has(c)) {
      const what = c === code ? '' : `（上層類別 ${c} 不存在）`;
      return { code, hours, problem: 'unknownCode', message: `課程類別 ${code} 不在本學年度的課程分類中${what}` };
    }
  }
  return null;
}

/**
 * The roll-up of hour entries over the year's classification. Hours on a sub-item or domain code
 * itself (course records sometimes carry only those) count for that node and its ancestors.
 * Repeated codes add up.
 */
export function rollUpHours(entries: readonly HoursEntry[], classification: readonly ClassificationLine[]): HoursRollup {
  const known = new Map(classification.map((line) => [line.code, line]));
  const order = new Map(classification.map((line, i) => [line.code, i]));
  const sums = new Map<string, number>();
  const problems: HoursProblem[] = [];
  let unplaced = 0;
  for (const entry of entries) {
    const problem = problemOf(entry, known);
    if (problem) {
      problems.push(problem);
      if (problem.problem !== 'invalidHours') unplaced += toHundredths(entry.hours);
      continue;
    }
    const h = toHundredths(entry.hours);
    for (let c: string | null = entry.code; c !== null; c = parentCode(c)) sums.set(c, (sums.get(c) ?? 0) + h);
  }
  const level = (depth: number): RollupNode[] =>
    [...sums.entries()]
      .filter(([code]) => codeDepth(code) === depth)
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([code, h]) => ({ code, name: known.get(code)!.name, hours: fromHundredths(h) }));
  const domainLines = classification.filter((line) => codeDepth(line.code) === 1);
  const total = domainLines.reduce((t, line) => t + (sums.get(line.code) ?? 0), 0);
  return {
    details: level(3),
    subItems: level(2),
    domains: domainLines.map((line) => {
      const h = sums.get(line.code) ?? 0;
      return { code: line.code, name: line.name, hours: fromHundredths(h), share: total === 0 ? null : h / total };
    }),
    total: fromHundredths(total),
    problems,
    unplacedHours: fromHundredths(unplaced),
  };
}

/** Hours per domain code ('1' … '6'), the input of the achievement rates. */
export function hoursByDomain(rollup: HoursRollup): Record<string, number> {
  return Object.fromEntries(rollup.domains.map((d) => [d.code, d.hours]));
}
