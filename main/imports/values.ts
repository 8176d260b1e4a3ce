// Cell values → domain values (formats.md "Values"). Each parser returns the value, null for a blank
// cell, or an Invalid with the Chinese reason the import report shows. Dates go through the engine's
// parseDateInput: there is one date parser in this code base.

import { parseDateInput } from '../engine/rocDate.ts';
import { nationalIdProblem, normalizeNationalId } from '../engine/nationalId.ts';
import type { CellValue } from './read/types.ts';

export class Invalid {
  readonly reason: string;

  constructor(reason: string) {
    this.reason = reason;
  }
}

export type Parsed<T> = T | null | Invalid;

export interface DateTimeValue {
  date: string;
  time: string | null;
}

/** A value quoted back to the officer, shortened so one bad cell cannot flood the report. */
function quote(value: CellValue): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 19).replace('T', ' ') : String(value);
  return `「${text.length > 40 ? `${text.slice(0, 40)}…` : text}」`;
}

const NON_ASCII_RE = /[^\x00-\x7f]/;

/** Full-width characters folded (NFKC) — skipped for plain ASCII, which is what most cells are. */
function fold(text: string): string {
  return NON_ASCII_RE.test(text) ? text.normalize('NFKC') : text;
}

/** Whether String.prototype.trim would remove this UTF-16 unit (WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 160 && (c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

export function isBlank(cell: CellValue | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Twenty million cells of an hour file: a cell whose first character trim() keeps is not blank,
  // decided without trimming it.
  return cell.length === 0 || (isTrimmed(cell.charCodeAt(0)) && cell.trim() === '');
}

export function parseText(cell: CellValue): Parsed<string> {
  if (isBlank(cell)) return null;
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const d = parseDateInput(cell);
  return d.ok ? d.date : new Invalid(d.reason);
}

const DECIMAL_ZERO_RE = /^(\d+)\.0+$/;
// Excel's scientific display: one digit, optional fraction, E with an exponent ('1.93601E+05', '2E+05').
const SCIENTIFIC_RE = /^(\d)(?:\.(\d+))?E(\+)?(\d{1,2})$/i;

/**
 * Codes that Excel turned into numbers are restored to their text: 193601, '193601.0',
 * '1.93601E5' → '193601'. Codes typed as text keep their leading zeros.
 */
export function parseCode(cell: CellValue): Parsed<string> {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 0 && cell < 1e21) return cell.toFixed(0);
    return new Invalid(`${quote(cell)}不是有效的代碼`);
  }
  if (cell instanceof Date) {
    return new Invalid('代碼被試算表轉成了日期，請把這一欄設為「文字」格式後重新輸入代碼');
  }
  if (typeof cell !== 'string') return new Invalid(`${quote(cell)}不是有效的代碼`);
  const text = fold(cell).trim();
  if (text.indexOf('.') < 0 && text.indexOf('+') < 0) return text;
  const decimal = DECIMAL_ZERO_RE.exec(text);
  if (decimal) return decimal[1] ?? text;
  const sci = SCIENTIFIC_RE.exec(text);
  if (sci && (sci[2] !== undefined || sci[3] !== undefined)) {
    const digits = `${sci[1]}${sci[2] ?? ''}`;
    const zeros = Number(sci[4]) - (sci[2]?.length ?? 0);
    if (zeros >= 0) return digits.replace(/^0+(?=\d)/, '') + '0'.repeat(zeros);
  }
  return text;
}

const CLEAN_ID_RE = /^[A-Z][0-9A-D]\d{8}$/;

export function parseNationalId(cell: CellValue): Parsed<string> {
  if (isBlank(cell)) return null;
  if (typeof cell !== 'string') return new Invalid('身分證字號格式錯誤（應為 1 個英文字母加 9 個數字）');
  const id = CLEAN_ID_RE.test(cell) ? cell : normalizeNationalId(cell);
  switch (nationalIdProblem(id)) {
    case null:
      return id;
    case 'check-digit':
      return new Invalid('身分證字號檢查碼錯誤');
    default:
      return new Invalid('身分證字號格式錯誤（應為 1 個英文字母加 9 個數字）');
  }
}

const PLAIN_NUMBER_RE = /^\d+(?:\.\d+)?$/;

function numberFrom(cell: CellValue): number | Invalid {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : new Invalid(`${quote(cell)}不是數字`);
  if (typeof cell !== 'string') return new Invalid(`${quote(cell)}不是數字`);
  if (PLAIN_NUMBER_RE.test(cell)) return Number(cell);
  const text = fold(cell).trim().replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return new Invalid(`${quote(cell)}不是數字`);
  return Number(text);
}

/** Non-negative, at most two decimals, under 1000 in one record. */
export function parseHours(cell: CellValue): Parsed<number> {
  if (isBlank(cell)) return null;
  const n = numberFrom(cell);
  if (n instanceof Invalid) return n;
  if (n < 0) return new Invalid('時數不可為負數');
  if (n >= 1000) return new Invalid(`時數 ${n} 達 1000 小時以上，不是合理的單筆時數`);
  const cents = Math.round(n * 100);
  if (Math.abs(n * 100 - cents) > 1e-6) return new Invalid(`時數 ${n} 超過兩位小數`);
  return cents / 100;
}

/** A non-negative whole number (student counts). */
export function parseCount(cell: CellValue): Parsed<number> {
  if (isBlank(cell)) return null;
  const n = numberFrom(cell);
  if (n instanceof Invalid) return n;
  if (!Number.isInteger(n) || n < 0) return new Invalid(`${quote(cell)}不是正整數`);
  return n;
}

const optionKey = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A parser for one of the vocabulary's options, matched like headers are (full-width and spaces folded). */
export function enumParser(options: readonly string[]): (cell: CellValue) => Parsed<string> {
  const byKey = new Map<string, string>();
  for (const o of options) {
    byKey.set(o, o);
    byKey.set(optionKey(o), o);
  }
  const allowed = options.join('、');
  return (cell) => {
    if (isBlank(cell)) return null;
    const text = String(cell);
    return byKey.get(text) ?? byKey.get(optionKey(text)) ?? new Invalid(`${quote(cell)}不是可用的選項（可填：${allowed}）`);
  };
}

export function parseEnum(cell: CellValue, options: readonly string[]): Parsed<string> {
  return enumParser(options)(cell);
}

const DAY_MS = 86_400_000;
// Date.UTC would read the years 0–99 as 1900–1999.
const YEAR_1 = Date.parse('0001-01-01T00:00:00Z');
const YEAR_201 = Date.parse('0201-01-01T00:00:00Z');

/**
 * LibreOffice reads a typed 113/10/01 as a real date in the year 113 (of the Julian calendar, which
 * it uses before 1582). No date this app handles lies in the first two centuries, so such a date
 * cell is taken as the ROC date it was meant to be.
 */
export function restoreRocDateCell(cell: Date): Date {
  const ms = cell.getTime();
  if (!(ms >= YEAR_1 && ms < YEAR_201)) return cell;
  const days = Math.floor(ms / DAY_MS);
  // Julian calendar date of the day (Richards' algorithm over the Julian day number).
  const c = days + 2_440_588 + 32_082;
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = d - 4800 + Math.floor(m / 10);
  return new Date(Date.UTC(year + 1911, month - 1, day) + (ms - days * DAY_MS));
}

export function parseDate(cell: CellValue): Parsed<string> {
  if (isBlank(cell)) return null;
  const d = parseDateInput(cell instanceof Date ? restoreRocDateCell(cell) : cell);
  return d.ok ? d.date : new Invalid(d.reason);
}

export function parseDateTime(cell: CellValue): Parsed<DateTimeValue> {
  if (isBlank(cell)) return null;
  const d = parseDateInput(cell instanceof Date ? restoreRocDateCell(cell) : cell);
  return d.ok ? { date: d.date, time: d.time } : new Invalid(d.reason);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(cell: CellValue): Parsed<string> {
  if (isBlank(cell)) return null;
  const text = fold(String(cell)).trim();
  return EMAIL_RE.test(text) ? text : new Invalid(`${quote(cell)}不是有效的 Email`);
}

/**
 * Every Taiwanese phone number starts with 0, which a number cell cannot hold: an 8–9 digit number
 * (02-2345-6789 → 223456789, 0912-345-678 → 912345678) gets its 0 back.
 */
export function parsePhone(cell: CellValue): Parsed<string> {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1e7 && cell < 1e9) return `0${cell}`;
  return parseText(cell);
}

/** A survey answer: a score 1–5, or free text. */
export function parseAnswer(cell: CellValue): Parsed<number | string> {
  if (isBlank(cell)) return null;
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.normalize('NFKC').trim() : null;
  if (text !== null && /^[1-5]$/.test(text)) return Number(text);
  return typeof cell === 'string' ? cell.trim() : parseText(cell);
}
