import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { COURSE_HEADER, courseRows, siteRows, writeSiteCsv } from '../../db/demo/hoursFile.ts';
import { createRandom } from '../../db/demo/random.ts';
import { migrate } from '../../db/migrate.ts';
import { openStore } from '../../db/open.ts';
import { runImport } from '../../main/imports-db/run.ts';
import { writeSiteXlsx } from './hoursXlsx.ts';
import { median, report } from './util.ts';

// Issue 6: a 1,000,000-row hour file in the national site's form (names and school names, no IDs,
// most rows without a classification) imported end to end into the national demo roster (200,000
// teachers, the course list loaded) — against a bare streaming read of the same file in the same
// run, as .csv and as .xlsx; each measurement in its own process. Then the kill test on that import.
//   npm run bench -- hours [rows] [rounds]

const CHILD = join(import.meta.dirname, 'hoursChild.ts');
const CLI = join(import.meta.dirname, '../../main/cli.ts');
const REPS = 3;

interface Measured {
  mode: string;
  rows: number;
  seconds: number;
  peakMb: number;
  counts: Record<string, number> | null;
}

function child(...args: string[]): Measured {
  const run = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${args.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measured;
}

/** The roster and course list the file matches (cached between runs: the national demo takes a while). */
async function setUp(dir: string, rows: number) {
  const base = join(dir, 'base.db');
  const csv = join(dir, `hours-${rows}.csv`);
  const xlsx = join(dir, `hours-${rows}.xlsx`);
  if (existsSync(base) && existsSync(csv) && existsSync(xlsx)) return { base, csv, xlsx };
  const started = performance.now();
  const twin = openSqlite(':memory:');
  migrate(twin);
  createDemo(twin, { scale: 'national' });
  twin.transaction(() => generateDemoHours(twin, { year: 113, seed: 113 }))();
  writeSiteCsv(csv, siteRows(twin, 113, rows));
  await writeSiteXlsx(xlsx, () => siteRows(twin, 113, rows));
  const courses = join(dir, 'courses.csv');
  writeSiteCsv(courses, courseRows(twin), COURSE_HEADER);
  twin.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(base + suffix, { force: true });
  const store = openStore(base);
  createDemo(store.sqlite, { scale: 'national' });
  await runImport({ sqlite: store.sqlite }, { kind: 'courses', path: courses, fileName: 'courses.csv', year: null });
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  console.log(`set-up (national demo, 5,000,000 demo records, ${rows.toLocaleString()}-row files): ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { base, csv, xlsx };
}

function fresh(base: string, work: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  copyFileSync(base, work);
}

function speed(label: string, file: string, base: string, work: string): void {
  const runs: Record<string, Measured[]> = { bare: [], read: [], import: [] };
  for (let rep = 0; rep < REPS; rep++) {
    runs.bare!.push(child('bare', file));
    runs.read!.push(child('read', file));
    fresh(base, work);
    runs.import!.push(child('import', file, work));
  }
  const again = child('import', file, work);
  const t = (mode: string): number => median(runs[mode]!.map((m) => m.seconds));
  const bare = t('bare');
  const imported = t('import');
  const last = runs.import!.at(-1)!;
  const rss = Math.max(...runs.import!.map((m) => m.peakMb));
  console.log(`${label}: ${last.rows.toLocaleString()} rows; counts ${JSON.stringify(last.counts)}`);
  console.log(`  bare read ${bare.toFixed(2)} s · read + validate ${t('read').toFixed(2)} s (${(t('read') / bare).toFixed(2)}×) · import ${imported.toFixed(2)} s — medians of ${REPS}`);
  console.log(`  all runs (s): bare ${runs.bare!.map((m) => m.seconds.toFixed(2)).join(' ')}; read ${runs.read!.map((m) => m.seconds.toFixed(2)).join(' ')}; import ${runs.import!.map((m) => m.seconds.toFixed(2)).join(' ')}`);
  report(`${label}: import ÷ bare read (target ≤ 1.3×)`, `${(imported / bare).toFixed(2)}×`, imported / bare <= 1.3);
  report(`${label}: import rows/s`, `${Math.round(last.rows / imported).toLocaleString()} rows/s`, true);
  report(`${label}: import peak RSS (target ≤ 400 MB)`, `${Math.round(rss)} MB (bare read ${Math.round(Math.max(...runs.bare!.map((m) => m.peakMb)))} MB)`, rss <= 400);
  report(`${label}: the same file again (all unchanged)`, `${again.seconds.toFixed(2)} s, ${JSON.stringify(again.counts)}`, true);
}

function cliImport(db: string, file: string, killAfterMs: number | null): Promise<{ signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, [CLI, '--db', db, 'import', 'hours', file, '--year', '113'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    proc.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code !== null && code !== 0) reject(new Error(`cli exited ${code}: ${stderr}`));
      else resolve({ signal, ms: performance.now() - started });
    });
  });
}

function state(db: string): { ok: boolean; records: number; landed: number } {
  const sqlite = openSqlite(db);
  try {
    const ok = sqlite.pragma('integrity_check', { simple: true }) === 'ok';
    const records = sqlite.prepare('SELECT COUNT(*) FROM hour_records').pluck().get() as number;
    const totals = sqlite.prepare('SELECT COALESCE(SUM(records), 0) FROM hour_totals').pluck().get() as number;
    const landed = sqlite.prepare("SELECT COUNT(*) FROM import_runs WHERE kind = 'hours' AND status = 'landed'").pluck().get() as number;
    return { ok: ok && totals === records, records, landed };
  } finally {
    sqlite.close();
  }
}

async function killTest(file: string, base: string, work: string, rounds: number): Promise<void> {
  fresh(base, work);
  const whole = await cliImport(work, file, null);
  const all = state(work);
  const random = createRandom(2024);
  let intact = 0;
  let killed = 0;
  const seen: string[] = [];
  for (let round = 0; round < rounds; round++) {
    fresh(base, work);
    const at = Math.round(whole.ms * (0.05 + 0.95 * random.next()));
    const result = await cliImport(work, file, at);
    const s = state(work);
    const none = s.records === 0 && s.landed === 0;
    const whole_ = s.records === all.records && s.landed === 1;
    if (s.ok && (none || whole_)) intact++;
    if (result.signal === 'SIGKILL') killed++;
    seen.push(`${at}ms→${none ? 'none' : whole_ ? 'all' : 'PARTIAL'}${result.signal === 'SIGKILL' ? '' : '(finished)'}`);
  }
  console.log(`kill test: whole CLI import ${Math.round(whole.ms)} ms, ${all.records.toLocaleString()} records; ${seen.join(', ')}`);
  report(`kill test on the ${all.records.toLocaleString()}-record import: intact, all or nothing`, `${intact}/${rounds} (${killed} killed mid-run)`, intact === rounds);
}

export async function hoursBench(args: string[]): Promise<void> {
  const rows = Number(args[0] ?? 1_000_000);
  const rounds = Number(args[1] ?? 20);
  const dir = join(tmpdir(), 'inservice-bench-hours');
  mkdirSync(dir, { recursive: true });
  const { base, csv, xlsx } = await setUp(dir, rows);
  const work = join(dir, 'work.db');
  speed('csv', csv, base, work);
  speed('xlsx', xlsx, base, work);
  await killTest(csv, base, work, rounds);
}
