import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ReminderRow } from '../../db/queries/planReminders.ts';
import { remindersWorkbook } from '../../main/exports/remindersWorkbook.ts';

// The 催覆 list as a printable .xlsx (the styled writer): read back, titles above a bold frozen
// header, every text cell that a spreadsheet would evaluate (= + - @, tab, CR) is written as text
// with a leading apostrophe, IDs are the masked ones (and a full one handed in is masked too).

const row = (patch: Partial<ReminderRow>): ReminderRow => ({
  kind: 'teacher',
  key: '1',
  planId: null,
  teacher: '王小明',
  maskedId: 'A12****789',
  schoolCode: '193001',
  school: '臺中市立甲國民中學',
  authority: '臺中市',
  stage: '國中',
  filing: 'none',
  windowState: 'closed',
  windowEnd: '2024-09-24T17:00:00+08:00',
  principalName: '林校長',
  principalPhone: '(04)2222-0000',
  principalEmail: 'p@193001.edu.tw',
  contactName: '=HYPERLINK("http://x","點我")',
  contactTitle: '+教務主任',
  contactPhone: '-1234',
  contactMobile: '@0912',
  contactEmail: '\tmail@x.tw',
  ...patch,
});

describe('remindersWorkbook', () => {
  it('writes the teachers to chase with masked IDs and no cell a spreadsheet would evaluate', async () => {
    const at = new Date('2024-10-01T01:00:00Z');
    const file = await remindersWorkbook('teacher', 113, [row({}), row({ key: '2', teacher: '\r陳', filing: 'returned', windowState: 'open', maskedId: 'F223456781' })], at);
    expect(file.fileName).toBe('113學年度教師規劃催覆名單.xlsx');
    const wb = XLSX.read(file.data, { type: 'buffer', cellStyles: true });
    expect(wb.SheetNames).toEqual(['教師催覆名單']);
    const ws = wb.Sheets['教師催覆名單']!;
    expect(ws['A1']).toMatchObject({ v: '113學年度　教師規劃催覆名單' });
    expect(ws['A2']).toMatchObject({ v: '共 2 位教師；製表時間：113/10/01 09:00' });
    expect(ws['!cols']?.length).toBe(17);
    const sheetXml = Buffer.from(XLSX.CFB.find(XLSX.CFB.read(file.data, { type: 'buffer' }), '/xl/worksheets/sheet1.xml')!.content as Uint8Array).toString('utf8');
    expect(sheetXml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    // The header row in the bold, shaded, bordered header style (index 3, tests/exports/xlsx.test.ts).
    expect(sheetXml).toMatch(/<row r="3"[^>]*><c r="A3" s="3" t="inlineStr"><is><t>姓名<\/t>/);
    expect(sheetXml).toContain('orientation="landscape"');
    expect(sheetXml).toContain('&amp;C第 &amp;P 頁，共 &amp;N 頁&amp;R列印日期：113/10/01');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, range: 2 });
    expect(rows[0]).toEqual(['姓名', '身分證字號', '學校代碼', '學校', '主管機關', '學制', '填報狀態', '填報期間', '截止時間', '聯絡人', '聯絡人職稱', '聯絡人電話', '聯絡人手機', '聯絡人Email', '校長', '校長電話', '校長Email']);
    expect(rows[1]).toEqual(['王小明', 'A12****789', '193001', '臺中市立甲國民中學', '臺中市', '國中', '未填寫', '已截止', '113/09/24 17:00',
      `'=HYPERLINK("http://x","點我")`, "'+教務主任", "'-1234", "'@0912", "'\tmail@x.tw", '林校長', '(04)2222-0000', 'p@193001.edu.tw']);
    expect(rows[2]![0]).toBe("'\r陳");
    expect(rows[2]![1]).toBe('F22****781');
    expect(rows).toHaveLength(3);
    expect(rows[2]!.slice(6, 8)).toEqual(['退回修改', '填報中']);
    for (const sheet of Object.values(wb.Sheets)) for (const [ref, cell] of Object.entries(sheet)) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f, ref).toBeUndefined();
  });
});

describe('remindersWorkbook for schools', () => {
  it('lists the schools with their contact persons, no teacher columns', async () => {
    const file = await remindersWorkbook('school', 113, [row({ kind: 'school', teacher: null, maskedId: null })], new Date('2024-10-01T01:00:00Z'));
    expect(file.fileName).toBe('113學年度學校規劃催覆名單.xlsx');
    const wb = XLSX.read(file.data, { type: 'buffer' });
    const ws = wb.Sheets['學校催覆名單']!;
    expect(ws['A2']).toMatchObject({ v: '共 1 所學校；製表時間：113/10/01 09:00' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, range: 2 });
    expect(rows[0]!.slice(0, 7)).toEqual(['學校代碼', '學校', '主管機關', '學制', '填報狀態', '填報期間', '截止時間']);
    expect(rows[1]!.slice(0, 7)).toEqual(['193001', '臺中市立甲國民中學', '臺中市', '國中', '未填寫', '已截止', '113/09/24 17:00']);
  });
});
