// One worksheet, streamed row by row: title lines merged across the table, a bold shaded header,
// the header frozen under the titles, then the body. The page is set up for printing: A4
// landscape (or portrait), fitted to one page wide, centred, with page numbers and the print date
// in the footer; the titles and header repeat on every printed page (a defined name, workbook.ts).

import { STYLE } from './styles.ts';
import { cellXml, columnName, textCellXml, type CellValue, type ColumnKind } from './cells.ts';
import { xmlText } from '../safeText.ts';

export interface Column {
  header: string;
  /** Width in characters (a Han character counts about 2). */
  width: number;
  kind?: ColumnKind;
}

export interface StyledSheet {
  name: string;
  /** Lines above the table: the report's title, then its scope ('113學年度　臺中市'). */
  titles?: readonly string[];
  columns: readonly Column[];
  rows: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>;
  orientation?: 'landscape' | 'portrait';
  /**
   * Lines a row's tallest cell needs, when the caller knows (text it joined with line breaks).
   * Spreadsheet programs do not all grow a row to its wrapped text on opening (LibreOffice keeps
   * the default height and lets lines overlap), so such rows get their height written out.
   */
  rowLines?: (values: readonly CellValue[]) => number;
}

const LINE_HEIGHT = 15;
const DEFAULT_ROW = 16.5;

/** Display width in character units, a Han character counting two (as column widths do). */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function rowOpen(row: number, lines: number): string {
  return lines > 1 ? `<row r="${row}" ht="${Math.max(DEFAULT_ROW, lines * LINE_HEIGHT + 2)}" customHeight="1">` : `<row r="${row}">`;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROWS_PER_CHUNK = 500;

/** Header/footer text: '&' starts a code there, so a literal one is doubled; then XML-escaped. */
function headerFooterText(text: string): string {
  return xmlText(text.replace(/&/g, '&&'));
}

function titleRow(row: number, text: string, style: number): string {
  return `<row r="${row}" ht="${style === STYLE.title ? 24 : 18}" customHeight="1">${textCellXml(`A${row}`, text, style)}</row>`;
}

export async function* sheetXml(sheet: StyledSheet, footerDate: string): AsyncGenerator<string> {
  const titles = sheet.titles ?? [];
  const headerRow = titles.length + 1;
  const lastCol = columnName(Math.max(0, sheet.columns.length - 1));
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="16.5"/>' +
    `<cols>${sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>` +
    '<sheetData>'
  );
  let xml = titles.map((t, i) => titleRow(i + 1, t, i === 0 ? STYLE.title : STYLE.subtitle)).join('');
  // The header wraps within its column's width.
  const headerLines = Math.max(1, ...sheet.columns.map((c) => Math.ceil(displayWidth(c.header) / Math.max(1, c.width - 1))));
  xml += `${rowOpen(headerRow, headerLines)}${sheet.columns.map((c, i) => textCellXml(`${columnName(i)}${headerRow}`, c.header, STYLE.header)).join('')}</row>`;
  yield xml;

  const kinds = sheet.columns.map((c) => c.kind ?? 'text');
  const refs = sheet.columns.map((_, i) => columnName(i));
  let row = headerRow;
  let chunk = '';
  let inChunk = 0;
  for await (const values of sheet.rows) {
    row++;
    chunk += sheet.rowLines ? rowOpen(row, sheet.rowLines(values)) : `<row r="${row}">`;
    for (let i = 0; i < kinds.length; i++) chunk += cellXml(`${refs[i]}${row}`, values[i], kinds[i] ?? 'text');
    chunk += '</row>';
    if (++inChunk >= ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  const merges = titles.map((_, i) => `<mergeCell ref="A${i + 1}:${lastCol}${i + 1}"/>`);
  yield (
    `${chunk}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${sheet.orientation ?? 'landscape'}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;L${headerFooterText(sheet.name)}&amp;C第 &amp;P 頁，共 &amp;N 頁&amp;R${headerFooterText(footerDate)}</oddFooter></headerFooter>` +
    '</worksheet>'
  );
}
