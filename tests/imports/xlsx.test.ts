import { describe, expect, it } from 'vitest';
import { openSpreadsheet } from '../../main/imports/read/open.ts';
import { isDateFormat, isDateFormatCode } from '../../main/imports/read/numFmt.ts';
import type { SheetRow } from '../../main/imports/read/types.ts';
import { collect, handXlsx, tempDir, xlsxBuffer } from './helpers.ts';

const file = tempDir();

async function rowsOf(data: Buffer, sheet?: string): Promise<SheetRow[]> {
  const book = await openSpreadsheet(file(`t${Math.random()}.xlsx`, data));
  try {
    return await collect(book.rows(sheet ?? book.sheets[0] ?? ''));
  } finally {
    await book.close();
  }
}

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/><numFmt numFmtId="165" formatCode="[$-404]e/m/d"/>
  <numFmt numFmtId="166" formatCode="0.00E+00"/><numFmt numFmtId="167" formatCode="General"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="20"/><xf numFmtId="167"/></cellXfs>
</styleSheet>`;

describe('xlsx reader', () => {
  it('reads every cell type', async () => {
    const rows = await rowsOf(
      handXlsx({
        sharedStrings: ['學校代碼', 'a &amp; b'],
        styles: STYLES,
        sheets: [
          {
            name: '工作表1',
            rows:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
              '<row r="2"><c r="A2"><v>193601</v></c><c r="B2"><v>-1.25</v></c><c r="C2"><v>1.5E3</v></c><c r="D2" t="b"><v>1</v></c>' +
              '<c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="str"><f>A1&amp;"x"</f><v>x &lt; y</v></c>' +
              '<c r="G2" t="inlineStr"><is><t>行內</t></is></c><c r="H2" t="d"><v>2024-08-05T17:00:00</v></c></row>',
          },
        ],
      }),
    );
    expect(rows).toEqual([
      { row: 1, cells: ['學校代碼', 'a & b'] },
      { row: 2, cells: [193601, -1.25, 1500, true, '#N/A', 'x < y', '行內', new Date('2024-08-05T17:00:00Z')] },
    ]);
  });

  it('turns date-formatted numbers into dates (built-in, custom, 民國 era formats), others stay numbers', async () => {
    const rows = await rowsOf(
      handXlsx({
        styles: STYLES,
        sheets: [
          {
            name: 's',
            rows:
              '<row r="1"><c r="A1" s="1"><v>45509</v></c><c r="B1" s="2"><v>45509.5</v></c><c r="C1" s="3"><v>45509</v></c>' +
              '<c r="D1" s="4"><v>45509</v></c><c r="E1" s="5"><v>0.75</v></c><c r="F1" s="6"><v>45509</v></c><c r="G1" s="0"><v>45509</v></c></row>',
          },
        ],
      }),
    );
    expect(rows[0]?.cells).toEqual([
      new Date('2024-08-05T00:00:00Z'),
      new Date('2024-08-05T12:00:00Z'),
      new Date('2024-08-05T00:00:00Z'),
      45509,
      0.75,
      45509,
      45509,
    ]);
  });

  it('honours the 1904 date system', async () => {
    const rows = await rowsOf(
      handXlsx({ date1904: true, styles: STYLES, sheets: [{ name: 's', rows: '<row r="1"><c r="A1" s="1"><v>44047</v></c></row>' }] }),
    );
    expect(rows[0]?.cells).toEqual([new Date('2024-08-05T00:00:00Z')]);
  });

  it('skips phonetic runs and joins rich-text runs', async () => {
    const rows = await rowsOf(
      handXlsx({
        sharedStrings:
          '<sst><si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space="preserve">小明</t></r><rPh sb="0" eb="1"><t>ㄨㄤˊ</t></rPh></si></sst>',
        sheets: [
          {
            name: 's',
            rows:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>李</t></r><r><rPr/><t>四</t></r><rPh><t>ㄌㄧˇ</t></rPh></is></c></row>',
          },
        ],
      }),
    );
    expect(rows[0]?.cells).toEqual(['王小明', '李四']);
  });

  it('handles namespace prefixes, missing references, sparse columns and skipped rows', async () => {
    const document =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="C5"><x:v>3</x:v></x:c></x:row><x:row/><x:row r="7" spans="1:2"></x:row></x:sheetData></x:worksheet>';
    const rows = await rowsOf(handXlsx({ sheets: [{ name: 's', document }] }));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 2] },
      { row: 5, cells: [null, null, 3] },
    ]);
  });

  it('lists visible worksheets only, and reads stored (uncompressed) entries', async () => {
    const data = handXlsx({
      sheets: [
        { name: '清單', hidden: true, rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: '資料', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', item: { method: 0 } },
      ],
    });
    const book = await openSpreadsheet(file('visible.xlsx', data));
    expect(book.sheets).toEqual(['資料']);
    expect(await collect(book.rows('資料'))).toEqual([{ row: 1, cells: [2] }]);
    await book.close();
  });

  it('reads zip64 archives (sizes and offsets in the zip64 records)', async () => {
    const rows = await rowsOf(handXlsx({ zip64: true, sheets: [{ name: 's', rows: '<row r="1"><c r="A1"><v>7</v></c></row>' }] }));
    expect(rows).toEqual([{ row: 1, cells: [7] }]);
  });

  it('streams a large sheet across many chunks unchanged', async () => {
    const aoa: unknown[][] = [['序號', '姓名', '時數', '代碼']];
    for (let i = 1; i <= 30_000; i++) aoa.push([i, `教師${i}`, (i % 7) + 0.5, `C${String(i).padStart(6, '0')}`]);
    const book = await openSpreadsheet(file('large.xlsx', xlsxBuffer({ 大表: aoa })));
    let count = 0;
    let bad = 0;
    for await (const r of book.rows('大表')) {
      const expected = aoa[r.row - 1];
      if (JSON.stringify(r.cells) !== JSON.stringify(expected)) bad++;
      count++;
    }
    expect(count).toBe(30_001);
    expect(bad).toBe(0);
    expect(book.bytesRead()).toBeGreaterThan(0);
    await book.close();
  });
});

describe('date number formats', () => {
  it.each([
    ['yyyy/mm/dd', true],
    ['m/d/yy', true],
    ['[$-404]e/m/d', true],
    ['e"年"m"月"d"日"', true],
    ['yyyy-mm-dd hh:mm:ss', true],
    ['mmm-yy', true],
    ['[Red]yyyy/m/d', true],
    ['General', false],
    ['0.00E+00', false],
    ['h:mm', true],
    ['mm:ss', true],
    ['#,##0"天"', false],
    ['0.00_);[Red](0.00)', false],
    ['@', false],
  ])('%s → %s', (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });

  it('knows the built-in ids, including the Traditional Chinese ones', () => {
    const none = new Map<number, string>();
    for (const id of [14, 15, 16, 17, 22, 27, 28, 30, 31, 36, 45, 50, 57]) expect(isDateFormat(id, none)).toBe(true);
    for (const id of [0, 1, 2, 9, 10, 11, 32, 33, 49]) expect(isDateFormat(id, none)).toBe(false);
  });
});
