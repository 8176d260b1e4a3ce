// The 催覆 list as .xlsx: one row per school or teacher to chase, with the school's contact person and
// principal. National IDs are masked; xlsxWriter writes every text cell so that no spreadsheet
// evaluates it (a name or e-mail starting with = + - @ stays text).
import type { ReminderRow } from '../../db/queries/planReminders.ts';
import { FILING_STATUS_LABELS } from '../engine/planFiling.ts';
import { formatRocDateTime } from '../engine/rocDate.ts';
import { xlsxBuffer, type XlsxCell } from './xlsxWriter.ts';

export const WINDOW_STATE_LABELS = { upcoming: '尚未開始', open: '填報中', closed: '已截止', none: '無填報期間' } as const;

const CONTACT_HEADER = ['聯絡人', '聯絡人職稱', '聯絡人電話', '聯絡人手機', '聯絡人Email', '校長', '校長電話', '校長Email'];

function contactCells(r: ReminderRow): XlsxCell[] {
  return [r.contactName, r.contactTitle, r.contactPhone, r.contactMobile, r.contactEmail, r.principalName, r.principalPhone, r.principalEmail];
}

export async function remindersWorkbook(kind: 'school' | 'teacher', year: number, rows: readonly ReminderRow[]): Promise<{ fileName: string; data: Buffer }> {
  const common = (r: ReminderRow): XlsxCell[] => [
    r.schoolCode,
    r.school,
    r.authority,
    r.stage,
    FILING_STATUS_LABELS[r.filing],
    WINDOW_STATE_LABELS[r.windowState],
    r.windowEnd === null ? null : formatRocDateTime(r.windowEnd),
  ];
  const header = ['學校代碼', '學校', '主管機關', '學制', '填報狀態', '填報期間', '截止時間'];
  const sheet =
    kind === 'school'
      ? { name: '學校催覆名單', header: [...header, ...CONTACT_HEADER], widths: [10, 30, 12, 12, 14, 10, 16, 10, 12, 16, 14, 28, 10, 16, 28], rows: rows.map((r) => [...common(r), ...contactCells(r)]) }
      : {
          name: '教師催覆名單',
          header: ['姓名', '身分證字號', ...header, ...CONTACT_HEADER],
          widths: [10, 14, 10, 30, 12, 12, 14, 10, 16, 10, 12, 16, 14, 28, 10, 16, 28],
          rows: rows.map((r) => [r.teacher, r.maskedId, ...common(r), ...contactCells(r)]),
        };
  const what = kind === 'school' ? '學校' : '教師';
  return { fileName: `${year}學年度${what}規劃催覆名單.xlsx`, data: await xlsxBuffer([sheet]) };
}
