// The 催覆 list as a printable .xlsx: one row per school or teacher to chase, with the school's
// contact person and principal, under a title naming the year and when the list was made. National
// IDs are masked (the nationalId column masks again whatever it is handed); every text cell is
// written so that no spreadsheet evaluates it (a name or e-mail starting with = + - @ stays text).
import type { ReminderRow } from '../../db/queries/planReminders.ts';
import { FILING_STATUS_LABELS } from '../engine/planFiling.ts';
import { formatRocDateTime } from '../engine/rocDate.ts';
import { styledXlsxBuffer, type CellValue, type Column } from './xlsx/workbook.ts';

export const WINDOW_STATE_LABELS = { upcoming: '尚未開始', open: '填報中', closed: '已截止', none: '無填報期間' } as const;

const col = (header: string, width: number, kind: Column['kind'] = 'text'): Column => ({ header, width, kind });

const SCHOOL_COLUMNS = [col('學校代碼', 10), col('學校', 28), col('主管機關', 12), col('學制', 12), col('填報狀態', 14), col('填報期間', 10), col('截止時間', 16, 'rocDateTime')];
const CONTACT_COLUMNS = [
  col('聯絡人', 10), col('聯絡人職稱', 12), col('聯絡人電話', 15), col('聯絡人手機', 13), col('聯絡人Email', 26),
  col('校長', 10), col('校長電話', 15), col('校長Email', 26),
];

function schoolCells(r: ReminderRow): CellValue[] {
  return [r.schoolCode, r.school, r.authority, r.stage, FILING_STATUS_LABELS[r.filing], WINDOW_STATE_LABELS[r.windowState], r.windowEnd];
}

function contactCells(r: ReminderRow): CellValue[] {
  return [r.contactName, r.contactTitle, r.contactPhone, r.contactMobile, r.contactEmail, r.principalName, r.principalPhone, r.principalEmail];
}

export async function remindersWorkbook(kind: 'school' | 'teacher', year: number, rows: readonly ReminderRow[], at: Date = new Date()): Promise<{ fileName: string; data: Buffer }> {
  const what = kind === 'school' ? '學校' : '教師';
  const titles = [`${year}學年度　${what}規劃催覆名單`, `共 ${rows.length.toLocaleString('zh-TW')} ${kind === 'school' ? '所學校' : '位教師'}；製表時間：${formatRocDateTime(at)}`];
  const sheet =
    kind === 'school'
      ? { name: '學校催覆名單', titles, columns: [...SCHOOL_COLUMNS, ...CONTACT_COLUMNS], rows: rows.map((r) => [...schoolCells(r), ...contactCells(r)]) }
      : {
          name: '教師催覆名單',
          titles,
          columns: [col('姓名', 10), col('身分證字號', 13, 'nationalId'), ...SCHOOL_COLUMNS, ...CONTACT_COLUMNS],
          rows: rows.map((r) => [r.teacher, r.maskedId, ...schoolCells(r), ...contactCells(r)]),
        };
  return { fileName: `${year}學年度${what}規劃催覆名單.xlsx`, data: await styledXlsxBuffer([sheet], { printedOn: at }) };
}
