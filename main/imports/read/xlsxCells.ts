// Cell values in a worksheet's XML, decoded straight from the text without substrings where
// possible: the per-cell work of the sheet scanner (xlsxSheet.ts).

import { decodeXml } from './xml.ts';

// The cell's t attribute, as small integers for the scanner's switch.
export const T_NUMBER = 0;
export const T_SHARED = 1;
export const T_STRING = 2;
export const T_INLINE = 3;
export const T_BOOLEAN = 4;
export const T_ERROR = 5;
export const T_DATE = 6;

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A date-formatted serial as a Date whose UTC fields are the wall clock Excel shows. */
export function serialToDate(serial: number, date1904: boolean): Date | number {
  if (date1904) return new Date(Math.round((serial + 1462 - UNIX_EPOCH_SERIAL) * DAY_MS));
  // 0..1 is a time of day without a date. Serial 60 is Lotus's 1900-02-29, which never was;
  // parseDateInput explains that to the officer.
  if ((serial >= 0 && serial < 1) || Math.floor(serial) === 60) return serial;
  // Negative serials are LibreOffice's dates before 1900 (counted from 1899-12-30, as from 61 on).
  const base = serial > 0 && serial < 60 ? UNIX_EPOCH_SERIAL - 1 : UNIX_EPOCH_SERIAL;
  return new Date(Math.round((serial - base) * DAY_MS));
}

export function digitsAt(buf: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = buf.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return n;
}

/** 'C12' → 2; -1 when the reference has no column letters. */
export function columnAt(buf: string, a: number, b: number): number {
  let col = 0;
  for (let i = a; i < b; i++) {
    const c = buf.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

export function typeAt(buf: string, a: number, b: number): number {
  const c = buf.charCodeAt(a);
  const length = b - a;
  if (length === 1) {
    if (c === 115) return T_SHARED;
    if (c === 98) return T_BOOLEAN;
    if (c === 101) return T_ERROR;
    if (c === 100) return T_DATE;
    return T_NUMBER;
  }
  if (length === 3 && c === 115) return T_STRING;
  if (length === 9 && c === 105) return T_INLINE;
  return T_NUMBER;
}

/**
 * Plain decimals of up to 15 digits are built from their digits (exact: an integer below 2^53
 * divided by a power of ten rounds correctly); anything else goes through Number().
 */
export function numberAt(buf: string, a: number, b: number): number | string | null {
  let i = a;
  const negative = buf.charCodeAt(i) === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; i < b; i++) {
    const c = buf.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (dot) scale *= 10;
    } else if (c === 46 && !dot) {
      dot = true;
    } else {
      digits = 99;
      break;
    }
  }
  if (digits > 0 && digits <= 15) {
    const v = dot ? mantissa / scale : mantissa;
    return negative ? -v : v;
  }
  const text = buf.slice(a, b).trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isNaN(n) ? decodeXml(text) : n;
}

/** t="d" cells hold ISO 8601 text; without an offset it is the wall clock, kept in the UTC fields. */
export function isoToDate(text: string): Date | string {
  const t = text.trim();
  const withZone = /(?:Z|[+-]\d\d:?\d\d)$/.test(t) ? t : t.length <= 10 ? `${t}T00:00:00Z` : `${t}Z`;
  const d = new Date(withZone);
  return Number.isNaN(d.getTime()) ? t : d;
}
