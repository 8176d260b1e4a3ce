import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classIndex, classSpec, createRanker, percentileRank } from '../../main/engine/percentileRank.ts';

// Every expectation below is worked by hand from PR = [cf_L + ((X − X_L)/i)·f_x]·100/N; the comment on
// each row gives X's class [X_L, X_L + i), cf_L and f_x.

type Row = [label: string, x: number, classLower: number, cfL: number, fx: number, pr: number];

function check(scores: number[], rows: Row[], width?: number, origin?: number): void {
  const ranker = createRanker(scores, width, origin);
  for (const [label, x, classLower, cfL, fx, pr] of rows) {
    const r = ranker.rank(x);
    expect({ label, cfL: r.cfL, fx: r.fx, n: r.n }).toEqual({ label, cfL, fx, n: scores.length });
    expect(r.classLower, label).toBeCloseTo(classLower, 12);
    expect(r.classUpper, label).toBeCloseTo(classLower + r.width, 12);
    expect(r.pr, label).toBeCloseTo(pr, 10);
  }
}

describe('grouped-data percentile rank, width 1, origin −0.5 (the defaults)', () => {
  it('ties: every tied score shares the mid-rank of its class', () => {
    check([0, 0, 0, 1, 2, 2, 3, 5, 5, 10], [
      ['X=0  [−0.5,0.5) below 0, three 0s', 0, -0.5, 0, 3, 15],
      ['X=2  [1.5,2.5) below 4, two 2s', 2, 1.5, 4, 2, 50],
      ['X=3  [2.5,3.5)', 3, 2.5, 6, 1, 65],
      ['X=5  [4.5,5.5)', 5, 4.5, 7, 2, 80],
      ['X=10 [9.5,10.5)', 10, 9.5, 9, 1, 95],
    ]);
  });

  it('a mass at 0 hours', () => {
    check([0, 0, 0, 0, 0, 0, 0, 4, 8, 12], [
      ['seven teachers with 0 h', 0, -0.5, 0, 7, 35],
      ['X=4', 4, 3.5, 7, 1, 75],
      ['X=12', 12, 11.5, 9, 1, 95],
    ]);
  });

  it('X on a class boundary is the lower limit of the class above', () => {
    check([1, 2, 2.5, 3, 3.4, 4], [
      ['X=2.5 opens [2.5,3.5): cf_L 2, f_x 3, fraction 0', 2.5, 2.5, 2, 3, 200 / 6],
      ['X=3.4 in [2.5,3.5), fraction 0.9', 3.4, 2.5, 2, 3, (2 + 0.9 * 3) * 100 / 6],
      ['X=2.4999 still in [1.5,2.5)', 2.4999, 1.5, 1, 1, (1 + 0.9999) * 100 / 6],
    ]);
  });

  it('empty classes: f_x = 0 and the PR is the share below', () => {
    check([1, 10], [
      ['X=5 between the scores', 5, 4.5, 1, 0, 50],
      ['X=−3 below everyone', -3, -3.5, 0, 0, 0],
      ['X=20 above everyone', 20, 19.5, 2, 0, 100],
    ]);
  });

  it('N = 1', () => {
    check([7], [
      ['the only teacher', 7, 6.5, 0, 1, 50],
      ['upper limit side of the class', 7.49, 6.5, 0, 1, 99],
      ['lower limit of the class', 6.5, 6.5, 0, 1, 0],
    ]);
  });

  it('decimal hours', () => {
    check([1.5, 2.25, 2.75, 3, 6.5], [
      ['X=2.75 in [2.5,3.5): fraction 0.25', 2.75, 2.5, 2, 2, (2 + 0.25 * 2) * 100 / 5],
      ['X=1.5 is a boundary: the lowest score has PR 0', 1.5, 1.5, 0, 2, 0],
      ['X=6.5 boundary', 6.5, 6.5, 4, 1, 80],
      ['X=2.25 in [1.5,2.5): fraction 0.75', 2.25, 1.5, 0, 2, 0.75 * 2 * 100 / 5],
    ]);
  });
});

describe('other class widths and origins', () => {
  const scores = [0, 1, 2, 2, 3, 4, 6, 9];

  it('width 2, default origin −1: classes [−1,1), [1,3), [3,5) …', () => {
    check(scores, [
      ['X=2 in [1,3): fraction 0.5', 2, 1, 1, 3, (1 + 0.5 * 3) * 100 / 8],
      ['X=3 opens [3,5)', 3, 3, 4, 2, 50],
      ['X=4 in [3,5): fraction 0.5', 4, 3, 4, 2, 62.5],
      ['X=9 opens [9,11)', 9, 9, 7, 1, 87.5],
    ], 2);
  });

  it('width 2, origin 0: classes [0,2), [2,4) …', () => {
    check(scores, [
      ['X=2 opens [2,4)', 2, 2, 2, 3, 25],
      ['X=3 in [2,4): fraction 0.5', 3, 2, 2, 3, 43.75],
      ['X=9 in [8,10): fraction 0.5', 9, 8, 7, 1, 93.75],
    ], 2, 0);
  });

  it('width 0.5, default origin −0.25', () => {
    check([0, 0.5, 0.5, 1, 1.25, 2], [
      ['X=0.5 in [0.25,0.75): fraction 0.5', 0.5, 0.25, 1, 2, 200 / 6],
      ['X=1.25 opens [1.25,1.75)', 1.25, 1.25, 4, 1, 400 / 6],
      ['X=1 in [0.75,1.25): fraction 0.5', 1, 0.75, 3, 1, 350 / 6],
    ], 0.5);
  });

  it('boundaries that are not binary fractions land in the class above despite float noise', () => {
    // (0.3 − 0.1) / 0.2 is 0.9999999999999999 and (0.6 − 0) / 0.2 is 2.9999999999999996 in doubles.
    expect((0.3 - 0.1) / 0.2).toBeLessThan(1);
    check([0.1, 0.3, 0.3, 0.5], [['X=0.3 opens [0.3,0.5)', 0.3, 0.3, 1, 2, 25]], 0.2, 0.1);
    check([0.2, 0.4, 0.6, 0.6, 0.8], [['X=0.6 opens [0.6,0.8)', 0.6, 0.6, 2, 2, 40]], 0.2, 0);
    expect(classIndex(0.6, { width: 0.2, origin: 0 })).toBe(3);
    expect(classIndex(2.5, { width: 1, origin: -0.5 })).toBe(3);
    expect(classIndex(2.4999, { width: 1, origin: -0.5 })).toBe(2);
  });

  it('a one-off percentileRank equals the ranker', () => {
    expect(percentileRank(2, scores, 2)).toEqual(createRanker(scores, 2).rank(2));
  });
});

describe('what the ranker refuses', () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('class width %s', (width) => {
    expect(() => classSpec(width)).toThrow(/組距/);
  });

  it('an empty population, a non-number score or query', () => {
    expect(() => createRanker([])).toThrow('母群體沒有任何分數');
    expect(() => createRanker([1, Number.NaN])).toThrow('不是有效的數字');
    expect(() => createRanker([1]).rank(Number.NaN)).toThrow('不是有效的數字');
  });

  it('reports its defaults', () => {
    expect(classSpec()).toEqual({ width: 1, origin: -0.5 });
    expect(classSpec(2)).toEqual({ width: 2, origin: -1 });
    expect(classSpec(0.5, 0)).toEqual({ width: 0.5, origin: 0 });
  });
});

describe('properties', () => {
  const hours = fc.integer({ min: 0, max: 20_000 }).map((h) => h / 100);
  const widths = fc.constantFrom(0.25, 0.5, 1, 2, 3, 0.2, 0.3);

  it('with width 1 and integer hours, PR is the mid-rank (below + ½·equal) / N · 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (scores, x) => {
        const below = scores.filter((s) => s < x).length;
        const equal = scores.filter((s) => s === x).length;
        expect(createRanker(scores).rank(x).pr).toBeCloseTo(((below + equal / 2) / scores.length) * 100, 9);
      }),
    );
  });

  it('PR is non-decreasing in X and within [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.array(hours, { minLength: 1, maxLength: 100 }),
        hours,
        hours,
        widths,
        fc.integer({ min: -100, max: 100 }).map((o) => o / 100),
        (scores, a, b, width, origin) => {
          const ranker = createRanker(scores, width, origin);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pLo = ranker.rank(lo).pr;
          const pHi = ranker.rank(hi).pr;
          expect(pLo).toBeLessThanOrEqual(pHi);
          expect(pLo).toBeGreaterThanOrEqual(0);
          expect(pHi).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('cf_L and f_x count exactly the scores below X_L and inside [X_L, X_L + i)', () => {
    fc.assert(
      fc.property(fc.array(hours, { minLength: 1, maxLength: 100 }), hours, widths, (scores, x, width) => {
        const r = createRanker(scores, width).rank(x);
        const k = classIndex(x, { width, origin: -width / 2 });
        expect(r.cfL).toBe(scores.filter((s) => classIndex(s, { width, origin: -width / 2 }) < k).length);
        expect(r.fx).toBe(scores.filter((s) => classIndex(s, { width, origin: -width / 2 }) === k).length);
        expect(r.classLower).toBeLessThanOrEqual(x + 1e-9);
        expect(x).toBeLessThan(r.classUpper);
      }),
    );
  });
});
