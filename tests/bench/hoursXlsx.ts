// The benchmark's hour file as Excel writes a workbook: text in the shared-strings table, dates as
// date serials with a date format, hours as numbers. (The app's own exporter writes inline strings,
// which read slower and would flatter the import-to-read ratio.)
import { xmlText } from '../../main/exports/safeText.ts';
import { zipToFile } from '../../main/exports/zipWriter.ts';
import { SITE_HEADER, type SiteRow } from '../../db/demo/hoursFile.ts';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const COLS = 'ABCDEFGH';
const DATE_COLUMN = 6;
const HOURS_COLUMN = 7;

/** ROC '113/09/30' → Excel's 1900-system serial. */
function serialOf(roc: string): number {
  const [y, m, d] = roc.split('/').map(Number) as [number, number, number];
  return Date.UTC(y + 1911, m - 1, d) / 86_400_000 + 25_569;
}

/** `rows` is called twice: once to collect the shared strings, once to write the sheet. */
export async function writeSiteXlsx(path: string, rows: () => Iterable<SiteRow>): Promise<void> {
  const strings = new Map<string, number>();
  const index = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  for (const h of SITE_HEADER) index(h);
  for (const row of rows()) for (let c = 0; c < row.length; c++) if (c !== DATE_COLUMN && c !== HOURS_COLUMN) index(String(row[c]));

  function* sheet(): Generator<string> {
    yield `${HEAD}<worksheet xmlns="${NS}"><sheetData><row r="1">`;
    yield SITE_HEADER.map((h, c) => `<c r="${COLS[c]}1" t="s"><v>${index(h)}</v></c>`).join('');
    yield '</row>';
    let r = 1;
    let chunk = '';
    for (const row of rows()) {
      r++;
      chunk += `<row r="${r}">`;
      for (let c = 0; c < row.length; c++) {
        const ref = `${COLS[c]}${r}`;
        const value = row[c]!;
        if (c === DATE_COLUMN) chunk += `<c r="${ref}" s="1"><v>${serialOf(String(value))}</v></c>`;
        else if (c === HOURS_COLUMN) chunk += `<c r="${ref}"><v>${value}</v></c>`;
        else if (value !== '') chunk += `<c r="${ref}" t="s"><v>${index(String(value))}</v></c>`;
      }
      chunk += '</row>';
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sheetData></worksheet>`;
  }
  function* shared(): Generator<string> {
    yield `${HEAD}<sst xmlns="${NS}" count="${strings.size}" uniqueCount="${strings.size}">`;
    let chunk = '';
    for (const s of strings.keys()) {
      chunk += `<si><t>${xmlText(s)}</t></si>`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sst>`;
  }
  await zipToFile(path, [
    {
      name: '[Content_Types].xml',
      chunks: [
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ],
    },
    { name: '_rels/.rels', chunks: [`${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`] },
    { name: 'xl/workbook.xml', chunks: [`${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="研習時數" sheetId="1" r:id="rId1"/></sheets></workbook>`] },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: [
        `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ],
    },
    { name: 'xl/styles.xml', chunks: [`${HEAD}<styleSheet xmlns="${NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`] },
    { name: 'xl/sharedStrings.xml', chunks: shared() },
    { name: 'xl/worksheets/sheet1.xml', chunks: sheet() },
  ]);
}
