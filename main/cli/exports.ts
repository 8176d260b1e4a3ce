import { resolve } from 'node:path';
import type { ExportResult } from '../../preload/contracts/exports.ts';
import { CliError, type CliCommand } from './types.ts';
import { yearOption } from './yearOption.ts';

function report(result: ExportResult, out: (text: string) => void): void {
  const [first] = result.files;
  if (result.files.length === 1 && first) out(`已輸出 ${first.path}（${result.instances} 份，共 ${first.pages} 頁，${(first.bytes / 1024).toFixed(0)} KB）。`);
  else out(`已輸出 ${result.files.length} 個檔案（共 ${result.pages} 頁）。`);
  if (result.missingGlyphs.length > 0) out(`注意：字型缺少「${result.missingGlyphs.join('')}」，已以〓代替，請在紙本上補寫。`);
}

function runOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n <= 0) throw new CliError(`--run 必須是獎勵計算的次別（正整數），收到「${String(value)}」。`);
  return n;
}

function outOption(value: string | boolean | undefined, what: string): string {
  if (typeof value !== 'string') throw new CliError(`請用 --out 指定輸出的 ${what} 檔。`);
  return resolve(value);
}

export const exportCommands: CliCommand[] = [
  {
    name: 'export forms',
    summary: '列出可列印的表單',
    usage: 'export forms',
    async run(_args, io) {
      const { forms } = await io.call('exports:forms', {});
      for (const f of forms) io.out(`  ${f.id.padEnd(14)} ${f.title}${f.available ? '' : `（尚未提供：${f.reason ?? ''}）`}`);
    },
  },
  {
    name: 'export pdf',
    summary: '列印表單為 PDF（--folder：每校／每單位一個檔案，--out 為資料夾）',
    usage: 'export pdf <表單> --year N --out F.pdf [--authority 名稱] [--school 代碼] [--teacher 身分證字號] [--run 計算次別] [--folder]',
    options: {
      year: { type: 'string' },
      out: { type: 'string' },
      authority: { type: 'string' },
      school: { type: 'string' },
      teacher: { type: 'string' },
      run: { type: 'string' },
      folder: { type: 'boolean' },
    },
    async run({ values, positionals }, io) {
      const [form, ...extra] = positionals;
      if (form === undefined || extra.length > 0) {
        throw new CliError('請指定一種表單，例如：export pdf school-sheet --year 113 --out 學校基本資料表.pdf（export forms 可列出全部表單）');
      }
      const year = yearOption(values.year, true);
      if (typeof values.out !== 'string') throw new CliError('請用 --out 指定輸出的 PDF 檔（使用 --folder 時為資料夾）。');
      const scope = {
        form,
        year,
        out: resolve(values.out),
        authority: typeof values.authority === 'string' ? values.authority : undefined,
        school: typeof values.school === 'string' ? values.school : undefined,
        teacher: typeof values.teacher === 'string' ? values.teacher : undefined,
        run: runOption(values.run),
      };
      const result = values.folder ? await io.call('exports:batch', { ...scope, layout: 'folder' }) : await io.call('exports:render', scope);
      report(result, io.out);
    },
  },
  {
    name: 'export awards',
    summary: '把獎勵名單匯出為 Excel（主管機關、學校、教師、參數四個工作表；身分證字號遮蔽）',
    usage: 'export awards --year N --out F.xlsx [--run 計算次別]',
    options: { year: { type: 'string' }, out: { type: 'string' }, run: { type: 'string' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const result = await io.call('exports:awards', { year, out: outOption(values.out, 'Excel（.xlsx）'), run: runOption(values.run) });
      const rows = result.sheets.map((s) => `${s.name} ${s.rows} 列`).join('、');
      io.out(`已輸出 ${result.path}（第 ${result.run} 次計算；${rows}；${(result.bytes / 1024).toFixed(0)} KB）。`);
    },
  },
  {
    name: 'export progress',
    summary: '把學校與教師規劃的填報進度（各主管機關、各學制）匯出為 Excel',
    usage: 'export progress --year N --out F.xlsx',
    options: { year: { type: 'string' }, out: { type: 'string' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const result = await io.call('exports:progress', { year, out: outOption(values.out, 'Excel（.xlsx）') });
      io.out(`已輸出 ${result.path}（${result.rows} 列，${(result.bytes / 1024).toFixed(0)} KB）。`);
    },
  },
];
