import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullNeeds, LOG_HEADER, nationalId, planWorld, SCHOOL_PLAN_HEADER, TEACHER_PLAN_HEADER, TEACHERS, teacherPlanRow, writeBook } from '../helpers/planWorld.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// The plan imports through the shared import pipeline: a submitted plan must fill every rank with
// no option twice, hours are non-negative, codes the year's classification lacks are kept but
// reported, a teacher must be on the year's roster, and importing the same file again changes nothing.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());

const id = (n: number) => TEACHERS[n - 1]!.id;
const run = (kind: 'school-plans' | 'teacher-plans', path: string) => api.call('imports:run', { task: `${kind}-${Math.random()}`, kind, path, year: 113 });
const rejections = async (importId: number) => (await api.call('imports:rejections', { id: importId, page: { offset: 0, limit: 500 } })).rows;

beforeAll(() => planWorld(store, api));

describe('teacher plans', () => {
  const stranger = nationalId(99);
  const missingRank = fullNeeds();
  missingRank[8] = null; // 進修時間6
  const repeated = fullNeeds();
  repeated[1] = repeated[0]; // 進修方式2 = 進修方式1
  let importId: number;

  beforeAll(async () => {
    const path = writeBook(store.dir, 'teacher-plans.xlsx', {
      教師規劃: [
        TEACHER_PLAN_HEADER,
        teacherPlanRow(1, '送出', '113/09/20 10:00'),
        teacherPlanRow(2, '送出', '113/09/20 10:00', missingRank),
        teacherPlanRow(3, '送出', '113/09/20 10:00', repeated),
        [stranger, '路人', '133001', '送出', '113/09/20 10:00', null, null, null, null, ...fullNeeds()],
        teacherPlanRow(4, '暫存', null, [fullNeeds()[0], ...Array(18).fill(null)]),
        teacherPlanRow(5, '送出', null),
        teacherPlanRow(1, '暫存', null),
      ],
      教師規劃時數: [
        ['身分證字號', '課程類別', '規劃時數'],
        [id(1), '1-1-1', 3],
        [id(1), '3-2-5', 2.5],
        [id(1), '9-9-9', 4],
        [id(1), '1-1-2', -1],
        [id(1), '1-1-1', 1],
        [id(4), '2-99-99', 1.25],
        [stranger, '1-1-1', 2],
      ],
      狀態紀錄: [LOG_HEADER, [id(1), '送出', '113/09/20 10:00', '教師1', null], [stranger, '送出', '113/09/20 10:00', null, null]],
    });
    const report = await run('teacher-plans', path);
    importId = report.id;
    // Plans: 教師1 and 教師4 added; hours: four added; the log's 送出 repeats 送出時間 (unchanged).
    expect(report).toMatchObject({ status: 'landed', read: 16, added: 6, replaced: 0, unchanged: 1, rejected: 9 });
  });

  it('rejects a submitted plan with a rank left blank, naming the column and the rank', async () => {
    const rows = await rejections(importId);
    expect(rows).toContainEqual({ sheet: '教師規劃', row: 3, column: '進修時間6', reason: '進修時間第 6 順位未填' });
  });

  it('rejects an option ranked twice', async () => {
    const rows = await rejections(importId);
    expect(rows.find((r) => r.row === 4 && r.sheet === '教師規劃')?.reason).toMatch(/重複/);
  });

  it('rejects a teacher who is not on the year’s roster, with the ID masked', async () => {
    const rows = await rejections(importId);
    const masked = `${stranger.slice(0, 3)}****${stranger.slice(7)}`;
    expect(rows).toContainEqual({
      sheet: '教師規劃',
      row: 5,
      column: '身分證字號',
      reason: `身分證字號 ${masked} 不在 113 學年度的教師名單上，本列未匯入（請先更新教師名單或更正身分證字號）`,
    });
    expect(JSON.stringify(rows)).not.toContain(stranger);
    // Its hours and status rows have no plan to go to.
    expect(rows.find((r) => r.sheet === '教師規劃時數' && r.row === 8)?.reason).toBe('「教師規劃」工作表沒有這位教師的規劃（或該列未匯入），本列未匯入');
    expect(rows.find((r) => r.sheet === '狀態紀錄' && r.row === 3)?.reason).toMatch(/不在 113 學年度的教師名單上/);
  });

  it('keeps a draft with blank ranks, refuses 送出 without a time and a teacher listed twice', async () => {
    const rows = await rejections(importId);
    expect(rows).toContainEqual({ sheet: '教師規劃', row: 7, column: '送出時間', reason: '狀態為「送出」的規劃必須有送出時間' });
    expect(rows.find((r) => r.row === 8 && r.sheet === '教師規劃')?.reason).toMatch(/與第 2 列重複/);
    const drafts = await api.call('plans:teachers', { year: 113, filter: { filing: 'draft' } });
    expect(drafts.rows.map((r) => r.name)).toEqual(['教師4']);
  });

  it('rejects negative hours and a code twice in one plan; keeps an unknown code and reports it', async () => {
    const rows = await rejections(importId);
    expect(rows.find((r) => r.sheet === '教師規劃時數' && r.row === 5)?.reason).toBe('時數不可為負數');
    expect(rows.find((r) => r.sheet === '教師規劃時數' && r.row === 6)?.reason).toMatch(/課程類別 1-1-1 在同一份規劃中重複/);
    expect(rows).toContainEqual({
      sheet: '教師規劃時數',
      row: 4,
      column: '課程類別',
      reason: '已匯入，但課程類別「9-9-9」不在 113 學年度的課程分類中，這筆時數不計入領域合計',
    });
    const list = await api.call('plans:teachers', { year: 113, filter: { q: '教師1' } });
    const detail = await api.call('plans:detail', { kind: 'teacher', id: list.rows.find((r) => r.name === '教師1')!.planId! });
    expect(detail.hours.total).toBe(5.5);
    expect(detail.hours.unplacedHours).toBe(4);
    expect(detail.hours.problems).toEqual([{ code: '9-9-9', hours: 4, message: '課程類別 9-9-9 不在本學年度的課程分類中' }]);
    expect(detail.hours.domains.find((d) => d.code === '1')).toMatchObject({ hours: 3, share: 3 / 5.5 });
    expect(detail.hours.subItems.map((s) => [s.code, s.hours])).toEqual([['1-1', 3], ['3-2', 2.5]]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = snapshot();
    const again = await run('teacher-plans', `${store.dir}/teacher-plans.xlsx`);
    expect(again).toMatchObject({ status: 'landed', added: 0, replaced: 0 });
    expect(snapshot()).toEqual(before);
  });
});

describe('school plans', () => {
  it('imports a school plan with its hours and log; a school not in the year is rejected', async () => {
    const path = writeBook(store.dir, 'school-plans.xlsx', {
      說明: [['這是一份學校規劃匯入檔']],
      學校規劃: [SCHOOL_PLAN_HEADER, ['133001', '送出', '113/08/23 17:00', 321, ...fullNeeds()], ['999999', '送出', '113/08/20', 10, ...fullNeeds()]],
      學校規劃時數: [['學校代碼', '課程類別', '規劃時數'], ['133001', '1-1-1', 10], ['133001', '2-99-99', 6]],
    });
    const report = await run('school-plans', path);
    expect(report).toMatchObject({ status: 'landed', read: 4, added: 3, rejected: 1 });
    const rows = await rejections(report.id);
    expect(rows[0]).toMatchObject({ sheet: '學校規劃', row: 3, column: '學校代碼' });
    const list = await api.call('plans:schools', { year: 113, filter: { q: '133001' } });
    expect(list.rows[0]).toMatchObject({ code: '133001', filing: 'onTime', status: '送出', lastSubmittedAt: '2024-08-23T17:00:00+08:00' });
    const detail = await api.call('plans:detail', { kind: 'school', id: list.rows[0]!.planId! });
    expect(detail.students).toBe(321);
    expect(detail.hours.total).toBe(16);
    expect(detail.needs.modes).toEqual(fullNeeds().slice(0, 3));
  });
});

function snapshot() {
  const tables = ['teacher_plans', 'teacher_plan_events', 'teacher_plan_hours'];
  return Object.fromEntries(tables.map((t) => [t, store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}
