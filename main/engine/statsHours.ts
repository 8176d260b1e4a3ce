// Planned hours of a set of submitted plans for the statistics: per domain (the code's first part,
// '3' of '3-2-5'), per sub-item (the first two parts, '3-2'), and per stage. Sums are integer
// hundredths (hundredths.ts) and become hours at the end. Codes outside the six domains stay under
// their own first part, after the six, so nothing planned is dropped.
import { fromHundredths } from './hundredths.ts';
import { DOMAINS, STAGES, type Stage } from './vocabulary.ts';

/** Σ hundredths of one code in one stage's plans. */
export interface PlannedCodeSum {
  stage: Stage;
  code: string;
  hundredths: number;
}

export interface PlannedHoursSet {
  plans: number;
  hours: number;
  domains: {
    domain: string;
    name: string;
    hours: number;
    share: number | null;
    perPlan: number | null;
    subItems: { code: string; name: string; hours: number }[];
  }[];
  byStage: { stage: Stage; plans: number; hours: number; domains: { domain: string; hours: number }[] }[];
}

const DOMAIN_CODES: readonly string[] = DOMAINS.map((d) => d.code);
const DOMAIN_NAMES = new Map<string, string>(DOMAINS.map((d) => [d.code, d.name]));

export function domainOf(code: string): string {
  return code.split('-')[0]!;
}

/** '3-2-5' → '3-2'; a code of one or two parts is its own sub-item. */
export function subItemOf(code: string): string {
  return code.split('-').slice(0, 2).join('-');
}

function byCode(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The planned hours of `sums` (each stage's plans, code by code); `plansByStage` counts the plans
 * (a plan without hours counts too); `names` gives the classification's names of sub-items.
 */
export function plannedHoursSet(sums: readonly PlannedCodeSum[], plansByStage: ReadonlyMap<Stage, number>, names: ReadonlyMap<string, string>): PlannedHoursSet {
  const perDomain = new Map<string, number>();
  const perSubItem = new Map<string, number>();
  const perStage = new Map<Stage, Map<string, number>>();
  for (const s of sums) {
    const domain = domainOf(s.code);
    const sub = subItemOf(s.code);
    perDomain.set(domain, (perDomain.get(domain) ?? 0) + s.hundredths);
    perSubItem.set(sub, (perSubItem.get(sub) ?? 0) + s.hundredths);
    let st = perStage.get(s.stage);
    if (!st) perStage.set(s.stage, (st = new Map()));
    st.set(domain, (st.get(domain) ?? 0) + s.hundredths);
  }
  const domainOrder = [...DOMAIN_CODES, ...[...perDomain.keys()].filter((d) => !DOMAIN_CODES.includes(d)).sort(byCode)];
  const total = [...perDomain.values()].reduce((a, b) => a + b, 0);
  const plans = [...plansByStage.values()].reduce((a, b) => a + b, 0);
  const subItemsOf = (domain: string) =>
    [...perSubItem.keys()]
      .filter((sub) => domainOf(sub) === domain && sub !== domain)
      .sort(byCode)
      .map((code) => ({ code, name: names.get(code) ?? code, hours: fromHundredths(perSubItem.get(code)!) }));
  return {
    plans,
    hours: fromHundredths(total),
    domains: domainOrder.map((domain) => {
      const h = perDomain.get(domain) ?? 0;
      return {
        domain,
        name: DOMAIN_NAMES.get(domain) ?? names.get(domain) ?? `其他（${domain}）`,
        hours: fromHundredths(h),
        share: total === 0 ? null : h / total,
        perPlan: plans === 0 ? null : fromHundredths(h) / plans,
        subItems: subItemsOf(domain),
      };
    }),
    byStage: STAGES.filter((stage) => (plansByStage.get(stage) ?? 0) > 0 || perStage.has(stage)).map((stage) => {
      const st = perStage.get(stage) ?? new Map<string, number>();
      return {
        stage,
        plans: plansByStage.get(stage) ?? 0,
        hours: fromHundredths([...st.values()].reduce((a, b) => a + b, 0)),
        domains: domainOrder.map((domain) => ({ domain, hours: fromHundredths(st.get(domain) ?? 0) })),
      };
    }),
  };
}
