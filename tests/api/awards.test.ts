import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../preload/contracts/common.ts';
import { EXPECTED, masked } from '../helpers/awardDbExpected.ts';
import { buildAwardWorld } from '../helpers/awardDbWorld.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// The awards:* and achievement:* channels on a database file, so runs, comparisons and the
// achievement rates go through the award worker thread as in the app. The year is the hand-made one
// of tests/helpers/awardDbWorld.ts.

const store = tempStore();
const events: ProgressEvent[] = [];
const api = apiOf(store, events);
let ids: ReturnType<typeof buildAwardWorld>;
beforeAll(() => {
  ids = buildAwardWorld(store.sqlite);
});
afterAll(() => store.cleanup());

const teacherSeq = (n: number) => EXPECTED.teachers.findIndex((t) => t.name === `教師${n}`);

describe('awards channels', () => {
  let first = 0;
  let second = 0;

  it('offers the defaults and runs the rules in the worker with progress, storing the run', async () => {
    expect(await api.call('awards:defaults', { year: 113 })).toEqual({
      settings: { classWidth: 1, classOrigin: null, threshold: 70, fillRateThreshold: 0.6, nationalAverage: null },
      lastProvidedAverage: null,
      authorities: 3,
      authoritiesWithSchools: 3,
    });
    const run = await api.call('awards:run', { year: 113, task: 'run-1' });
    first = run.id;
    expect(run).toMatchObject({ year: 113, nationalAverage: 25, parameters: EXPECTED.parameters, awarded: { authorities: 1, schools: 1, teachers: 2 } });
    const mine = events.filter((e) => e.task === 'run-1');
    expect(mine.map((e) => e.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mine.at(-1)).toEqual({ task: 'run-1', label: '完成', done: 5, total: 5 });
    expect(mine[1]!.label).toBe('讀取教師名單、研習時數與填報狀態…');
  });

  it('reopens the run: authorities, filtered pages with counts, and the same JSON again', async () => {
    const got = await api.call('awards:get', { id: first });
    expect(got.authorities.map((a) => [a.authority, a.fillRate, a.awarded])).toEqual([['臺中市', 2 / 3, true], ['屏東縣', 0.5, false], ['澎湖縣', 0, false]]);
    const page = await api.call('awards:teachers', { id: first, filter: { authority: '臺中市', awarded: false }, sort: { by: 'pr', dir: 'desc' }, page: { offset: 0, limit: 3 } });
    expect(page.total).toBe(7);
    expect(page.counts).toMatchObject({ total: 8, awarded: 1 });
    expect(page.rows.map((r) => r.name)).toEqual(['教師7', '教師3', '教師8']);
    expect(page.rows[0]).toMatchObject({ maskedId: masked(7), filing: 'returned', reasons: ['notFiledOnTime'] });
    const schools = await api.call('awards:schools', { id: first, filter: { stage: '國中' } });
    expect(schools.rows.map((s) => s.code)).toEqual(['193301']);
    const out = await api.call('awards:export', { id: first });
    expect(JSON.parse(out.json)).toEqual(EXPECTED);
    expect(out).toMatchObject({ fileName: `獎勵計算-113學年度-第${first}次.json`, sha256: got.run.sha256 });
    expect((await api.call('awards:export', { id: first })).json).toBe(out.json);
  });

  it('explains a teacher who narrowly missed with every deciding number', async () => {
    const e = await api.call('awards:explain', { id: first, kind: 'teacher', seq: teacherSeq(3) });
    expect(e).toMatchObject({
      kind: 'teacher', label: `教師3（${masked(3)}）`, awarded: false, reasons: ['prBelowThreshold'], filedOnTime: true, score: 30,
      nationalAverage: 25, nationalAverageSource: 'computed', group: { authority: '臺中市', stage: '國小', size: 7 },
      rank: { pr: 450 / 7, classLower: 29.5, classUpper: 30.5, cfL: 4, fx: 1, n: 7, width: 1, origin: -0.5 }, threshold: 70,
      filing: { status: 'onTime', lastSubmission: '2024-09-22T09:00:00+08:00', window: { start: '2024-09-20T00:00:00+08:00', end: '2024-09-23T17:00:00+08:00' }, source: '臺中市自訂教師填寫期間' },
    });
    expect(e.sentences.at(-1)).toBe('結果：未獲獎（百分等級未達門檻（非同縣市同階段前 30%））');
    const authority = await api.call('awards:explain', { id: first, kind: 'authority', seq: 0 });
    expect(authority).toMatchObject({ label: '臺中市', awarded: true, fillRate: 2 / 3, fillRateThreshold: 0.6, group: null, rank: null });
    expect((await api.raw('awards:explain', { id: first, kind: 'teacher', seq: 99 })).ok).toBe(false);
  });

  it('compares two runs with different thresholds, page by page', async () => {
    second = (await api.call('awards:run', { year: 113, task: 'run-2', settings: { threshold: 60 } })).id;
    const entered = await api.call('awards:compare', { a: first, b: second, bucket: 'entered' });
    expect(entered).toMatchObject({
      parameters: [{ name: 'threshold', before: 70, after: 60 }],
      counts: { entered: { authority: 0, school: 0, teacher: 1 }, left: { authority: 0, school: 0, teacher: 0 }, reasonsChanged: { authority: 0, school: 1, teacher: 0 } },
      total: 1,
    });
    expect(entered.rows[0]).toMatchObject({ kind: 'teacher', reasonsRemoved: ['prBelowThreshold'], before: { awarded: false, pr: 450 / 7 }, after: { awarded: true } });
    const changed = await api.call('awards:compare', { a: first, b: second, bucket: 'reasonsChanged', kind: 'school' });
    expect(changed.rows.map((r) => r.label)).toEqual(['臺中市 193602 臺中市立乙國民小學']);
    expect((await api.call('awards:list', { year: 113 })).map((r) => [r.id, r.parameters.threshold])).toEqual([[second, 60], [first, 70]]);
  });

  it('takes the national average the central office provides and offers it next time', async () => {
    const run = await api.call('awards:run', { year: 113, task: 'run-3', settings: { nationalAverage: 27.5 } });
    expect(run).toMatchObject({ nationalAverage: 27.5, parameters: { nationalAverageSource: 'provided' } });
    expect((await api.call('awards:defaults', { year: 113 })).lastProvidedAverage).toBe(27.5);
  });

  it('refuses bad parameters and cross-year comparisons in Chinese, and cancels a run leaving nothing behind', async () => {
    const bad = await api.raw('awards:run', { year: 113, task: 'bad', settings: { classWidth: 0 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '輸入資料有誤：欄位「settings.classWidth」不可小於 0.01。' } });
    expect(await api.raw('awards:run', { year: 120, task: 'none' })).toMatchObject({ ok: false, error: { code: 'NO_YEAR' } });
    const y114 = await api.call('awards:run', { year: 114, task: 'y114' });
    expect(await api.raw('awards:compare', { a: first, b: y114.id })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const before = (await api.call('awards:list', { year: 113 })).length;
    const running = api.raw('awards:run', { year: 113, task: 'to-cancel' });
    expect(await api.call('awards:cancel', { task: 'to-cancel' })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: '已取消這次計算，沒有留下任何紀錄。' } });
    expect(await api.call('awards:list', { year: 113 })).toHaveLength(before);
    expect(await api.call('awards:cancel', { task: 'to-cancel' })).toEqual({ cancelled: false });
  });
});

describe('achievement channels', () => {
  it('rates school plans and teacher plans by nation, authority and stage', async () => {
    const s = await api.call('achievement:summary', { year: 113 });
    // Only 193601's plan and 教師1's plan carry hours; every other submitted plan adds actual hours only.
    expect(s.nation).toMatchObject({
      schools: 6, schoolPlans: 4, schoolRate: { planned: 80, actual: 270.5, achieved: 60, rate: 0.75, ratio: 270.5 / 80 },
      teachers: 11, teacherPlans: 9, teacherRate: { planned: 10, actual: 225, achieved: 6, rate: 0.6, ratio: 22.5 },
    });
    expect(s.nation.schoolRate.domains.slice(0, 6).map((d) => [d.domain, d.planned, d.actual, d.achieved])).toEqual([
      ['1', 20, 158, 20], ['2', 50, 40, 40], ['3', 0, 2, 0], ['4', 0, 20, 0], ['5', 10, 5.5, 0], ['6', 0, 45, 0],
    ]);
    expect(s.authorities[0]).toMatchObject({ authority: '臺中市', schoolPlans: 3, schoolRate: { actual: 210.5, rate: 0.75 }, teacherPlans: 6, teacherRate: { actual: 160.5, rate: 0.6 } });
    expect(s.stages.map((g) => [g.stage, g.schoolRate.rate])).toEqual([['國小', 0.75], ['國中', null]]);
    // Cached until something is written; the same answer again.
    expect(await api.call('achievement:summary', { year: 113 })).toEqual(s);
  });

  it('shows plan against actual per domain for one school and one teacher', async () => {
    const school = await api.call('achievement:detail', { year: 113, kind: 'school', id: ids.schoolIds.get('193601')! });
    expect(school).toMatchObject({
      code: '193601', teachers: 4, planned: { 1: 20, 2: 50, 5: 10 }, actual: { 1: 38, 2: 40, 3: 2, 4: 20, 5: 0, 6: 0 },
      achievement: { planned: 80, actual: 100, achieved: 60, rate: 0.75, ratio: 1.25 },
    });
    const t1 = await api.call('achievement:detail', { year: 113, kind: 'teacher', id: ids.teacherIds.get(1)! });
    expect(t1).toMatchObject({ code: masked(1), school: { code: '193601' }, achievement: { planned: 10, actual: 10, achieved: 6, rate: 0.6, ratio: 1 } });
    const t5 = await api.call('achievement:detail', { year: 113, kind: 'teacher', id: ids.teacherIds.get(5)! });
    expect(t5).toMatchObject({ planned: null, achievement: null, actual: { 1: 0 } });
    expect((await api.raw('achievement:detail', { year: 114, kind: 'school', id: ids.schoolIds.get('193601')! })).ok).toBe(false);
  });

  it('lists every school and teacher for the command line', async () => {
    const schools = await api.call('achievement:schools', { year: 113, page: null });
    expect(schools.rows.map((r) => [r.code, r.achievement?.rate ?? null])).toEqual([
      ['193301', null], ['193601', 0.75], ['193602', null], ['133601', null], ['133602', null], ['163601', null],
    ]);
    const teachers = await api.call('achievement:teachers', { year: 113, page: { offset: 0, limit: 2 } });
    expect(teachers.total).toBe(11);
    expect(teachers.rows).toHaveLength(2);
  });
});
