// ROC (民國) dates: the one module that turns cell values into dates and instants and shows them.
// A calendar date is 'YYYY-MM-DD'. An instant is an ISO string with the fixed offset of
// Asia/Taipei, e.g. '2024-08-14T17:00:00+08:00' (Taiwan has had no DST since 1979, so +08:00 is
// always right for the years this app handles). Dates before ROC 1 (1912-01-01) are refused
// everywhere: no school year precedes them and the ROC calendar has no plain year for them.

export type ParsedDate = { ok: true; date: string; time: string | null } | { ok: false; reason: string };

const TAIPEI = 'Asia/Taipei';
const ROC_EPOCH = 1911;
const FIRST_ROC_DAY = '1912-01-01';
const DAY_MS = 86_400_000;
const TAIPEI_OFFSET_MS = 8 * 3_600_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An offset-less instant is read as Taipei wall-clock time, which is what every source here means.
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Milliseconds since the epoch of an ISO instant with any offset (none = Taipei). Throws when unreadable. */
export function instantMs(iso: string): number {
  const m = INSTANT_RE.exec(iso);
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`無法辨識的時間「${iso}」`);
  }
  const [hh, mi, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hh > 23 || mi > 59 || ss > 59) throw new RangeError(`無法辨識的時間「${iso}」`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hh, mi, ss);
  const zone = m[7];
  if (zone === undefined) return wall - TAIPEI_OFFSET_MS;
  if (zone === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** The instant (any ISO form, or a Date) written with Taipei's +08:00 offset, to the second. */
export function toTaipeiInstant(value: string | Date): string {
  const ms = typeof value === 'string' ? instantMs(value) : value.getTime();
  if (Number.isNaN(ms)) throw new RangeError('無效的時間');
  const d = new Date(Math.floor(ms / 1000) * 1000 + TAIPEI_OFFSET_MS);
  return `${ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(
    d.getUTCMinutes(),
  )}:${pad2(d.getUTCSeconds())}+08:00`;
}

/** 'HH:MM' or 'HH:MM:SS' → 'HH:MM:SS'; null when not a time of day. */
function normaliseTime(time: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return `${pad2(Number(m[1]))}:${m[2]}:${m[3] ?? '00'}`;
}

/** A Taipei calendar date and wall-clock time as an instant: ('2024-08-14', '17:00') → '2024-08-14T17:00:00+08:00'. */
export function toInstant(date: string, time: string | null, defaultTime = '00:00:00'): string {
  if (!isCalendarDate(date)) throw new RangeError(`無法辨識的日期「${date}」`);
  const hms = normaliseTime(time ?? defaultTime);
  if (hms === null) throw new RangeError(`無法辨識的時間「${time ?? defaultTime}」`);
  return `${date}T${hms}+08:00`;
}

const gregorianParts = new Intl.DateTimeFormat('en-US-u-ca-gregory', {
  timeZone: TAIPEI,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

const rocParts = new Intl.DateTimeFormat('zh-TW-u-ca-roc', {
  timeZone: TAIPEI,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function partsOf(formatter: Intl.DateTimeFormat, ms: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter.formatToParts(ms)) if (p.type !== 'literal' && p.type !== 'era') out[p.type] = Number(p.value);
  return out;
}

/** The Taipei calendar date of an instant (any offset) or a Date. */
export function instantToDate(value: string | Date): string {
  const ms = typeof value === 'string' ? instantMs(value) : value.getTime();
  if (Number.isNaN(ms)) throw new RangeError('無效的時間');
  const p = partsOf(gregorianParts, ms);
  return ymd(p.year ?? 0, p.month ?? 0, p.day ?? 0);
}

/** Calendar dates are taken at Taipei noon so that no zone rule can move them to another day. */
function msOf(value: string | Date): number {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('無效的日期');
    return value.getTime();
  }
  if (isCalendarDate(value)) return instantMs(`${value}T12:00:00+08:00`);
  return instantMs(value);
}

function rocOf(value: string | Date): Record<string, number> {
  const ms = msOf(value);
  if (ms < instantMs(`${FIRST_ROC_DAY}T00:00:00+08:00`)) {
    throw new RangeError(`民國元年以前的日期無法以民國紀年顯示「${String(value)}」`);
  }
  return partsOf(rocParts, ms);
}

/**
 * A date or instant in the ROC calendar, computed in Asia/Taipei: '113/08/05' (slash) or
 * '113年8月5日' (long). Throws a RangeError for values before ROC 1 and for unreadable values.
 */
export function formatRocDate(value: string | Date, style: 'slash' | 'long' = 'slash'): string {
  const p = rocOf(value);
  return style === 'long'
    ? `${p.year}年${p.month}月${p.day}日`
    : `${p.year}/${pad2(p.month ?? 0)}/${pad2(p.day ?? 0)}`;
}

/** An instant as '113/08/05 17:00'; a bare calendar date has no time and is shown as its date alone. */
export function formatRocDateTime(value: string | Date): string {
  if (typeof value === 'string' && isCalendarDate(value)) return formatRocDate(value);
  const p = rocOf(value);
  return `${formatRocDate(value)} ${pad2(p.hour ?? 0)}:${pad2(p.minute ?? 0)}`;
}

/** ROC year of a Gregorian year: 2024 → 113. */
export function rocYear(gregorianYear: number): number {
  return gregorianYear - ROC_EPOCH;
}

/** School year (學年度) of a date or instant: August 1 starts the year (2024-07-31 → 112, 2024-08-01 → 113). */
export function schoolYearOf(value: string | Date): number {
  const date = typeof value === 'string' && isCalendarDate(value) ? value : instantToDate(value);
  const [y, m] = date.split('-').map(Number) as [number, number];
  return rocYear(m >= 8 ? y : y - 1);
}

/** First and last calendar day of a school year: 113 → 2024-08-01 .. 2025-07-31. */
export function schoolYearRange(year: number): { start: string; end: string } {
  return { start: `${year + ROC_EPOCH}-08-01`, end: `${year + ROC_EPOCH + 1}-07-31` };
}

// ---- Reading what officers type or spreadsheets hold -------------------------------------------

const fail = (reason: string): ParsedDate => ({ ok: false, reason });

/**
 * Any date form the importers meet (formats.md "Values"): '2024-08-05', '2024/8/5', '113/08/05',
 * '113.8.5', '1130805', '990805', '113年8月5日', Excel serials, Date cells, ISO instants — each
 * optionally followed by a time ('17:00', '17:00:00', '下午 05:00:00', '下午5時').
 */
export function parseDateInput(value: unknown): ParsedDate {
  if (value instanceof Date) return fromDateCell(value);
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') return fromText(value);
  if (value === null || value === undefined) return fail('日期是空白的');
  return fail(`無法辨識的日期「${String(value)}」`);
}

/** Spreadsheet readers put the cell's wall clock in the Date's UTC fields; seconds are rounded off float noise. */
function fromDateCell(cell: Date): ParsedDate {
  if (Number.isNaN(cell.getTime())) return fail('無效的日期');
  const d = new Date(Math.round(cell.getTime() / 1000) * 1000);
  const [h, mi, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const time = h === 0 && mi === 0 && s === 0 ? null : `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
  return checked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), time, d.toISOString());
}

/**
 * A number cell is an Excel serial (1900 date system), except whole numbers of 6–8 digits, which no
 * plausible serial reaches (100000 is the year 2173): those are ROC/Gregorian digit dates like 1130805.
 */
function fromNumber(n: number): ParsedDate {
  if (!Number.isFinite(n)) return fail(`無法辨識的日期「${n}」`);
  if (Number.isInteger(n) && n >= 100_000) return fromText(String(n));
  if (Math.floor(n) === 60) return fail('Excel 日期序號 60 是不存在的 1900/02/29');
  const parsed = excelSerialToDate(n);
  if (parsed === null) return fail(`無法辨識的日期序號「${n}」`);
  const [y, m, d] = parsed.date.split('-').map(Number) as [number, number, number];
  return checked(y, m, d, parsed.time, String(n));
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the 1900-02-29 that Lotus
 * invented (null here), so from 61 on the serials are one day ahead. The fraction is the time of day.
 */
export function excelSerialToDate(serial: number): { date: string; time: string | null } | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  let day = Math.floor(serial);
  let seconds = Math.round((serial - day) * 86_400);
  if (seconds === 86_400) {
    day += 1;
    seconds = 0;
  }
  if (day === 60) return null;
  const base = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + day * DAY_MS);
  const time = Number.isInteger(serial)
    ? null
    : `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return { date: ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), time };
}

const SEPARATED_RE = /^((?:中華)?民國)?(\d{1,4})([-/.])(\d{1,2})\3(\d{1,2})(?![\d.])(.*)$/;
const CHINESE_RE = /^((?:中華)?民國)? ?(\d{1,4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日號]?(.*)$/;
const DIGITS_RE = /^(\d{6,8})(?!\d)(.*)$/;

interface DateText { year: number; month: number; day: number; roc: boolean; rest: string }

/** Splits a date written out into its parts; a year of fewer than 4 digits (or after 民國) is ROC. */
function splitDateText(text: string): DateText | null {
  const sep = SEPARATED_RE.exec(text);
  const zh = sep ? null : CHINESE_RE.exec(text);
  const found = sep ? [sep[1], sep[2], sep[4], sep[5], sep[6]] : zh ? [zh[1], zh[2], zh[3], zh[4], zh[5]] : null;
  if (found) {
    const [prefix, year = '', month, day, rest = ''] = found;
    if (prefix !== undefined && year.length === 4) return null;
    return { year: Number(year), month: Number(month), day: Number(day), roc: prefix !== undefined || year.length < 4, rest };
  }
  const digits = DIGITS_RE.exec(text);
  if (!digits) return null;
  // 8 digits: YYYYMMDD; 7: YYYMMDD (ROC 100+); 6: YYMMDD (ROC 99 and before).
  const s = digits[1] ?? '';
  const yearLength = s.length - 4;
  return {
    year: Number(s.slice(0, yearLength)),
    month: Number(s.slice(yearLength, yearLength + 2)),
    day: Number(s.slice(yearLength + 2)),
    roc: s.length < 8,
    rest: digits[2] ?? '',
  };
}

function fromText(raw: string): ParsedDate {
  // NFKC folds full-width digits, slashes, colons and spaces to their ASCII forms.
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (text === '') return fail('日期是空白的');
  if (INSTANT_RE.exec(text)?.[7] !== undefined) {
    try {
      const instant = toTaipeiInstant(text);
      return checkedDate(instant.slice(0, 10), instant.slice(11, 19), raw);
    } catch {
      return fail(`不存在的日期「${raw}」`);
    }
  }
  const parts = splitDateText(text);
  if (parts === null) return fail(`無法辨識的日期「${raw}」`);
  const timeText = parts.rest.replace(/^[ T]+/, '');
  const time = timeText === '' ? null : parseTimeOfDay(timeText);
  if (time === null && timeText !== '') return fail(`無法辨識的日期時間「${raw}」`);
  return checked(parts.roc ? parts.year + ROC_EPOCH : parts.year, parts.month, parts.day, time, raw);
}

/** '17:00', '17:00:00', '5:00 PM', '下午 05:00:00', '下午5時', '17時30分' → 'HH:MM:SS'. */
function parseTimeOfDay(text: string): string | null {
  const m =
    /^(上午|下午|AM|PM)? ?(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?|(\d{1,2})[時点點](?:(\d{1,2})分(?:(\d{1,2})秒)?)?) ?(AM|PM)?$/i.exec(
      text,
    );
  if (!m || (m[1] && m[8])) return null;
  let h = Number(m[2] ?? m[5]);
  const mi = Number(m[3] ?? m[6] ?? 0);
  const s = Number(m[4] ?? m[7] ?? 0);
  const meridiem = (m[1] ?? m[8] ?? '').toUpperCase();
  if (meridiem !== '') {
    if (h < 1 || h > 12) return null;
    const afternoon = meridiem === '下午' || meridiem === 'PM';
    if (afternoon && h < 12) h += 12;
    if (!afternoon && h === 12) h = 0;
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
}

function checked(y: number, m: number, d: number, time: string | null, raw: string): ParsedDate {
  if (!isValidYmd(y, m, d)) return fail(`不存在的日期「${raw}」`);
  return checkedDate(ymd(y, m, d), time, raw);
}

function checkedDate(date: string, time: string | null, raw: string): ParsedDate {
  if (date < FIRST_ROC_DAY) return fail(`早於民國元年的日期「${raw}」`);
  return { ok: true, date, time };
}
