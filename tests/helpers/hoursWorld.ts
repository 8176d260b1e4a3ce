// A small registry made for the matching rules: two authorities, four schools, teachers whose names
// repeat in exactly the ways formats.md talks about — and writers for hour and course files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sqlite } from '../../db/connection.ts';
import { builtInClassificationVersion, ensureSchoolYear } from '../../db/queries/yearSetup.ts';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';

export const TEACHERS = {
  /** 王小明 at 文雅國小 (臺中市), found by ID. */
  wang: { name: '王小明', school: '193601' },
  /** 李大華 at 文雅國小 and at 永和國小: one per school, two in 臺中市. */
  leeA: { name: '李大華', school: '193601' },
  leeB: { name: '李大華', school: '193602' },
  /** 陳美玲 twice at 文雅國小. */
  chenA: { name: '陳美玲', school: '193601' },
  chenB: { name: '陳美玲', school: '193601' },
  /** 張雅婷 only at 永和國小: unique in 臺中市. */
  chang: { name: '張雅婷', school: '193602' },
  /** 林志明 at 光華國小 (屏東縣). */
  lin: { name: '林志明', school: '133601' },
} as const;
export type TeacherKey = keyof typeof TEACHERS;

export const SCHOOLS = [
  { code: '193601', name: '臺中市立文雅國民小學', authority: '臺中市' },
  { code: '193602', name: '臺中市立永和國民小學', authority: '臺中市' },
  { code: '193603', name: '臺中市立光明國民中學', authority: '臺中市' },
  { code: '133601', name: '屏東縣立光華國民小學', authority: '屏東縣' },
] as const;

function idOf(n: number): string {
  const body = `B${n % 2 ? 1 : 2}${String(1_000_000 + n).slice(-7)}`;
  return body + String(nationalIdCheckDigit(body));
}

/** The world of year `year` (default 113); returns each teacher's id and national ID. */
export function buildHoursWorld(sqlite: Sqlite, year = 113): Record<TeacherKey, { id: number; nationalId: string }> {
  return sqlite.transaction(() => {
    ensureSchoolYear(sqlite, year, { classificationVersionId: builtInClassificationVersion(sqlite), isDemo: false });
    const authorityIds = new Map<string, number>();
    for (const [i, name] of ['臺中市', '屏東縣'].entries()) {
      const id = sqlite.prepare('INSERT INTO authorities (year, code, name, sort_order) VALUES (?, ?, ?, ?)').run(year, `A${i}`, name, i).lastInsertRowid;
      authorityIds.set(name, Number(id));
    }
    const schoolIds = new Map<string, number>();
    for (const s of SCHOOLS) {
      const id = sqlite
        .prepare("INSERT INTO schools (year, authority_id, code, name, stage) VALUES (?, ?, ?, ?, '國小')")
        .run(year, authorityIds.get(s.authority), s.code, s.name).lastInsertRowid;
      schoolIds.set(s.code, Number(id));
    }
    const out = {} as Record<TeacherKey, { id: number; nationalId: string }>;
    for (const [i, [key, t]] of Object.entries(TEACHERS).entries()) {
      const nationalId = idOf(i + year * 100);
      const id = sqlite
        .prepare('INSERT INTO teachers (year, school_id, national_id, name) VALUES (?, ?, ?, ?)')
        .run(year, schoolIds.get(t.school), nationalId, t.name).lastInsertRowid;
      out[key as TeacherKey] = { id: Number(id), nationalId };
    }
    return out;
  })();
}

export interface HourRow {
  name: string;
  courseCode: string;
  hours: number | string;
  date: string;
  nationalId?: string;
  schoolCode?: string;
  schoolName?: string;
  category?: string;
  courseName?: string;
}

const HOUR_COLUMNS: ReadonlyArray<[keyof HourRow, string]> = [
  ['name', '姓名'],
  ['nationalId', '身分證字號'],
  ['schoolCode', '學校代碼'],
  ['schoolName', '服務學校'],
  ['courseCode', '課程代碼'],
  ['courseName', '課程名稱'],
  ['category', '課程類別'],
  ['date', '研習日期'],
  ['hours', '實核時數'],
];

const cell = (value: unknown): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** An hour file as CSV (row 1 the header, the first record row 2). */
export function writeHourCsv(dir: string, name: string, rows: readonly HourRow[]): string {
  const lines = [HOUR_COLUMNS.map(([, label]) => label).join(',')];
  for (const r of rows) lines.push(HOUR_COLUMNS.map(([key]) => cell(r[key])).join(','));
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

export function writeCourseCsv(dir: string, name: string, rows: ReadonlyArray<{ code: string; name: string; category?: string; hours?: number }>): string {
  const lines = ['課程代碼,課程名稱,課程類別,研習時數'];
  for (const r of rows) lines.push([r.code, r.name, r.category ?? '', r.hours ?? ''].map(cell).join(','));
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

/** Totals as stored, and as a fresh sum over the records: they must always agree. */
export function totalsBothWays(sqlite: Sqlite) {
  const stored = sqlite.prepare('SELECT teacher_id, year, records, total, d1, d2, d3, d4, d5, d6 FROM hour_totals ORDER BY teacher_id').all();
  const fresh = sqlite
    .prepare(`SELECT r.teacher_id, t.year, COUNT(*) AS records, SUM(r.hundredths) AS total,
        ${[1, 2, 3, 4, 5, 6].map((d) => `SUM(CASE WHEN r.category / 10000 = ${d} THEN r.hundredths ELSE 0 END) AS d${d}`).join(', ')}
      FROM hour_records r JOIN teachers t ON t.id = r.teacher_id GROUP BY r.teacher_id ORDER BY r.teacher_id`)
    .all();
  return { stored, fresh };
}
