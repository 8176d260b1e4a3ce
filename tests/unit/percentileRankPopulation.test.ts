import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRanker, rankPopulation } from '../../main/engine/percentileRank.ts';

// rankPopulation is the award run's fast path: every score of a population ranked within it by one
// counting pass (or a sort when the classes spread far). It must give exactly — bit for bit, not
// close to — what createRanker(scores).rank(score).pr gives, whichever path it takes.

const hours = fc.integer({ min: 0, max: 30_000 }).map((h) => h / 100);
const widths = fc.constantFrom(0.01, 0.2, 0.25, 0.3, 0.5, 1, 2, 3, 7.5, 100);
const origins = fc.option(fc.integer({ min: -500, max: 500 }).map((o) => o / 100), { nil: undefined });

function expectSame(scores: number[], width?: number, origin?: number): void {
  const ranker = createRanker(scores, width, origin);
  const fast = rankPopulation(scores, width, origin);
  expect(fast.length).toBe(scores.length);
  scores.forEach((score, j) => expect(Object.is(fast[j], ranker.rank(score).pr), `score ${score} (#${j})`).toBe(true));
}

describe('rankPopulation', () => {
  it('equals the ranker for random populations, widths and origins (counting path)', () => {
    fc.assert(fc.property(fc.array(hours, { minLength: 1, maxLength: 300 }), widths, origins, (scores, width, origin) => expectSame(scores, width, origin)), { numRuns: 400 });
  });

  it('equals the ranker when the classes span far more than the population (sorting path)', () => {
    // Width 0.01 over scores up to 10^6 hours: a million classes for a few dozen scores.
    const spread = fc.integer({ min: 0, max: 100_000_000 }).map((h) => h / 100);
    fc.assert(fc.property(fc.array(spread, { minLength: 1, maxLength: 60 }), (scores) => expectSame(scores, 0.01)), { numRuns: 200 });
    expectSame([0, 999_999.99, 5, 5, 123_456.78], 0.01);
  });

  it('equals the ranker for a national-sized group with heavy ties', () => {
    let seed = 11;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const scores = Array.from({ length: 20_000 }, () => (next() < 0.1 ? 0 : Math.round(next() * next() * 12_000) / 100));
    expectSame(scores);
    expectSame(scores, 2);
    expectSame(scores, 0.3, 0.05);
  });

  it('refuses what the ranker refuses', () => {
    expect(() => rankPopulation([])).toThrow('母群體沒有任何分數');
    expect(() => rankPopulation([1, Number.NaN])).toThrow('不是有效的數字');
    expect(() => rankPopulation([1], 0)).toThrow('組距');
  });
});
