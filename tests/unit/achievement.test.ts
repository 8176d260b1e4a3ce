import { describe, expect, it } from 'vitest';
import { achievement, aggregateAchievement, schoolAchievement, sumDomainHours } from '../../main/engine/achievement.ts';
import type { Achievement } from '../../main/engine/achievement.ts';

type Figures = [domain: string, planned: number, actual: number, achieved: number, rate: number | null, ratio: number | null];

function domainsOf(a: Achievement): Figures[] {
  return a.domains.map((d) => [d.domain, d.planned, d.actual, d.achieved, d.rate, d.ratio]);
}

describe('teacher achievement', () => {
  it('over-achievement in one domain does not make up for another', () => {
    const a = achievement({ 1: 10, 2: 5, 3: 5 }, { 1: 20, 2: 1, 4: 3 });
    expect(domainsOf(a)).toEqual([
      ['1', 10, 20, 10, 1, 2],
      ['2', 5, 1, 1, 0.2, 0.2],
      ['3', 5, 0, 0, 0, 0],
      ['4', 0, 3, 0, null, null],
      ['5', 0, 0, 0, null, null],
      ['6', 0, 0, 0, null, null],
    ]);
    // Σ achieved = 10 + 1 + 0 = 11 of 20 planned; the plain ratio 24 / 20 exceeds 100%.
    expect(a).toMatchObject({ planned: 20, actual: 24, achieved: 11, rate: 0.55, ratio: 1.2 });
  });

  it('no plan hours: no rate and no ratio, but the actual hours are kept', () => {
    expect(achievement({}, { 1: 5 })).toMatchObject({ planned: 0, actual: 5, achieved: 0, rate: null, ratio: null });
  });

  it('decimal hours compare exactly (0.1 + 0.2 against 0.3)', () => {
    expect(achievement({ 1: 0.3 }, { 1: 0.1 + 0.2 })).toMatchObject({ achieved: 0.3, rate: 1, ratio: 1 });
    expect(achievement({ 1: 2.5, 2: 0.75 }, { 1: 1.25, 2: 0.75 })).toMatchObject({ planned: 3.25, achieved: 2, rate: 200 / 325 });
  });

  it('keeps a key outside the six domains rather than dropping it', () => {
    expect(achievement({ 7: 1 }, {}).domains.map((d) => d.domain)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('school, authority and nation', () => {
  // The school plan against the SUM of its teachers' actual hours per domain:
  // domain 1: 12 + 25 = 37 of 30 planned → 30; domain 2: 1 + 2.5 = 3.5 of 10 → 3.5; domain 6: 4, unplanned.
  const schoolS = schoolAchievement({ 1: 30, 2: 10 }, [{ 1: 12, 2: 1 }, { 1: 25 }, { 2: 2.5, 6: 4 }]);
  // Another school: planned domain 1 only, its teachers trained in domain 2 only.
  const schoolT = schoolAchievement({ 1: 10 }, [{ 2: 6 }, { 2: 4 }]);

  it('sums the teachers per domain', () => {
    expect(sumDomainHours([{ 1: 12, 2: 1 }, { 1: 25 }, { 2: 2.5, 6: 4 }])).toEqual({ 1: 37, 2: 3.5, 6: 4 });
  });

  it('caps each domain of the school at its plan', () => {
    expect(domainsOf(schoolS).slice(0, 2)).toEqual([
      ['1', 30, 37, 30, 1, 37 / 30],
      ['2', 10, 3.5, 3.5, 0.35, 0.35],
    ]);
    expect(schoolS).toMatchObject({ planned: 40, actual: 44.5, achieved: 33.5, rate: 33.5 / 40, ratio: 44.5 / 40 });
    expect(schoolT).toMatchObject({ planned: 10, actual: 10, achieved: 0, rate: 0, ratio: 1 });
  });

  it('an authority adds up its schools` planned, achieved and actual hours', () => {
    const authority = aggregateAchievement([schoolS, schoolT]);
    expect(domainsOf(authority).filter(([, p, a]) => p > 0 || a > 0)).toEqual([
      ['1', 40, 37, 30, 0.75, 37 / 40],
      // 13.5 actual hours against 10 planned, but T's 10 hours were never in S's plan: achieved stays 3.5.
      ['2', 10, 13.5, 3.5, 0.35, 1.35],
      ['6', 0, 4, 0, null, null],
    ]);
    expect(authority).toMatchObject({ planned: 50, actual: 54.5, achieved: 33.5, rate: 0.67, ratio: 1.09 });
  });

  it('the nation over its authorities equals the nation over all schools', () => {
    const u = schoolAchievement({ 3: 8 }, [{ 3: 9 }]);
    const nation = aggregateAchievement([aggregateAchievement([schoolS, schoolT]), aggregateAchievement([u])]);
    expect(nation).toEqual(aggregateAchievement([schoolS, schoolT, u]));
    expect(nation).toMatchObject({ planned: 58, achieved: 41.5, actual: 63.5, rate: 41.5 / 58 });
  });

  it('nothing to aggregate: no rate', () => {
    expect(aggregateAchievement([])).toMatchObject({ planned: 0, actual: 0, achieved: 0, rate: null, ratio: null });
  });
});
