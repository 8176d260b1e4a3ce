// Reading the schedule workbook's sheets: the header row below the title rows, columns by name
// (any order, aliases, full-width folded), and cell values with a Chinese reason when they are wrong.
import * as XLSX from '@e965/xlsx';
import { authorityKey } from '../engine/authorityName.ts';
import { parseDateInput, toInstant } from '../engine/rocDate.ts';
import { COLUMNS, SHEETS, type ColumnDef, type SheetKey } from './scheduleWorkbookLayout.ts';

export interface CellProblem {
  sheet: string;
  /** 1-based as the officer sees it; 0 for a problem of the whole sheet. */
  row: number;
  /** The header as the file writes it; '' for a problem of a row or sheet. */
  column: string;
  reason: string;
}

export function describeProblem(p: CellProblem): string {
  if (p.row === 0) return `「${p.sheet}」工作表：${p.reason}`;
  return p.column === '' ? `「${p.sheet}」第 ${p.row} 列：${p.reason}` : `「${p.sheet}」第 ${p.row} 列「${p.column}」：${p.reason}`;
}

export type Raw = unknown;

export interface DataRow {
  row: number;
  get(column: string): Raw;
  /** Records a problem of this row at the named column (its header as the file writes it). */
  fail(column: string, reason: string): void;
}

export interface Table {
  sheet: string;
  rows: DataRow[];
}

/** Headers compare after full-width folding, without spaces and the '*' templates put on required columns. */
const fold = (text: string): string => text.normalize('NFKC').replace(/[\s*]+/g, '');

const HEADER_SEARCH_ROWS = 10;

function isBlank(value: Raw): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The sheet's rows as DataRows, or null (with a problem when the sheet is required) when it cannot be read. */
export function readTable(wb: XLSX.WorkBook, key: SheetKey, required: boolean, problems: CellProblem[]): Table | null {
  const name = SHEETS[key];
  const actual = wb.SheetNames.find((n) => fold(n) === fold(name));
  const ws = actual === undefined ? undefined : wb.Sheets[actual];
  if (!ws) {
    if (required) problems.push({ sheet: name, row: 0, column: '', reason: '找不到這個工作表' });
    return null;
  }
  const firstRow = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s.r + 1 : 1;
  const grid = XLSX.utils.sheet_to_json<Raw[]>(ws, { header: 1, raw: true, blankrows: true, defval: null });
  const columns: Record<string, ColumnDef> = COLUMNS[key];
  const wanted = Object.values(columns).filter((c) => c.required);
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
    const headers = (grid[i] ?? []).map((cell) => (typeof cell === 'string' || typeof cell === 'number' ? fold(String(cell)) : ''));
    const indexOf = (c: ColumnDef): number => headers.findIndex((h) => h !== '' && [c.label, ...(c.aliases ?? [])].some((n) => fold(n) === h));
    if (wanted.some((c) => indexOf(c) < 0)) continue;
    const at = new Map<string, { index: number; header: string }>();
    for (const c of Object.values(columns)) {
      const index = indexOf(c);
      if (index >= 0) at.set(c.label, { index, header: String(grid[i]?.[index] ?? c.label).trim() });
    }
    const rows: DataRow[] = [];
    for (let j = i + 1; j < grid.length; j++) {
      const cells = grid[j] ?? [];
      if ([...at.values()].every((c) => isBlank(cells[c.index]))) continue;
      const row = firstRow + j;
      rows.push({
        row,
        get: (label) => {
          const c = at.get(label);
          return c === undefined ? null : (cells[c.index] ?? null);
        },
        fail: (label, reason) => problems.push({ sheet: name, row, column: at.get(label)?.header ?? label, reason }),
      });
    }
    return { sheet: name, rows };
  }
  problems.push({ sheet: name, row: 0, column: '', reason: `找不到標題列（需要的欄位：${wanted.map((c) => c.label).join('、')}）` });
  return null;
}

/**
 * The cell as trimmed text, as written (free text keeps its full-width punctuation); '' when blank.
 * The apostrophe the writer puts before a leading = + - @ (safeCellText) is taken off again.
 */
export function text(value: Raw): string {
  if (isBlank(value)) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim().replace(/^'(?=[=+\-@])/, '');
}

/** Text of a cell that names something (an item, a kind, a number): full-width folded. */
export function folded(value: Raw): string {
  return text(value).normalize('NFKC');
}

/**
 * Officers write 台中市, 臺中市政府教育局 or 國教署 for the authority the schedule calls 臺中市 and
 * 教育部國教署: the engine's shared folding gives the one spelling (an empty cell stays empty).
 */
export function authorityName(value: string): string {
  return value.trim() === '' ? '' : authorityKey(value.trim());
}

/** '新北市、臺北市，臺中市' → names, in order. */
export function authorityList(value: Raw): string[] {
  return text(value)
    .split(/[、,，;；\s]+/)
    .map(authorityName)
    .filter((name) => name !== '');
}

/** A time cell as an instant; a date without a time takes `defaultTime` (00:00 opens, 17:00 closes). */
export function instantCell(row: DataRow, column: string, defaultTime: string, date1904: boolean): string | null {
  let value = row.get(column);
  if (isBlank(value)) {
    row.fail(column, `${column}不可空白`);
    return null;
  }
  // Serials of a 1904-based workbook (old Mac Excel) count from 1904-01-01, 1462 days later.
  if (date1904 && typeof value === 'number' && value < 100_000) value += 1462;
  const parsed = parseDateInput(value);
  if (!parsed.ok) {
    row.fail(column, parsed.reason);
    return null;
  }
  return toInstant(parsed.date, parsed.time, defaultTime);
}

/** An optional date cell: null when blank. */
export function dateCell(row: DataRow, column: string, date1904: boolean): string | null | undefined {
  let value = row.get(column);
  if (isBlank(value)) return null;
  if (date1904 && typeof value === 'number' && value < 100_000) value += 1462;
  const parsed = parseDateInput(value);
  if (!parsed.ok) {
    row.fail(column, parsed.reason);
    return undefined;
  }
  return parsed.date;
}

/** A whole number in a cell such as 8, '8', '8月', '第 3 波段'. */
export function wholeNumber(value: Raw, pattern: RegExp): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const m = pattern.exec(folded(value));
  return m ? Number(m[1]) : null;
}

const YES = new Set(['是', 'Y', 'YES', 'V', '✓', '✔', 'TRUE', '1', '已完成', '完成']);
const NO = new Set(['', '否', 'N', 'NO', 'FALSE', '0', '未完成']);

export function doneCell(row: DataRow, column: string): boolean {
  const value = row.get(column);
  if (typeof value === 'boolean') return value;
  const t = folded(value).toUpperCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  row.fail(column, `「${text(value)}」應為「是」或「否」`);
  return false;
}
