import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { writeSchedule } from '../../db/queries/schedule.ts';
import { dayWindow } from '../../main/engine/schedule.ts';
import { apiOf, writeSheet } from '../helpers/importFiles.ts';
import { LOG_HEADER, planWorld, TEACHER_PLAN_HEADER, TEACHERS, teacherPlanRow, worldSchedule, writeBook } from '../helpers/planWorld.ts';
import { tempStore } from '../helpers/store.ts';

// Every path of "filed on time", through the import, the derived status and the API, with
// expectations worked out by hand from the 113 windows: 屏東縣 files in teacher wave 4
// (113/09/18 00:00 – 113/09/24 17:00, both ends included to the second); 臺中市 is in the same wave
// but announced a narrower window of its own (113/09/20 00:00 – 113/09/23 17:00).

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());

const id = (n: number) => TEACHERS[n - 1]!.id;

beforeAll(async () => {
  await planWorld(store, api);
  const plans = [
    TEACHER_PLAN_HEADER,
    teacherPlanRow(1, '送出', '113/09/24 17:00:00'), // the window's last second: on time
    teacherPlanRow(2, '送出', '113/09/24 17:00:01'), // one second late
    teacherPlanRow(3, '送出', '113/09/21 10:00'), // returned, then resubmitted inside the window
    teacherPlanRow(4, '送出', '113/09/26 09:00'), // returned, then resubmitted after the window
    teacherPlanRow(5, '退回修改', '113/09/19 10:00'), // returned and not resubmitted
    teacherPlanRow(6, '暫存', null, [null, null, null, '週六', ...Array(15).fill(null)]), // a draft only
    // teacher 7: no plan at all
    teacherPlanRow(8, '送出', '113/09/19 10:00'), // inside wave 4, before 臺中市's own window
    teacherPlanRow(9, '送出', '113/09/23 16:59:59'), // inside 臺中市's own window
  ];
  const log = [
    LOG_HEADER,
    [id(3), '送出', '113/09/19 10:00', '教師3', null],
    [id(3), '退回修改', '113/09/20 09:00', '屏東縣承辦人', '時數不足'],
    [id(3), '送出', '113/09/21 10:00', '教師3', null],
    [id(4), '送出', '113/09/19 10:00', null, null],
    [id(4), '退回修改', '113/09/20 09:00', '屏東縣承辦人', '順位重複'],
    [id(4), '送出', '113/09/26 09:00', null, null],
    [id(5), '送出', '113/09/19 10:00', null, null],
    [id(5), '退回修改', '113/09/22 08:00', '屏東縣承辦人', '請補填研習時數'],
  ];
  const hours = [['身分證字號', '課程類別', '規劃時數'], ...[1, 2, 3, 4, 5, 6, 8, 9].map((n) => [id(n), '1-1-1', 2])];
  const path = writeBook(store.dir, 'teacher-plans.xlsx', { 教師規劃: plans, 教師規劃時數: hours, 狀態紀錄: log });
  const report = await api.call('imports:run', { task: 'tp', kind: 'teacher-plans', path, year: 113 });
  expect(report.status).toBe('landed');
  expect(report.rejected).toBe(0);
});

async function filingOf(n: number) {
  const page = await api.call('plans:teachers', { year: 113, filter: { q: TEACHERS[n - 1]!.name } });
  const row = page.rows.find((r) => r.name === TEACHERS[n - 1]!.name);
  return row?.filing;
}

describe('filed on time, derived through the import and listed by the API', () => {
  it.each([
    [1, 'onTime', 'submitted at the last second of the wave'],
    [2, 'outsideWindow', 'submitted one second after the wave closed'],
    [3, 'onTime', 'returned, then resubmitted inside the wave: judged on the new timestamp'],
    [4, 'outsideWindow', 'returned, then resubmitted after the wave'],
    [5, 'returned', 'returned and not resubmitted: not filed, whatever its earlier submission'],
    [6, 'draft', 'a draft only'],
    [7, 'none', 'no plan'],
    [8, 'outsideWindow', 'inside the wave but before the authority’s narrower window'],
    [9, 'onTime', 'inside the authority’s narrower window'],
  ] as const)('teacher %i is %s (%s)', async (n, expected, _why) => {
    expect(await filingOf(n)).toBe(expected);
  });

  it('counts each status, per list and per authority, with rates onTime / rostered teachers', async () => {
    const all = await api.call('plans:teachers', { year: 113 });
    expect(all.counts).toEqual({ total: 10, onTime: 3, outsideWindow: 3, returned: 1, draft: 1, none: 2 });
    const returned = await api.call('plans:teachers', { year: 113, filter: { filing: 'returned' } });
    expect(returned.total).toBe(1);
    expect(returned.rows.map((r) => r.name)).toEqual(['教師5']);
    const status = await api.call('plans:status', { year: 113 });
    expect(status).toEqual({
      year: 113,
      schools: { total: 3, onTime: 0, outsideWindow: 0, returned: 0, draft: 0, none: 3 },
      teachers: { total: 10, onTime: 3, outsideWindow: 3, returned: 1, draft: 1, none: 2 },
      authorities: [
        {
          authority: '臺中市',
          schools: { total: 2, onTime: 0, outsideWindow: 0, returned: 0, draft: 0, none: 2 },
          teachers: { total: 3, onTime: 1, outsideWindow: 1, returned: 0, draft: 0, none: 1 },
          schoolRate: 0,
          teacherRate: 1 / 3,
        },
        {
          authority: '屏東縣',
          schools: { total: 1, onTime: 0, outsideWindow: 0, returned: 0, draft: 0, none: 1 },
          teachers: { total: 7, onTime: 2, outsideWindow: 2, returned: 1, draft: 1, none: 1 },
          schoolRate: 0,
          teacherRate: 2 / 7,
        },
      ],
    });
  });

  it('explains the status in the detail, with the window that applied and the return that stands', async () => {
    const returned = await api.call('plans:teachers', { year: 113, filter: { filing: 'returned' } });
    const detail = await api.call('plans:detail', { kind: 'teacher', id: returned.rows[0]!.planId! });
    expect(detail.filingText).toBe(
      '已退回修改、尚未重新送出（113/09/22 08:00 由屏東縣承辦人退回，原因：請補填研習時數），不計為已填報（教師填寫第 4 波段 113/09/18 00:00 至 113/09/24 17:00）',
    );
    expect(detail.history.map((e) => [e.action, e.at, e.reason])).toEqual([
      ['送出', '2024-09-19T10:00:00+08:00', null],
      ['退回修改', '2024-09-22T08:00:00+08:00', '請補填研習時數'],
    ]);
    const narrow = await api.call('plans:teachers', { year: 113, filter: { q: '教師8' } });
    const eight = await api.call('plans:detail', { kind: 'teacher', id: narrow.rows[0]!.planId! });
    expect(eight.window).toEqual({ start: '2024-09-20T00:00:00+08:00', end: '2024-09-23T17:00:00+08:00', label: '臺中市自訂教師填寫期間' });
  });
});

describe('the derived status follows the schedule and the registry', () => {
  it('re-judges only the authority whose window changed when the schedule is saved', async () => {
    const schedule = worldSchedule();
    schedule.authorityWindows = schedule.authorityWindows.map((w) => (w.kind === 'teacher' ? { ...w, ...dayWindow('2024-09-18', '2024-09-23') } : w));
    store.sqlite.transaction(() => writeSchedule(store.sqlite, schedule, { status: 'final', source: 'test' }))();
    expect(refreshPlanFiling(store.sqlite, 113)).toEqual({ rejudged: 2, reason: 'schedule' });
    expect(await filingOf(8)).toBe('onTime');
    expect(refreshPlanFiling(store.sqlite, 113)).toEqual({ rejudged: 0, reason: 'unchanged' });
    // Saved through the API, the schedule goes back; the next list re-judges on its own.
    await api.call('schedule:save', { schedule: worldSchedule() });
    expect(await filingOf(8)).toBe('outsideWindow');
  });

  it('places a plan again when a roster import moves its teacher to another authority', async () => {
    // Teacher 8 (submitted 113/09/19 10:00) moves from 臺中市 to 屏東縣, whose wave-4 window takes it.
    const roster = writeSheet(store.dir, 'moved.xlsx', [['身分證字號', '姓名', '學校代碼'], [id(8), '教師8', '133001']]);
    await api.call('imports:run', { task: 'move', kind: 'teachers', path: roster, year: 113 });
    expect(await filingOf(8)).toBe('onTime');
    const status = await api.call('plans:status', { year: 113, authority: '屏東縣' });
    expect(status.authorities[0]!.teachers).toEqual({ total: 8, onTime: 3, outsideWindow: 2, returned: 1, draft: 1, none: 1 });
  });

  it('places plans again on request when the registry changed outside the imports', async () => {
    store.sqlite.prepare("UPDATE teachers SET school_id = (SELECT id FROM schools WHERE code = '193001') WHERE national_id = ?").run(id(8));
    expect(refreshPlanFiling(store.sqlite, 113)).toEqual({ rejudged: 0, reason: 'unchanged' });
    expect(refreshPlanFiling(store.sqlite, 113, { registryChanged: true })).toEqual({ rejudged: 1, reason: 'registry' });
    expect(await filingOf(8)).toBe('outsideWindow');
  });
});
