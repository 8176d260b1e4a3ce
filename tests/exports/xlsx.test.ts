import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { importFileColumns, styledXlsxBuffer, writeStyledXlsx, type StyledSheet } from '../../main/exports/xlsx/workbook.ts';
import { openSpreadsheet } from '../../main/imports/index.ts';
import { tempDir } from '../helpers/store.ts';

const tmp = tempDir('inservice-xlsx-');
afterAll(() => tmp.cleanup());

const HOSTILE = ['=1+1', '+886-2-1234', '-2+3', '@SUM(A1:A2)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","點我")'];

function teachers(): StyledSheet {
  return {
    name: '教師',
    titles: ['113學年度 獎勵名單', '臺中市　列印：113/09/02'],
    columns: [
      { header: '身分證字號', width: 14, kind: 'nationalId' },
      { header: '姓名', width: 10 },
      { header: '研習時數', width: 10, kind: 'decimal' },
      { header: '人數', width: 8, kind: 'integer' },
      { header: '達成率', width: 9, kind: 'percent' },
      { header: '送出日期', width: 12, kind: 'rocDate' },
      { header: '備註', width: 30 },
    ],
    rows: (function* () {
      yield ['A123456789', '王小明', 18.5, 1200, 0.875, '2024-09-12', '＝全形不算'];
      for (const [i, text] of HOSTILE.entries()) yield ['B123456780', `教師${i}`, i, i, null, '2024-10-01T09:30:00+08:00', text];
      yield [' F223456781 ', '空白', null, null, null, null, null];
    })(),
  };
}

/** A part of the package as text, read with SheetJS' own zip reader. */
function part(buf: Buffer, name: string): string {
  const cfb = XLSX.CFB.read(buf, { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, `/${name}`);
  if (!entry?.content) throw new Error(`no ${name}`);
  return Buffer.from(entry.content as Uint8Array).toString('utf8');
}

describe('styled workbook', () => {
  it('reads back: titles, bold header, typed cells, ROC dates, masked national IDs', async () => {
    const path = join(tmp.dir, 'awards.xlsx');
    await writeStyledXlsx(path, [teachers(), { name: '參數', columns: [{ header: '項目', width: 20 }, { header: '值', width: 10, kind: 'decimal' }], rows: [['全國平均時數', 21.25]] }], { printedOn: '2024-09-02' });
    const wb = XLSX.read(readFileSync(path), { cellStyles: true });
    expect(wb.SheetNames).toEqual(['教師', '參數']);
    const ws = wb.Sheets['教師']!;
    expect(ws['A1']).toMatchObject({ t: 's', v: '113學年度 獎勵名單' });
    expect(ws['A3']).toMatchObject({ t: 's', v: '身分證字號' });
    expect(ws['A4']).toMatchObject({ t: 's', v: 'A12****789' });
    expect(ws['C4']).toMatchObject({ t: 'n', v: 18.5 });
    expect(ws['D4']).toMatchObject({ t: 'n', v: 1200 });
    expect(ws['E4']).toMatchObject({ t: 'n', v: 0.875 });
    expect(ws['F4']).toMatchObject({ t: 's', v: '113/09/12' });
    expect(ws['F5']).toMatchObject({ t: 's', v: '113/10/01' });
    expect(ws['A12']).toMatchObject({ t: 's', v: 'F22****781' });
    expect(ws['!merges']).toEqual([XLSX.utils.decode_range('A1:G1'), XLSX.utils.decode_range('A2:G2')]);
    expect(ws['!cols']?.map((c) => c.width)).toEqual([14, 10, 10, 8, 9, 12, 30]);
    const names = wb.Workbook?.Names ?? [];
    expect(names).toContainEqual(expect.objectContaining({ Name: '_xlnm.Print_Titles', Sheet: 0, Ref: "'教師'!$1:$3" }));
    expect(names).toContainEqual(expect.objectContaining({ Name: '_xlnm.Print_Titles', Sheet: 1, Ref: "'參數'!$1:$1" }));
    expect(wb.Sheets['參數']!['B2']).toMatchObject({ t: 'n', v: 21.25 });
    // No national ID is ever written whole, whatever the caller passed.
    expect(XLSX.utils.sheet_to_csv(ws)).not.toMatch(/[A-Z][12]\d{8}/);
  });

  it('never lets text from data become a formula, in the file or after a trip through CSV', async () => {
    const buf = await styledXlsxBuffer([teachers()]);
    const wb = XLSX.read(buf, { cellFormula: true });
    const ws = wb.Sheets['教師']!;
    for (const [i, text] of HOSTILE.entries()) {
      const cell = ws[`G${5 + i}`]!;
      expect(cell.f).toBeUndefined();
      expect(cell).toMatchObject({ t: 's', v: `'${text}` });
    }
    expect(ws['G4']).toMatchObject({ t: 's', v: '＝全形不算' });
    for (const key of Object.keys(ws).filter((k) => !k.startsWith('!'))) expect(ws[key].f).toBeUndefined();
    expect(part(buf, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
    for (const line of XLSX.utils.sheet_to_csv(ws).split('\n')) for (const field of line.split(',')) expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('is set up for printing: frozen header, A4 landscape fitted to the width, page numbers and date in the footer', async () => {
    const buf = await styledXlsxBuffer([teachers(), { name: '直式', columns: [{ header: 'x', width: 5 }], rows: [], orientation: 'portrait' }], { printedOn: '2024-09-02' });
    const sheet = part(buf, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<oddFooter>&amp;L教師&amp;C第 &amp;P 頁，共 &amp;N 頁&amp;R列印日期：113/09/02</oddFooter>');
    expect(part(buf, 'xl/worksheets/sheet2.xml')).toContain('orientation="portrait"');
    expect(part(buf, 'xl/worksheets/sheet2.xml')).toContain('<pane ySplit="1" topLeftCell="A2"');
    const styles = part(buf, 'xl/styles.xml');
    expect(styles).toMatch(/<font><b\/><sz val="11"\/>/);
    // The header row uses the bold, shaded, bordered style.
    expect(sheet).toMatch(/<row r="3"><c r="A3" s="3" t="inlineStr">/);
  });

  it('keeps sheet names legal and unique', async () => {
    const wb = XLSX.read(await styledXlsxBuffer([
      { name: '臺中市/學校[1]', columns: [{ header: 'a', width: 5 }], rows: [] },
      { name: '臺中市/學校[1]', columns: [{ header: 'a', width: 5 }], rows: [] },
      { name: "'引號'", columns: [{ header: 'a', width: 5 }], rows: [] },
    ]));
    expect(wb.SheetNames).toEqual(['臺中市_學校_1_', '臺中市_學校_1_(2)', '_引號_']);
  });
});

// The one xlsx writer also writes the files the app imports again (demo files, a year's plans, test
// rosters): 'general' columns keep numbers numbers, nothing is masked, and the house reader reads
// them back; rows stream, so a 200,000-row roster or import report never sits in memory whole.
describe('styled workbook as an import file', () => {
  it('keeps text, numbers and blanks as they came, for Excel-compatible readers and our own reader', async () => {
    const path = join(tmp.dir, 'import.xlsx');
    await writeStyledXlsx(path, [
      { name: '一', titles: ['標題'], columns: importFileColumns(['文字', '數字', '空白', '公式?']), rows: [['a & <b>', 12.5, null, '=HYPERLINK("http://x")'], ['  空白  ', -3, '', 'x\u0001y'], ['A123456789', '007', undefined, 0]] },
      { name: '二', columns: importFileColumns(['n']), rows: [[1], [2]] },
    ]);
    const book = XLSX.read(readFileSync(path), { cellFormula: true, cellStyles: true });
    expect(book.SheetNames).toEqual(['一', '二']);
    expect(XLSX.utils.sheet_to_json(book.Sheets['一']!, { header: 1, raw: true })).toEqual([
      ['標題'],
      ['文字', '數字', '空白', '公式?'],
      ['a & <b>', 12.5, undefined, '\'=HYPERLINK("http://x")'],
      ['  空白  ', -3, undefined, 'xy'],
      // An import file carries full IDs (its columns are never 'nationalId') and codes stay text.
      ['A123456789', '007', undefined, 0],
    ]);
    expect(book.Sheets['一']!['!cols']?.map((c) => c.width)).toEqual([10, 10, 10, 10]);
    const ours = await openSpreadsheet(path);
    const read: unknown[] = [];
    for await (const row of ours.rows('二')) read.push(row);
    await ours.close();
    expect(read).toEqual([{ row: 1, cells: ['n'] }, { row: 2, cells: [1] }, { row: 3, cells: [2] }]);
  });

  it('streams: a 100,000-row sheet from a generator, with bounded memory', async () => {
    const rows = function* () {
      for (let i = 0; i < 100_000; i++) yield [`教師${i}`, i];
    };
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const path = join(tmp.dir, 'big.xlsx');
    await writeStyledXlsx(path, [{ name: 's', columns: importFileColumns(['姓名', '序號']), rows: rows() }]);
    clearInterval(sampler);
    // Some 6 MB of sheet XML goes out in chunks of 500 rows; the heap never holds it whole.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    const book = XLSX.read(readFileSync(path), { sheetRows: 3 });
    expect(XLSX.utils.sheet_to_json(book.Sheets['s']!, { header: 1 })).toEqual([['姓名', '序號'], ['教師0', 0], ['教師1', 1]]);
  });
});
