// Writes .xlsx exports row by row with bounded memory (a 200,000-row roster or report never sits in
// memory as one string): inline strings, a bold frozen header row, column widths. Text cells go
// through safeCellText, so nothing taken from data can become a formula.

import { safeCellText, xmlText } from './safeText.ts';
import { zipToBuffer, zipToFile, type ZipEntrySource } from './zipWriter.ts';

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  name: string;
  /** A title row above the header (officers' files often have one). */
  title?: string;
  /** The header row: bold and frozen. */
  header?: readonly string[];
  /** Column widths in characters. */
  widths?: readonly number[];
  rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROWS_PER_CHUNK = 500;

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: XlsxCell, ref: string, style: number): string {
  if (value === null || value === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  const text = xmlText(safeCellText(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function rowXml(cells: readonly XlsxCell[], row: number, style: number): string {
  let xml = `<row r="${row}">`;
  cells.forEach((value, i) => {
    xml += cellXml(value, `${columnName(i)}${row}`, style);
  });
  return `${xml}</row>`;
}

async function* sheetXml(sheet: XlsxSheet): AsyncGenerator<string> {
  let head = `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}">`;
  const fixed = (sheet.title === undefined ? 0 : 1) + (sheet.header ? 1 : 0);
  if (fixed > 0) {
    head += `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${fixed}" topLeftCell="A${fixed + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
  }
  if (sheet.widths?.length) {
    head += `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  }
  yield `${head}<sheetData>`;
  let row = 0;
  if (sheet.title !== undefined) yield rowXml([sheet.title], ++row, 1);
  if (sheet.header) yield rowXml(sheet.header, ++row, 1);
  let chunk = '';
  let inChunk = 0;
  for await (const cells of sheet.rows) {
    chunk += rowXml(cells, ++row, 0);
    if (++inChunk >= ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="12"/><name val="Microsoft JhengHei"/><family val="2"/></font>' +
  '<font><b/><sz val="12"/><name val="Microsoft JhengHei"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
}

function entries(sheets: readonly XlsxSheet[]): ZipEntrySource[] {
  const types =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('') +
    '</Types>';
  const rootRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${xmlText(sheetName(s.name)).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  return [
    { name: '[Content_Types].xml', chunks: [types] },
    { name: '_rels/.rels', chunks: [rootRels] },
    { name: 'xl/workbook.xml', chunks: [workbook] },
    { name: 'xl/_rels/workbook.xml.rels', chunks: [workbookRels] },
    { name: 'xl/styles.xml', chunks: [STYLES] },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheetXml(sheet) })),
  ];
}

export function writeXlsxFile(path: string, sheets: readonly XlsxSheet[]): Promise<void> {
  return zipToFile(path, entries(sheets));
}

export function xlsxBuffer(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  return zipToBuffer(entries(sheets));
}
