// Which sheet of the workbook holds which part of an import, and where its header row is. All of a
// file's structural problems (no such sheet, a required column missing, nothing under the header)
// are found here, before a single record is handed on.

import { refuse, throwIfAborted } from './errors.ts';
import type { ColumnSpec, KindSpec, SheetSpec } from './columns.ts';
import { findHeader, HEADER_SEARCH_ROWS, normalizeHeader } from './header.ts';
import type { HeaderMatch } from './header.ts';
import type { SheetRow, Spreadsheet } from './read/types.ts';
import { isBlankRow } from './validate.ts';
import type { SheetLayout } from './validate.ts';

interface SheetHead {
  /** The first non-blank rows: enough to find the header and see one data row under it. */
  rows: SheetRow[];
}

async function readHead(book: Spreadsheet, sheet: string, signal: AbortSignal | undefined): Promise<SheetHead> {
  const rows: SheetRow[] = [];
  for await (const batch of book.rowBatches(sheet)) {
    throwIfAborted(signal);
    for (const r of batch) if (!isBlankRow(r.cells)) rows.push(r);
    if (rows.length > HEADER_SEARCH_ROWS) break;
  }
  return { rows: rows.slice(0, HEADER_SEARCH_ROWS + 1) };
}

const columnNames = (column: ColumnSpec): string => [column.label, ...(column.aliases ?? [])].join('／');

function missingColumns(sheet: string, missing: readonly ColumnSpec[]): Error {
  return refuse(
    'missing-columns',
    `工作表「${sheet}」缺少必要欄位：${missing.map(columnNames).join('、')}（標題列須在前 ${HEADER_SEARCH_ROWS} 列內）`,
  );
}

function layoutOf(spec: SheetSpec, sheet: string, headerRow: number, match: HeaderMatch): SheetLayout {
  return {
    key: spec.key,
    sheet,
    headerRow,
    columns: match.columns,
    unknownColumns: match.unknown,
    questions: match.questions.map((q) => q.header),
    questionIndexes: match.questions.map((q) => q.index),
  };
}

export async function locateSheets(book: Spreadsheet, kind: KindSpec, signal?: AbortSignal): Promise<SheetLayout[]> {
  const heads = new Map<string, SheetHead>();
  const head = async (sheet: string): Promise<SheetHead> => {
    let h = heads.get(sheet);
    if (!h) {
      h = await readHead(book, sheet, signal);
      heads.set(sheet, h);
    }
    return h;
  };
  const used = new Set<string>();
  const layouts: SheetLayout[] = [];
  for (const [position, spec] of kind.sheets.entries()) {
    const wanted = normalizeHeader(spec.name);
    const named = book.sheets.filter((s) => !used.has(s) && normalizeHeader(s) === wanted);
    // A sheet under another name (Sheet1, a csv's file name) is taken when its header fits.
    const candidates = [...named, ...book.sheets.filter((s) => !used.has(s) && !named.includes(s))];
    let closest: { sheet: string; match: HeaderMatch } | null = null;
    let found: SheetLayout | null = null;
    let foundHead: SheetHead | null = null;
    for (const sheet of candidates) {
      const h = await head(sheet);
      const search = findHeader(h.rows, spec);
      if (search.found) {
        found = layoutOf(spec, sheet, search.row, search.match);
        foundHead = h;
        break;
      }
      // For the refusal: the sheet bearing the right name, else the one that came closest.
      const rank = (c: { sheet: string; match: HeaderMatch }): number =>
        (named.includes(c.sheet) ? 0 : 1000) + c.match.missing.length;
      const candidate = search.closest ? { sheet, match: search.closest } : null;
      if (candidate && (!closest || rank(candidate) < rank(closest))) closest = candidate;
    }
    if (!found || !foundHead) {
      if (!spec.required) continue;
      if (closest) throw missingColumns(closest.sheet, closest.match.missing);
      if (named[0] !== undefined) throw missingColumns(named[0], spec.columns.filter((c) => c.required));
      const nonEmpty = [];
      for (const s of candidates) if ((await head(s)).rows.length > 0) nonEmpty.push(s);
      if (nonEmpty.length === 0 && used.size === 0) throw refuse('empty', '檔案裡沒有任何資料');
      if (kind.sheets.length > 1) {
        throw refuse('missing-sheet', `找不到工作表「${spec.name}」（${kind.label}匯入檔須有此工作表）`);
      }
      throw missingColumns(nonEmpty[0] ?? book.sheets[0] ?? spec.name, spec.columns.filter((c) => c.required));
    }
    const headerRow = found.headerRow;
    if (position === 0 && !foundHead.rows.some((r) => r.row > headerRow)) {
      throw refuse('no-data-rows', `工作表「${found.sheet}」只有標題列，沒有任何資料列`);
    }
    used.add(found.sheet);
    layouts.push(found);
  }
  return layouts;
}
