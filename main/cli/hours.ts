import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { openSqlite } from '../../db/connection.ts';
import { createDemo, DEMO_SCALES, type DemoScale } from '../../db/demo/index.ts';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { COURSE_HEADER, courseRows, SITE_HEADER, siteRows, writeSiteCsv } from '../../db/demo/hoursFile.ts';
import { migrate } from '../../db/migrate.ts';
import { checkOutputPath } from '../api/outputPath.ts';
import { AppError } from '../api/errors.ts';
import { CliError, type CliCommand } from './types.ts';

function intOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined || value === false) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(`選項 --${name} 必須是整數，收到「${String(value)}」。`);
  return n;
}

function requiredYear(value: string | boolean | undefined): number {
  const year = intOption(value, 'year');
  if (year === undefined) throw new CliError('請用 --year 指定學年度（例如 --year 113）。');
  return year;
}

const hoursText = (hours: number): string => hours.toLocaleString('zh-TW', { maximumFractionDigits: 2 });

/** An earlier demo file of this kind may be replaced; any other file at that path may not. */
function startsWith(path: string, header: readonly string[]): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(200);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').startsWith(header.join(','));
  } finally {
    closeSync(fd);
  }
}

function checked(path: string, header: readonly string[]): string {
  try {
    return checkOutputPath(path, ['.csv'], (existing) => extname(existing) === '.csv' && existsSync(existing) && startsWith(existing, header));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

export const hoursCommands: CliCommand[] = [
  {
    name: 'hours summary',
    summary: '學年度的研習時數：紀錄筆數、教師數、有時數的教師、總時數與各向度時數',
    usage: 'hours summary --year N [--json]',
    options: { year: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values }, io) {
      const year = requiredYear(values.year);
      const s = await io.call('hours:summary', { year });
      if (values.json) {
        const { records, teachers, withHours, totalHours, byDomain } = s;
        io.out(JSON.stringify({ year, records, teachers, withHours, totalHours, byDomain }));
        return;
      }
      io.out(`${year} 學年度研習時數：紀錄 ${s.records} 筆；教師 ${s.teachers} 位，其中 ${s.withHours} 位有時數；總時數 ${hoursText(s.totalHours)} 小時。`);
      io.out(`各向度：${Object.entries(s.byDomain).map(([d, h]) => `${d}：${hoursText(h)}`).join('　')}`);
      const waiting = Object.values(s.pending).reduce((a, b) => a + b, 0);
      if (waiting > 0) io.out(`待確認：${waiting} 列（請在程式的「研習時數 › 待確認」處理，或匯入新名冊後執行 hours retry）。`);
    },
  },
  {
    name: 'hours retry',
    summary: '把待確認的時數列依最新的教師名冊與課程清單重新比對',
    usage: 'hours retry --year N',
    options: { year: { type: 'string' } },
    async run({ values }, io) {
      const year = requiredYear(values.year);
      const r = await io.call('hours:retry', { year });
      io.out(`${year} 學年度待確認重新比對：${r.placed} 列已歸入教師，${r.dropped} 列略過，仍有 ${r.remaining} 列待確認。`);
    },
  },
  {
    name: 'demo hours',
    summary: '為示範學年度加上研習時數紀錄（全國規模約 500 萬筆）',
    usage: 'demo hours [--year N] [--seed N]',
    options: { year: { type: 'string' }, seed: { type: 'string' } },
    async run({ values }, io) {
      const year = intOption(values.year, 'year') ?? 113;
      const seed = intOption(values.seed, 'seed');
      const started = performance.now();
      const r = await io.call('hours:demo', { year, ...(seed === undefined ? {} : { seed }) });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(`已為 ${year} 學年度加上示範研習時數：課程 ${r.courses}、紀錄 ${r.records} 筆、有時數的教師 ${r.teachersWithHours} 位、待確認 ${r.pending} 列（${seconds} 秒）。`);
    },
  },
  {
    name: 'demo hours-file',
    summary: '把示範研習時數寫成全國教師在職進修網匯出格式的檔案（有姓名、沒有身分證字號），可用來試匯入與比對',
    usage: 'demo hours-file --out FILE.csv [--courses COURSES.csv] [--scale small|county|national] [--seed N] [--year N] [--rows N]',
    options: { out: { type: 'string' }, courses: { type: 'string' }, scale: { type: 'string', default: 'small' }, seed: { type: 'string' }, year: { type: 'string' }, rows: { type: 'string' } },
    async run({ values }, io) {
      if (typeof values.out !== 'string' || values.out === '') throw new CliError('請用 --out 指定要寫入的檔案（.csv）。');
      const scale = String(values.scale);
      if (!(scale in DEMO_SCALES)) throw new CliError(`--scale 只能是 small、county 或 national，收到「${scale}」。`);
      const out = checked(resolve(values.out), SITE_HEADER);
      const coursesOut = typeof values.courses === 'string' ? checked(resolve(values.courses), COURSE_HEADER) : null;
      const year = intOption(values.year, 'year') ?? 113;
      const seed = intOption(values.seed, 'seed') ?? 113;
      // The same demo year the database got from `demo` (same scale, seed and year), built in memory.
      const sqlite = openSqlite(':memory:');
      try {
        migrate(sqlite);
        createDemo(sqlite, { scale: scale as DemoScale, year, seed });
        if (scale !== 'small') sqlite.transaction(() => generateDemoHours(sqlite, { year, seed }))();
        const rows = writeSiteCsv(out, siteRows(sqlite, year, intOption(values.rows, 'rows')));
        io.out(`已寫入 ${out}：${year} 學年度示範研習時數 ${rows} 列（全國教師在職進修網的欄位，有姓名、沒有身分證字號，多數沒有課程類別）。`);
        if (coursesOut) {
          const courses = writeSiteCsv(coursesOut, courseRows(sqlite), COURSE_HEADER);
          io.out(`已寫入 ${coursesOut}：研習課程 ${courses} 門（含課程類別）。先匯入：inservice-admin import courses ${coursesOut}`);
        }
        io.out(`匯入試試看：inservice-admin import hours ${out} --year ${year}`);
      } finally {
        sqlite.close();
      }
    },
  },
];
