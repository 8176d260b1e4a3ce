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
    usage: 'export pdf <表單> --year N --out F.pdf [--authority 名稱] [--school 代碼] [--teacher 身分證字號] [--folder]',
    options: {
      year: { type: 'string' },
      out: { type: 'string' },
      authority: { type: 'string' },
      school: { type: 'string' },
      teacher: { type: 'string' },
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
      };
      const result = values.folder ? await io.call('exports:batch', { ...scope, layout: 'folder' }) : await io.call('exports:render', scope);
      report(result, io.out);
    },
  },
];
