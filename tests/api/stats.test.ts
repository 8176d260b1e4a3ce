import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_LEVELS, NEED_METHODS, NEED_MODES, NEED_PLACES, NEED_TIMES } from '../../main/engine/vocabulary.ts';
import { apiOf, writeSheet } from '../helpers/importFiles.ts';
import { planWorld, SCHOOL_PLAN_HEADER, TEACHER_PLAN_HEADER, TEACHERS, teacherPlanRow, writeBook } from '../helpers/planWorld.ts';
import { tempStore } from '../helpers/store.ts';

// The statistics channels on a world small enough to work out by hand (tests/helpers/planWorld.ts):
// 屏東縣 133001 (國中, teachers 1–7), 臺中市 193001 (國中, teachers 8–9) and 196001 (國小, teacher 10).
// Teacher plans: 1 on time, 2 late (both 屏東縣), 3 draft; 8 on time (臺中市), 10 draft. School plan:
// 193001 on time. Rank weights: modes 3-2-1.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());
const id = (n: number) => TEACHERS[n - 1]!.id;

/** Needs with the modes in the given order, the rest as fullNeeds. */
const needs = (modes: readonly string[]) => [...modes, ...NEED_TIMES, null, ...NEED_PLACES.slice(0, 6), null, NEED_LEVELS[1], NEED_METHODS[2]];

beforeAll(async () => {
  await planWorld(store, api);
  const teacherPath = writeBook(store.dir, 'teacher-plans.xlsx', {
    教師規劃: [
      TEACHER_PLAN_HEADER,
      teacherPlanRow(1, '送出', '113/09/20 10:00', needs(NEED_MODES)),
      teacherPlanRow(2, '送出', '113/09/26 10:00', needs([...NEED_MODES].reverse())),
      teacherPlanRow(3, '暫存', null, needs(NEED_MODES)),
      teacherPlanRow(8, '送出', '113/09/21 10:00', needs(NEED_MODES)),
      teacherPlanRow(10, '暫存', null, needs(NEED_MODES)),
    ],
    教師規劃時數: [
      ['身分證字號', '課程類別', '規劃時數'],
      [id(1), '1-1-1', 2], [id(1), '3-2-5', 4],
      [id(2), '1-1-1', 3],
      [id(3), '1-1-1', 50],
      [id(8), '1-1-1', 1.5], [id(8), '6-99-99', 2],
    ],
  });
  expect(await api.call('imports:run', { task: 'tp', kind: 'teacher-plans', path: teacherPath, year: 113 })).toMatchObject({ status: 'landed', rejected: 0 });
  const schoolPath = writeBook(store.dir, 'school-plans.xlsx', {
    學校規劃: [SCHOOL_PLAN_HEADER, ['193001', '送出', '113/08/10 10:00', 300, ...needs([NEED_MODES[1], NEED_MODES[0], NEED_MODES[2]])]],
    學校規劃時數: [['學校代碼', '課程類別', '規劃時數'], ['193001', '1-1-1', 10], ['193001', '2-99-99', 5]],
  });
  expect(await api.call('imports:run', { task: 'sp', kind: 'school-plans', path: schoolPath, year: 113 })).toMatchObject({ status: 'landed', rejected: 0 });
});

describe('stats:filing', () => {
  it('counts expected, filed and on time by authority and stage, by hand', async () => {
    const f = await api.call('stats:filing', { year: 113 });
    expect(f.total.teachers).toEqual({ expected: 10, filed: 3, onTime: 2, outsideWindow: 1, returned: 0, draft: 2, none: 5, filedRate: 0.3, onTimeRate: 0.2 });
    expect(f.total.schools).toMatchObject({ expected: 3, filed: 1, onTime: 1, none: 2 });
    expect(f.byAuthority.map((a) => [a.authority, a.teachers.expected, a.teachers.onTime, a.teachers.filed])).toEqual([['臺中市', 3, 1, 1], ['屏東縣', 7, 1, 2]]);
    expect(f.byStage.map((s) => [s.stage, s.teachers.expected, s.teachers.onTime, s.teachers.draft])).toEqual([['國小', 1, 0, 1], ['國中', 9, 2, 1]]);
    expect(f.previous).toBeNull();
  });

  it('narrows to an authority in any spelling, and to a stage', async () => {
    const f = await api.call('stats:filing', { year: 113, authority: '台中市政府教育局', stage: '國中' });
    expect(f.authority).toBe('臺中市');
    expect(f.total.teachers).toMatchObject({ expected: 2, onTime: 1, none: 1 });
    expect(f.byAuthority).toHaveLength(1);
    expect(f.byStage.map((s) => s.stage)).toEqual(['國中']);
  });

  it('refuses an authority the year does not have, in Chinese', async () => {
    const r = await api.raw('stats:filing', { year: 113, authority: '火星市' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('火星市');
  });
});

describe('stats:needs', () => {
  it('weights ranks 3-2-1 over the submitted teacher plans only', async () => {
    const n = await api.call('stats:needs', { year: 113 });
    expect(n.teacher.plans).toBe(3);
    const mode = n.teacher.dimensions.find((d) => d.dimension === 'mode')!;
    expect(mode.weights).toEqual([3, 2, 1]);
    expect(mode.weightNote).toContain('第1順位 3 分');
    // 非學分班: rank 1 (teachers 1, 8), rank 3 (teacher 2) → 2·3 + 1·1 = 7; 學士: rank 2 ×3 = 6; 碩士: 3 + 2·1 = 5.
    expect(mode.options.map((o) => [o.option, o.rankCounts, o.score])).toEqual([
      [NEED_MODES[0], [2, 0, 1], 7],
      [NEED_MODES[1], [0, 3, 0], 6],
      [NEED_MODES[2], [1, 0, 2], 5],
    ]);
    expect(mode.options[0]!.share).toBeCloseTo(7 / 18, 12);
    const level = n.teacher.dimensions.find((d) => d.dimension === 'level')!;
    expect(level.options.find((o) => o.option === NEED_LEVELS[1])).toMatchObject({ rankCounts: [3], score: 3, share: 1 });
    const time = n.teacher.dimensions.find((d) => d.dimension === 'time')!;
    expect(time.options[0]).toMatchObject({ rankCounts: [3, 0, 0, 0, 0, 0], score: 18 });
    expect(n.school.plans).toBe(1);
    expect(n.school.dimensions[0]!.options.map((o) => o.score)).toEqual([2, 3, 1]);
  });

  it('follows the authority filter', async () => {
    const n = await api.call('stats:needs', { year: 113, authority: '臺中市' });
    expect(n.teacher.plans).toBe(1);
    expect(n.teacher.dimensions[0]!.options.map((o) => o.score)).toEqual([3, 2, 1]);
  });
});

describe('stats:plannedHours', () => {
  it('sums the submitted plans by domain, sub-item and stage', async () => {
    const h = await api.call('stats:plannedHours', { year: 113 });
    expect(h.teacher.plans).toBe(3);
    expect(h.teacher.hours).toBe(12.5);
    const d = Object.fromEntries(h.teacher.domains.map((x) => [x.domain, x]));
    expect(d['1']).toMatchObject({ hours: 6.5, share: 0.52, name: '課程、教學及評量' });
    expect(d['1']!.perPlan).toBeCloseTo(6.5 / 3, 12);
    expect(d['3']!.subItems).toEqual([{ code: '3-2', name: '教師專業發展評鑑', hours: 4 }]);
    expect(d['6']).toMatchObject({ hours: 2 });
    expect(d['2']).toMatchObject({ hours: 0, subItems: [] });
    expect(h.teacher.byStage).toEqual([{ stage: '國中', plans: 3, hours: 12.5, domains: expect.any(Array) }]);
    expect(h.school).toMatchObject({ plans: 1, hours: 15 });
    const ping = await api.call('stats:plannedHours', { year: 113, authority: '屏東縣' });
    expect(ping.teacher).toMatchObject({ plans: 2, hours: 9 });
    expect(ping.school).toMatchObject({ plans: 0, hours: 0 });
  });
});

describe('stats:achievement', () => {
  it('without hour records, every planned hour is unachieved', async () => {
    const a = await api.call('stats:achievement', { year: 113 });
    expect(a.total).toMatchObject({ schoolPlans: 1, teacherPlans: 3 });
    expect(a.total.teacherRate).toMatchObject({ planned: 12.5, actual: 0, achieved: 0, rate: 0 });
    expect(a.total.schoolRate).toMatchObject({ planned: 15, rate: 0 });
    expect(a.byAuthority.map((r) => [r.authority, r.teacherPlans])).toEqual([['臺中市', 1], ['屏東縣', 2]]);
    expect(a.domainNames['1']).toBe('課程、教學及評量');
  });
});

describe('stats:participation', () => {
  it("holds seed 001's history and this database's own year", async () => {
    const p = await api.call('stats:participation', {});
    expect(p.years.map((y) => y.year)).toEqual([99, 100, 101, 102, 103, 105, 113]);
    expect(p.years.at(-1)).toMatchObject({ origin: 'data', schools: 1, teachers: 3, authorities: 2, schoolsTotal: 3, teachersTotal: 10 });
    expect(p.years[0]).toMatchObject({ origin: 'history', schools: 671, teachers: 9900, authorities: 8 });
    expect(p.years[0]!.source).toContain('106年度');
  });
});

describe('survey import and stats:survey', () => {
  const header = ['填答者類別', '學校代碼', '系統好用', '期程合宜', '其他建議'];
  let firstPath = '';

  it('lands valid rows; an unknown school or a score outside 1–5 is rejected with its column', async () => {
    firstPath = writeSheet(store.dir, 'survey.xlsx', [
      header,
      ['業務帳號', '193001', 5, 4, '很好用'],
      ['教師', '193001', 4, 2, null],
      ['教師', '133001', 3, 6, null],
      ['教師', '999999', 5, 5, null],
      ['教師', '133001', 1, 5, '希望延長期限'],
    ]);
    const report = await api.call('imports:run', { task: 'sv', kind: 'survey', path: firstPath, year: 113 });
    expect(report).toMatchObject({ status: 'landed', read: 5, added: 3, rejected: 2 });
    const rejections = await api.call('imports:rejections', { id: report.id, page: { offset: 0, limit: 10 } });
    expect(rejections.rows.map((r) => [r.row, r.column])).toEqual([[4, '期程合宜'], [5, '學校代碼']]);
    expect(rejections.rows[0]!.reason).toContain('1 到 5');
  });

  it('summarises per question, overall and by respondent kind, and lists the texts', async () => {
    const s = await api.call('stats:survey', { year: 113 });
    expect(s.respondents).toEqual({ total: 3, byKind: [{ kind: '業務帳號', n: 1 }, { kind: '教師', n: 2 }] });
    const [q1, q2, q3] = s.questions;
    expect(q1).toMatchObject({ index: 0, question: '系統好用', type: 'scale', overall: { n: 3, counts: [1, 0, 0, 1, 1] } });
    expect(q1!.overall.mean).toBeCloseTo(10 / 3, 12);
    expect(q1!.byKind).toEqual([{ kind: '業務帳號', n: 1, counts: [0, 0, 0, 0, 1], mean: 5 }, { kind: '教師', n: 2, counts: [1, 0, 0, 1, 0], mean: 2.5 }]);
    expect(q2!.overall.mean).toBeCloseTo(11 / 3, 12);
    expect(q3).toMatchObject({ type: 'text', texts: 2, overall: { n: 0, mean: null } });
    expect(s.texts.total).toBe(2);
    expect(s.texts.rows.map((t) => [t.text, t.kind, t.authority])).toEqual([['很好用', '業務帳號', '臺中市'], ['希望延長期限', '教師', '屏東縣']]);
    const tc = await api.call('stats:survey', { year: 113, authority: '臺中市', textKind: '教師' });
    expect(tc.respondents.total).toBe(2);
    expect(tc.questions[0]!.overall.mean).toBe(4.5);
    expect(tc.texts.total).toBe(0);
  });

  it('importing the same file again changes nothing; a new file replaces its (school, kind) groups', async () => {
    const again = await api.call('imports:run', { task: 'sv2', kind: 'survey', path: firstPath, year: 113 });
    expect(again).toMatchObject({ status: 'landed', added: 0, replaced: 0, unchanged: 3 });
    const path = writeSheet(store.dir, 'survey-2.xlsx', [header, ['教師', '193001', 3, 3, null]]);
    expect(await api.call('imports:run', { task: 'sv3', kind: 'survey', path, year: 113 })).toMatchObject({ status: 'landed', replaced: 1 });
    const s = await api.call('stats:survey', { year: 113 });
    expect(s.respondents.total).toBe(3);
    // 業務帳號 5, 133001's teacher 1, 193001's teacher now 3.
    expect(s.questions[0]!.overall).toEqual({ n: 3, counts: [1, 0, 1, 0, 1], mean: 3 });
  });
});

describe('stats:filters', () => {
  it('lists the year with what it holds, its authorities and stages', async () => {
    const f = await api.call('stats:filters', { year: 113 });
    expect(f.years).toEqual([{ year: 113, schools: 3, teachers: 10, schoolPlans: 1, teacherPlans: 3, surveyResponses: 3 }]);
    expect(f.authorities).toEqual(['臺中市', '屏東縣']);
    expect(f.stages).toEqual(['國小', '國中']);
    expect(f.previousYear).toBeNull();
  });
});
