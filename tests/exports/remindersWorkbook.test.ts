import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ReminderRow } from '../../db/queries/planReminders.ts';
import { remindersWorkbook } from '../../main/exports/remindersWorkbook.ts';

// The 催覆 list as .xlsx: read back, every text cell that a spreadsheet would evaluate (= + - @, tab,
// CR) is written as text with a leading apostrophe, and IDs are the masked ones.

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
    const file = await remindersWorkbook('teacher', 113, [row({}), row({ key: '2', teacher: '\r陳', filing: 'returned', windowState: 'open' })]);
    expect(file.fileName).toBe('113學年度教師規劃催覆名單.xlsx');
    const wb = XLSX.read(file.data, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['教師催覆名單']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['教師催覆名單']!, { header: 1, raw: false });
    expect(rows[0]).toEqual(['姓名', '身分證字號', '學校代碼', '學校', '主管機關', '學制', '填報狀態', '填報期間', '截止時間', '聯絡人', '聯絡人職稱', '聯絡人電話', '聯絡人手機', '聯絡人Email', '校長', '校長電話', '校長Email']);
    expect(rows[1]).toEqual(['王小明', 'A12****789', '193001', '臺中市立甲國民中學', '臺中市', '國中', '未填寫', '已截止', '113/09/24 17:00',
      `'=HYPERLINK("http://x","點我")`, "'+教務主任", "'-1234", "'@0912", "'\tmail@x.tw", '林校長', '(04)2222-0000', 'p@193001.edu.tw']);
    expect(rows[2]![0]).toBe("'\r陳");
    expect(rows[2]!.slice(6, 8)).toEqual(['退回修改', '填報中']);
    for (const sheet of Object.values(wb.Sheets)) for (const [ref, cell] of Object.entries(sheet)) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f, ref).toBeUndefined();
  });
});
