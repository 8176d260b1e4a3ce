import { join } from 'node:path';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { readSchedule, writeSchedule } from '../../db/queries/schedule.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import type { Channel, Input, Output } from '../../preload/contract.ts';
import { benchDir, median, ms, report } from './util.ts';

/**
 * Issue 5: on the national demo (3,500 schools, 200,000 teachers, their plans and ~1.5 million
 * planned-hour rows), the plan list (50 rows, a filter) and the filing-progress page answer within
 * 200 ms, through the same dispatch the window uses (so the filing refresh check is included).
 */
export async function plansBench(): Promise<void> {
  const store = openStore(join(benchDir('plans'), 'national.db'));
  const started = performance.now();
  createDemo(store.sqlite, { scale: 'national' });
  const generation = (performance.now() - started) / 1000;
  const count = (table: string) => store.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  console.log(`national demo: ${count('schools')} schools, ${count('teachers')} teachers, ${count('school_plans')} school plans, ${count('teacher_plans')} teacher plans, ${count('teacher_plan_hours')} planned-hour rows, ${count('teacher_plan_events')} history events`);
  report('national demo generation with plans (target ≤ 20 s)', `${generation.toFixed(2)} s`, generation <= 20);

  const ctx = { store, appVersion: 'bench', progress: () => {} };
  const call = async <C extends Channel>(channel: C, input: Input<C>) => {
    const result = await dispatch(channel, input, ctx);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as Output<C>;
  };
  const time = async (rounds: number, run: (i: number) => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      await run(i);
      times.push(performance.now() - t);
    }
    return times;
  };
  const line = (label: string, times: number[], target = 200) => {
    const m = median(times);
    const p90 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]!;
    report(`${label} — median (≤ ${target} ms)`, `${ms(m)} (p90 ${ms(p90)}, n=${times.length})`, m <= target);
  };

  const authorities = ['新北市', '臺中市', '高雄市', '臺北市', '屏東縣', '教育部國教署', '澎湖縣'];
  const filings = ['onTime', 'outsideWindow', 'returned', 'draft', 'none'] as const;
  line('teacher plans page, 50 rows, authority + status filter', await time(35, (i) =>
    call('plans:teachers', { year: 113, filter: { authority: authorities[i % authorities.length]!, filing: filings[i % filings.length]! }, page: { offset: (i % 3) * 50, limit: 50 } })));
  line('teacher plans page, 50 rows, status filter only (national)', await time(20, (i) =>
    call('plans:teachers', { year: 113, filter: { filing: filings[i % filings.length]! } })));
  line('teacher plans page, 50 rows, no filter (national)', await time(10, () => call('plans:teachers', { year: 113 })));
  line('teacher plans page, 50 rows, name search 陳 + stage', await time(10, () => call('plans:teachers', { year: 113, filter: { q: '陳', stage: '國中' } })));
  line('school plans page, 50 rows, authority filter', await time(20, (i) => call('plans:schools', { year: 113, filter: { authority: authorities[i % authorities.length]! } })));
  line('filing progress page (per authority and stage)', await time(20, () => call('plans:progress', { year: 113 })));
  line('plans status (CLI JSON)', await time(10, () => call('plans:status', { year: 113 })));
  line('reminders page, teachers, 50 rows', await time(10, () => call('plans:reminders', { year: 113, kind: 'teacher', at: '2024-10-01T09:00:00+08:00' })), 1000);

  const plan = (await call('plans:teachers', { year: 113, filter: { filing: 'onTime' } })).rows[0]!;
  line('plan detail (hours tree, history)', await time(20, () => call('plans:detail', { kind: 'teacher', id: plan.planId! })));

  // A schedule save that moves one authority's window: the stored statuses are re-judged once.
  const schedule = readSchedule(store.sqlite, 113)!.schedule;
  schedule.authorityWindows = schedule.authorityWindows.map((w) => (w.kind === 'teacher' ? { ...w, start: '2024-09-19T00:00:00+08:00' } : w));
  store.sqlite.transaction(() => writeSchedule(store.sqlite, schedule, { status: 'final', source: 'bench' }))();
  let t = performance.now();
  const one = refreshPlanFiling(store.sqlite, 113);
  report(`re-judge after one authority's window changed (${one.rejudged} plans)`, ms(performance.now() - t), true);
  // A roster import that moved 1,000 teachers to a school of another authority: their plans are
  // placed again and judged against the new authority's window; the others stay as they are.
  const target = store.sqlite.prepare("SELECT s.id FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE a.name = '澎湖縣' LIMIT 1").pluck().get() as number;
  store.sqlite.prepare('UPDATE teachers SET school_id = ? WHERE id IN (SELECT teacher_id FROM teacher_plans ORDER BY id LIMIT 1000)').run(target);
  store.sqlite.prepare("INSERT INTO import_runs (kind, file_name, year, started_at, finished_at, status) VALUES ('teachers', 'bench', 113, 'x', 'x', 'landed')").run();
  t = performance.now();
  const moved = refreshPlanFiling(store.sqlite, 113);
  report(`place again and re-judge after a roster import moved teachers (${moved.rejudged} plans)`, ms(performance.now() - t), true);
  store.close();
}
