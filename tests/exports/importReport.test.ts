import * as XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { safeCellText } from '../../main/exports/safeText.ts';
import { writeXlsxFile, xlsxBuffer } from '../../main/exports/xlsxWriter.ts';
import { openSpreadsheet } from '../../main/imports/index.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', seed: 9 });
});

function sheetRows(book: XLSX.WorkBook, name: string): unknown[][] {
  return XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1, raw: true });
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

describe('the xlsx writer', () => {
  it('writes text, numbers and blanks that Excel-compatible readers and our own reader read back', async () => {
    const path = join(store.dir, 'w.xlsx');
    await writeXlsxFile(path, [
      { name: '一', title: '標題', header: ['文字', '數字', '空白', '公式?'], rows: [['a & <b>', 12.5, null, '=HYPERLINK("http://x")'], ['  空白  ', -3, '', 'x\u0001y']] },
      { name: '二', rows: [[1], [2]] },
    ]);
    const book = XLSX.read(readFileSync(path), { cellFormula: true });
    expect(book.SheetNames).toEqual(['一', '二']);
    expect(sheetRows(book, '一')).toEqual([['標題'], ['文字', '數字', '空白', '公式?'], ['a & <b>', 12.5, undefined, '\'=HYPERLINK("http://x")'], ['  空白  ', -3, undefined, 'xy']]);
    expect(formulas(book)).toEqual([]);
    const ours = await openSpreadsheet(path);
    const read: unknown[] = [];
    for await (const row of ours.rows('二')) read.push(row);
    await ours.close();
    expect(read).toEqual([{ row: 1, cells: [1] }, { row: 2, cells: [2] }]);
  });

  it('keeps memory bounded: a 100,000-row sheet streams out', async () => {
    const rows = function* () {
      for (let i = 0; i < 100_000; i++) yield [`教師${i}`, i];
    };
    const data = await xlsxBuffer([{ name: 's', header: ['姓名', '序號'], rows: rows() }]);
    const book = XLSX.read(data, { sheetRows: 3 });
    expect(sheetRows(book, 's')).toEqual([['姓名', '序號'], ['教師0', 0], ['教師1', 1]]);
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
    const book = XLSX.read(Buffer.from(file.base64, 'base64'), { cellFormula: true });
    expect(book.SheetNames).toEqual(['匯入結果', '未匯入資料列']);
    expect(formulas(book)).toEqual([]);
    const summary = Object.fromEntries(sheetRows(book, '匯入結果').slice(1) as [string, unknown][]);
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
    await writeXlsxFile(path, [{ name: '教師名單', header: ['身分證字號', '姓名', '學校代碼'], rows: rows.slice(2) }]);
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
