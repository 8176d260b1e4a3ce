import { CliError, type CliCommand } from './types.ts';
import { yearOption } from './yearOption.ts';

export const classificationCommands: CliCommand[] = [
  {
    name: 'import taxonomy',
    summary: '匯入課程分類清單（代碼、名稱），成為學年度使用的新版本；舊版本保留',
    usage: 'import taxonomy FILE [--year N]',
    options: { year: { type: 'string' }, label: { type: 'string' } },
    async run({ values, positionals }, io) {
      const [path, ...extra] = positionals;
      if (path === undefined || extra.length > 0) throw new CliError('請指定一個課程分類檔案。用法：import taxonomy FILE [--year N]');
      // Without --year the newest school year takes the list: the one officers are preparing.
      const year = yearOption(values.year, false) ?? (await io.call('years:list', {})).map((y) => y.year).sort((a, b) => b - a)[0];
      if (year === undefined) throw new CliError('資料庫裡還沒有任何學年度，請先建立學年度，或用 --year 指定。');
      const label = typeof values.label === 'string' ? values.label : undefined;
      const result = await io.call('classification:import', { year, path, ...(label === undefined ? {} : { label }) });
      io.out(
        result.unchanged
          ? `${year} 學年度已經使用相同的課程分類（${result.label}，${result.items} 項），沒有建立新版本。`
          : `已匯入課程分類 ${result.items} 項，成為 ${year} 學年度使用的新版本「${result.label}」；先前的版本仍保留。`,
      );
    },
  },
];
