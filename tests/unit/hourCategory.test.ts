import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOf } from '../../main/engine/dayNumber.ts';
import { decodeCategory, domainOfCategory, encodeCategory } from '../../main/engine/hourCategory.ts';
import { nameKey } from '../../main/engine/hourMatching.ts';
import { PairTable } from '../../main/engine/pairTable.ts';

describe('classification codes as stored integers', () => {
  it.each([
    ['3-2-5', 30205, 3],
    ['3-2', 30200, 3],
    ['6', 60000, 6],
    ['1-7-99', 10799, 1],
    ['2-99-99', 29999, 2],
  ])('%s ↔ %i (domain %i)', (code, value, domain) => {
    expect(encodeCategory(code)).toBe(value);
    expect(decodeCategory(value)).toBe(code);
    expect(domainOfCategory(value)).toBe(domain);
  });

  it.each(['7-1', '0-1', '3-100', '3-2-100', '3--2', 'x', '', '3-2-5-1'])('refuses %j', (code) => {
    expect(encodeCategory(code)).toBeNull();
  });
});

describe('days since 1970', () => {
  it.each([
    ['1970-01-01', 0],
    ['2024-08-05', 19940],
    ['2025-07-31', 20300],
    ['2000-02-29', 11016],
  ])('%s ↔ %i', (date, day) => {
    expect(dayOf(date)).toBe(day);
    expect(dateOfDay(day)).toBe(date);
  });
});

describe('name keys', () => {
  it('fold full-width characters and drop spaces; leave plain names alone', () => {
    expect(nameKey('王小明')).toBe('王小明');
    expect(nameKey('王　小明 ')).toBe('王小明');
    expect(nameKey('ＷＡＮＧ Ｘｉａｏ')).toBe('WANGXiao');
  });
});

describe('PairTable', () => {
  it('keeps a value per pair through growth, large ids included', () => {
    const table = new PairTable(4);
    for (let a = 0; a < 300; a++) for (let b = 0; b < 30; b++) table.set(a * 1000 + 7, 60_000_000 + b, a * 30 + b);
    for (let a = 0; a < 300; a++) for (let b = 0; b < 30; b++) expect(table.get(a * 1000 + 7, 60_000_000 + b)).toBe(a * 30 + b);
    expect(table.get(8, 60_000_000)).toBeUndefined();
    table.set(7, 60_000_000, -3);
    expect(table.get(7, 60_000_000)).toBe(-3);
  });
});
