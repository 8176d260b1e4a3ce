import { join } from 'node:path';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { listTeachers } from '../../db/queries/registry.ts';
import { benchDir, median, ms, report } from './util.ts';

/** Issue 2: national demo generation (target ≤ 20 s) and a 50-row teachers page with a name filter (≤ 50 ms). */
export async function demoBench(): Promise<void> {
  const store = openStore(join(benchDir('demo'), 'national.db'));
  const started = performance.now();
  const summary = createDemo(store.sqlite, { scale: 'national' });
  const generation = (performance.now() - started) / 1000;
  console.log(`national demo: ${summary.authorities} authorities, ${summary.schools} schools, ${summary.teachers} teachers`);
  report('national demo generation (target ≤ 20 s)', `${generation.toFixed(2)} s`, generation <= 20);

  // Names officers would type: common surnames, a given name, a full name that exists.
  const someone = store.sqlite.prepare('SELECT name FROM teachers ORDER BY id LIMIT 1 OFFSET 123456').pluck().get() as string;
  const queries = ['陳', '林', '怡', '志明', someone, '黃', '張', '宏', someone.slice(1)];
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      const page = await listTeachers(store.db, {
        year: 113,
        filter: { q, authority: null, stage: null },
        sort: { by: 'name', dir: 'asc' },
        page: { offset: round * 50, limit: 50 },
      });
      times.push(performance.now() - t);
      if (page.rows.length === 0 && page.total > round * 50) throw new Error('empty page');
    }
  }
  const filteredByAuthority: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await listTeachers(store.db, { year: 113, filter: { q: '陳', authority: '新北市', stage: '國小' }, sort: { by: 'name', dir: 'asc' }, page: { offset: 0, limit: 50 } });
    filteredByAuthority.push(performance.now() - t);
  }
  const m = median(times);
  report('teachers page, 50 rows, name filter — median (≤ 50 ms)', `${ms(m)} (p90 ${ms([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]!)}, n=${times.length})`, m <= 50);
  report('  … with authority + stage filter too — median', ms(median(filteredByAuthority)), median(filteredByAuthority) <= 50);
  store.close();
}
