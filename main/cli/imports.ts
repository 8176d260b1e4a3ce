import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEMO_SCALES, type DemoScale } from '../../db/demo/index.ts';
import { writeDemoFiles } from '../../db/demo/files.ts';
import type { Output } from '../../preload/contract.ts';
import { importKind } from '../../preload/contracts/imports.ts';
import { CliError, type CliCommand, type CliIO } from './types.ts';

const KIND_NAMES = importKind.options;
const SHOWN_REJECTIONS = 20;
const PAGE = 500;

function intOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined || value === false) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(`選項 --${name} 必須是整數，收到「${String(value)}」。`);
  return n;
}

async function allRejections(io: CliIO, id: number) {
  const out: Output<'imports:rejections'>['rows'] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await io.call('imports:rejections', { id, page: { offset, limit: PAGE } });
    out.push(...page.rows);
    if (page.rows.length < PAGE) return out;
  }
}

/** The year to import into: --year, else the newest year in the database. */
async function targetYear(io: CliIO, given: number | undefined): Promise<number> {
  if (given !== undefined) return given;
  const years = await io.call('years:list', {});
  const newest = years[0]?.year;
  if (newest === undefined) throw new CliError('資料庫裡還沒有任何學年度：請用 --year 指定要匯入的學年度（例如 --year 113）。');
  return newest;
}

export const importCommands: CliCommand[] = [
  {
    // Registered as the one word 'import': other areas add longer names ('import taxonomy') that match first.
    name: 'import',
    summary: `匯入試算表（${KIND_NAMES.join('、')}）：同一檔案重複匯入不會改變資料`,
    usage: 'import <kind> FILE [--year N] [--report OUT.xlsx] [--json]',
    options: { year: { type: 'string' }, report: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values, positionals }, io) {
      const [kindText, file, ...extra] = positionals;
      const kind = importKind.safeParse(kindText);
      if (!kind.success) {
        throw new CliError(`請指定匯入種類：${KIND_NAMES.join('、')}，收到「${kindText ?? ''}」。用法：import <kind> FILE [--year N]`);
      }
      if (!file) throw new CliError('請指定要匯入的檔案。用法：import <kind> FILE [--year N] [--report OUT.xlsx] [--json]');
      if (extra.length) throw new CliError(`多餘的參數「${extra.join(' ')}」。一次匯入一個檔案。`);
      // Courses belong to no year; hours without --year go to the school years of their dates.
      const yearless = kind.data === 'courses' || kind.data === 'hours';
      const year = yearless ? (intOption(values.year, 'year') ?? null) : await targetYear(io, intOption(values.year, 'year'));
      const report = await io.call('imports:run', { task: randomUUID(), kind: kind.data, path: resolve(file), year });
      const rejected = await allRejections(io, report.id);
      if (typeof values.report === 'string') {
        const out = await io.call('imports:reportFile', { id: report.id });
        await writeFile(resolve(values.report), Buffer.from(out.base64, 'base64'));
      }
      if (values.json) {
        const { read, added, replaced, unchanged } = report;
        io.out(JSON.stringify({ kind: kind.data, read, added, replaced, unchanged, rejected }));
        return;
      }
      io.out(
        `已匯入 ${report.fileName}${kind.data === 'courses' ? '' : year === null ? '（依研習日期歸入各學年度）' : ` 到 ${year} 學年度`}：讀取 ${report.read} 列，新增 ${report.added}、更新 ${report.replaced}、` +
          `未變更 ${report.unchanged}、未匯入 ${report.rejected} 列。`,
      );
      for (const r of rejected.slice(0, SHOWN_REJECTIONS)) io.out(`  ${r.sheet} 第 ${r.row} 列「${r.column}」：${r.reason}`);
      if (rejected.length > SHOWN_REJECTIONS) io.out(`  ……另有 ${rejected.length - SHOWN_REJECTIONS} 項，完整清單請用 --report 匯出報告。`);
      if (report.missing > 0) {
        io.out(`未出現在新名冊：${report.missing} 位教師（資料未變更；是否標記為離職，請在程式的「匯入紀錄」中確認）。`);
      }
      if (report.unknownColumns.length) io.out(`略過不認得的欄位：${report.unknownColumns.join('、')}`);
      if (typeof values.report === 'string') io.out(`報告已存到 ${resolve(values.report)}`);
    },
  },
  {
    name: 'demo files',
    summary: '把示範資料寫成可匯入的試算表（主管機關、學校、教師名單、業務帳號、承辦人資料）',
    usage: 'demo files --out DIR [--scale small|county|national] [--seed N] [--year N]',
    options: { out: { type: 'string' }, scale: { type: 'string', default: 'small' }, seed: { type: 'string' }, year: { type: 'string' } },
    async run({ values }, io) {
      if (typeof values.out !== 'string' || values.out === '') throw new CliError('請用 --out 指定要寫入的資料夾。');
      const scale = String(values.scale);
      if (!(scale in DEMO_SCALES)) throw new CliError(`--scale 只能是 small、county 或 national，收到「${scale}」。`);
      const dir = resolve(values.out);
      mkdirSync(dir, { recursive: true });
      const seed = intOption(values.seed, 'seed');
      const year = intOption(values.year, 'year');
      const files = await writeDemoFiles(dir, {
        scale: scale as DemoScale,
        ...(seed === undefined ? {} : { seed }),
        ...(year === undefined ? {} : { year }),
      });
      io.out(`已寫入示範檔案到 ${dir}：`);
      for (const f of files) io.out(`  ${f.file.slice(dir.length + 1)}（${f.rows} 列）`);
    },
  },
];
