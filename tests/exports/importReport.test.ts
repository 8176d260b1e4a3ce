import * as XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { safeCellText } from '../../main/exports/safeText.ts';
import { importFileColumns, writeStyledXlsx } from '../../main/exports/xlsx/workbook.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', seed: 9 });
});

function sheetRows(book: XLSX.WorkBook, name: string, range = 0): unknown[][] {
  return XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1, raw: true, range });
}

/** Whether the cell is in the header style (bold, shaded, bordered: index 3 of xlsx/styles.ts). */
function isStyledHeader(data: Buffer, sheetIndex: number, ref: string): boolean {
  const entry = XLSX.CFB.find(XLSX.CFB.read(data, { type: 'buffer' }), `/xl/worksheets/sheet${sheetIndex}.xml`);
  return new RegExp(`<c r="${ref}" s="3" t="inlineStr">`).test(Buffer.from(entry!.content as Uint8Array).toString('utf8'));
}

function formulas(book: XLSX.WorkBook): string[] {
  return book.SheetNames.flatMap((n) => Object.values(book.Sheets[n]!).flatMap((c) => (c && typeof c === 'object' && 'f' in c ? [String(c.f)] : [])));
}

describe('text that could become a formula', () => {
  it('gets a leading apostrophe when it starts with = + - @ tab or CR, and only then', () => {
    for (const text of ['=1+1', '+886 2 1234', '-5', '@SUM(A1)', '\tx', '\rx']) expect(safeCellText(text)).toBe(`'${text}`);
    for (const text of ['王小明', '113/08/05', "'already", ' =not first', '']) expect(safeCellText(text)).toBe(text);
  });
});

describe('the import report', () => {
  it('holds the counts and every rejection, and no formula from the data', async () => {
    // A csv's sheet is its file name: the file name, the sheet and an unknown header start with = or @.
    const valid = (body: string) => body + String(nationalIdCheckDigit(body));
    const csv = ['身分證字號,姓名,學校代碼,@SUM(A1),在職狀態', `${valid('Y12345678')},=cmd|"/c calc"!A1,999999,x,在職`, `${valid('Y22345678')},王,196001,y,+請假`].join('\r\n');
    const path = join(store.dir, '=HYPERLINK("x").csv');
    writeFileSync(path, csv);
    const report = await api.call('imports:run', { task: 'r', kind: 'teachers', path, year: 113 });
    expect(report).toMatchObject({ read: 2, rejected: 2, unknownColumns: ['@SUM(A1)'] });

    const file = await api.call('imports:reportFile', { id: report.id });
    expect(file.fileName).toBe('匯入報告-教師名單-=HYPERLINK("x").xlsx');
    const data = Buffer.from(file.base64, 'base64');
    const book = XLSX.read(data, { cellFormula: true });
    expect(book.SheetNames).toEqual(['匯入結果', '未匯入資料列']);
    expect(formulas(book)).toEqual([]);
    // The summary under its title lines; the lists start with their header.
    const head = sheetRows(book, '匯入結果').slice(0, 3);
    expect(head).toEqual([['匯入報告：教師名單'], ['\'=HYPERLINK("x").csv（已匯入）'], ['項目', '內容']]);
    expect(isStyledHeader(data, 1, 'A3')).toBe(true);
    expect(isStyledHeader(data, 2, 'A1')).toBe(true);
    expect(isStyledHeader(data, 2, 'A2')).toBe(false);
    expect(book.Sheets['匯入結果']!['!merges']?.map((m) => XLSX.utils.encode_range(m))).toEqual(['A1:B1', 'A2:B2']);
    const summary = Object.fromEntries(sheetRows(book, '匯入結果', 3) as [string, unknown][]);
    expect(summary).toMatchObject({
      匯入種類: '教師名單',
      檔案: '\'=HYPERLINK("x").csv',
      學年度: 113,
      結果: '已匯入',
      讀取資料列: 2,
      新增: 0,
      更新: 0,
      未變更: 0,
      '未匯入（資料列有誤）': 2,
      未出現在新名冊: 0,
      '略過的欄位（不認得的標題）': "'@SUM(A1)",
    });
    expect(String(summary['開始時間'])).toMatch(/^\d{3}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
    expect(sheetRows(book, '未匯入資料列')).toEqual([
      ['工作表', '列', '欄位', '原因'],
      ['\'=HYPERLINK("x")', 2, '學校代碼', '113 學年度沒有學校代碼「999999」的學校，請先匯入學校名冊或修正代碼'],
      ['\'=HYPERLINK("x")', 3, '在職狀態', '「+請假」不是可用的選項（可填：在職、離職、轉校、退休）'],
    ]);
  });

  it('lists the teachers a roster left out, masked', async () => {
    const codes = store.sqlite.prepare("SELECT code FROM schools WHERE year = 113 ORDER BY code LIMIT 1").pluck().all() as string[];
    const rows = store.sqlite
      .prepare('SELECT t.national_id, t.name, s.code FROM teachers t JOIN schools s ON s.id = t.school_id WHERE s.code = ? ORDER BY t.id')
      .raw()
      .all(codes[0]) as string[][];
    const path = join(store.dir, 'partial.xlsx');
    await writeStyledXlsx(path, [{ name: '教師名單', columns: importFileColumns(['身分證字號', '姓名', '學校代碼']), rows: rows.slice(2) }]);
    const report = await api.call('imports:run', { task: 'p', kind: 'teachers', path, year: 113 });
    expect(report).toMatchObject({ unchanged: rows.length - 2, missing: 2 });
    const file = await api.call('imports:reportFile', { id: report.id });
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    const missing = sheetRows(book, '未出現在新名冊');
    expect(missing[0]).toEqual(['身分證字號', '姓名', '學校代碼', '學校', '目前在職狀態']);
    expect(missing.slice(1).map((r) => r[1]).sort()).toEqual([rows[0]![1], rows[1]![1]].sort());
    for (const r of missing.slice(1)) expect(r[0]).toMatch(/^[A-Z]\d{2}\*{4}\d{3}$/);
    expect(JSON.stringify(missing)).not.toContain(rows[0]![0]);
  });
});
