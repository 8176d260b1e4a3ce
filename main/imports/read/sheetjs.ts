// .xls (BIFF in an OLE container) and the HTML/XML tables that some systems save with an .xls name
// are small by nature and parsed whole by SheetJS (the maintained @e965/xlsx build); the file-size
// cap of the caller bounds the memory this takes.

import * as XLSX from '@e965/xlsx';
import { DAMAGED_MESSAGE, refuse } from '../errors.ts';
import type { ImportLimits } from '../limits.ts';
import { isDateFormatCode } from './numFmt.ts';
import { cappedBatches, eachRow, missingSheet } from './stream.ts';
import type { CellValue, SheetRow, Spreadsheet } from './types.ts';
import { serialToDate } from './xlsxCells.ts';

const BATCH = 1000;

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: unknown;
}

const ENCRYPTED = '檔案有密碼保護，請先在 Excel 移除密碼後再匯入';

/** A BIFF workbook stream whose global records (up to the first EOF) hold a FILEPASS is encrypted. */
export function hasFilePass(stream: ArrayLike<number>): boolean {
  let p = 0;
  while (p + 4 <= stream.length) {
    const type = (stream[p] ?? 0) | ((stream[p + 1] ?? 0) << 8);
    if (type === 0x002f) return true;
    if (type === 0x000a) return false;
    p += 4 + ((stream[p + 2] ?? 0) | ((stream[p + 3] ?? 0) << 8));
  }
  return false;
}

function checkNotEncrypted(buf: Buffer): void {
  let content: unknown;
  try {
    const cfb = XLSX.CFB.read(buf, { type: 'buffer' });
    content = (XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book'))?.content;
  } catch {
    throw refuse('truncated', DAMAGED_MESSAGE);
  }
  const bytes = Array.isArray(content) || content instanceof Uint8Array ? (content as ArrayLike<number>) : null;
  if (bytes && hasFilePass(bytes)) throw refuse('encrypted', ENCRYPTED);
}

export function sheetJsSpreadsheet(buf: Buffer, format: 'xls' | 'html', limits: ImportLimits): Spreadsheet {
  if (format === 'xls') checkNotEncrypted(buf);
  let wb: XLSX.WorkBook;
  try {
    // raw keeps HTML table text as written (no guessing numbers out of codes with leading zeros).
    wb = XLSX.read(buf, { type: 'buffer', dense: true, cellNF: true, cellDates: false, raw: format === 'html' });
  } catch (error) {
    if (/password|encrypt/i.test(String((error as Error).message))) {
      throw refuse('encrypted', ENCRYPTED);
    }
    throw refuse('truncated', DAMAGED_MESSAGE);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.filter((_, i) => !wb.Workbook?.Sheets?.[i]?.Hidden);

  function cellValue(cell: SheetJsCell | undefined): CellValue {
    if (!cell) return null;
    switch (cell.t) {
      case 'n':
        if (typeof cell.v !== 'number') return null;
        return cell.z !== undefined && isDateFormatCode(String(cell.z)) ? serialToDate(cell.v, date1904) : cell.v;
      case 's':
        return typeof cell.v === 'string' ? cell.v : null;
      case 'b':
        return cell.v === true;
      case 'd':
        return cell.v instanceof Date ? cell.v : null;
      case 'e':
        return cell.w ?? null;
      default:
        return null;
    }
  }

  async function* scan(sheet: string): AsyncGenerator<SheetRow[]> {
    const ws = sheets.includes(sheet) ? wb.Sheets[sheet] : undefined;
    if (!ws) throw missingSheet(sheet);
    const data = (ws['!data'] ?? []) as Array<Array<SheetJsCell | undefined> | undefined>;
    let batch: SheetRow[] = [];
    for (let r = 0; r < data.length; r++) {
      const source = data[r];
      if (!source) continue;
      const cells: CellValue[] = [];
      const width = Math.min(source.length, limits.maxColumns);
      for (let c = 0; c < width; c++) cells.push(cellValue(source[c]));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      if (cells.length === 0) continue;
      batch.push({ row: r + 1, cells });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  const rowBatches = (sheet: string): AsyncIterable<SheetRow[]> => cappedBatches(scan(sheet), sheet, limits.maxRows);
  return {
    format,
    sheets,
    encoding: null,
    bytesTotal: buf.length,
    bytesRead: () => buf.length,
    rowBatches,
    rows: (sheet) => eachRow(rowBatches(sheet)),
    close: async () => {},
  };
}
