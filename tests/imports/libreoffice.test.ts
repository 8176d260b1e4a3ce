// Files as LibreOffice writes them: the committed fixture (made with `soffice --headless
// --convert-to xlsx` from the csv beside it), and the same conversion run again here when soffice is
// installed, plus a LibreOffice .xls.

import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../main/imports/importer.ts';
import { collect, FIXTURES, hasSoffice, LO_CSV_FILTER, sofficeConvert } from './helpers.ts';

const expectHours = async (path: string): Promise<void> => {
  const [batch] = await collect(readImport('hours', path));
  expect(batch?.records.map((r) => [r.row, r.name, r.courseCode, r.hours, r.endedAt, r.schoolCode, r.courseName])).toEqual([
    [3, '王小明', '3456789', 3, { date: '2024-08-05', time: null }, '193601', '數學教學, 進階'],
    [4, '李小華', '3456790', 1.5, { date: '2024-09-10', time: '17:00:00' }, '193601', '閱讀理解'],
    // LibreOffice made a date in the year 113 of the typed 113/10/01; restored to 民國 113.
    [5, '陳大同', '3456791', 2, { date: '2024-10-01', time: null }, '10301', '多行\n名稱'],
  ]);
  expect(batch?.rejections).toEqual([
    { sheet: batch?.sheetName, row: 6, column: '研習時數', reason: '時數不可為負數' },
    { sheet: batch?.sheetName, row: 6, column: '身分證字號', reason: '身分證字號檢查碼錯誤' },
  ]);
};

describe('LibreOffice files', () => {
  it('the committed LibreOffice .xlsx fixture', async () => {
    await expectHours(`${FIXTURES}hours-libreoffice.xlsx`);
  });

  it.skipIf(!hasSoffice)(
    'a fresh soffice --convert-to xlsx and xls of the fixture csv',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'imports-lo-'));
      const csv = join(dir, 'hours-libreoffice.csv');
      copyFileSync(`${FIXTURES}hours-libreoffice.csv`, csv);
      await expectHours(sofficeConvert(csv, 'xlsx', dir, LO_CSV_FILTER));
      await expectHours(sofficeConvert(csv, 'xls', dir, LO_CSV_FILTER));
    },
    180_000,
  );

  it('the Big5 csv fixture, title rows above the header', async () => {
    const [batch] = await collect(readImport('teachers', `${FIXTURES}teachers-big5.csv`));
    expect(batch?.records.map((r) => [r.row, r.nationalId, r.name, r.subjects, r.accountStatus])).toEqual([
      [4, 'A123456789', '許功蓋', '國語,數學', '啟用中'],
      [5, 'F131104093', '王小明', '英語', '待申請'],
    ]);
    expect(batch?.rejections).toEqual([{ sheet: 'teachers-big5', row: 6, column: '身分證字號', reason: '身分證字號檢查碼錯誤' }]);
  });
});
