import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { validateSchedule, type Schedule } from '../../main/engine/schedule.ts';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';
import type { Channel, Envelope, Input, Output } from '../../preload/contract.ts';
import type { ScheduleState } from '../../preload/contracts/schedule.ts';
import { tempStore, testContext } from '../helpers/store.ts';

const store = tempStore();
const ctx = testContext(store);
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', year: 113, seed: 5 });
  createDemo(store.sqlite, { scale: 'small', year: 112, seed: 6 });
});
afterAll(() => store.cleanup());

async function call<C extends Channel>(channel: C, input: Input<C>) {
  return dispatch(channel, input, ctx, { checkOutput: true });
}

async function state(year: number): Promise<ScheduleState> {
  const r = await call('schedule:get', { year });
  if (!r.ok) throw new Error(r.error.message);
  return r.data as ScheduleState;
}

const count = (table: string): number => (store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('schedule of a year', () => {
  it('a demo year that is a built-in year comes with the built-in schedule, sound', async () => {
    const s = await state(113);
    expect(s.schedule).toEqual(builtInSchedule(113));
    expect(s).toMatchObject({ status: 'final', violations: [], builtIn: true, nextYearHasSchedule: false });
    // The registry's three demo authorities come first, then the others the schedule names.
    expect(s.authorities.slice(0, 3).sort()).toEqual(['屏東縣', '教育部國教署', '臺中市'].sort());
    expect(s.authorities).toHaveLength(23);
    expect((await state(112)).schedule).toBeNull();
  });

  it('refuses an invalid schedule with the Chinese violations and stores nothing', async () => {
    const edited = builtInSchedule(113)!;
    edited.teacherWaves[2]!.end = '2024-09-10T17:00:00+08:00';
    edited.schoolGroups[1]!.authorities = edited.schoolGroups[1]!.authorities.filter((a) => a !== '屏東縣');
    const r = await call('schedule:save', { schedule: edited });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_SCHEDULE');
    expect(r.error.message).toMatch(/^113 學年度的時程有 2 項問題，資料沒有任何變更：/);
    expect(r.error.message).toContain('教師填寫第 3 波段的結束時間 113/09/10 17:00 沒有晚於開始時間 113/09/11 00:00');
    expect(r.error.message).toContain('屏東縣沒有學校規劃組別');
    expect((await state(113)).schedule).toEqual(builtInSchedule(113));
  });

  it('refuses an authority of the registry missing from every group, and one listed twice', async () => {
    const twice = builtInSchedule(113)!;
    twice.schoolGroups[0]!.authorities.push('屏東縣');
    const r = await call('schedule:save', { schedule: twice });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_SCHEDULE', message: expect.stringContaining('屏東縣重複列在學校規劃 A 組、學校規劃 B 組') } });
    const r2 = await call('schedule:save', { schedule: { ...builtInSchedule(113)!, year: 150 } });
    expect(r2).toMatchObject({ ok: false, error: { code: 'NO_YEAR' } });
  });

  it('saves a sound edit and moves the registry authority with it', async () => {
    const edited = builtInSchedule(113)!;
    edited.schoolGroups[1]!.authorities = edited.schoolGroups[1]!.authorities.filter((a) => a !== '屏東縣');
    edited.schoolGroups[0]!.authorities.push('屏東縣');
    edited.timeline[0]!.done = true;
    const r = await call('schedule:save', { schedule: edited });
    expect(r.ok).toBe(true);
    const s = await state(113);
    expect(s.schedule).toEqual(edited);
    expect(s).toMatchObject({ status: 'final', violations: [] });
    expect(store.sqlite.prepare("SELECT school_group, teacher_wave FROM authorities WHERE year = 113 AND name = '屏東縣'").get()).toEqual({
      school_group: 'A',
      teacher_wave: 4,
    });
    await call('schedule:save', { schedule: builtInSchedule(113)! });
  });

  it('writes every instant in the canonical +08:00 form whatever offset it came with', async () => {
    const edited = builtInSchedule(113)!;
    edited.teacherWaves[0]!.end = '2024-09-09T09:00:00Z';
    expect((await call('schedule:save', { schedule: edited })).ok).toBe(true);
    expect((await state(113)).schedule?.teacherWaves[0]?.end).toBe('2024-09-09T17:00:00+08:00');
  });
});

describe('roll-over', () => {
  it('gives a valid 114 draft: dates a year later, same groups and waves, the year and its authorities added', async () => {
    const before = count('school_years');
    const r = await call('schedule:rollOver', { year: 113 });
    expect(r.ok).toBe(true);
    const s = await state(114);
    expect(s).toMatchObject({ year: 114, status: 'draft', source: '由 113 學年度延續', violations: [] });
    expect(count('school_years')).toBe(before + 1);
    const next = s.schedule as Schedule;
    expect(validateSchedule(next, s.authorities)).toEqual([]);
    expect(next.open).toEqual({ start: '2025-08-05T00:00:00+08:00', end: '2026-07-31T17:00:00+08:00' });
    expect(next.rosterCutoff).toBe('2025-08-02T17:00:00+08:00');
    expect(next.teacherWaves.map((w) => [w.wave, w.start, w.authorities])).toEqual(
      builtInSchedule(113)!.teacherWaves.map((w) => [w.wave, w.start.replace('2024', '2025'), w.authorities]),
    );
    const authorities = (year: number) =>
      store.sqlite.prepare('SELECT code, name, school_group, teacher_wave FROM authorities WHERE year = ? ORDER BY code').all(year);
    expect(authorities(114)).toEqual(authorities(113));
    const years = store.sqlite.prepare('SELECT year, classification_version_id, is_demo FROM school_years WHERE year IN (113, 114) ORDER BY year').all() as {
      classification_version_id: number;
      is_demo: number;
    }[];
    expect(years[1]).toMatchObject({ classification_version_id: years[0]!.classification_version_id, is_demo: 1 });
    expect((await state(113)).nextYearHasSchedule).toBe(true);
  });

  it('never overwrites next year, and needs a schedule to start from', async () => {
    const before = (await state(114)).schedule;
    expect(await call('schedule:rollOver', { year: 113 })).toMatchObject({ ok: false, error: { code: 'SCHEDULE_EXISTS' } });
    expect((await state(114)).schedule).toEqual(before);
    const r = await call('schedule:rollOver', { year: 112 });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_SCHEDULE', message: '112 學年度還沒有時程，無法延續到 113 學年度。' } });
  });

  it('saving the draft makes it the year\'s schedule', async () => {
    const draft = (await state(114)).schedule!;
    expect((await call('schedule:save', { schedule: draft })).ok).toBe(true);
    expect(await state(114)).toMatchObject({ status: 'final', source: '由 113 學年度延續' });
  });
});

describe('built-in years', () => {
  it('adds 106 as a real year with the schedule of its plan', async () => {
    const r = await call('schedule:createBuiltIn', { year: 106 });
    expect(r.ok).toBe(true);
    const s = await state(106);
    expect(s.schedule).toEqual(builtInSchedule(106));
    expect(s.violations).toEqual([]);
    expect(store.sqlite.prepare('SELECT is_demo, classification_version_id IS NOT NULL AS c FROM school_years WHERE year = 106').get()).toEqual({
      is_demo: 0,
      c: 1,
    });
    expect(await call('schedule:createBuiltIn', { year: 106 })).toMatchObject({ ok: false, error: { code: 'SCHEDULE_EXISTS' } });
    expect(await call('schedule:createBuiltIn', { year: 105 })).toMatchObject({
      ok: false,
      error: { code: 'NO_BUILT_IN', message: '內建資料只有 106、113 學年度的時程，沒有 105 學年度。' },
    });
  });
});

describe('open now and closing soon', () => {
  it('lists the windows open at an instant, those closing within days, and the next to open', async () => {
    const r = (await call('schedule:openNow', { year: 113, at: '2024-09-12T12:00:00+08:00' })) as Envelope<Output<'schedule:openNow'>>;
    if (!r.ok) throw new Error(r.error.message);
    const labels = (list: { label: string }[]) => list.map((w) => w.label);
    expect(r.data).toMatchObject({ hasSchedule: true, serviceOpen: true, invalid: false, status: 'final' });
    expect(labels(r.data.open)).toEqual(['教師填寫第 2 波段', '教師填寫第 3 波段']);
    expect(labels(r.data.closingSoon)).toEqual(['教師填寫第 2 波段']);
    expect(labels(r.data.upcoming)).toEqual(['教師填寫第 4 波段', '臺中市自訂教師填寫期間', '教師填寫第 5 波段']);
    const late = (await call('schedule:openNow', { year: 113, at: '2024-09-12T17:00:01+08:00' })) as Envelope<Output<'schedule:openNow'>>;
    if (!late.ok) throw new Error(late.error.message);
    expect(labels(late.data.open)).toEqual(['教師填寫第 3 波段']);
    const none = await call('schedule:openNow', { year: 112 });
    expect(none).toMatchObject({ ok: true, data: { hasSchedule: false, open: [] } });
  });
});
