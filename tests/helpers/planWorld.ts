// A small school year for the plan tests: two authorities in teacher wave 4 (09/18 00:00 – 09/24
// 17:00 in 113), 臺中市 with a narrower teacher window of its own (09/20 00:00 – 09/23 17:00), a
// handful of schools and rostered teachers, all brought in through the real imports; and plan
// workbooks written as other systems write them (SheetJS).
import * as XLSX from '@e965/xlsx';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../db/connection.ts';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { dayWindow, type Schedule } from '../../main/engine/schedule.ts';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';
import { NEED_METHODS, NEED_LEVELS, NEED_MODES, NEED_PLACES, NEED_TIMES } from '../../main/engine/vocabulary.ts';
import type { apiOf } from './importFiles.ts';
import { writeSheet } from './importFiles.ts';

type Api = ReturnType<typeof apiOf>;

export const nationalId = (n: number, letter = 'T'): string => {
  const body = `${letter}2${String(n).padStart(7, '0')}`;
  return body + String(nationalIdCheckDigit(body));
};

/** Teachers 1–7 at 屏東縣's 133001, 8–9 at 臺中市's 193001, 10 at 臺中市's 196001. */
export const TEACHERS = Array.from({ length: 10 }, (_, i) => ({
  n: i + 1,
  id: nationalId(i + 1),
  name: `教師${i + 1}`,
  school: i < 7 ? '133001' : i < 9 ? '193001' : '196001',
}));

export function worldSchedule(): Schedule {
  const schedule = structuredClone(builtInSchedule(113)!);
  schedule.authorityWindows = [
    { authority: '臺中市', kind: 'school', ...dayWindow('2024-08-05', '2024-08-14') },
    { authority: '臺中市', kind: 'teacher', ...dayWindow('2024-09-20', '2024-09-23') },
  ];
  return schedule;
}

export async function planWorld(store: Store & { dir: string }, api: Api): Promise<void> {
  const run = (kind: 'authorities' | 'schools' | 'teachers', rows: unknown[][]) =>
    api.call('imports:run', { task: `${kind}-${Math.random()}`, kind, path: writeSheet(store.dir, `${kind}-${Math.random()}.xlsx`, rows), year: 113 });
  await run('authorities', [['主管機關代碼', '主管機關名稱'], ['19', '臺中市'], ['13', '屏東縣']]);
  await run('schools', [
    ['學校代碼', '學校名稱', '主管機關', '教育階段', '聯絡人姓名', '聯絡人電話', '聯絡人Email'],
    ['193001', '臺中市立甲國民中學', '臺中市', '國中', '=HYPERLINK("x")', '(04)2222-0001', 'a@193001.edu.tw'],
    ['196001', '臺中市立乙國民小學', '臺中市', '國小', '林聯絡', '(04)2222-0002', 'b@196001.edu.tw'],
    ['133001', '屏東縣立丙國民中學', '屏東縣', '國中', '陳聯絡', '(08)7777-0001', 'c@133001.edu.tw'],
  ]);
  await run('teachers', [['身分證字號', '姓名', '學校代碼'], ...TEACHERS.map((t) => [t.id, t.name, t.school])]);
  await api.call('schedule:save', { schedule: worldSchedule() });
}

/** All ranks filled, each option once: a sound submitted plan. */
export function fullNeeds(): unknown[] {
  return [...NEED_MODES, ...NEED_TIMES, null, ...NEED_PLACES.slice(0, 6), null, NEED_LEVELS[1], NEED_METHODS[2]];
}

export const NEED_HEADER = [
  '進修方式1', '進修方式2', '進修方式3',
  '進修時間1', '進修時間2', '進修時間3', '進修時間4', '進修時間5', '進修時間6', '進修時間其他',
  '進修地點1', '進修地點2', '進修地點3', '進修地點4', '進修地點5', '進修地點6', '進修地點其他',
  '進修階層', '實施方式',
];
export const TEACHER_PLAN_HEADER = ['身分證字號', '姓名', '學校代碼', '狀態', '送出時間', '最高學歷', '服務年資', '學校階段', '任教年級', ...NEED_HEADER];
export const SCHOOL_PLAN_HEADER = ['學校代碼', '狀態', '送出時間', '學生總數', ...NEED_HEADER];
export const LOG_HEADER = ['對象', '動作', '時間', '操作者', '原因'];

/** A teacher plan row: status, 送出時間 (ROC text or null), the needs (full by default). */
export function teacherPlanRow(n: number, status: string, submittedAt: string | null, needs = fullNeeds()): unknown[] {
  const t = TEACHERS[n - 1]!;
  return [t.id, t.name, t.school, status, submittedAt, '碩士', '6~10年', '國中', '國中八年級', ...needs];
}

/** A workbook with several named sheets. */
export function writeBook(dir: string, name: string, sheets: Record<string, unknown[][]>): string {
  const wb = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  const path = join(dir, name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}
