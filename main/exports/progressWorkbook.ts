// The filing-progress table (進修規劃 › 填報進度) as a printable workbook: per authority, then per
// stage within it, the schools' and teachers' counts by filing status and the on-time rates, with
// each authority's windows; the nation last. Rates are numbers formatted as percentages.

import type { Sqlite } from '../../db/connection.ts';
import { filingProgress } from '../../db/queries/planProgress.ts';
import { formatRocDateTime } from '../engine/rocDate.ts';
import { writeStyledXlsx, type CellValue, type Column } from './xlsx/workbook.ts';

interface Counts {
  total: number;
  onTime: number;
  outsideWindow: number;
  returned: number;
  draft: number;
  none: number;
}

interface Cell {
  schools: Counts;
  teachers: Counts;
  schoolRate: number | null;
  teacherRate: number | null;
}

const SIDE = ['總數', '期限內送出', '非填報期間送出', '退回修改', '暫存', '未填寫'] as const;

const side = (c: Counts): number[] => [c.total, c.onTime, c.outsideWindow, c.returned, c.draft, c.none];

const windowText = (w: { start: string; end: string } | null): string | null => (w ? `${formatRocDateTime(w.start)} 至 ${formatRocDateTime(w.end)}` : null);

function row(authority: string, stage: string, c: Cell, windows: [string | null, string | null] = [null, null]): CellValue[] {
  return [authority, stage, ...side(c.schools), c.schoolRate, ...side(c.teachers), c.teacherRate, ...windows];
}

/** Writes the year's filing progress to `path`; returns the number of table rows. */
export async function writeProgressWorkbook(sqlite: Sqlite, year: number, path: string, at: Date = new Date()): Promise<{ rows: number }> {
  const progress = filingProgress(sqlite, year);
  const rows: CellValue[][] = [];
  for (const a of progress.authorities) {
    rows.push(row(a.authority, '全部', a, [windowText(a.schoolWindow), windowText(a.teacherWindow)]));
    for (const s of a.stages) rows.push(row(a.authority, s.stage, s));
  }
  rows.push(row('全國', '全部', progress));
  const columns: Column[] = [
    { header: '主管機關', width: 14 },
    { header: '學制', width: 12 },
    ...SIDE.map((h): Column => ({ header: `學校${h}`, width: 9, kind: 'integer' })),
    { header: '學校填報率', width: 10, kind: 'percent' },
    ...SIDE.map((h): Column => ({ header: `教師${h}`, width: 9, kind: 'integer' })),
    { header: '教師填報率', width: 10, kind: 'percent' },
    { header: '學校規劃填報期間', width: 30 },
    { header: '教師規劃填報期間', width: 30 },
  ];
  await writeStyledXlsx(
    path,
    [{ name: '填報進度', titles: [`${year}學年度　學校與教師規劃填報進度`, `統計時間：${formatRocDateTime(at)}；填報率＝期限內送出÷總數`], columns, rows }],
    { printedOn: at },
  );
  return { rows: rows.length };
}
