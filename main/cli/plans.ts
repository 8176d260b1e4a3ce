import { resolve } from 'node:path';
import type { FilingCounts } from '../../preload/contracts/plans.ts';
import { CliError, type CliCommand } from './types.ts';
import { yearOption } from './yearOption.ts';

// Plans from the command line. The plan files themselves come in through the shared import command
// (`import school-plans F --year N`, `import teacher-plans F --year N`).

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

function countsText(c: FilingCounts): string {
  return `共 ${c.total}：期限內送出 ${c.onTime}、非填報期間送出 ${c.outsideWindow}、退回修改 ${c.returned}、暫存 ${c.draft}、未填寫 ${c.none}`;
}

export const planCommands: CliCommand[] = [
  {
    name: 'plans status',
    summary: '學校與教師規劃的填報情形（各主管機關的期限內送出率；--json 為機器可讀格式）',
    usage: 'plans status --year N [--authority NAME] [--json]',
    options: { year: { type: 'string' }, authority: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const authority = typeof values.authority === 'string' && values.authority.trim() !== '' ? values.authority : null;
      const report = await io.call('plans:status', { year, authority });
      if (values.json) {
        io.out(JSON.stringify(report));
        return;
      }
      io.out(`${year} 學年度規劃填報情形${authority ? `（${report.authorities[0]?.authority ?? authority}）` : ''}`);
      io.out(`  學校：${countsText(report.schools)}`);
      io.out(`  教師：${countsText(report.teachers)}`);
      io.out('  主管機關　學校期限內送出率　教師期限內送出率');
      for (const a of report.authorities) io.out(`  ${a.authority}　${percent(a.schoolRate)}（${a.schools.onTime}/${a.schools.total}）　${percent(a.teacherRate)}（${a.teachers.onTime}/${a.teachers.total}）`);
    },
  },
  {
    name: 'demo plan-files',
    summary: '把示範學年度的學校與教師規劃寫成可匯入的試算表（教師規劃每個主管機關一個檔案）',
    usage: 'demo plan-files --out DIR --year N',
    options: { out: { type: 'string' }, year: { type: 'string' } },
    async run({ values }, io) {
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new CliError('請用 --out 指定要寫入的資料夾。');
      const year = yearOption(values.year, true);
      const dir = resolve(values.out);
      const { files } = await io.call('plans:exportFiles', { year, outDir: dir });
      io.out(`已寫入 ${year} 學年度示範規劃匯入檔到 ${dir}：`);
      for (const f of files) io.out(`  ${f.path.slice(dir.length + 1)}（規劃 ${f.plans} 份、時數 ${f.hours} 列、狀態紀錄 ${f.events} 列）`);
    },
  },
];
