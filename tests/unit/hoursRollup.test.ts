import { describe, expect, it } from 'vitest';
import { hoursByDomain, rollUpHours } from '../../main/engine/hoursRollup.ts';
import { fromHundredths, meanHours, normalizeHours, toHundredths } from '../../main/engine/hundredths.ts';
import { DEFAULT_TAXONOMY } from '../../main/engine/taxonomyDefault.ts';

describe('rollUpHours over the built-in classification', () => {
  const rollup = rollUpHours(
    [
      { code: '3-2-5', hours: 2 },
      { code: '3-2-99', hours: 1 },
      { code: '1-1-1', hours: 1.5 },
      { code: '1-1-2', hours: 0.1 },
      { code: '1-1-2', hours: 0.2 },
      { code: '1-1-99', hours: 1 },
      { code: '2-99-99', hours: 0.25 },
      { code: '1-3', hours: 2 },
      { code: '9-1-1', hours: 3 },
      { code: '1-8-1', hours: 1 },
      { code: '1-1-x', hours: 1 },
      { code: '3-2-1', hours: -1 },
      { code: '4-99-99', hours: Number.NaN },
    ],
    DEFAULT_TAXONOMY,
  );

  it('sums detail items, repeated codes adding up without float drift (0.1 + 0.2 = 0.3)', () => {
    expect(rollup.details).toEqual([
      { code: '1-1-1', name: '學生身心發展', hours: 1.5 },
      { code: '1-1-2', name: '學習理論', hours: 0.3 },
      { code: '1-1-99', name: '其他', hours: 1 },
      { code: '2-99-99', name: '其他', hours: 0.25 },
      { code: '3-2-5', name: '教學輔導理論與實務', hours: 2 },
      { code: '3-2-99', name: '其他', hours: 1 },
    ]);
  });

  it('rolls details and hours entered on a sub-item up to sub-items', () => {
    expect(rollup.subItems).toEqual([
      { code: '1-1', name: '學生身心發展與學習理論', hours: 2.8 },
      { code: '1-3', name: '教學', hours: 2 },
      { code: '2-99', name: '其他', hours: 0.25 },
      { code: '3-2', name: '教師專業發展評鑑', hours: 3 },
    ]);
  });

  it('gives every domain with its share of the total, for the pie chart', () => {
    expect(rollup.total).toBe(8.05);
    expect(rollup.domains).toEqual([
      { code: '1', name: '課程、教學及評量', hours: 4.8, share: 480 / 805 },
      { code: '2', name: '班級經營與輔導', hours: 0.25, share: 25 / 805 },
      { code: '3', name: '專業發展與責任', hours: 3, share: 300 / 805 },
      { code: '4', name: '新興教育政策', hours: 0, share: 0 },
      { code: '5', name: '學校行政與領導', hours: 0, share: 0 },
      { code: '6', name: '實用知能與生活素養', hours: 0, share: 0 },
    ]);
    expect(rollup.domains.reduce((t, d) => t + (d.share ?? 0), 0)).toBeCloseTo(1, 12);
    expect(hoursByDomain(rollup)).toEqual({ 1: 4.8, 2: 0.25, 3: 3, 4: 0, 5: 0, 6: 0 });
  });

  it('reports the entries it cannot place, with their hours, instead of dropping them', () => {
    expect(rollup.problems).toEqual([
      { code: '9-1-1', hours: 3, problem: 'unknownCode', message: '課程類別 9-1-1 不在本學年度的課程分類中' },
      { code: '1-8-1', hours: 1, problem: 'unknownCode', message: '課程類別 1-8-1 不在本學年度的課程分類中' },
      { code: '1-1-x', hours: 1, problem: 'malformedCode', message: '課程類別代碼「1-1-x」格式不正確' },
      { code: '3-2-1', hours: -1, problem: 'invalidHours', message: '課程類別 3-2-1 的時數「-1」應為不小於 0 的數字' },
      { code: '4-99-99', hours: Number.NaN, problem: 'invalidHours', message: '課程類別 4-99-99 的時數「NaN」應為不小於 0 的數字' },
    ]);
    expect(rollup.unplacedHours).toBe(5);
  });

  it('names a missing parent when the classification itself lacks it', () => {
    const broken = rollUpHours([{ code: '1-1-1', hours: 1 }], [{ code: '1', name: '課程、教學及評量' }, { code: '1-1-1', name: '學生身心發展' }]);
    expect(broken.problems[0]?.message).toBe('課程類別 1-1-1 不在本學年度的課程分類中（上層類別 1-1 不存在）');
    expect(broken.total).toBe(0);
  });

  it('a plan without hours has every domain at 0 and no shares', () => {
    const empty = rollUpHours([], DEFAULT_TAXONOMY);
    expect(empty.total).toBe(0);
    expect(empty.details).toEqual([]);
    expect(empty.domains.map((d) => [d.hours, d.share])).toEqual(Array.from({ length: 6 }, () => [0, null]));
  });

  it('many small decimals add up exactly', () => {
    const many = rollUpHours(Array.from({ length: 1000 }, () => ({ code: '1-1-1', hours: 0.01 })), DEFAULT_TAXONOMY);
    expect(many.total).toBe(10);
  });
});

describe('hundredths', () => {
  it('round-trips two-decimal hours and removes float noise', () => {
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(fromHundredths(30)).toBe(0.3);
    expect(normalizeHours(10.100000000000001)).toBe(10.1);
    expect(0.29 * 100).not.toBe(29);
    expect(toHundredths(0.29)).toBe(29);
  });

  it('a mean equal to a two-decimal value is that value exactly', () => {
    expect(meanHours([10.1, 10.1, 10.1])).toEqual({ sumHundredths: 3030, count: 3, mean: 10.1 });
    expect(meanHours([0.1, 0.2])).toEqual({ sumHundredths: 30, count: 2, mean: 0.15 });
    expect(meanHours([]).mean).toBeNull();
  });
});
