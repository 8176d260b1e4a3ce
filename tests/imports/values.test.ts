import { describe, expect, it } from 'vitest';
import {
  Invalid,
  parseAnswer,
  parseCode,
  parseCount,
  parseDate,
  parseDateTime,
  parseEmail,
  parseEnum,
  parseHours,
  parseNationalId,
  parsePhone,
  parseText,
  restoreRocDateCell,
} from '../../main/imports/values.ts';
import { EMPLOYMENT_STATUSES, NEED_PLACES } from '../../main/engine/vocabulary.ts';

const reason = (v: unknown): string => (v instanceof Invalid ? v.reason : `not invalid: ${JSON.stringify(v)}`);
/** A date cell as the readers make it: the wall clock in the UTC fields. */
const cell = (iso: string): Date => new Date(`${iso}Z`);

describe('codes restored from Excel numbers', () => {
  it.each([
    [193601, '193601'],
    ['193601', '193601'],
    ['193601.0', '193601'],
    ['193601.000', '193601'],
    ['1.93601E5', '193601'],
    ['1.93601E+05', '193601'],
    ['1.93601e+5', '193601'],
    ['2E+05', '200000'],
    ['010301', '010301'],
    ['  010301 ', '010301'],
    ['１９３６０１', '193601'],
    ['3-2-5', '3-2-5'],
    ['A01', 'A01'],
    ['12E5', '12E5'],
    [0, '0'],
  ])('%j → %s', (input, expected) => {
    expect(parseCode(input)).toBe(expected);
  });

  it('refuses what cannot be a code', () => {
    expect(reason(parseCode(193601.5))).toContain('不是有效的代碼');
    expect(reason(parseCode(-3))).toContain('不是有效的代碼');
    expect(reason(parseCode(cell('2001-03-02T00:00:00')))).toContain('轉成了日期');
    expect(reason(parseCode(true))).toContain('不是有效的代碼');
  });

  it('blank is null', () => {
    expect(parseCode(null)).toBeNull();
    expect(parseCode('   ')).toBeNull();
  });
});

describe('national IDs', () => {
  it('upper-cases and validates', () => {
    expect(parseNationalId('a123456789')).toBe('A123456789');
    expect(parseNationalId(' A800000014')).toBe('A800000014');
    expect(reason(parseNationalId('A123456788'))).toBe('身分證字號檢查碼錯誤');
    expect(reason(parseNationalId('A12345678'))).toContain('格式錯誤');
    expect(reason(parseNationalId(123456789))).toContain('格式錯誤');
  });
});

describe('hours', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['1.5', 1.5],
    [0, 0],
    ['2.25', 2.25],
    ['３', 3],
    [999.99, 999.99],
    [0.1 + 0.2, 0.3],
  ])('%j → %d', (input, expected) => {
    expect(parseHours(input)).toBe(expected);
  });

  it.each([
    [-1, '不可為負數'],
    ['-0.5', '不可為負數'],
    [1000, '1000'],
    ['1500', '1000'],
    [1.234, '兩位小數'],
    ['abc', '不是數字'],
    ['3小時', '不是數字'],
    [true, '不是數字'],
  ])('%j is refused', (input, expected) => {
    expect(reason(parseHours(input))).toContain(expected);
  });
});

describe('other values', () => {
  it('counts', () => {
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount(1234)).toBe(1234);
    expect(reason(parseCount(3.5))).toContain('不是正整數');
    expect(reason(parseCount(-1))).toContain('不是正整數');
  });

  it('enumerations against the vocabulary, full-width and spaces folded', () => {
    expect(parseEnum('在職', EMPLOYMENT_STATUSES)).toBe('在職');
    expect(parseEnum(' 退 休 ', EMPLOYMENT_STATUSES)).toBe('退休');
    expect(parseEnum('鄰近學校／社區學校', NEED_PLACES)).toBe('鄰近學校/社區學校');
    expect(reason(parseEnum('離開', EMPLOYMENT_STATUSES))).toBe('「離開」不是可用的選項（可填：在職、離職、轉校、退休）');
  });

  it('e-mail, lightly', () => {
    expect(parseEmail(' someone@school.edu.tw ')).toBe('someone@school.edu.tw');
    expect(reason(parseEmail('someone@school'))).toContain('Email');
    expect(reason(parseEmail('some one@school.tw'))).toContain('Email');
  });

  it('phones get back the 0 a number cell dropped', () => {
    expect(parsePhone(223456789)).toBe('0223456789');
    expect(parsePhone(912345678)).toBe('0912345678');
    expect(parsePhone('02-2345-6789#12')).toBe('02-2345-6789#12');
    expect(parsePhone(1234)).toBe('1234');
  });

  it('text is trimmed; numbers and dates become their text', () => {
    expect(parseText('  王小明 ')).toBe('王小明');
    expect(parseText(12)).toBe('12');
    expect(parseText(cell('2024-08-05T00:00:00'))).toBe('2024-08-05');
    expect(parseText('')).toBeNull();
  });

  it('survey answers: 1–5 as scores, anything else as text', () => {
    expect(parseAnswer(5)).toBe(5);
    expect(parseAnswer('４')).toBe(4);
    expect(parseAnswer('很滿意')).toBe('很滿意');
    expect(parseAnswer(7)).toBe('7');
    expect(parseAnswer(null)).toBeNull();
  });
});

describe('every date form of formats.md, through parseDateInput', () => {
  it.each([
    ['2024-08-05', '2024-08-05'],
    ['2024/8/5', '2024-08-05'],
    ['2024/08/05', '2024-08-05'],
    ['113/08/05', '2024-08-05'],
    ['113/8/5', '2024-08-05'],
    ['113.8.5', '2024-08-05'],
    ['1130805', '2024-08-05'],
    ['113年8月5日', '2024-08-05'],
    ['民國113年8月5日', '2024-08-05'],
    ['９９０８０５', '2010-08-05'],
    [45509, '2024-08-05'],
    [cell('2024-08-05T00:00:00'), '2024-08-05'],
  ])('%j → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['2024-08-05 17:00', '17:00:00'],
    ['2024/8/5 17:00:00', '17:00:00'],
    ['113/08/05 17:00', '17:00:00'],
    ['113.8.5 17:00', '17:00:00'],
    ['1130805 17:00:00', '17:00:00'],
    ['113年8月5日 17:00', '17:00:00'],
    [45509.708333333336, '17:00:00'],
    [cell('2024-08-05T17:00:00'), '17:00:00'],
  ])('%j carries its time', (input, time) => {
    expect(parseDateTime(input)).toEqual({ date: '2024-08-05', time });
  });

  it('a date without time has a null time', () => {
    expect(parseDateTime('113/08/05')).toEqual({ date: '2024-08-05', time: null });
  });

  it('refuses what is no date, with parseDateInput reason', () => {
    expect(reason(parseDate('113/02/30'))).toContain('不存在的日期');
    expect(reason(parseDate('下週一'))).toContain('無法辨識');
  });

  it('a LibreOffice date cell in the year 113 is the ROC date that was typed', () => {
    // LibreOffice stores 113/10/01 as Julian 0113-10-01, i.e. proleptic Gregorian 0113-09-30.
    const typed = new Date(Date.parse('0113-09-30T00:00:00Z'));
    expect(restoreRocDateCell(typed).toISOString()).toBe('2024-10-01T00:00:00.000Z');
    expect(parseDate(typed)).toBe('2024-10-01');
    const real = cell('2024-10-01T08:00:00');
    expect(restoreRocDateCell(real)).toBe(real);
  });
});
