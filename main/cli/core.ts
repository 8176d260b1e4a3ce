import { DEMO_SCALES, type DemoScale } from '../../db/demo/index.ts';
import { CliError, type CliCommand } from './types.ts';

function intOption(value: string | boolean | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined || value === false) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(`選項 --${name} 必須是整數，收到「${String(value)}」。`);
  return n;
}

export const coreCommands: CliCommand[] = [
  {
    name: 'init',
    summary: '建立（或升級）資料庫',
    usage: 'init',
    async run(_args, io) {
      const store = io.store();
      io.out(`資料庫已就緒：${store.path}`);
    },
  },
  {
    name: 'demo',
    summary: '建立一個示範學年度（合成資料，會標示為示範資料）',
    usage: 'demo --scale small|county|national [--seed N] [--year N]',
    options: { scale: { type: 'string', default: 'small' }, seed: { type: 'string' }, year: { type: 'string' } },
    async run({ values }, io) {
      const scale = String(values.scale);
      if (!(scale in DEMO_SCALES)) throw new CliError(`--scale 只能是 small、county 或 national，收到「${scale}」。`);
      const year = intOption(values.year, 'year', 113)!;
      const seed = intOption(values.seed, 'seed');
      const started = performance.now();
      const created = await io.call('demo:create', { scale: scale as DemoScale, year, ...(seed === undefined ? {} : { seed }) });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(
        `已建立 ${created.year} 學年度示範資料：主管機關 ${created.authorities}、學校 ${created.schools}、教師 ${created.teachers}（${seconds} 秒）。`,
      );
    },
  },
  {
    name: 'info',
    summary: '資料庫版本、學年度與各資料表筆數',
    usage: 'info [--json]',
    options: { json: { type: 'boolean' } },
    async run({ values }, io) {
      const info = await io.call('app:info', {});
      if (values.json) {
        io.out(JSON.stringify(info, null, 2));
        return;
      }
      io.out(`進修規劃管理 ${info.appVersion}　資料結構第 ${info.schemaVersion} 版`);
      io.out(`資料庫：${info.dbPath}`);
      io.out(info.years.length ? '學年度：' : '學年度：（尚無資料）');
      for (const y of info.years) {
        io.out(`  ${y.year}${y.isDemo ? '（示範資料）' : ''}　主管機關 ${y.authorities}　學校 ${y.schools}　教師 ${y.teachers}`);
      }
      io.out('資料表筆數：');
      for (const [table, n] of Object.entries(info.tables)) io.out(`  ${table}: ${n}`);
    },
  },
];
