// A year's hour records written the way the national in-service site exports them, so the matching
// can be tried: the teacher's name and school name but no national ID, the course code and title,
// the classification left blank on most rows (the course list has it), ROC dates, the site's own
// column titles (課程代號, 研習名稱, 實核時數/學分數 …). Rows come in course order, as the site lists them.
import { closeSync, openSync, writeSync } from 'node:fs';
import { dateOfDay } from '../../main/engine/dayNumber.ts';
import { decodeCategory } from '../../main/engine/hourCategory.ts';
import { fromHundredths } from '../../main/engine/hundredths.ts';
import { formatRocDate } from '../../main/engine/rocDate.ts';
import type { Sqlite } from '../connection.ts';

export const SITE_HEADER = ['姓名', '服務學校', '課程代號', '研習名稱', '課程類別', '承辦單位', '研習日期', '實核時數/學分數'] as const;

export type SiteRow = [name: string, school: string, code: string, title: string, category: string, organizer: string, date: string, hours: number];

/** Roughly one row in four keeps its classification; the rest rely on the course list. */
const KEEPS_CATEGORY = 4;

/** The year's records as site rows (at most `limit`), in course order. */
export function* siteRows(sqlite: Sqlite, year: number, limit = Number.MAX_SAFE_INTEGER): Generator<SiteRow> {
  const rows = sqlite
    .prepare(`SELECT t.name, s.name AS school, c.code, c.name AS title, c.organizer, r.day, r.hundredths, r.category
      FROM hour_records r JOIN teachers t ON t.id = r.teacher_id JOIN schools s ON s.id = t.school_id JOIN courses c ON c.id = r.course_id
      WHERE t.year = ? ORDER BY r.course_id, r.teacher_id LIMIT ?`)
    .raw()
    .iterate(year, limit) as Iterable<[string, string, string, string | null, string | null, number, number, number]>;
  let n = 0;
  const dates = new Map<number, string>();
  for (const [name, school, code, title, organizer, day, hundredths, category] of rows) {
    let date = dates.get(day);
    if (date === undefined) dates.set(day, (date = formatRocDate(dateOfDay(day))));
    yield [name, school, code, title ?? '', n++ % KEEPS_CATEGORY === 0 ? decodeCategory(category) : '', organizer ?? '', date, fromHundredths(hundredths)];
  }
}

export const COURSE_HEADER = ['課程代碼', '課程名稱', '課程類別', '主辦單位', '課程開始日期', '課程結束日期', '研習時數'] as const;

/** The course list (研習課程) as the database has it, every classification filled in. */
export function* courseRows(sqlite: Sqlite): Generator<Array<string | number>> {
  const rows = sqlite
    .prepare('SELECT code, name, category, organizer, start_day, end_day, hundredths FROM courses WHERE listed = 1 ORDER BY code')
    .raw()
    .iterate() as Iterable<[string, string | null, number | null, string | null, number | null, number | null, number | null]>;
  for (const [code, name, category, organizer, start, end, hundredths] of rows) {
    yield [code, name ?? '', category === null ? '' : decodeCategory(category), organizer ?? '',
      start === null ? '' : formatRocDate(dateOfDay(start)), end === null ? '' : formatRocDate(dateOfDay(end)), hundredths === null ? '' : fromHundredths(hundredths)];
  }
}

const CSV_NEEDS_QUOTES = /[",\r\n]/;
const csvCell = (value: string | number): string => {
  const text = String(value);
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes the rows as UTF-8 CSV with a BOM (what Excel opens correctly); returns the row count. */
export function writeSiteCsv(path: string, rows: Iterable<ReadonlyArray<string | number>>, header: readonly string[] = SITE_HEADER): number {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `\uFEFF${header.join(',')}\r\n`);
    let chunk = '';
    let n = 0;
    for (const row of rows) {
      chunk += `${row.map(csvCell).join(',')}\r\n`;
      n++;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    return n;
  } finally {
    closeSync(fd);
  }
}
