// Styled, print-ready .xlsx files, written by hand over the house zip writer rather than through a
// library: the community SheetJS build writes no cell styles at all, and exceljs would add a dozen
// dependencies and hold the whole workbook in memory, while what is needed here — fixed styles,
// frozen panes, page setup, print titles, header/footer — is a few lines of SpreadsheetML. Rows
// stream, so a 200,000-teacher list never sits in memory whole.

import { formatRocDate } from '../../engine/rocDate.ts';
import { xmlText } from '../safeText.ts';
import { saveWith } from '../saveFile.ts';
import { zipToBuffer, zipToFile, type ZipEntrySource } from '../zipWriter.ts';
import { sheetXml, type Column, type StyledSheet } from './sheetXml.ts';
import { STYLES_XML } from './styles.ts';

export type { Column, StyledSheet } from './sheetXml.ts';
export type { CellValue, ColumnKind } from './cells.ts';

/**
 * Columns for a file meant to be imported again (demo files, a year's plans): values kept as they
 * come ('general'), never masked, each column wide enough for its header.
 */
export function importFileColumns(headers: readonly string[]): Column[] {
  return headers.map((header) => ({ header, width: Math.max(10, header.length * 2 + 4), kind: 'general' }));
}

export interface WorkbookOptions {
  /** The date in every footer; today unless a test fixes it. */
  printedOn?: Date | string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** At most 31 characters, none of : \ / ? * [ ], unique within the workbook. */
function sheetNames(sheets: readonly StyledSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((s) => {
    const base = s.name.replace(/[:\\/?*[\]]/g, '_').replace(/^'|'$/g, '_').slice(0, 31) || '工作表';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)}(${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function entries(sheets: readonly StyledSheet[], options: WorkbookOptions): ZipEntrySource[] {
  const names = sheetNames(sheets);
  const footerDate = `列印日期：${formatRocDate(options.printedOn ?? new Date())}`;
  const types =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`).join('') +
    '</Types>';
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  // Print titles: the title lines and the header row come back at the top of every printed page.
  const printTitles = sheets
    .map((s, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quoted(names[i] ?? ''))}!$1:$${(s.titles?.length ?? 0) + 1}</definedName>`)
    .join('');
  const workbook =
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>` +
    names.map((name, i) => `<sheet name="${xmlText(name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets><definedNames>${printTitles}</definedNames></workbook>`;
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  return [
    { name: '[Content_Types].xml', chunks: [types] },
    { name: '_rels/.rels', chunks: [`${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`] },
    { name: 'xl/workbook.xml', chunks: [workbook] },
    { name: 'xl/_rels/workbook.xml.rels', chunks: [workbookRels] },
    { name: 'xl/styles.xml', chunks: [STYLES_XML] },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheetXml({ ...sheet, name: names[i] ?? sheet.name }, footerDate) })),
  ];
}

/** Writes the workbook beside `path` and renames it into place (see saveFile.ts). */
export function writeStyledXlsx(path: string, sheets: readonly StyledSheet[], options: WorkbookOptions = {}): Promise<void> {
  return saveWith(path, (temp) => zipToFile(temp, entries(sheets, options)));
}

export function styledXlsxBuffer(sheets: readonly StyledSheet[], options: WorkbookOptions = {}): Promise<Buffer> {
  return zipToBuffer(entries(sheets, options));
}
