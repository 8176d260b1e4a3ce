import { describe, expect, it } from 'vitest';
import {
  excelSerialToDate,
  formatRocDate,
  formatRocDateTime,
  instantMs,
  instantToDate,
  isCalendarDate,
  parseDateInput,
  rocYear,
  schoolYearOf,
  schoolYearRange,
  toInstant,
  toTaipeiInstant,
} from '../../main/engine/rocDate.ts';

describe('formatRocDate', () => {
  it.each([
    ['2024-08-05', '113/08/05', '113年8月5日'],
    ['2024-02-29', '113/02/29', '113年2月29日'],
    ['2025-07-31', '114/07/31', '114年7月31日'],
    ['2010-08-05', '99/08/05', '99年8月5日'],
    ['1912-01-01', '1/01/01', '1年1月1日'],
    ['2024-08-14T17:00:00+08:00', '113/08/14', '113年8月14日'],
    // 16:00 UTC on 7/31 is already 8/1 in Taipei
    ['2024-07-31T16:00:00Z', '113/08/01', '113年8月1日'],
    ['2024-12-31T23:59:59+08:00', '113/12/31', '113年12月31日'],
    ['2024-12-31T16:00:00Z', '114/01/01', '114年1月1日'],
  ])('%s → %s / %s', (value, slash, long) => {
    expect(formatRocDate(value)).toBe(slash);
    expect(formatRocDate(value, 'slash')).toBe(slash);
    expect(formatRocDate(value, 'long')).toBe(long);
  });

  it('reads a Date as an instant in Taipei', () => {
    expect(formatRocDate(new Date('2024-08-04T16:30:00Z'))).toBe('113/08/05');
  });

  it.each(['1911-12-31', '1900-01-01', '1911-12-31T23:59:59+08:00'])('refuses %s, before ROC 1', (value) => {
    expect(() => formatRocDate(value)).toThrow(/民國元年以前/);
  });

  it.each(['', 'abc', '2024-13-01', '2025-02-29', '113/08/05'])('throws on unreadable %j', (value) => {
    expect(() => formatRocDate(value)).toThrow(RangeError);
  });

  it('throws on an invalid Date', () => {
    expect(() => formatRocDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatRocDateTime', () => {
  it.each([
    ['2024-08-14T17:00:00+08:00', '113/08/14 17:00'],
    ['2024-08-14T09:00:00Z', '113/08/14 17:00'],
    ['2024-08-05T00:00:00+08:00', '113/08/05 00:00'],
    ['2024-08-14T12:30:00-04:00', '113/08/15 00:30'],
    ['2024-08-14 17:00', '113/08/14 17:00'],
    ['2024-08-05', '113/08/05'],
  ])('%s → %s', (value, shown) => {
    expect(formatRocDateTime(value)).toBe(shown);
  });
});

describe('parseDateInput: accepted forms', () => {
  it.each<[unknown, string, string | null]>([
    ['2024-08-05', '2024-08-05', null],
    ['2024/8/5', '2024-08-05', null],
    ['2024.8.5', '2024-08-05', null],
    ['113/08/05', '2024-08-05', null],
    ['113/8/5', '2024-08-05', null],
    ['113-08-05', '2024-08-05', null],
    ['113.8.5', '2024-08-05', null],
    ['1130805', '2024-08-05', null],
    ['990805', '2010-08-05', null],
    ['20240805', '2024-08-05', null],
    ['113年8月5日', '2024-08-05', null],
    ['113 年 8 月 5 日', '2024-08-05', null],
    ['民國113年8月5日', '2024-08-05', null],
    ['中華民國113年7月9日', '2024-07-09', null],
    ['2024年8月5日', '2024-08-05', null],
    ['  113/08/05  ', '2024-08-05', null],
    ['１１３／０８／０５', '2024-08-05', null],
    ['１１３年８月５日　１７：００', '2024-08-05', '17:00:00'],
    ['113/08/14 17:00', '2024-08-14', '17:00:00'],
    ['113/08/14 17:00:00', '2024-08-14', '17:00:00'],
    ['2024-08-14T17:00', '2024-08-14', '17:00:00'],
    ['2024/8/14 9:05', '2024-08-14', '09:05:00'],
    ['1130814 17:00', '2024-08-14', '17:00:00'],
    ['113年8月14日下午5時', '2024-08-14', '17:00:00'],
    ['113年8月14日 17時30分', '2024-08-14', '17:30:00'],
    ['2024/8/14 下午 05:00:00', '2024-08-14', '17:00:00'],
    ['2024/8/14 上午 12:10:00', '2024-08-14', '00:10:00'],
    ['2024/8/14 下午 12:10:00', '2024-08-14', '12:10:00'],
    ['2024/8/14 5:00 PM', '2024-08-14', '17:00:00'],
    ['2024-08-14T17:00:00+08:00', '2024-08-14', '17:00:00'],
    ['2024-08-14T09:00:00Z', '2024-08-14', '17:00:00'],
    ['2024-08-14T20:00:00.500Z', '2024-08-15', '04:00:00'],
    // leap days
    ['113/02/29', '2024-02-29', null],
    ['2000-02-29', '2000-02-29', null],
    ['89/02/29', '2000-02-29', null],
    // the first ROC day
    ['1/01/01', '1912-01-01', null],
    ['1912-01-01', '1912-01-01', null],
  ])('%j → %s %s', (value, date, time) => {
    expect(parseDateInput(value)).toEqual({ ok: true, date, time });
  });
});

describe('parseDateInput: spreadsheet cells', () => {
  it.each<[number, string, string | null]>([
    [45509, '2024-08-05', null],
    [45507, '2024-08-03', null],
    [45292, '2024-01-01', null],
    [45351, '2024-02-29', null],
    [45352, '2024-03-01', null],
    [4384, '1912-01-01', null],
    [45518.708333333336, '2024-08-14', '17:00:00'],
    [45518.5, '2024-08-14', '12:00:00'],
    // 23:59:59.9 rounds to the next midnight
    [45518.99999999, '2024-08-15', '00:00:00'],
    // ROC digit dates that Excel stored as numbers
    [1130805, '2024-08-05', null],
    [990805, '2010-08-05', null],
    [20240805, '2024-08-05', null],
  ])('number %d → %s %s', (value, date, time) => {
    expect(parseDateInput(value)).toEqual({ ok: true, date, time });
  });

  it.each<[Date, string, string | null]>([
    [new Date(Date.UTC(2024, 7, 5)), '2024-08-05', null],
    [new Date(Date.UTC(2024, 7, 14, 17, 0, 0)), '2024-08-14', '17:00:00'],
    // float noise from the serial → Date conversion of readers
    [new Date(Date.UTC(2024, 7, 14, 16, 59, 59, 999)), '2024-08-14', '17:00:00'],
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29', null],
  ])('Date cell %s → %s %s', (value, date, time) => {
    expect(parseDateInput(value)).toEqual({ ok: true, date, time });
  });

  it('maps Excel serials around the fake 1900-02-29', () => {
    expect(excelSerialToDate(1)).toEqual({ date: '1900-01-01', time: null });
    expect(excelSerialToDate(59)).toEqual({ date: '1900-02-28', time: null });
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toEqual({ date: '1900-03-01', time: null });
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(2958465)).toEqual({ date: '9999-12-31', time: null });
  });
});

describe('parseDateInput: rejected values', () => {
  it.each<[unknown, RegExp]>([
    ['113/02/30', /^不存在的日期「113\/02\/30」$/],
    ['112/02/29', /^不存在的日期/],
    ['2025-02-29', /^不存在的日期/],
    ['1900-02-29', /^不存在的日期/],
    ['113/13/01', /^不存在的日期/],
    ['113/00/10', /^不存在的日期/],
    ['1130230', /^不存在的日期/],
    ['113年4月31日', /^不存在的日期/],
    ['2024-02-30T10:00:00+08:00', /^不存在的日期/],
    ['1911/12/31', /^早於民國元年的日期「1911\/12\/31」$/],
    ['0/12/31', /^早於民國元年/],
    [4383, /^早於民國元年/],
    [59, /^早於民國元年/],
    [60, /序號 60/],
    [0, /^無法辨識的日期序號/],
    [-5, /^無法辨識的日期序號/],
    [Number.NaN, /^無法辨識的日期/],
    [Number.POSITIVE_INFINITY, /^無法辨識的日期/],
    ['', /^日期是空白的$/],
    ['   ', /^日期是空白的$/],
    [null, /^日期是空白的$/],
    [undefined, /^日期是空白的$/],
    ['abc', /^無法辨識的日期「abc」$/],
    ['113/08', /^無法辨識的日期/],
    ['113/8-5', /^無法辨識的日期/],
    ['11308055', /^不存在的日期/],
    ['113080', /^不存在的日期/],
    ['民國2024年8月5日', /^無法辨識的日期/],
    ['113/08/05 25:00', /^無法辨識的日期時間/],
    ['113/08/05 17:60', /^無法辨識的日期時間/],
    ['113/08/05 下午13:00', /^無法辨識的日期時間/],
    ['113/08/05 soon', /^無法辨識的日期時間/],
    [true, /^無法辨識的日期/],
    [{}, /^無法辨識的日期/],
    [new Date(Number.NaN), /^無效的日期/],
    [new Date(Date.UTC(1911, 11, 31)), /^早於民國元年/],
  ])('%j is refused', (value, reason) => {
    const result = parseDateInput(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('instants', () => {
  it('builds Taipei instants from a date and a time', () => {
    expect(toInstant('2024-08-14', '17:00')).toBe('2024-08-14T17:00:00+08:00');
    expect(toInstant('2024-08-14', '17:00:00')).toBe('2024-08-14T17:00:00+08:00');
    expect(toInstant('2024-08-05', null)).toBe('2024-08-05T00:00:00+08:00');
    expect(toInstant('2024-08-14', null, '17:00:00')).toBe('2024-08-14T17:00:00+08:00');
    expect(toInstant('2024-02-29', '9:05')).toBe('2024-02-29T09:05:00+08:00');
  });

  it.each<[string, string | null]>([
    ['2025-02-29', null],
    ['2024-8-5', null],
    ['2024-08-14', '24:00'],
    ['2024-08-14', 'noon'],
  ])('refuses toInstant(%s, %s)', (date, time) => {
    expect(() => toInstant(date, time)).toThrow(RangeError);
  });

  it.each([
    ['2024-08-14T17:00:00+08:00', '2024-08-14'],
    ['2024-08-14T16:00:00Z', '2024-08-15'],
    ['2024-08-14T15:59:59Z', '2024-08-14'],
    ['2024-08-14T17:00:00', '2024-08-14'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2025-02-28T16:00:00Z', '2025-03-01'],
  ])('instantToDate(%s) = %s', (iso, date) => {
    expect(instantToDate(iso)).toBe(date);
  });

  it('compares instants across offsets', () => {
    expect(instantMs('2024-08-14T17:00:00+08:00')).toBe(instantMs('2024-08-14T09:00:00Z'));
    expect(instantMs('2024-08-14T17:00:00+0800')).toBe(instantMs('2024-08-14T05:00:00-04:00'));
    expect(instantMs('2024-08-14T17:00:00')).toBe(instantMs('2024-08-14T17:00:00+08:00'));
    expect(() => instantMs('2024-08-14')).toThrow(RangeError);
    expect(() => instantMs('2024-02-30T00:00:00+08:00')).toThrow(RangeError);
  });

  it('normalises any instant to +08:00, to the second', () => {
    expect(toTaipeiInstant('2024-08-14T09:00:00.900Z')).toBe('2024-08-14T17:00:00+08:00');
    expect(toTaipeiInstant(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01T00:00:00+08:00');
  });

  it('knows calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2024-8-5')).toBe(false);
  });
});

describe('school years', () => {
  it.each<[string | Date, number]>([
    ['2024-07-31', 112],
    ['2024-08-01', 113],
    ['2025-07-31', 113],
    ['2025-08-01', 114],
    ['2024-12-31', 113],
    ['2025-01-01', 113],
    ['2024-02-29', 112],
    ['1912-08-01', 1],
    ['1912-07-31', 0],
    ['2024-07-31T16:00:00Z', 113],
    ['2024-07-31T15:59:59Z', 112],
    ['2024-08-01T00:00:00+08:00', 113],
    [new Date('2024-07-31T16:00:00Z'), 113],
  ])('schoolYearOf(%s) = %d', (value, year) => {
    expect(schoolYearOf(value)).toBe(year);
  });

  it.each([
    [113, '2024-08-01', '2025-07-31'],
    [106, '2017-08-01', '2018-07-31'],
    [100, '2011-08-01', '2012-07-31'],
    [1, '1912-08-01', '1913-07-31'],
  ])('schoolYearRange(%d)', (year, start, end) => {
    expect(schoolYearRange(year)).toEqual({ start, end });
    expect(schoolYearOf(start)).toBe(year);
    expect(schoolYearOf(end)).toBe(year);
  });

  it('converts Gregorian to ROC years', () => {
    expect(rocYear(2024)).toBe(113);
    expect(rocYear(1912)).toBe(1);
    expect(rocYear(1911)).toBe(0);
  });
});
