import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { readAwardData } from '../../db/queries/awardInput.ts';
import { explainInput, runJson } from '../../db/queries/awardRunRead.ts';
import { teacherPage } from '../../db/queries/awardRunPages.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { compareJob, runAwardJob } from '../../main/awards/jobs.ts';
import { explain } from '../../main/engine/awardExplain.ts';
import { computeAwards, PR_TOLERANCE } from '../../main/engine/awards.ts';
import { duckAwards } from './awardsDuck.ts';
import { benchDir, median, ms, report } from './util.ts';

// Issue 7: on the national demo (200,000 teachers, ~5,000,000 hour records from the hours area's
// generator) a full award run — read the year from the database and compute — in ≤ 0.5 s; the run
// as the app does it (worker thread, filing refresh, JSON, storing the record); a page, an
// explanation, an export and a comparison of stored runs; and DuckDB computing the same national
// average, totals and ranks from the raw records, checked to agree.

const YEAR = 113;
const ROUNDS = 5;

export async function awardsBench(): Promise<void> {
  const dir = benchDir('awards');
  const store = openStore(join(dir, 'national.db'));
  let t = performance.now();
  const demo = createDemo(store.sqlite, { scale: 'national', year: YEAR });
  const hours = store.sqlite.transaction(() => generateDemoHours(store.sqlite, { year: YEAR, seed: demo.seed }))();
  refreshPlanFiling(store.sqlite, YEAR);
  console.log(`national demo: ${demo.teachers.toLocaleString('en-US')} teachers, ${demo.schools} schools, ${hours.records.toLocaleString('en-US')} hour records (${((performance.now() - t) / 1000).toFixed(1)} s to build)`);

  // The award run itself: DB read + compute, in this thread, after one warm-up.
  const reads: number[] = [];
  const computes: number[] = [];
  const cpu: number[] = [];
  let data = readAwardData(store.sqlite, YEAR);
  let result = computeAwards(data.input);
  console.log(`load average before the runs: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${cpus().length} cores, shared)`);
  for (let i = 0; i < ROUNDS; i++) {
    const used = process.cpuUsage();
    t = performance.now();
    data = readAwardData(store.sqlite, YEAR);
    reads.push(performance.now() - t);
    t = performance.now();
    result = computeAwards(data.input);
    computes.push(performance.now() - t);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const totals = reads.map((r, i) => r + computes[i]!);
  const run = median(totals);
  report('award run: DB read + compute — median (≤ 500 ms)', `${ms(run)} (read ${ms(median(reads))}, compute ${ms(median(computes))}; min ${ms(Math.min(...totals))}, n=${ROUNDS})`, run <= 500);
  console.log(`  CPU time of those runs (this thread and V8's GC helpers): median ${ms(median(cpu))}`);

  // As the app runs it: the worker thread, the filing refresh, the JSON and the stored record.
  const pagesBefore = store.sqlite.pragma('page_count', { simple: true }) as number;
  t = performance.now();
  const first = await runAwardJob('bench-1', store, { year: YEAR, settings: {}, createdBy: 'bench', appVersion: 'bench' }, () => {});
  const wall = performance.now() - t;
  const grown = ((store.sqlite.pragma('page_count', { simple: true }) as number) - pagesBefore) * (store.sqlite.pragma('page_size', { simple: true }) as number);
  const s = first.timings;
  report('  the app\'s run in the worker, stored — wall', `${ms(wall)} (refresh ${ms(s.filing)}, read ${ms(s.read)}, compute ${ms(s.compute)}, JSON ${ms(s.json)}, store ${ms(s.store)})`, true);
  console.log(`  one stored national run: ${(grown / 1e6).toFixed(1)} MB in the database; its JSON ${(first.json.length / 1e6).toFixed(1)} M characters`);

  t = performance.now();
  const page = teacherPage(store.sqlite, first.runId, { authority: '新北市', stage: '國小', awarded: false, reason: 'prBelowThreshold', q: '', school: null }, { by: 'pr', dir: 'desc' }, { offset: 0, limit: 50 });
  report('  a filtered teacher page of the stored run, sorted by PR', `${ms(performance.now() - t)} (${page.total.toLocaleString('en-US')} rows match)`, true);
  t = performance.now();
  const e = explainInput(store.sqlite, first.runId, { kind: 'teacher', seq: page.rows[0]!.seq })!;
  const sentences = explain(e.result, e.candidate, e.filing)!.sentences;
  report('  an explanation from the stored run', `${ms(performance.now() - t)} (group of ${e.result.teachers.length.toLocaleString('en-US')})`, sentences.length > 0);
  t = performance.now();
  const again = runJson(store.sqlite, first.runId)!;
  report('  the stored run exported again, byte for byte', `${ms(performance.now() - t)} (${again.json === first.json && again.intact ? 'identical' : 'DIFFERENT'})`, again.json === first.json && again.intact);
  const second = await runAwardJob('bench-2', store, { year: YEAR, settings: { threshold: 60 }, createdBy: 'bench', appVersion: 'bench' }, () => {});
  t = performance.now();
  const comparison = (await compareJob(store, first.runId, second.runId))!;
  report('  two stored runs compared (PR 70 vs 60), in the worker', `${ms(performance.now() - t)} (entered ${comparison.entered.length.toLocaleString('en-US')}, left ${comparison.left.length})`, true);

  // DuckDB from the raw records, and the two must agree.
  const duck = await duckAwards(store.sqlite, YEAR);
  let mismatches = 0;
  result.teachers.forEach((row, i) => {
    const d = duck.teachers.get(data.teacherIds[i]!);
    if (!d || d.hundredths !== Math.round(row.hours * 100) || Math.abs(d.pr - row.pr) > PR_TOLERANCE || d.awarded !== row.awarded) mismatches++;
  });
  for (const row of result.schools) {
    const d = duck.schools.get(row.code);
    if (row.averageHours === null ? d !== undefined : !d || d.mean !== row.averageHours || Math.abs((d.pr ?? NaN) - row.pr!) > PR_TOLERANCE) mismatches++;
  }
  const agree = mismatches === 0 && duck.nationalAverage === result.nationalAverage && duck.teachers.size === result.teachers.length;
  console.log(`DuckDB ${'(@duckdb/node-api)'}: ${duck.records.toLocaleString('en-US')} raw records loaded through the appender in ${ms(duck.loadMs)}`);
  report('DuckDB: same average, totals, PRs and awards from raw records', `${ms(duck.queryMs)} query (national average ${duck.nationalAverage} vs ${result.nationalAverage}; ${mismatches} differences)`, agree);
  report('  ratio DuckDB query ÷ our run (read + compute)', `${(duck.queryMs / run).toFixed(2)}× (with its load: ${((duck.loadMs + duck.queryMs) / run).toFixed(1)}×)`, true);
  store.close();
  rmSync(dir, { recursive: true, force: true });
  if (!agree) process.exitCode = 1;
}
