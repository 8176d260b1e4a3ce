// 統計專區 (issue 9): the dashboards (filing, needs, planned hours, achievement, participation, the
// satisfaction survey), each chart as a PNG drawn in main, and every table behind them as .xlsx.
// The report PDF is the form 'stats-report' of the export page (main/exports/forms/statsReport.ts).
import { statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { isOurPng, isStatsWorkbook, signPng } from '../exports/statsFiles.ts';
import { renderChartPng } from '../exports/charts/renderChart.ts';
import { chartTitle, statsBundle, statsChart } from '../exports/statsCharts.ts';
import { statsAchievement, statsFiling, statsFilters, statsNeeds, statsParticipation, statsPlannedHours, statsSurvey } from '../exports/statsData.ts';
import { writeStatsWorkbook } from '../exports/statsWorkbook.ts';
import type { ApiContext, Handlers } from './context.ts';
import { lastFolder, rememberFolder, rememberWritten } from './exportPaths.ts';
import { checkOutputPath } from './outputPath.ts';

type StatsChannels =
  | 'stats:filters' | 'stats:filing' | 'stats:needs' | 'stats:plannedHours' | 'stats:achievement'
  | 'stats:participation' | 'stats:survey' | 'stats:exportXlsx' | 'stats:chartPng';

/** The path given, or the one the save dialog returns (null: no dialog here, or cancelled). */
async function savePath(ctx: ApiContext, given: string | undefined, ext: 'xlsx' | 'png', name: string): Promise<string | null> {
  const withExt = (p: string) => (extname(p) === '' ? `${p}.${ext}` : p);
  if (given !== undefined) return withExt(given);
  if (!ctx.chooseSavePath) return null;
  const folder = lastFolder(ctx.store);
  const chosen = await ctx.chooseSavePath({
    title: ext === 'xlsx' ? '儲存 Excel 活頁簿' : '儲存圖表 PNG',
    defaultPath: folder === null ? name : join(folder, name),
    extensions: [ext],
    folder: false,
  });
  return chosen === null ? null : withExt(chosen);
}

export const statsHandlers: Handlers<StatsChannels> = {
  'stats:filters': ({ year }, { store }) => statsFilters(store.sqlite, year),
  'stats:filing': (input, { store }) => statsFiling(store.sqlite, input),
  'stats:needs': (input, { store }) => statsNeeds(store.sqlite, input),
  'stats:plannedHours': (input, { store }) => statsPlannedHours(store.sqlite, input),
  'stats:achievement': (input, { store }) => statsAchievement(store.sqlite, input),
  'stats:participation': (_input, { store }) => statsParticipation(store.sqlite),
  'stats:survey': (input, { store }) => statsSurvey(store.sqlite, input),

  async 'stats:exportXlsx'({ year, authority, path }, ctx) {
    const bundle = statsBundle(ctx.store.sqlite, { year, authority, stage: null });
    // Read (and refuse an unknown authority) before asking where to save.
    bundle.filing();
    const chosen = await savePath(ctx, path, 'xlsx', `${year}學年度統計${authority ? `_${authority}` : ''}.xlsx`);
    if (chosen === null) return { path: null, bytes: 0, sheets: [] };
    const out = checkOutputPath(chosen, ['.xlsx'], isStatsWorkbook);
    const sheets = await writeStatsWorkbook(ctx.store.sqlite, bundle, out);
    rememberWritten(out);
    rememberFolder(ctx.store, dirname(out));
    return { path: out, bytes: statSync(out).size, sheets };
  },

  async 'stats:chartPng'({ chart, year, authority, stage, path }, ctx) {
    const { option, size } = statsChart(chart, statsBundle(ctx.store.sqlite, { year, authority, stage }));
    const png = signPng(await renderChartPng(option, size));
    const chosen = await savePath(ctx, path, 'png', `${year}學年度_${chartTitle(chart).replace(/[：:／/]/g, '_')}.png`);
    const scale = size.scale ?? 3;
    const out = { bytes: png.byteLength, width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
    if (chosen === null) return { path: null, ...out };
    const target = checkOutputPath(chosen, ['.png'], isOurPng);
    writeFileSync(target, png);
    rememberWritten(target);
    rememberFolder(ctx.store, dirname(target));
    return { path: target, ...out };
  },
};
