// 規劃達成率 (domain.md "Achievement rate"): per domain d, achieved_d = min(actual_d, planned_d); the
// rate is Σ achieved_d / Σ planned_d, so hours beyond the plan in one domain never make up for a
// shortfall in another. The plain ratio Σ actual / Σ planned is reported beside it and may exceed 1.
//
// Levels:
// - teacher: the teacher's plan against the teacher's actual hours;
// - school: the school plan against the SUM of its rostered teachers' actual hours, per domain
//   (schoolAchievement);
// - authority and nation (aggregateAchievement): over the members (the schools, for the rate of the
//   school plans; or the teachers, for the rate of the teacher plans) add up, per domain, the members'
//   planned, actual and achieved hours, each member's achieved already capped by its own plan; the
//   rate is then Σ achieved / Σ planned per domain and overall. A member's surplus therefore never
//   covers another member's shortfall either.
// All sums are in integer hundredths of an hour.
import { fromHundredths, toHundredths } from './hundredths.ts';
import { DOMAINS } from './vocabulary.ts';

/** Hours per domain code ('1' … '6'); a missing domain is 0. */
export type DomainHours = Readonly<Record<string, number>>;

export interface AchievementFigures {
  planned: number;
  actual: number;
  achieved: number;
  /** achieved / planned, 0..1; null when nothing was planned. */
  rate: number | null;
  /** actual / planned, may exceed 1; null when nothing was planned. */
  ratio: number | null;
}

export interface DomainAchievement extends AchievementFigures {
  domain: string;
}

export interface Achievement extends AchievementFigures {
  domains: DomainAchievement[];
}

interface Sums {
  planned: number;
  actual: number;
  achieved: number;
}

const DOMAIN_ORDER: readonly string[] = DOMAINS.map((d) => d.code);

/** The six domains, then any other key the inputs carry (reported, not dropped), in code order. */
function domainsOf(records: readonly DomainHours[]): string[] {
  const extra = new Set<string>();
  for (const r of records) for (const key of Object.keys(r)) if (!DOMAIN_ORDER.includes(key)) extra.add(key);
  return [...DOMAIN_ORDER, ...[...extra].sort()];
}

function figures(s: Sums): AchievementFigures {
  return {
    planned: fromHundredths(s.planned),
    actual: fromHundredths(s.actual),
    achieved: fromHundredths(s.achieved),
    rate: s.planned === 0 ? null : s.achieved / s.planned,
    ratio: s.planned === 0 ? null : s.actual / s.planned,
  };
}

function fromSums(perDomain: Map<string, Sums>, order: readonly string[]): Achievement {
  const total: Sums = { planned: 0, actual: 0, achieved: 0 };
  const domains = order.map((domain): DomainAchievement => {
    const s = perDomain.get(domain) ?? { planned: 0, actual: 0, achieved: 0 };
    total.planned += s.planned;
    total.actual += s.actual;
    total.achieved += s.achieved;
    return { domain, ...figures(s) };
  });
  return { ...figures(total), domains };
}

/** One plan against one set of actual hours. */
export function achievement(planned: DomainHours, actual: DomainHours): Achievement {
  const order = domainsOf([planned, actual]);
  const perDomain = new Map<string, Sums>();
  for (const domain of order) {
    const p = toHundredths(planned[domain] ?? 0);
    const a = toHundredths(actual[domain] ?? 0);
    perDomain.set(domain, { planned: p, actual: a, achieved: Math.min(p, a) });
  }
  return fromSums(perDomain, order);
}

/** Σ of hours per domain over several records (a school's teachers' actual hours). */
export function sumDomainHours(records: readonly DomainHours[]): Record<string, number> {
  const sums = new Map<string, number>();
  for (const r of records) for (const [domain, h] of Object.entries(r)) sums.set(domain, (sums.get(domain) ?? 0) + toHundredths(h));
  return Object.fromEntries([...sums].map(([domain, h]) => [domain, fromHundredths(h)]));
}

/** The school plan against the sum of its rostered teachers' actual hours, per domain. */
export function schoolAchievement(schoolPlanned: DomainHours, teachersActual: readonly DomainHours[]): Achievement {
  return achievement(schoolPlanned, sumDomainHours(teachersActual));
}

/** Authority or nation: the members' planned, actual and achieved hours added up (see the top). */
export function aggregateAchievement(members: readonly Achievement[]): Achievement {
  const perDomain = new Map<string, Sums>();
  const extra = new Set<string>();
  for (const m of members) {
    for (const d of m.domains) {
      if (!DOMAIN_ORDER.includes(d.domain)) extra.add(d.domain);
      const s = perDomain.get(d.domain) ?? { planned: 0, actual: 0, achieved: 0 };
      s.planned += toHundredths(d.planned);
      s.actual += toHundredths(d.actual);
      s.achieved += toHundredths(d.achieved);
      perDomain.set(d.domain, s);
    }
  }
  return fromSums(perDomain, [...DOMAIN_ORDER, ...[...extra].sort()]);
}
