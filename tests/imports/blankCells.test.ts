import { describe, expect, it } from 'vitest';
import { isBlank } from '../../main/imports/values.ts';

// isBlank decides most cells from their first character instead of trimming them (an hour file has
// twenty million cells); it must agree with the definition — blank is what trim() empties — for
// every character and any mix of them.

const byTrim = (cell: string): boolean => cell.trim() === '';

describe('isBlank', () => {
  it('agrees with trim() for every UTF-16 unit, alone, leading and trailing', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const cell of [ch, `${ch}甲`, `甲${ch}`, `${ch}${ch}`, `${ch} `]) {
        if (isBlank(cell) !== byTrim(cell)) wrong.push(`U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(cell)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with trim() on random cells built from spaces, blanks of other scripts and text', () => {
    const pieces = [' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u2003', '\u200b', '\u180e', 'a', '0', '王', '．', '\u0085'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let cell = '';
      const length = next(6);
      for (let j = 0; j < length; j++) cell += pieces[next(pieces.length)];
      expect(isBlank(cell), JSON.stringify(cell)).toBe(byTrim(cell));
    }
  });

  it('treats null and missing cells as blank and other values as filled', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank(new Date(0))).toBe(false);
  });
});
