import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf } from '../helpers/importFiles.ts';
import { fullNeeds, planWorld, SCHOOL_PLAN_HEADER, TEACHER_PLAN_HEADER, teacherPlanRow, writeBook } from '../helpers/planWorld.ts';
import { tempStore } from '../helpers/store.ts';

// The 催覆 list: who has no on-time plan while their window is open or after it closed — never
// before it opens — with the school's contact details; and its export.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());

beforeAll(async () => {
  await planWorld(store, api);
  const path = writeBook(store.dir, 'tp.xlsx', {
    教師規劃: [TEACHER_PLAN_HEADER, teacherPlanRow(1, '送出', '113/09/20 10:00'), teacherPlanRow(2, '暫存', null), teacherPlanRow(8, '送出', '113/09/21 10:00'), teacherPlanRow(9, '退回修改', '113/09/21 10:00')],
    教師規劃時數: [['身分證字號', '課程類別', '規劃時數']],
  });
  await api.call('imports:run', { task: 'tp', kind: 'teacher-plans', path, year: 113 });
  const schools = writeBook(store.dir, 'sp.xlsx', {
    學校規劃: [SCHOOL_PLAN_HEADER, ['193001', '送出', '113/08/10 10:00', 100, ...fullNeeds()]],
    學校規劃時數: [['學校代碼', '課程類別', '規劃時數']],
  });
  await api.call('imports:run', { task: 'sp', kind: 'school-plans', path: schools, year: 113 });
});

const names = async (at: string, filter: Record<string, unknown> = {}) =>
  (await api.call('plans:reminders', { year: 113, kind: 'teacher', at, filter: filter as never, page: { offset: 0, limit: 50 } })).rows.map((r) => `${r.teacher}:${r.filing}:${r.windowState}`);

describe('催覆名單', () => {
  it('lists nobody before the windows open', async () => {
    expect(await names('2024-09-17T23:59:59+08:00')).toEqual([]);
  });

  it('lists teachers without an on-time plan whose window is open, each authority by its own window', async () => {
    // 09/19: 屏東縣's wave 4 is open; 臺中市's own window opens on 09/20.
    expect(await names('2024-09-19T12:00:00+08:00')).toEqual(['教師2:draft:open', '教師3:none:open', '教師4:none:open', '教師5:none:open', '教師6:none:open', '教師7:none:open']);
    expect(await names('2024-09-21T12:00:00+08:00', { authority: '臺中市' })).toEqual(['教師9:returned:open', '教師10:none:open']);
  });

  it('keeps listing them after the window closed, and filters by window state and status', async () => {
    const after = await names('2024-10-01T09:00:00+08:00', { windowState: 'closed', filing: 'none' });
    // In school-code order: 133001 (屏東縣), then 196001 (臺中市).
    expect(after).toEqual(['教師3:none:closed', '教師4:none:closed', '教師5:none:closed', '教師6:none:closed', '教師7:none:closed', '教師10:none:closed']);
    expect(await names('2024-10-01T09:00:00+08:00', { windowState: 'open' })).toEqual([]);
  });

  it('gives schools with the contact person, and exports the list with masked IDs', async () => {
    const schools = await api.call('plans:reminders', { year: 113, kind: 'school', at: '2024-08-16T09:00:00+08:00' });
    // 臺中市's own school window closed on 08/14; 屏東縣 (group B) is open.
    expect(schools.rows.map((r) => [r.schoolCode, r.filing, r.windowState, r.contactName, r.contactPhone])).toEqual([
      ['133001', 'none', 'open', '陳聯絡', '(08)7777-0001'],
      ['196001', 'none', 'closed', '林聯絡', '(04)2222-0002'],
    ]);
    const file = await api.call('plans:remindersFile', { year: 113, kind: 'teacher', at: '2024-10-01T09:00:00+08:00' });
    expect(file.rows).toBe(8);
    const sheet = XLSX.read(Buffer.from(file.base64, 'base64'), { type: 'buffer' }).Sheets['教師催覆名單']!;
    // Below the two title lines (year, count and time): the header, then one row per teacher.
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, range: 2 });
    expect(rows).toHaveLength(9);
    expect(rows.slice(1).every((r) => /^[A-Z]\d{2}\*{4}\d{3}$/.test(r[1]!))).toBe(true);
    // 193001's contact name is a formula in the registry; it stays text.
    expect(rows.find((r) => r[2] === '193001')?.[9]).toBe(`'=HYPERLINK("x")`);
  });
});
