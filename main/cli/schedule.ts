import { resolve } from 'node:path';
import type { ScheduleState } from '../../preload/contracts/schedule.ts';
import { formatRocDateTime, formatRocDate } from '../engine/rocDate.ts';
import { authorityWindowLabel, describeWindow, groupLabel, waveLabel, type Schedule } from '../engine/schedule.ts';
import { CliError, type CliCommand } from './types.ts';
import { yearOption } from './yearOption.ts';

const STATUS = { draft: '草稿', final: '定案' } as const;

function onePath(positionals: string[], what: string, usage: string): string {
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new CliError(`請指定一個${what}。用法：${usage}`);
  return path;
}

/** The schedule as an officer reads it in a letter. */
function scheduleText(state: ScheduleState, schedule: Schedule): string[] {
  const lines = [`${schedule.year} 學年度服務時程（${state.status ? STATUS[state.status] : ''}；${state.source ?? ''}）`];
  lines.push(`服務開放期間：${describeWindow(schedule.open)}`);
  lines.push(`教師名單基準時間：${schedule.rosterCutoff === null ? '未訂' : formatRocDateTime(schedule.rosterCutoff)}`);
  lines.push('學校規劃組別：');
  for (const g of schedule.schoolGroups) lines.push(`  ${groupLabel(g.name)}　${describeWindow(g)}　${g.authorities.join('、')}`);
  lines.push('教師填寫波段：');
  for (const w of schedule.teacherWaves) lines.push(`  ${waveLabel(w.wave)}　${describeWindow(w)}　${w.authorities.join('、')}`);
  if (schedule.authorityWindows.length > 0) {
    lines.push('主管機關自訂期間：');
    for (const a of schedule.authorityWindows) lines.push(`  ${authorityWindowLabel(a.authority, a.kind)}　${describeWindow(a)}`);
  }
  lines.push('年度工作時程：');
  for (const t of schedule.timeline) {
    const when = t.date === null ? `${t.month} 月` : formatRocDate(t.date);
    lines.push(`  ${when}　${t.task}${t.unit ? `（${t.unit}）` : ''}${t.done ? '　已完成' : ''}`);
  }
  if (state.violations.length === 0) lines.push('檢核：沒有發現問題。');
  else lines.push(`檢核：有 ${state.violations.length} 項問題：`, ...state.violations.map((v, i) => `  ${i + 1}. ${v.message}`));
  return lines;
}

export const scheduleCommands: CliCommand[] = [
  {
    name: 'schedule show',
    summary: '顯示學年度的服務時程（--json 為機器可讀格式）',
    usage: 'schedule show --year N [--json]',
    options: { year: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const state = await io.call('schedule:get', { year });
      if (state.schedule === null) throw new CliError(`${year} 學年度還沒有時程。`);
      if (values.json) {
        io.out(JSON.stringify(state.schedule, null, 2));
        return;
      }
      for (const line of scheduleText(state, state.schedule)) io.out(line);
    },
  },
  {
    name: 'schedule export',
    summary: '把學年度的服務時程匯出為 Excel 活頁簿',
    usage: 'schedule export --year N --out F.xlsx',
    options: { year: { type: 'string' }, out: { type: 'string' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new CliError('請用 --out 指定要寫入的 .xlsx 檔案。');
      const result = await io.call('schedule:export', { year, out: resolve(values.out) });
      io.out(`已匯出 ${year} 學年度服務時程：${result.path}`);
      io.out(`  ${result.sheets.map((s) => `${s.name} ${s.rows} 列`).join('、')}`);
    },
  },
  {
    name: 'schedule import',
    summary: '以 Excel 活頁簿取代學年度的服務時程（有問題時整份拒收，結束碼 2）',
    usage: 'schedule import F.xlsx --year N',
    options: { year: { type: 'string' } },
    async run({ values, positionals }, io) {
      const path = onePath(positionals, '要匯入的 .xlsx 檔案', 'schedule import F.xlsx --year N');
      const year = yearOption(values.year, true);
      const state = await io.call('schedule:import', { year, path });
      const s = state.schedule!;
      io.out(
        `已匯入 ${year} 學年度服務時程：學校規劃組別 ${s.schoolGroups.length} 組、教師填寫波段 ${s.teacherWaves.length} 個、` +
          `主管機關自訂期間 ${s.authorityWindows.length} 個、年度工作時程 ${s.timeline.length} 項。`,
      );
    },
  },
  {
    name: 'schedule roll-over',
    summary: '由這個學年度的時程建立下一學年度的草稿（日期加一年）',
    usage: 'schedule roll-over --year N',
    options: { year: { type: 'string' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const state = await io.call('schedule:rollOver', { year });
      io.out(`已建立 ${state.year} 學年度時程草稿（由 ${year} 學年度延續，日期各加一年）；星期已改變，請逐項確認後儲存。`);
    },
  },
  {
    name: 'schedule builtin',
    summary: '加入內建的學年度時程（106、113），需要時一併建立該學年度',
    usage: 'schedule builtin --year N',
    options: { year: { type: 'string' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const state = await io.call('schedule:createBuiltIn', { year });
      io.out(`已加入 ${year} 學年度的內建時程（${state.source ?? ''}）。`);
    },
  },
];
