// The schedule workbook (as scheduleWorkbook.ts writes it, or as an officer fills it in) back into
// a Schedule. Every bad cell is collected with its sheet, row and column before anything is
// refused, so the officer fixes the file in one pass; whether the schedule makes sense (end after
// start, each authority once …) is the engine's validateSchedule, run by the caller.
import { readFileSync, statSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { AuthorityWindow, Schedule, SchoolGroup, TeacherWave, TimelineEntry, WindowKind } from '../engine/schedule.ts';
import {
  authorityList,
  authorityName,
  dateCell,
  folded,
  doneCell,
  instantCell,
  readTable,
  text,
  wholeNumber,
  type CellProblem,
  type DataRow,
  type Table,
} from './scheduleWorkbookCells.ts';
import { COLUMNS, KIND_LABELS, PERIOD_ITEMS, SHEETS } from './scheduleWorkbookLayout.ts';

export { describeProblem, type CellProblem } from './scheduleWorkbookCells.ts';

/** The workbook was turned away; nothing was read into the database. */
export class ScheduleWorkbookRefused extends Error {
  readonly problems: CellProblem[];
  constructor(message: string, problems: CellProblem[] = []) {
    super(message);
    this.name = 'ScheduleWorkbookRefused';
    this.problems = problems;
  }
}

export interface ScheduleWorkbookRead {
  schedule: Schedule;
  /** '「教師填寫波段」第 6 列' for a violation path of the schedule; null when no row holds it. */
  locate(path: string): string | null;
}

const MAX_BYTES = 10 * 1024 * 1024;
const OPEN = '00:00:00';
const CLOSE = '17:00:00';

export function readScheduleWorkbook(path: string, year: number): ScheduleWorkbookRead {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ScheduleWorkbookRefused(`無法開啟檔案「${path}」，請確認檔案存在且沒有被其他程式鎖定。`);
  }
  if (size === 0) throw new ScheduleWorkbookRefused('檔案是空的（0 位元組），沒有可匯入的時程。');
  if (size > MAX_BYTES) throw new ScheduleWorkbookRefused('檔案超過 10 MB，不是本程式匯出的時程活頁簿。');
  return parseScheduleWorkbook(readFileSync(path), year);
}

/** True for a workbook this app wrote (or one with its sheets): the only kind an export may overwrite. */
export function isScheduleWorkbook(path: string): boolean {
  try {
    const buf = readFileSync(path);
    if (!isWorkbookBytes(buf) || buf.length > MAX_BYTES) return false;
    const names = XLSX.read(buf, { type: 'buffer', bookSheets: true }).SheetNames;
    return [SHEETS.groups, SHEETS.waves, SHEETS.timeline].every((name) => names.includes(name));
  } catch {
    return false;
  }
}

/** xlsx is a zip ('PK'), the old .xls an OLE compound file; anything else is not a workbook. */
function isWorkbookBytes(buf: Buffer): boolean {
  return (buf[0] === 0x50 && buf[1] === 0x4b) || buf.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
}

export function parseScheduleWorkbook(buf: Buffer, year: number): ScheduleWorkbookRead {
  if (!isWorkbookBytes(buf)) throw new ScheduleWorkbookRefused('不是 Excel 活頁簿（.xlsx），請匯入由「年度時程」匯出的檔案。');
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: 'buffer', cellDates: false, cellFormula: false, cellHTML: false });
  } catch (error) {
    const encrypted = /password|encrypt/i.test(String((error as Error).message));
    throw new ScheduleWorkbookRefused(encrypted ? '檔案有密碼保護，請先在 Excel 移除密碼後再匯入。' : '檔案無法讀取，可能已損毀。');
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const problems: CellProblem[] = [];
  const tables = {
    period: readTable(wb, 'period', true, problems),
    groups: readTable(wb, 'groups', true, problems),
    waves: readTable(wb, 'waves', true, problems),
    own: readTable(wb, 'own', false, problems),
    timeline: readTable(wb, 'timeline', true, problems),
  };
  const period = readPeriod(tables.period, problems, date1904);
  const schoolGroups = (tables.groups?.rows ?? []).map((r) => readGroup(r, date1904));
  const teacherWaves = (tables.waves?.rows ?? []).map((r) => readWave(r, date1904));
  const authorityWindows = (tables.own?.rows ?? []).map((r) => readOwnWindow(r, date1904));
  const timeline = (tables.timeline?.rows ?? []).map((r) => readTask(r, date1904));
  if (problems.length > 0) throw new ScheduleWorkbookRefused(`時程活頁簿有 ${problems.length} 個問題`, problems);

  const schedule: Schedule = {
    year,
    open: { start: period.openStart!, end: period.openEnd! },
    rosterCutoff: period.rosterCutoff,
    schoolGroups,
    teacherWaves,
    authorityWindows,
    timeline,
  };
  const rowsOf = (table: Table | null): number[] => table?.rows.map((r) => r.row) ?? [];
  const located: Record<string, { sheet: string; rows: number[] }> = {
    schoolGroups: { sheet: SHEETS.groups, rows: rowsOf(tables.groups) },
    teacherWaves: { sheet: SHEETS.waves, rows: rowsOf(tables.waves) },
    authorityWindows: { sheet: SHEETS.own, rows: rowsOf(tables.own) },
    timeline: { sheet: SHEETS.timeline, rows: rowsOf(tables.timeline) },
  };
  return {
    schedule,
    locate(path) {
      if (path === 'open' || path.startsWith('open.') || path === 'rosterCutoff') return `「${SHEETS.period}」`;
      const m = /^(\w+)\[(\d+)\]/.exec(path);
      const where = m ? located[m[1] ?? ''] : undefined;
      const row = where?.rows[Number(m?.[2])];
      return where && row !== undefined ? `「${where.sheet}」第 ${row} 列` : null;
    },
  };
}

interface Period {
  openStart: string | null;
  openEnd: string | null;
  rosterCutoff: string | null;
}

function readPeriod(table: Table | null, problems: CellProblem[], date1904: boolean): Period {
  const out: Period = { openStart: null, openEnd: null, rosterCutoff: null };
  if (!table) return out;
  const c = COLUMNS.period;
  const keys = Object.keys(PERIOD_ITEMS) as (keyof typeof PERIOD_ITEMS)[];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const item = folded(row.get(c.item.label)).replace(/\s/g, '');
    const key = keys.find((k) => PERIOD_ITEMS[k] === item);
    if (key === undefined) {
      row.fail(c.item.label, `不認得的項目「${item}」（應為${keys.map((k) => PERIOD_ITEMS[k]).join('、')}）`);
      continue;
    }
    if (seen.has(key)) {
      row.fail(c.item.label, `「${item}」重複`);
      continue;
    }
    seen.add(key);
    // The roster cutoff may be unknown (106's plan does not say): a blank cell means none.
    if (key === 'rosterCutoff' && text(row.get(c.time.label)) === '') continue;
    out[key] = instantCell(row, c.time.label, key === 'openStart' ? OPEN : CLOSE, date1904);
  }
  for (const key of ['openStart', 'openEnd'] as const) {
    if (!seen.has(key)) problems.push({ sheet: table.sheet, row: 0, column: '', reason: `缺少「${PERIOD_ITEMS[key]}」這一列` });
  }
  return out;
}

function readGroup(row: DataRow, date1904: boolean): SchoolGroup {
  const c = COLUMNS.groups;
  // 'A組' and 'A 組' name group A, as the letters write it.
  const name = folded(row.get(c.name.label)).replace(/\s*組$/, '');
  if (name === '') row.fail(c.name.label, `${c.name.label}不可空白`);
  return {
    name,
    start: instantCell(row, c.start.label, OPEN, date1904) ?? '',
    end: instantCell(row, c.end.label, CLOSE, date1904) ?? '',
    authorities: members(row, c.authorities.label),
  };
}

function readWave(row: DataRow, date1904: boolean): TeacherWave {
  const c = COLUMNS.waves;
  const wave = wholeNumber(row.get(c.wave.label), /^第?\s*(\d{1,3})\s*(?:波段|波)?$/);
  if (wave === null || wave < 1) row.fail(c.wave.label, `「${text(row.get(c.wave.label))}」不是波段編號（應為 1、2、3 這樣的正整數）`);
  return {
    wave: wave ?? 0,
    start: instantCell(row, c.start.label, OPEN, date1904) ?? '',
    end: instantCell(row, c.end.label, CLOSE, date1904) ?? '',
    authorities: members(row, c.authorities.label),
  };
}

function members(row: DataRow, column: string): string[] {
  const list = authorityList(row.get(column));
  if (list.length === 0) row.fail(column, '沒有列出任何主管機關（以「、」分隔）');
  return list;
}

function readOwnWindow(row: DataRow, date1904: boolean): AuthorityWindow {
  const c = COLUMNS.own;
  const authority = authorityName(text(row.get(c.authority.label)));
  if (authority === '') row.fail(c.authority.label, `${c.authority.label}不可空白`);
  const kindText = folded(row.get(c.kind.label));
  const kind = (Object.keys(KIND_LABELS) as WindowKind[]).find((k) => KIND_LABELS[k] === kindText || KIND_LABELS[k].slice(0, 2) === kindText);
  if (kind === undefined) row.fail(c.kind.label, `「${kindText}」應為「${KIND_LABELS.school}」或「${KIND_LABELS.teacher}」`);
  return {
    authority,
    kind: kind ?? 'school',
    start: instantCell(row, c.start.label, OPEN, date1904) ?? '',
    end: instantCell(row, c.end.label, CLOSE, date1904) ?? '',
  };
}

function readTask(row: DataRow, date1904: boolean): TimelineEntry {
  const c = COLUMNS.timeline;
  const month = wholeNumber(row.get(c.month.label), /^(\d{1,2})\s*月?$/);
  if (month === null || month < 1 || month > 12) row.fail(c.month.label, `「${text(row.get(c.month.label))}」應為 1 到 12 的月份`);
  const task = text(row.get(c.task.label));
  if (task === '') row.fail(c.task.label, `${c.task.label}不可空白`);
  return {
    date: dateCell(row, c.date.label, date1904) ?? null,
    month: month ?? 0,
    task,
    unit: text(row.get(c.unit.label)),
    done: doneCell(row, c.done.label),
    note: text(row.get(c.note.label)),
  };
}
