import { join } from 'node:path';
import { createDemo } from '../../db/demo/index.ts';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { openStore } from '../../db/open.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import type { Channel, Input } from '../../preload/contract.ts';
import { benchDir, median, ms, report } from './util.ts';

/**
 * Issue 9: on the national demo (3,500 schools, 200,000 teachers with their plans, hour records and
 * survey), every statistics dashboard answers within 1 s through the same dispatch the window uses.
 * Planned hours and achievement keep per-school sums until the data changes, so their FIRST call
 * after a change (cold) is measured apart from the filter changes that follow (warm).
 */
export async function statsBench(): Promise<void> {
  const path = join(benchDir('stats'), 'national.db');
  let store = openStore(path);
  const started = performance.now();
  const demo = createDemo(store.sqlite, { scale: 'national' });
  store.sqlite.transaction(() => generateDemoHours(store.sqlite, { year: demo.year, seed: demo.seed }))();
  const count = (table: string) => store.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  console.log(`national demo in ${((performance.now() - started) / 1000).toFixed(1)} s: ${count('schools')} schools, ${count('teachers')} teachers, ${count('teacher_plans')} teacher plans, ${count('teacher_plan_hours')} planned-hour rows, ${count('hour_records')} hour records, ${count('survey_responses')} survey responses`);
  // A fresh process's view: reopen, so no statement or cache is warm.
  store.close();
  store = openStore(path);

  const ctx = { store, appVersion: 'bench', progress: () => {} };
  const call = async <C extends Channel>(channel: C, input: Input<C>) => {
    const t = performance.now();
    const result = await dispatch(channel, input, ctx);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return performance.now() - t;
  };
  const authorities = [null, '新北市', '臺中市', '高雄市', '屏東縣', '教育部國教署', '澎湖縣'];
  const stages = [null, '國小', '國中', '高中', null, '高職', null] as const;
  const scopes = authorities.map((authority, i) => ({ year: 113, authority, stage: stages[i]! }));
  const dashboards = [
    ['stats:filters', () => ({ year: 113 })],
    ['stats:filing', (i: number) => scopes[i % scopes.length]!],
    ['stats:needs', (i: number) => scopes[i % scopes.length]!],
    ['stats:plannedHours', (i: number) => scopes[i % scopes.length]!],
    ['stats:achievement', (i: number) => scopes[i % scopes.length]!],
    ['stats:participation', () => ({})],
    ['stats:survey', (i: number) => ({ year: 113, authority: scopes[i % scopes.length]!.authority })],
  ] as const;
  for (const [channel, input] of dashboards) {
    const cold = await call(channel, input(0) as never);
    const warm: number[] = [];
    for (let i = 1; i <= 14; i++) warm.push(await call(channel, input(i) as never));
    const m = median(warm);
    const worst = Math.max(...warm);
    report(`${channel} — first call ≤ 1 s`, ms(cold), cold <= 1000);
    report(`${channel} — filter changes, median (max) ≤ 1 s`, `${ms(m)} (${ms(worst)})`, worst <= 1000);
  }
  const t = performance.now();
  const png = await dispatch('stats:chartPng', { chart: 'achievement-authority', year: 113 }, ctx);
  if (!png.ok) throw new Error(png.error.message);
  report('stats:chartPng (rendered, not saved)', ms(performance.now() - t), true);
  store.close();
}
