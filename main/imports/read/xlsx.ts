// .xlsx as a stream: the zip's central directory, then the workbook's small parts, then one sheet's
// XML inflated and scanned chunk by chunk. Memory stays bounded by the shared-string table and one
// batch of rows, whatever the sheet's length.

import type { FileHandle } from 'node:fs/promises';
import { refuse } from '../errors.ts';
import type { ImportLimits } from '../limits.ts';
import { cappedBatches, eachRow, missingSheet } from './stream.ts';
import type { SheetRow, Spreadsheet } from './types.ts';
import { findMainPart, partDecoder, readDateStyles, readSharedStrings, readWorkbookInfo } from './xlsxParts.ts';
import { SheetScanner } from './xlsxSheet.ts';
import { ZipArchive } from './zip.ts';

const SAVE_AS_XLSX = '請以 Excel 或 LibreOffice 另存為 .xlsx 後再匯入';

/** A zip that is not an .xlsx workbook, told by the parts it holds. */
function notAWorkbook(zip: ZipArchive): Error {
  if (zip.find('mimetype') && zip.find('content.xml')) {
    return refuse('unsupported', `不支援 OpenDocument（.ods）格式，${SAVE_AS_XLSX}`);
  }
  if (zip.find('word/document.xml')) return refuse('not-spreadsheet', '檔案內容是 Word 文件，不是試算表');
  if (zip.find('ppt/presentation.xml')) return refuse('not-spreadsheet', '檔案內容是 PowerPoint 簡報，不是試算表');
  return refuse('not-spreadsheet', '檔案是一般的 ZIP 壓縮檔，不是試算表（.xlsx、.xls 或 .csv）');
}

export async function openXlsx(
  handle: FileHandle,
  size: number,
  limits: ImportLimits,
  signal: AbortSignal | undefined,
): Promise<Spreadsheet> {
  const zip = await ZipArchive.open(handle, size, limits);
  const main = await findMainPart(zip, signal);
  if (main === null || !zip.find(main)) throw notAWorkbook(zip);
  if (main.toLowerCase().endsWith('.bin')) throw refuse('unsupported', `不支援 Excel 二進位活頁簿（.xlsb），${SAVE_AS_XLSX}`);
  const info = await readWorkbookInfo(zip, main, signal);
  const dateStyles = await readDateStyles(zip, info.stylesPath, signal);
  let sharedStrings: Promise<string[]> | null = null;

  async function* scan(sheet: string): AsyncGenerator<SheetRow[]> {
    const part = info.sheets.find((s) => s.name === sheet);
    if (!part) throw missingSheet(sheet);
    const entry = zip.find(part.path);
    if (!entry) throw refuse('truncated', `工作表「${sheet}」的內容不見了，檔案可能已損毀`);
    sharedStrings ??= readSharedStrings(zip, info.sharedStringsPath, limits, signal);
    const scanner = new SheetScanner({
      sharedStrings: await sharedStrings,
      dateStyles,
      date1904: info.date1904,
      maxColumns: limits.maxColumns,
    });
    let decoder: TextDecoder | null = null;
    // The whole entry is inflated even after </sheetData>, so that its CRC is checked.
    for await (const chunk of zip.chunks(entry, signal)) {
      if (scanner.done) continue;
      decoder ??= partDecoder(chunk);
      scanner.write(decoder.decode(chunk, { stream: true }));
      if (scanner.rows.length > 0) yield scanner.take();
    }
    if (decoder && !scanner.done) scanner.write(decoder.decode());
    if (scanner.rows.length > 0) yield scanner.take();
  }

  const rowBatches = (sheet: string): AsyncIterable<SheetRow[]> => cappedBatches(scan(sheet), sheet, limits.maxRows);
  return {
    format: 'xlsx',
    sheets: info.sheets.map((s) => s.name),
    encoding: null,
    bytesTotal: size,
    bytesRead: () => zip.position(),
    rowBatches,
    rows: (sheet) => eachRow(rowBatches(sheet)),
    close: () => handle.close(),
  };
}
